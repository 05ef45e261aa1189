import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../lib/html/entities';
import { lookupLicence } from '../../lib/licences/catalogue';
import {
  extractUrls,
  looksLikeUrl,
  normaliseText,
  normaliseUrl,
  stripHtml,
  withoutUrls,
} from '../../lib/licences/normalise';
import { resolveLicence } from '../../lib/licences/resolve';
import { bounded, nastyString, params } from './fuzz';

/** What portals put in licence fields: ids, titles, URLs, HTML fragments with entities, and worse. */
const entity = fc.oneof(
  fc.nat({ max: 0x10ffff * 2 }).map((n) => `&#${n};`),
  fc.nat({ max: 0x10ffff * 2 }).map((n) => `&#x${n.toString(16)};`),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => `&#${n};`),
  fc.constantFrom('&amp;', '&nbsp;', '&eacute;', '&#99999999;', '&#x110000;', '&unknown;', '&#;', '&#x;'),
);
const licenceField = fc.oneof(
  nastyString(8),
  fc
    .array(fc.oneof(entity, nastyString(2), fc.constantFrom('<p>', '</a>', '<a href="', '">')), { maxLength: 8 })
    .map((p) => p.join('')),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('lov2', 'odc-odbl', 'CC-BY-4.0', 'cc-by', 'notspecified', 'Licence Ouverte / Open Licence'),
);
const nullable = fc.option(licenceField, { nil: null });

describe('fuzz: the licence normaliser and resolver never throw', () => {
  it('every normaliser gives a string (or a list of strings) for any input', () => {
    fc.assert(
      fc.property(licenceField, (s) => {
        for (const fn of [stripHtml, normaliseText, normaliseUrl, withoutUrls, decodeEntities]) {
          expect(typeof bounded(() => fn(s))).toBe('string');
        }
        expect(typeof bounded(() => looksLikeUrl(s))).toBe('boolean');
        const urls = bounded(() => extractUrls(s));
        expect(urls.every((u) => typeof u === 'string')).toBe(true);
      }),
      { ...params(1000), examples: [['&#99999999;'], ['<p>Licence &#x110000;</p>']] },
    );
  });

  it('resolveLicence names a catalogue entry or nothing, for any published id, title and URL', () => {
    fc.assert(
      fc.property(nullable, nullable, nullable, (id, title, url) => {
        const resolved = bounded(() => resolveLicence({ id, title, url }));
        if (resolved.key !== null) expect(lookupLicence(resolved.key), resolved.key).toBeDefined();
        expect(typeof resolved.versionAssumed).toBe('boolean');
      }),
      { ...params(600), examples: [['&#99999999;', '&#99999999;', null]] },
    );
  });
});
