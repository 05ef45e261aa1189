import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../lib/http/fetch-json';
import { profileInTwoRanges, profileTail, type TailJob } from '../../../lib/preview/profile-ranges';
import { ColumnStreamAccumulator, profileStream } from '../../../lib/preview/profile-stream';
import type { Column, Encoding } from '../../../lib/preview/types';

const columns: Column[] = [
  { name: 'id', type: 'text', format: null, decimalSeparator: null },
  { name: 'date', type: 'date', format: null, decimalSeparator: null },
  { name: 'valeur', type: 'decimal', format: null, decimalSeparator: ',' },
  { name: 'adresse', type: 'text', format: null, decimalSeparator: null },
  { name: 'nombre', type: 'integer', format: null, decimalSeparator: null },
];
const HEADER = 'id;date;valeur;adresse;nombre';

interface CsvShape {
  rows: number;
  newline: '\n' | '\r\n';
  /** A quoted cell of this many lines in the middle row, big enough to hold the middle of the file. */
  bigQuotedLines?: number;
  bom?: boolean;
  encoding: Encoding;
}

/** French rows with quoted delimiters and line breaks, missing and ragged cells, in the given encoding. */
function makeCsv(shape: CsvShape): Uint8Array {
  const lines = ['Titre : extrait pour les tests', HEADER];
  for (let i = 0; i < shape.rows; i++) {
    const date = `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${2000 + (i % 25)}`;
    const value = i % 13 === 0 ? '' : `${(i * 7919) % 100000},${i % 100}`;
    let address = `${i % 37} rue de l’Église`;
    if (i % 17 === 3) address = `"${i} bd ""Gambetta""; bât. B${shape.newline}2e étage"`;
    if (shape.bigQuotedLines && i === Math.floor(shape.rows / 2)) {
      address = `"${Array.from({ length: shape.bigQuotedLines }, (_, k) => `ligne ${k}; suite`).join(shape.newline)}"`;
    }
    const row = [`ID-${i % 200}`, date, value, address, String(i % 9)];
    lines.push((i % 29 === 5 ? row.slice(0, 3) : row).join(';'));
  }
  const text = `${shape.bom ? '\ufeff' : ''}${lines.join(shape.newline)}${shape.newline}`;
  if (shape.encoding === 'utf-8') return new TextEncoder().encode(text);
  return new Uint8Array(Buffer.from(text.replaceAll('’', '\u0092'), 'latin1'));
}

/** A Range-capable server in memory (or one that ignores Range), answering in pieces of 1000 bytes. */
function serverOf(bytes: Uint8Array, ranges = true): FetchLike {
  return async (_url, init) => {
    const asked = ranges ? /^bytes=(\d+)-$/.exec(new Headers(init?.headers).get('range') ?? '') : null;
    const start = asked ? Number(asked[1]) : 0;
    let offset = start;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + 1000));
        offset += 1000;
      },
    });
    const headers: Record<string, string> = { 'content-length': String(bytes.length - start) };
    if (asked) headers['content-range'] = `bytes ${start}-${bytes.length - 1}/${bytes.length}`;
    return new Response(body, { status: asked ? 206 : 200, headers });
  };
}

async function bothWays(bytes: Uint8Array, encoding: Encoding, ranges = true) {
  const fetchImpl = serverOf(bytes, ranges);
  const jobs: TailJob[] = [];
  const options = { encoding, delimiter: ';' as const, skipLines: 2, columns };
  const single = await profileStream((await fetchImpl('x')).body!, options);
  const split = await profileInTwoRanges('https://example.test/f.csv', {
    ...options,
    totalBytes: bytes.length,
    fetchImpl,
    runTail: async (job) => {
      jobs.push(job);
      // Through structured cloning, as between two workers.
      return structuredClone(await profileTail(job, { fetchImpl }));
    },
  });
  if (!single.ok || !split.ok) throw new Error('profiling failed');
  return { single: single.value, split: split.value, jobs };
}

/**
 * Counts, extremes, means and histograms are exact either way. Top values and distinct counts are too while
 * the column has fewer distinct values than the sketches hold; past that both are estimates (HyperLogLog
 * merges exactly, the top-value tables approximately), compared within their error.
 */
function expectSameProfiles(a: Awaited<ReturnType<typeof bothWays>>) {
  expect(a.split.rows).toBe(a.single.rows);
  expect(a.split.columns.length).toBe(columns.length);
  a.split.columns.forEach((column, i) => {
    const { mean, top, distinct, ...rest } = column.profile!;
    const single = a.single.columns[i]!.profile!;
    const { mean: singleMean, top: singleTop, distinct: singleDistinct, ...singleRest } = single;
    expect([column.name, rest]).toEqual([column.name, singleRest]);
    if (singleMean === null) expect(mean).toBeNull();
    else expect(mean).toBeCloseTo(singleMean, 9);
    if (single.distinctApproximate) {
      expect(Math.abs(distinct - singleDistinct) / singleDistinct).toBeLessThan(0.03);
    } else {
      expect([column.name, top, distinct]).toEqual([column.name, singleTop, singleDistinct]);
    }
  });
  // The test data must exercise both: columns counted exactly and columns past the sketches.
  expect(a.single.columns.some((c) => c.profile!.distinctApproximate)).toBe(true);
  expect(a.single.columns.some((c) => !c.profile!.distinctApproximate)).toBe(true);
}

describe('a whole-file profile in two byte ranges', () => {
  it('gives the single pass’s profile on Windows-1252, CRLF, quoted line breaks and ragged rows', async () => {
    const result = await bothWays(makeCsv({ rows: 3000, newline: '\r\n', encoding: 'windows-1252' }), 'windows-1252');
    expect(result.single.rows).toBe(3000);
    expectSameProfiles(result);
    // The middle was not inside quotes: one job, resynchronised on the first row after the middle.
    expect(result.jobs.map((j) => j.exact)).toEqual([false]);
  });

  it('re-reads the second part from the true boundary when the middle falls inside a quoted line break', async () => {
    const bytes = makeCsv({ rows: 400, newline: '\n', bigQuotedLines: 1500, bom: true, encoding: 'utf-8' });
    const result = await bothWays(bytes, 'utf-8');
    expect(result.single.rows).toBe(400);
    expectSameProfiles(result);
    expect(result.jobs.map((j) => j.exact)).toEqual([false, true]);
    expect(result.jobs[1]!.offset).toBeGreaterThan(bytes.length / 2);
  });

  it('reads the whole file in one pass when the server ignores Range or stray quotes hide the rows', async () => {
    const ignored = await bothWays(makeCsv({ rows: 600, newline: '\n', encoding: 'utf-8' }), 'utf-8', false);
    expect(ignored.split).toEqual(ignored.single);
    // A quote inside an unquoted cell is text to the parser but flips the byte-level quote count.
    const stray = new TextEncoder().encode(
      new TextDecoder()
        .decode(makeCsv({ rows: 600, newline: '\n', encoding: 'utf-8' }))
        .replace('ID-2;', 'ID-2 12" pipe;'),
    );
    const result = await bothWays(stray, 'utf-8');
    expect(result.split).toEqual(result.single);
    expect(result.single.rows).toBe(600);
  });

  it('merges accumulators that evicted values: counts of the frequent values stay exact', () => {
    const column = columns[0]!;
    const [a, b, one] = [0, 1, 2].map(() => new ColumnStreamAccumulator(column));
    for (let i = 0; i < 20_000; i++) {
      const value = i % 3 === 0 ? 'fréquent' : `rare-${i}`;
      (i < 10_000 ? a : b)!.add(value);
      one!.add(value);
    }
    a!.merge(structuredClone(b!.state()));
    const merged = a!.finish(20_000).profile!;
    const single = one!.finish(20_000).profile!;
    expect(merged.top[0]).toEqual(single.top[0]);
    expect(merged.distinctApproximate).toBe(true);
    expect(Math.abs(merged.distinct - single.distinct) / single.distinct).toBeLessThan(0.03);
  });
});
