import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryByteReader } from '../../lib/preview/formats/byte-reader';
import { previewFile } from '../../lib/preview/formats/preview-file';
import { expectResult, HANG_MS, params } from './fuzz';

/**
 * Every file reader (ZIP, workbooks, Parquet, JSON, GeoJSON, shapefiles, CSV) through the one dispatcher, on the
 * format fixtures with bytes flipped, cut or spliced, and on arbitrary bytes under each format's name: a preview
 * or a typed failure, never an exception, within the hang guard.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
/** The real files and the hostile ones the suite found (kept as regression inputs, and mutated further). */
const SAMPLES = ['', 'hostile'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir), { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.source.txt') && !entry.name.endsWith('.ts'))
    .map((entry) => ({
      name: entry.name,
      bytes: new Uint8Array(readFileSync(join(FIXTURES, dir, entry.name))),
      hostile: dir === 'hostile',
    })),
);

const NAMES = [
  'data.zip',
  'data.xlsx',
  'data.ods',
  'data.xls',
  'data.parquet',
  'data.json',
  'data.geojson',
  'data.csv',
];

/** Flips, cuts and splices bytes of a real file: what a broken download or a hostile server sends. */
const mutatedSample = fc
  .tuple(
    fc.constantFrom(...SAMPLES),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([sample, flips, cut]) => {
    const bytes = sample.bytes.slice(0, cut === undefined ? undefined : cut % (sample.bytes.length + 1));
    for (const [at, value] of flips) if (bytes.length) bytes[at % bytes.length] = value;
    return { name: sample.name, bytes };
  });

const arbitraryFile = fc.record({
  name: fc.constantFrom(...NAMES),
  bytes: fc.uint8Array({ maxLength: 4096 }),
});

async function previewWithin(name: string, bytes: Uint8Array, rangeSupported: boolean): Promise<void> {
  const reader = memoryByteReader(bytes, { budget: 256 * 1024, rangeSupported });
  const start = performance.now();
  const result = await previewFile(reader, { name, rows: 20 });
  const took = performance.now() - start;
  expect(took, `${name}: ${Math.round(took)} ms on one input`).toBeLessThan(HANG_MS);
  expectResult(result);
}

describe('file readers on hostile bytes (fuzz)', () => {
  it('has the format fixtures to mutate', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(10);
  });

  it('the hostile files it found stay refused, each within the hang guard', async () => {
    const hostile = SAMPLES.filter((s) => s.hostile);
    expect(hostile.length).toBeGreaterThanOrEqual(3);
    for (const { name, bytes } of hostile) for (const range of [true, false]) await previewWithin(name, bytes, range);
  });

  it('a damaged real file gives a preview or a typed failure, with or without Range', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSample, fc.boolean(), ({ name, bytes }, range) => previewWithin(name, bytes, range)),
      params(150),
    );
  });

  it('arbitrary bytes under any format name give a preview or a typed failure', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryFile, fc.boolean(), ({ name, bytes }, range) => previewWithin(name, bytes, range)),
      params(150),
    );
  });
});
