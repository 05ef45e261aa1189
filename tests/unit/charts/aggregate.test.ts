import { describe, expect, it } from 'vitest';
import { type BarsChart, buildChart, type Chart, type MapChart, niceStep } from '../../../lib/charts/aggregate';
import { kindsFor, suggestColumn } from '../../../lib/charts/columns';
import { type ChartOptionsInput, ChartOptionsSchema } from '../../../lib/charts/options';
import { COLUMNS, col, source } from './fixtures';

function bars(input: ChartOptionsInput, over = {}): BarsChart {
  const chart = buildChart(source(over), ChartOptionsSchema.parse(input));
  if (!chart.ok) throw new Error(chart.error.messageKey);
  expect(chart.value.kind).not.toBe('map');
  return chart.value as BarsChart;
}
const pairs = (c: BarsChart) => c.bars.map((b) => [b.label, b.value]);

describe('chart figures over the preview rows', () => {
  it('counts rows per value, most frequent first, skipping rows without one', () => {
    const c = bars({ x: 'region' });
    expect(c.kind).toBe('bar');
    expect(pairs(c)).toEqual([
      ['Bretagne', 4],
      ['Normandie', 3],
      ['Occitanie', 2],
    ]);
    expect(c.skipped).toBe(1);
    expect(c.modified).toBe(true);
  });

  it('sums and averages a column of numbers, with decimal commas, leaving out what is not a number', () => {
    expect(pairs(bars({ x: 'region', agg: 'sum', y: 'population' }))).toEqual([
      ['Bretagne', 1000],
      ['Normandie', 60],
      ['Occitanie', 5],
    ]);
    const mean = bars({ x: 'region', agg: 'mean', y: 'surface' });
    expect(pairs(mean)).toEqual([
      ['Occitanie', 7.5],
      ['Bretagne', 3],
      ['Normandie', 0.75],
    ]);
    expect(mean.skipped).toBe(2);
  });

  it('keeps the top N and says how many groups there were', () => {
    const c = bars({ x: 'region', top: 2 });
    expect(c.bars.map((b) => b.label)).toEqual(['Bretagne', 'Normandie']);
    expect(c.groups).toBe(3);
  });

  it('draws a histogram of a number in round bins that hold every value', () => {
    const c = bars({ x: 'population' });
    expect(c.kind).toBe('histogram');
    expect(c.bars.reduce((n, b) => n + (b.value ?? 0), 0)).toBe(9);
    expect(c.bars[0]!.from).toBe(0);
    for (const b of c.bars) expect(Number.isInteger((b.to! - b.from!) / 50)).toBe(true);
  });

  it('counts and sums over time by month, periods without rows at zero', () => {
    const c = bars({ x: 'date_maj' });
    expect(c.kind).toBe('time');
    expect(c.period).toBe('month');
    expect(pairs(c)).toEqual([
      ['2024-01', 2],
      ['2024-02', 2],
      ['2024-03', 2],
      ['2024-04', 4],
    ]);
    expect(pairs(bars({ x: 'date_maj', agg: 'sum', y: 'population' }))).toEqual([
      ['2024-01', 300],
      ['2024-02', 30],
      ['2024-03', 700],
      ['2024-04', 36],
    ]);
  });

  it('uses the whole-file profile for counts when there is one, and says so', () => {
    const profiled = {
      ...COLUMNS[0]!,
      profile: {
        count: 5000,
        missing: 3,
        distinct: 13,
        distinctApproximate: true,
        min: null,
        max: null,
        mean: null,
        top: [
          { value: 'Bretagne', count: 2100 },
          { value: 'Corse', count: 900 },
        ],
        histogram: [],
      },
    };
    const c = bars({ x: 'region' }, { wholeFile: [profiled], truncated: true, totalRows: 5000 });
    expect(pairs(c)).toEqual([
      ['Bretagne', 2100],
      ['Corse', 900],
    ]);
    expect(c.coverage).toMatchObject({ wholeFile: true, approximate: true, partial: false });
    // A sum is not in a profile: the rows shown are used, and the credit will say so.
    const sum = bars({ x: 'region', agg: 'sum', y: 'population' }, { wholeFile: [profiled], truncated: true });
    expect(sum.coverage).toMatchObject({ wholeFile: false, partial: true, rows: 10 });
  });

  it('maps latitude and longitude columns as points, unmodified', () => {
    const chart = buildChart(source(), ChartOptionsSchema.parse({ x: 'latitude', kind: 'map' }));
    expect(chart.ok).toBe(true);
    const map = (chart as { value: Chart }).value as MapChart;
    expect(map.points).toHaveLength(9);
    expect(map.bbox).toEqual([-1.9, 43.6, 1.5, 49.6]);
    expect(map.modified).toBe(false);
  });

  it('refuses what cannot be drawn with a localized reason', () => {
    const refused = (input: ChartOptionsInput) => {
      const r = buildChart(source(), ChartOptionsSchema.parse(input));
      return r.ok ? null : r.error.messageKey;
    };
    expect(refused({ x: 'nope' })).toBe('charts.error.noColumn');
    expect(refused({ x: 'region', agg: 'sum' })).toBe('charts.error.needsY');
    expect(refused({ x: 'region', agg: 'sum', y: 'region' })).toBe('charts.error.notNumeric');
    expect(refused({ x: 'region', kind: 'histogram' })).toBe('charts.error.not.histogram');
    expect(refused({ x: 'region', kind: 'time' })).toBe('charts.error.not.time');
    const noCoords = buildChart(
      source({ columns: COLUMNS.slice(0, 2) }),
      ChartOptionsSchema.parse({ x: 'region', kind: 'map' }),
    );
    expect(noCoords.ok ? null : noCoords.error.messageKey).toBe('charts.error.not.map');
  });

  it('suggests kinds from the column type, and a first column worth charting', () => {
    expect(kindsFor(COLUMNS[0]!, COLUMNS)).toEqual(['bar']);
    expect(kindsFor(COLUMNS[1]!, COLUMNS)).toEqual(['histogram', 'bar']);
    expect(kindsFor(COLUMNS[3]!, COLUMNS)).toEqual(['time', 'bar']);
    expect(kindsFor(COLUMNS[4]!, COLUMNS)[0]).toBe('map');
    // A code is text whatever its digits: no histogram of postcodes.
    expect(kindsFor(col('cp', 'integer', { format: 'code_postal' }), [])).toEqual(['bar']);
    expect(suggestColumn([col('x', 'empty'), col('n', 'integer')])?.name).toBe('n');
  });

  it('rounds steps to 1, 2 or 5 times a power of ten', () => {
    expect([0.03, 0.7, 3, 17, 420].map(niceStep)).toEqual([0.05, 1, 5, 20, 500]);
  });
});
