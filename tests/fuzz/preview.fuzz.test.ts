import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSample } from '../../lib/preview/csv-preview';
import { inferColumns } from '../../lib/preview/infer-types';
import { checkContent } from '../../lib/preview/sniff-content';
import { DELIMITERS, sniffDialect } from '../../lib/preview/sniff-dialect';
import { decodeSample, sniffEncoding } from '../../lib/preview/sniff-encoding';
import { EncodingSchema } from '../../lib/preview/types';
import { classifyValue, parseBoolean, parseDateValue, parseNumber, parseTime } from '../../lib/preview/values';
import { bounded, expectResult, nastyString, params } from './fuzz';

const encoder = new TextEncoder();

/** Cells as open-data files write them: numbers both ways, dates, codes, quotes, blanks, markup. */
const cell = fc.oneof(
  fc.constantFrom('', 'NA', 'n/a', '-', '0', '01001', '2A004', 'oui', 'true', '12,5', '1 234,56', '1,234.56', '3.5%'),
  fc.constantFrom('2025-04-07', '07/04/2025', '2025-04-07T05:49:28+02:00', '12:30', '1e309', '-0', 'NaN'),
  fc.double().map(String),
  fc.integer().map(String),
  nastyString(3),
  fc.string({ maxLength: 3 }).map((s) => `"${s}"`),
);

/** Delimited text with a delimiter, line ends, a preamble and ragged rows drawn at random. */
const delimitedText = fc
  .record({
    delimiter: fc.constantFrom(...DELIMITERS, ':'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    preamble: fc.array(nastyString(3), { maxLength: 2 }),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 25 }),
  })
  .map(({ delimiter, eol, preamble, rows }) => [...preamble, ...rows.map((r) => r.join(delimiter))].join(eol));

/** Bytes a file host may serve: the text above in some encoding, cut anywhere, or anything at all. */
const sampleBytes = fc.oneof(
  delimitedText.map((t) => encoder.encode(t)),
  fc.tuple(delimitedText, fc.nat()).map(([t, cut]) => {
    const bytes = encoder.encode(t);
    return bytes.subarray(0, cut % (bytes.length + 1));
  }),
  delimitedText.map((t) => Uint8Array.from([0xef, 0xbb, 0xbf, ...encoder.encode(t)])),
  delimitedText.map((t) =>
    Uint8Array.from([0xff, 0xfe, ...Array.from(t).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]),
  ),
  fc.uint8Array({ maxLength: 2048 }),
  fc.constantFrom(
    Uint8Array.from([0x1f, 0x8b, 0x08, 0, 0, 0]),
    Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]),
    encoder.encode('<!doctype html><html><body>Not found</body></html>'),
    new Uint8Array(0),
  ),
);

describe('fuzz: the preview readers give a preview or a typed failure, never an exception', () => {
  it('the encoding, content and dialect sniffers, on any bytes', () => {
    fc.assert(
      fc.property(
        sampleBytes,
        fc.boolean(),
        fc.option(fc.constantFrom(...EncodingSchema.options), { nil: undefined }),
        (bytes, truncated, override) => {
          const decision = bounded(() => sniffEncoding(bytes, { truncated, override }));
          expect(EncodingSchema.options).toContain(decision.encoding);
          const text = bounded(() => decodeSample(bytes, decision));
          expect(typeof text).toBe('string');
          const problem = bounded(() => checkContent(bytes, decision.encoding, text));
          if (problem) expectResult({ ok: false, error: problem });
          const dialect = bounded(() => sniffDialect(text, { truncated }));
          expect([...DELIMITERS]).toContain(dialect.delimiter);
          expect(dialect.headerOffset).toBeGreaterThanOrEqual(0);
          expect(dialect.headerOffset).toBeLessThanOrEqual(text.length);
        },
      ),
      params(400),
    );
  });

  it('the whole sample analysis (sniffers, parser, types, profiles), with or without the user’s choices', () => {
    fc.assert(
      fc.property(
        sampleBytes,
        fc.boolean(),
        fc.option(fc.constantFrom(...DELIMITERS), { nil: undefined }),
        fc.option(fc.constantFrom(...EncodingSchema.options), { nil: undefined }),
        (bytes, truncated, delimiter, encoding) => {
          const result = bounded(() =>
            analyzeSample(
              {
                bytes,
                bytesRead: bytes.length,
                totalBytes: truncated ? null : bytes.length,
                truncated,
                gunzipped: false,
              },
              { delimiter, encoding },
            ),
          );
          expectResult(result);
        },
      ),
      params(300),
    );
  });

  it('type and format inference, and every cell parser, on any header and cells', () => {
    fc.assert(
      fc.property(
        fc.array(nastyString(2), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 30 }),
        fc.constantFrom(...DELIMITERS),
        (header, rows, delimiter) => {
          const columns = bounded(() => inferColumns(header, rows, { delimiter }));
          expect(columns).toHaveLength(header.length);
          for (const row of rows) {
            for (const raw of row) {
              bounded(() => {
                classifyValue(raw, ',');
                classifyValue(raw, '.');
                const n = parseNumber(raw, ',');
                expect(n === null || typeof n === 'number').toBe(true);
                parseDateValue(raw);
                parseTime(raw);
                parseBoolean(raw, { digits: true });
              });
            }
          }
        },
      ),
      params(300),
    );
  });
});
