import type { z } from 'zod';
import type { BinSchema, Column } from '../types';
import { type DecimalSeparator, parseDateValue, parseNumber } from '../values';
import { dayOfIso } from './calendar';
import { DateHistogram } from './date-histogram';
import { NumberHistogram } from './number-histogram';
import { NumericSummary } from './numeric-summary';
import { ownCopy } from './strings';

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

/** Reads the non-missing cells of one column as its type and keeps min, max, mean and a histogram. */
export interface TypedAccumulator {
  add(raw: string): void;
  summary(): TypedSummary;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const MINUS = 45;
/** Past 15 digits the digits no longer fit a double exactly and the shortcut below could round differently. */
const MAX_FAST_DIGITS = 15;

/**
 * `parseNumber` for the plain cells that make up nearly all of a numeric column (`-?\d+([sep]\d+)?`, at most 15
 * digits, no leading zero), computed on character codes without a regular expression or a string allocation.
 * Any other cell (spaces, groups, exponent, percent, leading zeros…) goes to `parseNumber`, which decides.
 * The result is the same double: integers below 2^53 and powers of ten up to 10^22 are exact, and IEEE
 * division of two exact values is correctly rounded, like `Number()`. A unit test checks agreement.
 */
export function readNumber(raw: string, decimalSeparator: DecimalSeparator): number | null {
  const length = raw.length;
  let i = raw.charCodeAt(0) === MINUS ? 1 : 0;
  const firstDigit = i;
  let digits = 0;
  let mantissa = 0;
  let fraction = -1;
  const separator = decimalSeparator.charCodeAt(0);
  for (; i < length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      mantissa = mantissa * 10 + (c - DIGIT_0);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === separator && fraction < 0 && i > firstDigit) {
      fraction = 0;
    } else {
      return parseNumber(raw, decimalSeparator);
    }
  }
  const leadingZero = raw.charCodeAt(firstDigit) === DIGIT_0 && (fraction < 0 ? digits : digits - fraction) > 1;
  if (digits === 0 || fraction === 0 || digits > MAX_FAST_DIGITS || leadingZero)
    return parseNumber(raw, decimalSeparator);
  const value = fraction > 0 ? mantissa / 10 ** fraction : mantissa;
  return firstDigit === 1 ? -value : value;
}

class NumberAccumulator implements TypedAccumulator {
  private readonly stats = new NumericSummary();
  private readonly histogram: NumberHistogram;

  constructor(
    private readonly decimalSeparator: DecimalSeparator,
    integer: boolean,
  ) {
    this.histogram = new NumberHistogram({ integer });
  }

  add(raw: string): void {
    const value = readNumber(raw, this.decimalSeparator);
    if (value === null) return;
    this.stats.add(value);
    this.histogram.add(value);
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

class DateAccumulator implements TypedAccumulator {
  private readonly histogram = new DateHistogram();
  private readonly cache = new Map<string, string | null>();
  private min: string | null = null;
  private max: string | null = null;

  add(raw: string): void {
    let iso = this.cache.get(raw);
    if (iso === undefined) {
      iso = parseDateValue(raw);
      if (this.cache.size < DATE_CACHE_LIMIT) this.cache.set(ownCopy(raw), iso);
    }
    if (iso === null) return;
    // ISO dates (and date-times in one zone) sort as strings.
    if (this.min === null || iso < this.min) this.min = iso;
    if (this.max === null || iso > this.max) this.max = iso;
    this.histogram.add(dayOfIso(iso));
  }

  summary(): TypedSummary {
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
