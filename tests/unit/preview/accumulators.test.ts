import { describe, expect, it } from 'vitest';
import { dayOfIso, daysFromCivil, isoOfDay, monthIndexOfDay } from '../../../lib/preview/accumulators/calendar';
import { DateHistogram } from '../../../lib/preview/accumulators/date-histogram';
import { HyperLogLog } from '../../../lib/preview/accumulators/hyperloglog';
import { MissingCache } from '../../../lib/preview/accumulators/missing-cache';
import { NumberHistogram } from '../../../lib/preview/accumulators/number-histogram';
import { NumericSummary } from '../../../lib/preview/accumulators/numeric-summary';
import { hashString, ownCopy } from '../../../lib/preview/accumulators/strings';
import { SpaceSaving } from '../../../lib/preview/accumulators/top-k';
import {
  isMissing,
  MISSING_MARKER_MAX_LENGTH,
  parseNumber,
  parseNumberByPattern,
  plainNumber,
} from '../../../lib/preview/values';

/** Deterministic pseudo-random numbers in [0, 1), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sum = (bins: { count: number }[]) => bins.reduce((s, b) => s + b.count, 0);

describe('hashString and ownCopy', () => {
  it('hashes deterministically to signed 32-bit integers that differ for near-identical strings', () => {
    expect(hashString('2024-00000001')).toBe(hashString('2024-00000001'));
    expect(hashString('2024-00000001')).not.toBe(hashString('2024-00000002'));
    const hashes = ['é', 'x', '', '2024-00000001', 'Vente', '46,004749'].map(hashString);
    expect(hashes.every((h) => h === (h | 0))).toBe(true);
    // Both halves of the range come up: every bit is used (HyperLogLog reads the top ones).
    const many = Array.from({ length: 64 }, (_, i) => hashString(`cell ${i}`));
    expect(many.some((h) => h < 0)).toBe(true);
    expect(many.some((h) => h > 0)).toBe(true);
  });

  it('copies a string without changing it', () => {
    const long = 'a;b;c;'.repeat(1000);
    expect(ownCopy(long.slice(6, 40))).toBe(long.slice(6, 40));
    expect(ownCopy('')).toBe('');
  });
});

describe('HyperLogLog', () => {
  it('counts 100 000 distinct values within 3 % in a fixed number of registers', () => {
    const hll = new HyperLogLog(14);
    for (let i = 0; i < 100_000; i++) hll.add(`2024-${String(i).padStart(8, '0')}`);
    // Repeats do not count twice.
    for (let i = 0; i < 50_000; i++) hll.add(`2024-${String(i).padStart(8, '0')}`);
    expect(Math.abs(hll.estimate() - 100_000) / 100_000).toBeLessThan(0.03);
    expect(hll.registerCount).toBe(16_384);
  });

  it('is close to exact for small counts and zero when empty', () => {
    const hll = new HyperLogLog();
    expect(hll.estimate()).toBe(0);
    for (const v of ['Vente', 'Échange', 'Adjudication', 'Vente']) hll.add(v);
    expect(hll.estimate()).toBe(3);
  });

  it('rejects a precision it cannot hold', () => {
    expect(() => new HyperLogLog(20)).toThrow(RangeError);
  });
});

describe('SpaceSaving top values', () => {
  it('finds the exact top 10 of a skewed column with 5 000 distinct values', () => {
    const r = random(7);
    const exact = new Map<string, number>();
    const top = new SpaceSaving(256);
    for (let i = 0; i < 200_000; i++) {
      // Zipf-like: value k has weight 1/k.
      const k = Math.floor(Math.exp(r() * Math.log(5000)));
      const value = `v${k}`;
      exact.set(value, (exact.get(value) ?? 0) + 1);
      top.add(value);
    }
    const expected = [...exact]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 10)
      .map(([value, count]) => ({ value, count }));
    expect(top.top(10).map(({ value, count }) => ({ value, count }))).toEqual(expected);
    expect(top.size).toBe(256);
  });

  it('keeps every value and exact counts while they fit', () => {
    const top = new SpaceSaving(4);
    for (const v of ['a', 'b', 'a', 'c', 'a', 'b']) top.add(v);
    expect(top.top(10)).toEqual([
      { value: 'a', count: 3, error: 0 },
      { value: 'b', count: 2, error: 0 },
      { value: 'c', count: 1, error: 0 },
    ]);
  });

  it('never holds more counters than its capacity on a column of unique values', () => {
    const top = new SpaceSaving(64);
    for (let i = 0; i < 100_000; i++) top.add(`id-${i}`);
    expect(top.size).toBe(64);
    for (const { count, error } of top.top(64)) expect(count).toBeGreaterThan(error);
  });

  it('lets a value that becomes frequent late into a full table', () => {
    const top = new SpaceSaving(16);
    for (let i = 0; i < 10_000; i++) top.add(`unique-${i}`);
    for (let i = 0; i < 5_000; i++) top.add('late');
    const [first] = top.top(1);
    expect(first?.value).toBe('late');
    expect(first!.count - first!.error).toBeGreaterThan(4_000);
  });
});

describe('NumericSummary', () => {
  it('keeps min, max and mean', () => {
    const s = new NumericSummary();
    expect(s.mean).toBeNull();
    for (const v of [3, -1.5, 10]) s.add(v);
    expect([s.min, s.max, s.mean, s.count]).toEqual([-1.5, 10, 11.5 / 3, 3]);
  });
});

describe('NumberHistogram', () => {
  it('counts every value, with at most 20 contiguous round bins, even when a sorted stream keeps widening it', () => {
    const h = new NumberHistogram();
    let n = 0;
    for (let v = 0.5; v < 2_000_000; v *= 1.01) {
      h.add(v);
      n++;
    }
    const bins = h.bins();
    expect(sum(bins)).toBe(n);
    expect(bins.length).toBeGreaterThanOrEqual(8);
    expect(bins.length).toBeLessThanOrEqual(20);
    for (let i = 1; i < bins.length; i++) expect(bins[i]!.from).toBe(bins[i - 1]!.to);
    expect(bins[0]!.from).toBe(0);
    expect(bins.at(-1)!.to).toBe(2_000_000);
  });

  it('counts random values exactly per bin', () => {
    const r = random(3);
    const values = Array.from({ length: 50_000 }, () => -500 + r() * 1500);
    const h = new NumberHistogram();
    for (const v of values) h.add(v);
    const bins = h.bins();
    expect(sum(bins)).toBe(values.length);
    for (const bin of bins) {
      const inBin = values.filter((v) => v >= bin.from! && v < bin.to!).length;
      expect(bin.count).toBe(inBin);
    }
  });

  it('draws one bar per value for small integers', () => {
    const h = new NumberHistogram({ integer: true });
    for (const v of [0, 1, 1, 2, 8, 8, 8]) h.add(v);
    const bins = h.bins();
    expect(bins.map((b) => b.label)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect(bins.map((b) => b.count)).toEqual([1, 2, 1, 0, 0, 0, 0, 0, 3]);
  });

  it('closes the last bar on a maximum that sits on an edge (percentages)', () => {
    const h = new NumberHistogram({ integer: true });
    for (let v = 0; v <= 100; v++) h.add(v);
    const bins = h.bins();
    expect(bins).toHaveLength(10);
    expect(bins.at(-1)).toMatchObject({ from: 90, to: 100, count: 11 });
  });

  it('writes decimal edges as they would be written by hand', () => {
    const h = new NumberHistogram();
    for (const v of [0.1, 0.25, 0.3, 0.7, 0.95]) h.add(v);
    for (const bin of h.bins()) {
      expect(String(bin.from).length).toBeLessThanOrEqual(5);
      expect(String(bin.to).length).toBeLessThanOrEqual(5);
    }
  });

  it('handles a constant column and an empty one', () => {
    const h = new NumberHistogram();
    for (let i = 0; i < 5; i++) h.add(42.5);
    expect(sum(h.bins())).toBe(5);
    expect(h.bins()).toHaveLength(1);
    expect(new NumberHistogram().bins()).toEqual([]);
  });
});

describe('calendar', () => {
  it('agrees with Date on day numbers and months', () => {
    const r = random(11);
    for (let i = 0; i < 2000; i++) {
      const day = Math.floor(-200_000 + r() * 400_000);
      const date = new Date(day * 86_400_000);
      const iso = date.toISOString().slice(0, 10);
      expect(isoOfDay(day)).toBe(iso);
      expect(dayOfIso(iso)).toBe(day);
      expect(monthIndexOfDay(day)).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
    }
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });
});

describe('DateHistogram', () => {
  const add = (h: DateHistogram, isos: string[]) => {
    for (const iso of isos) h.add(dayOfIso(iso));
  };

  it('uses days for a short span', () => {
    const h = new DateHistogram();
    add(h, ['2024-03-01', '2024-03-01', '2024-03-04']);
    expect(h.bins().map((b) => [b.label, b.count])).toEqual([
      ['2024-03-01', 2],
      ['2024-03-02', 0],
      ['2024-03-03', 0],
      ['2024-03-04', 1],
    ]);
  });

  it('uses calendar months, quarters or years as the span grows', () => {
    const months = new DateHistogram();
    add(months, ['2024-01-15', '2024-02-10', '2024-11-30']);
    expect(months.bins().map((b) => b.label)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
    ]);
    const years = new DateHistogram();
    add(years, ['1990-06-01', '2005-01-01', '2008-12-31']);
    const bins = years.bins();
    expect(bins.map((b) => b.label)).toContain('1990');
    expect(bins.length).toBeLessThanOrEqual(20);
    expect(bins[0]!.from).toBe(Date.UTC(1990, 0, 1));
  });

  it('stays within its capacity and keeps every count when days are too many', () => {
    const h = new DateHistogram(100);
    let n = 0;
    for (let day = dayOfIso('2000-01-01'); day < dayOfIso('2010-01-01'); day += 3) {
      h.add(day);
      n++;
      expect(h.size).toBeLessThanOrEqual(100);
    }
    const bins = h.bins();
    expect(sum(bins)).toBe(n);
    expect(bins.map((b) => b.label)).toEqual([
      '2000',
      '2001',
      '2002',
      '2003',
      '2004',
      '2005',
      '2006',
      '2007',
      '2008',
      '2009',
    ]);
  });
});

describe('plainNumber (fast path of parseNumber)', () => {
  it('gives exactly what the pattern reader gives, for every cell it reads', () => {
    const r = random(5);
    const cells = [
      '0',
      '-0',
      '7',
      '42',
      '-42',
      '0,5',
      '00,5',
      '01000',
      '2A004',
      '1 234,5',
      '1.234,5',
      '3,14',
      '3.14',
      ',5',
      '5,',
      '-',
      '',
      '1,2,3',
      '88,14 %',
      '1e3',
      ' 12',
      '123456789012345',
      '1234567890123456',
      '0,000001',
      '46,004749',
      '-4,262230',
      '12a',
      'NaN',
      '١٢',
    ];
    for (let i = 0; i < 5000; i++) {
      const int = Math.floor(r() * 10 ** Math.floor(r() * 9));
      const frac = String(Math.floor(r() * 10 ** Math.floor(1 + r() * 8)));
      cells.push(`${r() < 0.3 ? '-' : ''}${int},${frac}`, String(int), `${int}.${frac}`);
    }
    let fast = 0;
    const disagreements: string[] = [];
    for (const cell of cells) {
      for (const sep of [',', '.'] as const) {
        const plain = plainNumber(cell, 0, cell.length, sep);
        const reference = parseNumberByPattern(cell, sep);
        if (plain !== undefined) fast++;
        if (!Object.is(plain ?? reference, reference) || !Object.is(parseNumber(cell, sep), reference)) {
          disagreements.push(`${cell} with ${sep}: ${plain} / ${reference}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(fast).toBeGreaterThan(cells.length);
  });
});

describe('plain numbers and missing-value markers', () => {
  it('never treats a plain number as missing, which lets numeric columns skip the marker lookup', () => {
    for (const cell of ['0', '-0', '-1', '-9', '-99', '-999', '9999', '99999', '0,0', '-1,5', '12']) {
      expect(plainNumber(cell, 0, cell.length, ','), cell).not.toBeUndefined();
      expect(isMissing(cell), cell).toBe(false);
    }
  });

  it('reads a number in place inside a longer text', () => {
    const batch = 'x;-46,004749;01000;y';
    expect(plainNumber(batch, 2, 12, ',')).toBe(-46.004749);
    expect(plainNumber(batch, 13, 18, ',')).toBeUndefined();
    expect(plainNumber(batch, 2, 2, ',')).toBeUndefined();
  });
});

describe('MissingCache', () => {
  it('answers like isMissing, from memory the second time', () => {
    const cache = new MissingCache();
    const cells = ['', 'NA', 'n/a', ' null ', '-', 'nd', 'Vente', '0', 'N/A', 'Vente', 'NA', 'x'.repeat(40)];
    // Long cells padded with spaces are markers all the same: they must not take the long-value shortcut.
    const padded = [
      '      NA      ',
      '\u00a0\u00a0\u00a0null\u00a0\u00a0',
      '\u202fn/a\u202f\u202f\u202f',
      '\tnd\t\t\t',
    ];
    for (const cell of [...cells, ...cells, ...padded])
      expect(cache.isMissing(cell, hashString(cell)), JSON.stringify(cell)).toBe(isMissing(cell));
    for (const cell of padded) expect(cache.isMissing(cell, hashString(cell))).toBe(true);
    // Only values short enough to be a marker, or with a space at an end, are remembered: long values cannot be one.
    const remembered = new Set(
      [...cells, ...padded].filter((c) => c !== '' && (c.length <= MISSING_MARKER_MAX_LENGTH || c.trim() !== c)),
    );
    expect(cache.size).toBe(remembered.size);
  });

  it('never answers for another value that shares the hash', () => {
    const cache = new MissingCache();
    expect(cache.isMissing('NA', 12345)).toBe(true);
    expect(cache.isMissing('Vente', 12345)).toBe(false);
  });
});
