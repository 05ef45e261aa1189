import { describe, expect, it } from 'vitest';
import { lookupLicence } from '../../../lib/licences/catalogue';
import { combineLicences } from '../../../lib/licences/compatibility';
import { resolveLicence } from '../../../lib/licences/resolve';
import spdxList from '../../fixtures/licences/spdx-licenses.json';

/*
 * The CC 1.0–3.0 generic licences and OGL UK 1.0 added for issue 11. The clause letters follow the legal codes'
 * layout: in CC BY-NC 3.0 §4(b) is the non-commercial clause and §4(c) the credit; in CC BY-NC-SA 3.0 §4(b) is
 * share-alike, §4(c) non-commercial, §4(d) the credit; the 1.0 NonCommercial-NoDerivs code lives at `by-nd-nc`.
 */
const spdx = spdxList as Record<string, { name: string; url: string | null }>;
const NEW_KEYS = [
  'CC-BY-1.0',
  'CC-BY-2.5',
  'CC-BY-SA-1.0',
  'CC-BY-SA-2.0',
  'CC-BY-SA-2.5',
  ...['NC', 'ND', 'NC-SA', 'NC-ND'].flatMap((e) => ['1.0', '2.0', '2.5', '3.0'].map((v) => `CC-BY-${e}-${v}`)),
  'OGL-UK-1.0',
];

describe('new catalogue entries', () => {
  it.each(NEW_KEYS)('%s exists, keyed by its SPDX id, and SPDX’s own name resolves to it', (key) => {
    const entry = lookupLicence(key);
    expect(entry?.spdx).toBe(key);
    expect(resolveLicence({ title: spdx[key]!.name }).key).toBe(key);
  });
  it('flags NC and ND licences as not open, BY and BY-SA as open', () => {
    for (const key of NEW_KEYS.filter((k) => k.startsWith('CC'))) {
      expect(lookupLicence(key)!.open, key).toBe(!/-N[CD]-/.test(key));
    }
  });
  it('cites the non-commercial, share-alike and credit clauses where each licence puts them', () => {
    const nc3 = lookupLicence('CC-BY-NC-3.0')!;
    expect(nc3.prohibitions.find((p) => /commercial/.test(p.text.en))?.source).toBe('CC BY-NC 3.0 §4(b)');
    expect(nc3.conditions[0]!.source).toBe('CC BY-NC 3.0 §4(c)');
    const ncsa3 = lookupLicence('CC-BY-NC-SA-3.0')!;
    expect(ncsa3.shareAlike?.source).toBe('CC BY-NC-SA 3.0 §4(b)');
    expect(ncsa3.prohibitions.find((p) => /commercial/.test(p.text.en))?.source).toBe('CC BY-NC-SA 3.0 §4(c)');
    expect(ncsa3.conditions[0]!.source).toBe('CC BY-NC-SA 3.0 §4(d)');
    expect(lookupLicence('CC-BY-NC-ND-1.0')!.urls.en).toBe(
      'https://creativecommons.org/licenses/by-nd-nc/1.0/legalcode',
    );
  });
  it('carries NC and ND into combined works', () => {
    const c = combineLicences(['CC-BY-NC-ND-2.5', 'CC-BY-4.0']);
    expect(c.conflicts.map((i) => `${i.messageKey} ${i.source}`)).toEqual([
      'licences.combine.nonCommercial CC BY-NC-ND 2.5 §4(b)',
      'licences.combine.noDerivatives CC BY-NC-ND 2.5 §3',
    ]);
  });
  it('resolves the Socrata ids and CC URLs of the 3.0 licences', () => {
    expect(resolveLicence({ id: 'CC_30_BY_NC_SA' }).key).toBe('CC-BY-NC-SA-3.0');
    expect(resolveLicence({ url: 'http://creativecommons.org/licenses/by-nd/3.0/deed.fr' }).key).toBe('CC-BY-ND-3.0');
    expect(resolveLicence({ url: 'https://creativecommons.org/licenses/by-nd-nc/1.0/' }).key).toBe('CC-BY-NC-ND-1.0');
  });
});

describe('French ports the catalogue does not describe stay unknown, with the reason', () => {
  it.each([
    'http://creativecommons.org/licenses/by-sa/3.0/fr/',
    'https://creativecommons.org/licenses/by-nc-sa/2.0/fr/legalcode',
    'CC-BY-NC-SA-2.0-FR',
    'Creative Commons Attribution - Pas d’Utilisation Commerciale - Pas de Modification 3.0 France',
  ])('%s', (s) => {
    const r = resolveLicence(/\s/.test(s) || s.startsWith('http') ? { title: s } : { id: s });
    expect(r).toMatchObject({ key: null, reason: 'licences.vague.ccFrenchPort' });
  });
  it('while the French ports of CC BY are in the catalogue', () => {
    expect(resolveLicence({ url: 'http://creativecommons.org/licenses/by/3.0/fr/' }).key).toBe('cc-by-3.0-fr');
  });
});
