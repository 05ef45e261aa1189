import { describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import { lookupLicence } from '../../../lib/licences/catalogue';
import { combineLicences } from '../../../lib/licences/compatibility';
import { CRPA_CONDITIONS } from '../../../lib/licences/public-sector';
import { resolveLicence } from '../../../lib/licences/resolve';
import type { Clause, LicenceEntry } from '../../../lib/licences/schema';

/*
 * Corrections written from the primary texts: the CC 4.0 legal codes, Licence Ouverte 2.0 (SPDX
 * `etalab-2.0.xml`), ODbL 1.0 and ODC-By 1.0 (SPDX), DL-DE BY 2.0 (govdata.de), NLOD 2.0 (data.norge.no),
 * CC BY 3.0 FR, and CRPA articles L321-2, L322-1 and L322-2. The quotes are in the comments.
 */

const entry = (key: string): LicenceEntry => {
  const e = lookupLicence(key);
  if (!e) throw new Error(`no catalogue entry ${key}`);
  return e;
};
const allClauses = (e: LicenceEntry): Clause[] => [...e.permissions, ...e.conditions, ...e.prohibitions];
const bySource = (e: LicenceEntry, pattern: RegExp) => allClauses(e).filter((c) => pattern.test(c.source));

describe('CC 4.0: "No downstream restrictions" is §2(a)(5)(B) without SA, (C) only in the SA licences', () => {
  // BY: (5)(A) Offer from the Licensor – Licensed Material; (5)(B) No downstream restrictions.
  // BY-SA: (5)(A) Offer…; (5)(B) Additional offer from the Licensor – Adapted Material; (5)(C) No downstream restrictions.
  it.each([
    ['CC-BY-4.0', 'CC BY 4.0 §2(a)(5)(B)'],
    ['CC-BY-NC-4.0', 'CC BY-NC 4.0 §2(a)(5)(B)'],
    ['CC-BY-ND-4.0', 'CC BY-ND 4.0 §2(a)(5)(B)'],
    ['CC-BY-NC-ND-4.0', 'CC BY-NC-ND 4.0 §2(a)(5)(B)'],
  ])('%s cites %s', (key, source) => {
    const drm = entry(key).prohibitions.find((c) => /DRM/.test(c.text.en));
    expect(drm?.source).toBe(source);
  });
  it.each([
    ['CC-BY-SA-4.0', 'CC BY-SA 4.0 §2(a)(5)(C), §3(b)(3)'],
    ['CC-BY-NC-SA-4.0', 'CC BY-NC-SA 4.0 §2(a)(5)(C), §3(b)(3)'],
  ])('%s keeps %s', (key, source) => {
    expect(entry(key).prohibitions.find((c) => /DRM/.test(c.text.en))?.source).toBe(source);
  });
});

describe('Licence Ouverte 2.0 names the « Concédant »; its personal-data clause has its own heading', () => {
  it('cites « Données à caractère personnel » for personal data', () => {
    const personal = entry('etalab-2.0').conditions.find((c) => /personal data/.test(c.text.en));
    expect(personal?.source).toBe('LO 2.0, « Données à caractère personnel »');
  });
  // LO 2.0: « sa source (au moins le nom du « Concédant ») »; EN: "(at least, the name of the "Grantor")".
  it('says « Concédant » / "Grantor", never « producteur » / "producer"', () => {
    const lo2 = entry('etalab-2.0');
    const texts = [...allClauses(lo2).map((c) => c.text), lo2.attribution.summary];
    for (const text of texts) {
      expect(text.fr).not.toMatch(/producteur/i);
      expect(text.en).not.toMatch(/producer/i);
    }
    expect(lo2.conditions[0]!.text.fr).toContain('Concédant');
    expect(lo2.conditions[0]!.text.en).toContain('Grantor');
  });
  // LO 1.0: « sa source (a minima le nom du « Producteur ») ».
  it('LO 1.0 keeps « Producteur »', () => {
    expect(entry('lo-1.0').conditions[0]!.text.fr).toMatch(/producteur/i);
  });
});

describe('CRPA: what the law says without a licence', () => {
  const keys = CRPA_CONDITIONS.map((c) => c.messageKey);
  it('cites L322-1, L322-2 and L321-2', () => {
    expect(CRPA_CONDITIONS.map((c) => c.source).join(' ')).toMatch(/L322-1/);
    expect(CRPA_CONDITIONS.some((c) => /L322-2/.test(c.source))).toBe(true);
    expect(CRPA_CONDITIONS.some((c) => /L321-2/.test(c.source))).toBe(true);
  });
  // L322-2: personal data only under the GDPR / loi 78-17; L321-2: third-party IP is outside the regime.
  it('says the same thing in French and English', () => {
    for (const key of keys) {
      expect(t('fr', key)).not.toBe(key);
      expect(t('en', key)).not.toBe(key);
    }
    const personal = CRPA_CONDITIONS.find((c) => /L322-2/.test(c.source))!;
    expect(t('fr', personal.messageKey)).toMatch(/RGPD|78-17/);
    expect(t('en', personal.messageKey)).toMatch(/GDPR|78-17/);
  });
  // L322-1 forbids altering the data or distorting their meaning; it does not subject every modification
  // to the administration's agreement (« Sauf accord de l'administration » is about lifting those conditions).
  it('does not say that any modification needs the administration’s agreement', () => {
    expect(t('en', 'licences.card.crpaAsk')).not.toMatch(/to alter them|modify/i);
    expect(t('fr', 'licences.card.crpaAsk')).not.toMatch(/modifier les données/);
    expect(t('en', 'licences.card.crpaAsk')).toMatch(/reprojection|format/i);
    expect(t('fr', 'licences.card.crpaAsk')).toMatch(/reprojection|format/i);
  });
});

describe('ODbL 1.0', () => {
  const odbl = entry('ODbL-1.0');
  // §4.4: "Any Derivative Database that You Publicly Use must be only under the terms of: i. This License;
  // ii. A later version of this License similar in spirit…; or iii. A compatible license." §4.4(c): a
  // Derivative Database is Publicly Used "if a Produced Work created from the Derivative Database is Publicly Used".
  it('§4.4: publicly using (through a Produced Work too), under the ODbL, a later version or a compatible licence', () => {
    const [shareAlike] = bySource(odbl, /§4\.4/);
    expect(shareAlike!.source).toMatch(/§4\.4\(a\).*§4\.4\(c\)|§4\.4\(a\)–\(c\)/);
    expect(shareAlike!.text.en).toMatch(/publicly use/i);
    expect(shareAlike!.text.en).toMatch(/produced work/i);
    expect(shareAlike!.text.en).toMatch(/later version/i);
    expect(shareAlike!.text.fr).toMatch(/version ultérieure/);
    expect(shareAlike!.text.fr).toMatch(/œuvre produite/);
  });
  // §4.6 b: "A file containing all of the alterations made to the Database or the method of making the alterations".
  it('§4.6: the changes, or the method of making them', () => {
    const [access] = bySource(odbl, /§4\.6/);
    expect(access!.text.en).toMatch(/method of making/i);
    expect(access!.text.fr).toMatch(/méthode/);
    expect(t('en', 'licences.combine.odblAccess')).toMatch(/method/);
    expect(t('fr', 'licences.combine.odblAccess')).toMatch(/méthode/);
  });
  it('the notice’s note speaks of public use, not only publishing', () => {
    expect(t('en', 'attribution.note.shareAlike.database')).toMatch(/publicly use/);
    expect(t('fr', 'attribution.note.shareAlike.database')).toMatch(/utilisez publiquement/);
  });
  // §4.5(b): "Using this Database … to create a Produced Work does not create a Derivative Database".
  it('with CC BY-SA, the clash is for a merged database only, not for a produced work', () => {
    const combined = combineLicences(['ODbL-1.0', 'CC-BY-SA-4.0'], 'en');
    const clash = combined.conflicts.find((c) => c.params.key === 'ODbL-1.0' || c.params.secondKey === 'ODbL-1.0');
    expect(clash?.source).toMatch(/§4\.5\(b\)/);
    const en = t('en', clash!.messageKey, clash!.params);
    expect(en).toMatch(/database/i);
    expect(en).toMatch(/map|chart/i);
    const fr = t('fr', clash!.messageKey, combineLicences(['ODbL-1.0', 'CC-BY-SA-4.0'], 'fr').conflicts[0]!.params);
    expect(fr).toMatch(/base de données/);
    expect(fr).toMatch(/carte|graphique/);
  });
});

describe('ODC-By 1.0 §4.2(a): a publicly conveyed database goes only under its terms', () => {
  // §4.2: "If You Publicly Convey this Database, any Derivative Database, or the Database as part of a
  // Collective Database, then You must: a. Do so only under the terms of this License".
  it('lists the clause', () => {
    const [clause] = bySource(entry('ODC-By-1.0'), /§4\.2\(a\)/);
    expect(clause!.text.en).toMatch(/only under/i);
    expect(clause!.text.en).toMatch(/derivative/i);
    expect(clause!.text.fr).toMatch(/uniquement sous/);
  });
  it('flags an ODC-By + ODbL merged database as a point to check', () => {
    const combined = combineLicences(['ODC-By-1.0', 'ODbL-1.0'], 'en');
    const point = combined.conflicts.find((c) => /ODC-By 1\.0 §4\.2\(a\)/.test(c.source));
    expect(point).toBeDefined();
    expect(t('en', point!.messageKey, point!.params)).toMatch(/database/);
  });
});

describe('DL-DE BY 2.0 §2: the source elements only as far as the data holder provides them', () => {
  // « Dies gilt nur soweit die datenhaltende Stelle die Angaben 1 bis 3 zum Quellenvermerk bereitstellt. »
  it('says so in both languages', () => {
    const [note] = bySource(entry('DL-DE-BY-2.0'), /§\(?2\)?/);
    expect(note!.text.en).toMatch(/as far as the data holder provides/i);
    expect(note!.text.fr).toMatch(/dans la mesure où/);
  });
});

describe('Missing clauses', () => {
  // CC BY-ND 4.0 §4(a): "Section 2(a)(1) grants You the right to extract, reuse, reproduce, and Share all or a
  // substantial portion of the contents of the database, provided You do not Share Adapted Material".
  it.each(['CC-BY-ND-4.0', 'CC-BY-NC-ND-4.0'])(
    '%s §4(a): database contents, without sharing adapted material',
    (key) => {
      const [clause] = entry(key).permissions.filter((c) => /§4\(a\)/.test(c.source));
      expect(clause!.text.en).toMatch(/database/);
      expect(clause!.text.en).toMatch(/provided you do not share adapted material/i);
    },
  );
  it('CC BY 3.0 FR §4(a): no sub-licensing, no added restrictions or technical measures; §4(d): moral rights', () => {
    const fr3 = entry('cc-by-3.0-fr');
    const a = fr3.prohibitions
      .filter((c) => /§4\(a\)/.test(c.source))
      .map((c) => c.text.en)
      .join(' ');
    expect(a).toMatch(/sub-?licen[cs]e/i);
    expect(a).toMatch(/technological measures/i);
    expect(bySource(fr3, /§4\(d\)/)[0]!.text.fr).toMatch(/droit moral/);
  });
  // NLOD 2.0 §2: "The Licensee shall not sub-license or transfer this licence." §5: "If the licensor has
  // specified that the information shall only be available under a specific version of this licence, cf.
  // Section 10, the licensee shall also state this."
  it('NLOD 2.0 §2 no sub-licensing, §5 state the version when the licensor restricted it', () => {
    const nlod = entry('NLOD-2.0');
    expect(nlod.prohibitions.find((c) => c.source === 'NLOD 2.0 §2')?.text.en).toMatch(/sub-license/i);
    expect(nlod.conditions.some((c) => c.source === 'NLOD 2.0 §5' && /version/.test(c.text.en))).toBe(true);
  });
});

describe('Doubtful matches become honest', () => {
  it('« Creative Commons Paternité » (a pre-4.0 French name) is not CC BY 4.0', () => {
    const r = resolveLicence({ title: 'Creative Commons Paternité' });
    expect(r.key).not.toBe('CC-BY-4.0');
    expect(r.key === null ? r.reason : r.key).toBeTruthy();
  });
  it('CKAN `cc-nc` (Non-Commercial (Any): NC, NC-SA or NC-ND) is not CC BY-NC 4.0', () => {
    for (const fields of [{ id: 'cc-nc' }, { title: 'Creative Commons Non-Commercial (Any)' }]) {
      const r = resolveLicence(fields);
      expect(r.key).toBeNull();
      expect(r.reason).toBeTruthy();
      expect(t('en', r.reason!)).not.toBe(r.reason);
    }
  });
  it('CKAN’s register link for `cc-nc` (CC BY-NC 2.0) does not settle it either', () => {
    const r = resolveLicence({
      id: 'cc-nc',
      title: 'Creative Commons Non-Commercial (Any)',
      url: 'http://creativecommons.org/licenses/by-nc/2.0/',
    });
    expect(r).toMatchObject({ key: null, reason: 'licences.vague.ccNonCommercialAny' });
    expect(resolveLicence({ url: 'http://creativecommons.org/licenses/by-nc/2.0/' }).key).toBe('CC-BY-NC-2.0');
  });
  it('the historical OGL page is OGL UK 1.0', () => {
    const r = resolveLicence({
      url: 'http://www.nationalarchives.gov.uk/doc/open-government-licence/open-government-licence.htm',
    });
    expect(r).toMatchObject({ key: 'OGL-UK-1.0', versionAssumed: false });
  });
});
