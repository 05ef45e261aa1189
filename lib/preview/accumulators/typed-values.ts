import { z } from 'zod';
import type { BinSchema, Column } from '../types';
import { type DecimalSeparator, parseDateValue, parseNumber, plainNumber } from '../values';
import { dayOfIso } from './calendar';
import { DateHistogram, DateHistogramStateSchema } from './date-histogram';
import { IntIndex } from './int-index';
import { NumberHistogram, NumberHistogramStateSchema } from './number-histogram';
import { NumericSummary, NumericSummaryStateSchema } from './numeric-summary';
import { ownCopy, rangeEquals } from './strings';

type Bin = z.infer<typeof BinSchema>;

export type ColumnShape = Pick<Column, 'type' | 'format' | 'decimalSeparator'>;

/** What a column's values say once read as their type; text columns have none of it. */
export interface TypedSummary {
  min: number | string | null;
  max: number | string | null;
  mean: number | null;
  /** Null for columns drawn as their top values. */
  histogram: Bin[] | null;
}

/** What a typed accumulator holds, for another thread to merge. */
export const TypedStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), stats: NumericSummaryStateSchema, histogram: NumberHistogramStateSchema }),
  z.object({
    kind: z.literal('date'),
    dates: z.array(z.object({ iso: z.string(), day: z.number(), count: z.number() })),
    min: z.string().nullable(),
    max: z.string().nullable(),
    histogram: DateHistogramStateSchema,
  }),
]);
export type TypedState = z.infer<typeof TypedStateSchema>;

/** Reads the non-missing cells of one column as its type and keeps min, max, mean and a histogram. */
export interface TypedAccumulator {
  /** The cell `text[start, end)`, whose `hashRange` is `hash`, seen `times` times (1 when not given). */
  add(text: string, start: number, end: number, hash: number, times?: number): void;
  summary(): TypedSummary;
  state(): TypedState;
  /** Counts the values another accumulator of the same column read too. */
  merge(other: TypedState): void;
}

export class NumberAccumulator implements TypedAccumulator {
  private readonly stats = new NumericSummary();
  private readonly histogram: NumberHistogram;

  constructor(
    readonly decimalSeparator: DecimalSeparator,
    integer: boolean,
  ) {
    this.histogram = new NumberHistogram({ integer });
  }

  add(text: string, start: number, end: number, _hash?: number, times = 1): void {
    const value =
      plainNumber(text, start, end, this.decimalSeparator) ??
      parseNumber(text.slice(start, end), this.decimalSeparator);
    if (value !== null) this.addValue(value, times);
  }

  /**
   * Counts the cell if it is a plain number (`plainNumber`) and says whether it was. The number goes from
   * reading to counting inside this call: returned to the caller, a fraction would be boxed on the heap, one
   * allocation per cell of a decimal column.
   */
  addPlain(text: string, start: number, end: number): boolean {
    const value = plainNumber(text, start, end, this.decimalSeparator);
    if (value === undefined) return false;
    this.addValue(value);
    return true;
  }

  addValue(value: number, times = 1): void {
    this.stats.add(value, times);
    this.histogram.add(value, times);
  }

  state(): TypedState {
    return { kind: 'number', stats: this.stats.state(), histogram: this.histogram.state() };
  }

  merge(other: TypedState): void {
    if (other.kind !== 'number') throw new TypeError('cannot merge dates into numbers');
    this.stats.merge(other.stats);
    this.histogram.merge(other.histogram);
  }

  summary(): TypedSummary {
    const empty = this.stats.count === 0;
    return {
      min: empty ? null : this.stats.min,
      max: empty ? null : this.stats.max,
      mean: this.stats.mean,
      histogram: this.histogram.bins(),
    };
  }
}

/** Distinct dates are few (a few thousand days) while rows are many: parsing each once pays off. */
const DATE_CACHE_LIMIT = 4096;

interface ParsedDate {
  raw: string;
  iso: string | null;
  day: number;
  /** Cells seen with this exact text, for cached dates: counted here, handed to the histogram at the end. */
  count: number;
}

class DateAccumulator implements TypedAccumulator {
  private readonly histogram = new DateHistogram();
  /**
   * By the cell's hash; the cell is compared too, so a shared hash never gives a wrong date. A file has few
   * distinct dates, so nearly every cell is one lookup and an increment.
   */
  private readonly cache = new IntIndex(DATE_CACHE_LIMIT);
  private readonly parsed: ParsedDate[] = [];
  /** Extremes of the dates that did not fit in the cache; the cached ones are read at the end. */
  private min: string | null = null;
  private max: string | null = null;

  add(text: string, start: number, end: number, hash: number, times = 1): void {
    const key = hash >>> 2;
    const id = this.cache.get(key);
    const cached = id < 0 ? undefined : this.parsed[id]!;
    if (cached !== undefined && rangeEquals(text, start, end, cached.raw)) {
      cached.count += times;
      return;
    }
    const raw = text.slice(start, end);
    const iso = parseDateValue(raw);
    const day = iso === null ? 0 : dayOfIso(iso);
    if (cached === undefined && this.cache.add(key, this.parsed.length)) {
      this.parsed.push({ raw: ownCopy(raw), iso, day, count: times });
      return;
    }
    if (iso !== null) this.count(iso, day, times);
  }

  /** Hands the cached dates' counts to the extremes and the histogram. */
  private flushCache(): void {
    for (const parsed of this.parsed) {
      if (parsed.iso !== null && parsed.count > 0) this.count(parsed.iso, parsed.day, parsed.count);
      parsed.count = 0;
    }
  }

  private count(iso: string, day: number, times: number): void {
    // ISO dates (and date-times in one zone) sort as strings.
    if (this.min === null || iso < this.min) this.min = iso;
    if (this.max === null || iso > this.max) this.max = iso;
    this.histogram.add(day, times);
  }

  state(): TypedState {
    const dates = this.parsed.flatMap(({ iso, day, count }) =>
      iso !== null && count > 0 ? [{ iso, day, count }] : [],
    );
    return { kind: 'date', dates, min: this.min, max: this.max, histogram: this.histogram.state() };
  }

  merge(other: TypedState): void {
    if (other.kind !== 'date') throw new TypeError('cannot merge numbers into dates');
    this.histogram.merge(other.histogram);
    if (other.min !== null && (this.min === null || other.min < this.min)) this.min = other.min;
    if (other.max !== null && (this.max === null || other.max > this.max)) this.max = other.max;
    for (const { iso, day, count } of other.dates) this.count(iso, day, count);
  }

  summary(): TypedSummary {
    this.flushCache();
    return { min: this.min, max: this.max, mean: null, histogram: this.histogram.bins() };
  }
}

/** The accumulator a column's type calls for, or null when its values are drawn as top values. */
export function typedAccumulator(column: ColumnShape): TypedAccumulator | null {
  switch (column.type) {
    case 'integer':
    case 'decimal':
      return new NumberAccumulator(column.decimalSeparator ?? '.', column.type === 'integer');
    case 'date':
    case 'datetime':
      return new DateAccumulator();
    default:
      return null;
  }
}
