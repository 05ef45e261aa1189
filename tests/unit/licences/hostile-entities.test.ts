import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { normaliseText, normaliseUrl, stripHtml } from '../../../lib/licences/normalise';
import { resolveLicence } from '../../../lib/licences/resolve';
import { runCli } from '../cli/harness';

/*
 * A character reference beyond U+10FFFF (`&#99999999;`) made `String.fromCodePoint` throw a RangeError out of
 * the licence resolver, hence out of the pipeline and the CLI. The one entity decoder (lib/html/entities.ts)
 * leaves such a reference as written.
 */
describe('licence strings with out-of-range character references', () => {
  it('keeps an impossible reference as written instead of throwing', () => {
    expect(stripHtml('Licence &#99999999; Ouverte')).toBe('Licence &#99999999; Ouverte');
    expect(stripHtml('&#x110000;')).toBe('&#x110000;');
    expect(() => normaliseText('&#99999999;')).not.toThrow();
    expect(() => normaliseUrl('https://example.org/&#99999999;')).not.toThrow();
  });

  it('still decodes the references portals write', () => {
    expect(normaliseText('Licence Ouverte &#8211; version 2.0 &amp; co')).toBe('license ouverte 2 and co');
  });

  it('resolves a hostile title to unknown', () => {
    expect(resolveLicence({ id: '&#99999999;', title: 'x &#99999999; y', url: 'https://a.b/&#99999999;' })).toEqual({
      key: null,
      versionAssumed: false,
      matchedBy: null,
    });
  });

  it('does not crash `provenance licence`', async () => {
    const r = await runCli(main, ['licence', '&#99999999;']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: null, published: { title: '&#99999999;' } });
  });
});
