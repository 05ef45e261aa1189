import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { profileInTwoRanges, profileTail, type TailJob } from '../../../lib/preview/profile-ranges';
import { ColumnStreamAccumulator, profileStream } from '../../../lib/preview/profile-stream';
import type { Encoding } from '../../../lib/preview/types';
import { type CsvShape, columns, makeCsv, serverOf } from './ranges-fixtures';

async function bothWays(bytes: Uint8Array, encoding: Encoding, ranges = true) {
  const fetchImpl = serverOf(bytes, { ranges });
  const jobs: TailJob[] = [];
  const options = { encoding, delimiter: ';' as const, skipLines: 2, columns };
  const single = await profileStream((await fetchImpl('x')).body!, options);
  const split = await profileInTwoRanges('https://example.test/f.csv', {
    ...options,
    fetchImpl,
    minSplitBytes: 0,
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

/** One case per thing that can go wrong at a cut, on a plain file otherwise (UTF-8, LF, no quotes, full rows). */
const plain = { rows: 3000, newline: '\n', encoding: 'utf-8', quotedBreaks: false, ragged: false } as const;
const CASES: { name: string; shape: CsvShape; jobs: boolean[] }[] = [
  {
    name: 'a quoted line break straddling the cut',
    shape: { ...plain, rows: 400, bigQuotedLines: 1500 },
    jobs: [false, true],
  },
  { name: 'quoted line breaks, delimiters and doubled quotes', shape: { ...plain, quotedBreaks: true }, jobs: [false] },
  { name: 'CRLF line breaks', shape: { ...plain, newline: '\r\n' }, jobs: [false] },
  { name: 'a byte order mark', shape: { ...plain, bom: true }, jobs: [false] },
  { name: 'Windows-1252', shape: { ...plain, encoding: 'windows-1252' }, jobs: [false] },
  { name: 'ragged rows', shape: { ...plain, ragged: true }, jobs: [false] },
];

describe('a whole-file profile in two byte ranges', () => {
  it.each(CASES)('gives the single pass’s profile with $name', async ({ shape, jobs }) => {
    const result = await bothWays(makeCsv(shape), shape.encoding);
    expect(result.single.rows).toBe(shape.rows);
    expectSameProfiles(result);
    // Really split: a second part was read, from a row boundary after the middle or after the quoted cell.
    expect(result.jobs.map((j) => j.exact)).toEqual(jobs);
  });

  it('counts ragged rows’ absent cells as missing on both sides of the cut', async () => {
    const result = await bothWays(makeCsv({ ...plain, ragged: true }), 'utf-8');
    const adresse = result.split.columns.find((c) => c.name === 'adresse')!.profile!;
    expect(adresse.missing).toBe(Math.ceil((3000 - 5) / 29));
  });

  it('reads the text after a byte order mark as the single pass does: the first column keeps its values', async () => {
    const result = await bothWays(makeCsv({ ...plain, bom: true }), 'utf-8');
    expect(result.split.columns[0]!.profile!.top[0]!.value).toMatch(/^ID-\d+$/);
  });

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

  it('reads a gzip file, a server that refuses bytes=0- and one the network refuses in one pass', async () => {
    const bytes = makeCsv({ rows: 600, newline: '\n', encoding: 'utf-8' });
    const options = { encoding: 'utf-8' as const, delimiter: ';' as const, skipLines: 2, columns, minSplitBytes: 0 };
    const single = await profileStream((await serverOf(bytes)('x')).body!, options);
    if (!single.ok) throw new Error(single.error.messageKey);
    const cases: { name: string; answer: (range: string | null) => Response | Promise<Response> }[] = [
      // Served by Range, but gzip: bytes of the compressed file cannot be cut into rows.
      {
        name: 'gzip',
        answer: () => new Response(gzipSync(bytes), { status: 206, headers: { 'content-range': `bytes 0-9/10` } }),
      },
      { name: '416', answer: (range) => (range ? new Response('', { status: 416 }) : serverOf(bytes)('x')) },
      {
        name: 'refused',
        answer: (range) => {
          if (range) throw new TypeError('Failed to fetch');
          return serverOf(bytes)('x');
        },
      },
    ];
    for (const { name, answer } of cases) {
      const requests: (string | null)[] = [];
      let tails = 0;
      const result = await profileInTwoRanges('https://example.test/f.csv', {
        ...options,
        fetchImpl: async (_url, init) => {
          const range = new Headers(init?.headers).get('range');
          requests.push(range);
          return answer(range);
        },
        runTail: async () => {
          tails++;
          throw new Error('no second part expected');
        },
      });
      if (!result.ok) throw new Error(`${name}: ${result.error.messageKey}`);
      expect([name, result.value.rows, result.value.columns]).toEqual([name, single.value.rows, single.value.columns]);
      expect([name, tails, requests]).toEqual([name, 0, name === 'gzip' ? ['bytes=0-'] : ['bytes=0-', null]]);
    }
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
