import { describe, expect, it } from 'vitest';
import { LICENCES, lookupLicence, officialText } from '../../../lib/licences/catalogue';
import { LICENCE_FAMILIES } from '../../../lib/licences/families';
import { buildAliasIndex } from '../../../lib/licences/resolve';
import { LicenceEntrySchema } from '../../../lib/licences/schema';
import spdxList from '../../fixtures/licences/spdx-licenses.json';

/** The licences issue 4 asks for, by canonical key. */
const REQUIRED = [
  'etalab-2.0',
  'lo-1.0',
  'ODbL-1.0',
  'dbcl-1.0',
  'ODC-By-1.0',
  'PDDL-1.0',
  'CC0-1.0',
  'CC-BY-4.0',
  'CC-BY-3.0',
  'CC-BY-2.0',
  'cc-by-3.0-fr',
  'cc-by-2.0-fr',
  'CC-BY-SA-4.0',
  'CC-BY-SA-3.0',
  'CC-BY-NC-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-NC-ND-4.0',
  'OGL-UK-3.0',
  'OGL-UK-2.0',
  'OGL-UK-1.0',
  'OGL-Canada-2.0',
  'DL-DE-BY-2.0',
  'DL-DE-ZERO-2.0',
  'NLOD-2.0',
  'iodl-2.0',
  'notspecified',
  'other-at',
  'other-open',
  'other-pd',
  'other-closed',
  'other-nc',
];

/** Ids that exist in the SPDX licence list (spdx-license-list 6.12.0, copied into the fixtures). */
const SPDX_IDS = new Set(Object.keys(spdxList));

describe('licence catalogue', () => {
  it.each(LICENCES.map((l) => [l.key, l] as const))('%s validates against LicenceEntrySchema', (_key, entry) => {
    expect(LicenceEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('has every licence the issue asks for', () => {
    for (const key of REQUIRED) expect(lookupLicence(key), key).toBeDefined();
  });

  it('has unique keys', () => {
    const keys = LICENCES.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('uses the SPDX id as key exactly when SPDX has one, and a lowercase project key otherwise', () => {
    for (const l of LICENCES) {
      if (SPDX_IDS.has(l.key)) expect(l.spdx, l.key).toBe(l.key);
      else {
        expect(l.spdx, l.key).toBeNull();
        expect(l.key, l.key).toBe(l.key.toLowerCase());
      }
    }
  });

  it('never lets one alias name two licences (after normalisation, families included)', () => {
    expect(buildAliasIndex().collisions).toEqual([]);
  });

  it('writes every sentence in both languages, non-empty and different where the languages differ', () => {
    for (const l of LICENCES) {
      const texts = [
        l.names,
        l.attribution.summary,
        ...(l.shareAlike ? [l.shareAlike.scope] : []),
        ...[...l.permissions, ...l.conditions, ...l.prohibitions].map((c) => c.text),
        ...l.compatibility.map((c) => c.statement),
      ];
      for (const t of texts) {
        expect(t.fr.trim().length, `${l.key}: ${t.en}`).toBeGreaterThan(0);
        expect(t.en.trim().length, `${l.key}: ${t.fr}`).toBeGreaterThan(0);
      }
      for (const c of [...l.permissions, ...l.conditions, ...l.prohibitions]) {
        expect(c.text.fr, `${l.key}: the French of “${c.text.en}” is a copy`).not.toBe(c.text.en);
      }
    }
  });

  it('gives a source clause for every permission, condition, prohibition, attribution and share-alike', () => {
    for (const l of LICENCES) {
      for (const c of [...l.permissions, ...l.conditions, ...l.prohibitions, ...l.compatibility]) {
        expect(c.source.trim(), `${l.key}: ${JSON.stringify(c)}`).not.toBe('');
      }
      expect(l.attribution.source.trim()).not.toBe('');
      if (l.shareAlike) expect(l.shareAlike.source.trim()).not.toBe('');
    }
  });

  it('flags the non-open Creative Commons licences and the non-open generics as not open', () => {
    for (const key of [
      'CC-BY-NC-4.0',
      'CC-BY-ND-4.0',
      'CC-BY-NC-SA-4.0',
      'CC-BY-NC-ND-4.0',
      'other-nc',
      'other-closed',
    ]) {
      expect(lookupLicence(key)?.open, key).toBe(false);
    }
    for (const key of ['CC-BY-4.0', 'CC-BY-SA-4.0', 'ODbL-1.0', 'etalab-2.0', 'CC0-1.0']) {
      expect(lookupLicence(key)?.open, key).toBe(true);
    }
    expect(lookupLicence('notspecified')?.open).toBeNull();
  });

  it('marks only Licence Ouverte 2.0 and ODbL as on the décret 2017-638 list', () => {
    expect(LICENCES.filter((l) => l.frenchAdministrations).map((l) => l.key)).toEqual(['etalab-2.0', 'ODbL-1.0']);
  });

  it('has an official text for every real licence, in the reader’s language when it exists', () => {
    for (const l of LICENCES) {
      if (l.version === null) continue;
      expect(officialText(l, 'fr'), l.key).not.toBeNull();
    }
    expect(officialText(lookupLicence('CC-BY-4.0')!, 'fr')).toEqual({
      url: 'https://creativecommons.org/licenses/by/4.0/legalcode.fr',
      lang: 'fr',
    });
    expect(officialText(lookupLicence('ODbL-1.0')!, 'fr')?.lang).toBe('en');
    expect(officialText(lookupLicence('iodl-2.0')!, 'en')?.lang).toBe('it');
  });

  it('points compatibility statements and families at catalogue keys only', () => {
    for (const l of LICENCES)
      for (const c of l.compatibility) expect(lookupLicence(c.with), `${l.key} → ${c.with}`).toBeDefined();
    for (const f of LICENCE_FAMILIES) {
      expect(f.members).toContain(f.assumed);
      for (const m of f.members) expect(lookupLicence(m), m).toBeDefined();
    }
  });

  it('requires what the texts require in the attribution', () => {
    expect(lookupLicence('etalab-2.0')?.attribution.elements).toEqual(['producer', 'date']);
    expect(lookupLicence('OGL-UK-3.0')?.attribution.elements).toContain('providerStatement');
    expect(lookupLicence('CC-BY-4.0')?.attribution.elements).not.toContain('title');
    expect(lookupLicence('CC-BY-3.0')?.attribution.elements).toContain('title');
    expect(lookupLicence('CC0-1.0')?.attribution.style).toBe('public-domain');
    expect(lookupLicence('ODbL-1.0')?.shareAlike?.source).toMatch(/§4\.4/);
    expect(lookupLicence('CC-BY-SA-4.0')?.shareAlike?.source).toMatch(/§3\(b\)/);
    expect(lookupLicence('CC-BY-4.0')?.shareAlike).toBeNull();
  });
});
