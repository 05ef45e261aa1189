import { fail, failure, ok, type Result } from '../model/failure';
import type { BBox, MapData, MapShape } from '../preview/formats/types';
import type { Column, ColumnProfile } from '../preview/types';
import { isMissing, parseDateValue, parseNumber } from '../preview/values';
import { coordinateColumns, isMeasure, kindsFor } from './columns';
import type { Aggregation, ChartKind, ChartOptions } from './options';

/** What a chart can be made of: a preview's table, and what else the preview knows about the whole file. */
export interface ChartSource {
  columns: readonly Column[];
  rows: readonly (readonly string[])[];
  /** Rows in the whole file, when known. */
  totalRows: number | null;
  /** The rows stop before the end of the file. */
  truncated: boolean;
  /** Columns profiled over the whole file (a worker pass, data.gouv.fr's tabular API), when there are. */
  wholeFile?: readonly Column[] | null;
  /** Geometries of a GeoJSON or shapefile preview. */
  map?: { data: MapData; bbox: BBox } | null;
}

export type Period = 'year' | 'month' | 'day';

/** One bar: a category or a period (`label`), or a histogram bin (`from`–`to`). `value` null: no data there. */
export interface Bar {
  label: string;
  from?: number;
  to?: number;
  value: number | null;
}

/** How much of the data the picture stands for: what its credit must say. */
export interface Coverage {
  /** Rows the chart was computed from. */
  rows: number;
  /** Figures from a whole-file profile rather than from the rows shown. */
  wholeFile: boolean;
  /** Whole-file counts are estimates (top values over a stream). */
  approximate: boolean;
  /** The rows are the first ones of a longer file. */
  partial: boolean;
  totalRows: number | null;
}

interface Common {
  x: string;
  coverage: Coverage;
  /** The picture is not the data as published: aggregated, binned or cut to the top N (issue 11's "modified"). */
  modified: boolean;
}

export interface BarsChart extends Common {
  kind: 'bar' | 'histogram' | 'time';
  y: string | null;
  agg: Aggregation;
  bars: Bar[];
  /** Groups before the top-N cut. */
  groups: number;
  /** Rows left out: no value, or not a number/date where one was needed. */
  skipped: number;
  period: Period | null;
}

export interface MapChart extends Common {
  kind: 'map';
  points: [number, number][];
  shapes: MapShape[];
  bbox: BBox;
}

export type Chart = BarsChart | MapChart;

const refuse = (key: string, params: Record<string, string | number> = {}): Result<never> =>
  fail(failure('unsupported', `charts.error.${key}`, { params }));

function columnIndex(columns: readonly Column[], name: string): number {
  return columns.findIndex((c) => c.name === name);
}

function sampleCoverage(source: ChartSource): Coverage {
  const partial = source.truncated || (source.totalRows !== null && source.totalRows > source.rows.length);
  return { rows: source.rows.length, wholeFile: false, approximate: false, partial, totalRows: source.totalRows };
}

interface Accumulator {
  count: number;
  sum: number;
}

function aggregateValue(a: Accumulator, agg: Aggregation): number | null {
  if (agg === 'count') return a.count;
  if (agg === 'sum') return a.sum;
  return a.count ? a.sum / a.count : null;
}

/** Groups rows by a key, counting them or summing/averaging `y`; rows without a key or a number are skipped. */
function group(
  source: ChartSource,
  key: (row: readonly string[]) => string | null,
  y: { index: number; column: Column } | null,
): { groups: Map<string, Accumulator>; skipped: number } {
  const groups = new Map<string, Accumulator>();
  let skipped = 0;
  for (const row of source.rows) {
    const k = key(row);
    let n = 0;
    if (y) {
      const raw = row[y.index] ?? '';
      const parsed = isMissing(raw) ? null : parseNumber(raw, y.column.decimalSeparator ?? '.');
      if (parsed === null) {
        skipped++;
        continue;
      }
      n = parsed;
    }
    if (k === null) {
      skipped++;
      continue;
    }
    const a = groups.get(k) ?? { count: 0, sum: 0 };
    a.count++;
    a.sum += n;
    groups.set(k, a);
  }
  return { groups, skipped };
}

function yColumn(source: ChartSource, options: ChartOptions): Result<{ index: number; column: Column } | null> {
  if (options.agg === 'count') return ok(null);
  if (!options.y) return refuse('needsY');
  const index = columnIndex(source.columns, options.y);
  if (index < 0) return refuse('noColumn', { column: options.y });
  const column = source.columns[index]!;
  if (!isMeasure(column)) return refuse('notNumeric', { column: options.y });
  return ok({ index, column });
}

function wholeProfile(source: ChartSource, name: string, options: ChartOptions): ColumnProfile | null {
  if (options.agg !== 'count' || !source.wholeFile) return null;
  return source.wholeFile.find((c) => c.name === name)?.profile ?? null;
}

function wholeCoverage(source: ChartSource, profile: ColumnProfile): Coverage {
  return {
    rows: profile.count,
    wholeFile: true,
    approximate: profile.distinctApproximate,
    partial: false,
    totalRows: source.totalRows ?? profile.count,
  };
}

function barChart(source: ChartSource, x: Column, index: number, options: ChartOptions): Result<Chart> {
  const profile = wholeProfile(source, x.name, options);
  if (profile?.top.length) {
    const bars = profile.top.slice(0, options.top).map((t) => ({ label: t.value, value: t.count }));
    return ok({
      kind: 'bar',
      x: x.name,
      y: null,
      agg: 'count',
      bars,
      groups: profile.distinct,
      skipped: profile.missing,
      period: null,
      coverage: wholeCoverage(source, profile),
      modified: true,
    });
  }
  const y = yColumn(source, options);
  if (!y.ok) return y;
  const { groups, skipped } = group(
    source,
    (row) => {
      const raw = row[index] ?? '';
      return isMissing(raw) ? null : raw.trim();
    },
    y.value,
  );
  if (!groups.size) return refuse('noValues', { column: x.name });
  const bars = [...groups]
    .map(([label, a]) => ({ label, value: aggregateValue(a, options.agg) }))
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.label.localeCompare(b.label))
    .slice(0, options.top);
  return ok({
    kind: 'bar',
    x: x.name,
    y: y.value ? y.value.column.name : null,
    agg: options.agg,
    bars,
    groups: groups.size,
    skipped,
    period: null,
    coverage: sampleCoverage(source),
    modified: true,
  });
}

/** A step of 1, 2 or 5 times a power of ten, so that bin edges read as round numbers. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

const MAX_BINS = 20;

function histogram(source: ChartSource, x: Column, index: number, options: ChartOptions): Result<Chart> {
  if (!isMeasure(x)) return refuse('notNumeric', { column: x.name });
  const profile = wholeProfile(source, x.name, options);
  if (profile?.histogram.some((b) => b.from !== undefined)) {
    return ok({
      kind: 'histogram',
      x: x.name,
      y: null,
      agg: 'count',
      bars: profile.histogram.map((b) => ({ label: b.label, from: b.from, to: b.to, value: b.count })),
      groups: profile.histogram.length,
      skipped: profile.missing,
      period: null,
      coverage: wholeCoverage(source, profile),
      modified: true,
    });
  }
  const values: number[] = [];
  let skipped = 0;
  for (const row of source.rows) {
    const raw = row[index] ?? '';
    const n = isMissing(raw) ? null : parseNumber(raw, x.decimalSeparator ?? '.');
    if (n === null) skipped++;
    else values.push(n);
  }
  if (!values.length) return refuse('notNumeric', { column: x.name });
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const wanted = Math.min(MAX_BINS, Math.max(5, Math.ceil(Math.log2(values.length) + 1)));
  const step = max > min ? niceStep((max - min) / wanted) : 1;
  const start = Math.floor(min / step) * step;
  const count = Math.max(1, Math.floor((max - start) / step) + 1);
  const counts = new Array<number>(count).fill(0);
  for (const v of values) counts[Math.min(count - 1, Math.floor((v - start) / step))]!++;
  // Edges rounded to the step's precision: 0.1 + 0.2 must not print as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const edge = (i: number) => Number((start + i * step).toFixed(digits));
  const bars = counts.map((value, i) => ({ label: '', from: edge(i), to: edge(i + 1), value }));
  return ok({
    kind: 'histogram',
    x: x.name,
    y: null,
    agg: 'count',
    bars,
    groups: count,
    skipped,
    period: null,
    coverage: sampleCoverage(source),
    modified: true,
  });
}

const PERIOD_LENGTH: Record<Period, number> = { year: 4, month: 7, day: 10 };
/** Beyond this many periods, the next coarser one is used: bars would be thinner than a pixel. */
const MAX_PERIODS = 400;

function nextPeriod(key: string, period: Period): string {
  if (period === 'year') return String(Number(key) + 1).padStart(4, '0');
  if (period === 'month') {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return m === 12
      ? `${String(y + 1).padStart(4, '0')}-01`
      : `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
  }
  const d = new Date(`${key}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function choosePeriod(first: string, last: string): Period {
  const days = (Date.parse(last.slice(0, 10)) - Date.parse(first.slice(0, 10))) / 86_400_000;
  if (days > 3 * 366) return 'year';
  if (days > 62) return 'month';
  return 'day';
}

function timeChart(source: ChartSource, x: Column, index: number, options: ChartOptions): Result<Chart> {
  const y = yColumn(source, options);
  if (!y.ok) return y;
  const yearOnly = x.format === 'year';
  const isoOf = (raw: string): string | null => {
    if (isMissing(raw)) return null;
    if (yearOnly) return /^\s*\d{4}\s*$/.test(raw) ? raw.trim() : null;
    return parseDateValue(raw);
  };
  let first: string | null = null;
  let last: string | null = null;
  for (const row of source.rows) {
    const iso = isoOf(row[index] ?? '');
    if (iso === null) continue;
    if (first === null || iso < first) first = iso;
    if (last === null || iso > last) last = iso;
  }
  if (first === null || last === null) return refuse('noDates', { column: x.name });
  let period: Period = yearOnly ? 'year' : choosePeriod(first, last);
  const span = (p: Period) => {
    let n = 1;
    for (let k = first!.slice(0, PERIOD_LENGTH[p]); k < last!.slice(0, PERIOD_LENGTH[p]) && n <= MAX_PERIODS; n++) {
      k = nextPeriod(k, p);
    }
    return n;
  };
  while (period !== 'year' && span(period) > MAX_PERIODS) period = period === 'day' ? 'month' : 'year';
  const length = PERIOD_LENGTH[period];
  const { groups, skipped } = group(source, (row) => isoOf(row[index] ?? '')?.slice(0, length) ?? null, y.value);
  const bars: Bar[] = [];
  const end = last.slice(0, length);
  // Periods without rows are drawn as such (zero, or no mean), so the time axis stays even.
  for (let k = first.slice(0, length); bars.length <= MAX_PERIODS; k = nextPeriod(k, period)) {
    const a = groups.get(k);
    bars.push({ label: k, value: a ? aggregateValue(a, options.agg) : options.agg === 'mean' ? null : 0 });
    if (k >= end) break;
  }
  return ok({
    kind: 'time',
    x: x.name,
    y: y.value ? y.value.column.name : null,
    agg: options.agg,
    bars,
    groups: groups.size,
    skipped,
    period,
    coverage: sampleCoverage(source),
    modified: true,
  });
}

function mapChart(source: ChartSource, x: Column | null): Result<Chart> {
  if (source.map?.data.shapes.length) {
    const { data, bbox } = source.map;
    return ok({
      kind: 'map',
      x: x?.name ?? '',
      points: [],
      shapes: data.shapes,
      bbox,
      coverage: { ...sampleCoverage(source), rows: data.shapes.length, partial: source.truncated || data.capped },
      modified: false,
    });
  }
  const coords = coordinateColumns(source.columns);
  if (!coords) return refuse('noCoordinates');
  const lat = columnIndex(source.columns, coords.lat.name);
  const lon = columnIndex(source.columns, coords.lon.name);
  const points: [number, number][] = [];
  for (const row of source.rows) {
    const la = parseNumber(row[lat] ?? '', coords.lat.decimalSeparator ?? '.');
    const lo = parseNumber(row[lon] ?? '', coords.lon.decimalSeparator ?? '.');
    if (la === null || lo === null || Math.abs(la) > 90 || Math.abs(lo) > 180) continue;
    points.push([lo, la]);
  }
  if (!points.length) return refuse('noCoordinates');
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lo, la] of points) {
    bbox[0] = Math.min(bbox[0], lo);
    bbox[1] = Math.min(bbox[1], la);
    bbox[2] = Math.max(bbox[2], lo);
    bbox[3] = Math.max(bbox[3], la);
  }
  return ok({
    kind: 'map',
    x: coords.lat.name,
    points,
    shapes: [],
    bbox,
    coverage: sampleCoverage(source),
    modified: false,
  });
}

/** The chart's figures from the preview, or why it cannot be drawn (a failure with a `charts.error.*` key). */
export function buildChart(source: ChartSource, options: ChartOptions): Result<Chart> {
  const index = columnIndex(source.columns, options.x);
  const x = index >= 0 ? source.columns[index]! : null;
  if (options.kind === 'map' && (source.map || !x)) return mapChart(source, x);
  if (!x) return refuse('noColumn', { column: options.x });
  if (!source.rows.length && !source.wholeFile) return refuse('noRows');
  const kinds = kindsFor(x, source.columns);
  const kind: ChartKind = options.kind ?? kinds[0]!;
  if (!kinds.includes(kind)) return refuse(`not.${kind}`, { column: x.name });
  if (kind === 'map') return mapChart(source, x);
  if (kind === 'histogram') return histogram(source, x, index, options);
  if (kind === 'time') return timeChart(source, x, index, options);
  return barChart(source, x, index, options);
}
