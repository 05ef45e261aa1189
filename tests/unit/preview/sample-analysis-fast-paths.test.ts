import { describe, expect, it } from 'vitest';
import { NumberHistogram } from '../../../lib/preview/accumulators/number-histogram';
import { NumericSummary } from '../../../lib/preview/accumulators/numeric-summary';
import { countColumns } from '../../../lib/preview/infer-types';
import { hasPercentSign, parseNumberByPattern } from '../../../lib/preview/values';

describe('the fast paths of the sample analysis give the answers of the slow ones', () => {
  it('reads numbers the screen lets through and rejects what the pattern would reject', () => {
    const cases: [string, ',' | '.', number | null][] = [
      ['-12', ',', -12],
      ['  -1 234,5 ', ',', -1234.5],
      ['1e-5', '.', 1e-5],
      ['1,5e+3', ',', 1500],
      ['12,5 %', ',', 12.5],
      ['\u00a0-3\u202f000,25', ',', -3000.25],
      ['+5', '.', null],
      ['5-', '.', null],
      ['- 12', '.', null],
      ['2024-000123', '.', null],
      ['12/03/2024', ',', null],
      ['1e5-', '.', null],
      ['Paris', ',', null],
      ['%', ',', null],
      ['', ',', null],
    ];
    for (const [raw, sep, expected] of cases) expect([raw, parseNumberByPattern(raw, sep)]).toEqual([raw, expected]);
  });

  it('finds percent signs only after a number', () => {
    expect(hasPercentSign('12 %')).toBe(true);
    expect(hasPercentSign(' 3,5% ')).toBe(true);
    expect(hasPercentSign('%')).toBe(false);
    expect(hasPercentSign('12')).toBe(false);
  });

  it('counts a value seen n times like n values seen once, across the histogram warm-up', () => {
    const grouped = new NumberHistogram({ warmup: 8 });
    const single = new NumberHistogram({ warmup: 8 });
    const values: [number, number][] = [
      [3, 5],
      [1000, 1],
      [7, 6],
      [-20, 3],
    ];
    for (const [value, times] of values) {
      grouped.add(value, times);
      for (let i = 0; i < times; i++) single.add(value);
    }
    expect(grouped.count).toBe(15);
    expect(grouped.bins()).toEqual(single.bins());
    const summary = new NumericSummary();
    summary.add(2.5, 4);
    summary.add(-1);
    expect([summary.count, summary.min, summary.max, summary.mean]).toEqual([5, -1, 2.5, 9 / 5]);
  });

  it('counts columns in one pass, short rows counting as empty cells, extra cells ignored', () => {
    const [a, b] = countColumns([['x', '1', 'extra'], ['x'], ['y', '1']], 2);
    expect([a!.values, a!.counts]).toEqual([
      ['x', 'y'],
      [2, 1],
    ]);
    expect([b!.values, b!.counts]).toEqual([
      ['1', ''],
      [2, 1],
    ]);
  });
});
