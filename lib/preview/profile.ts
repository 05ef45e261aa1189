import type { z } from 'zod';
import { hashString } from './accumulators/strings';
import { byCountThenValue } from './accumulators/top-k';
import { type ColumnShape, type TypedSummary, typedAccumulator } from './accumulators/typed-values';
import { countValues } from './infer-types';
import type { BinSchema, ColumnProfile } from './types';
import { isMissing } from './values';

type Bin = z.infer<typeof BinSchema>;

/** Top values listed, as data.gouv.fr's profile does (csv-detective `tops`). */
export const TOP_VALUES = 10;

/** Columns without a numeric or date axis are drawn as their top values. */
export function topValueBars(top: readonly { value: string; count: number }[]): Bin[] {
  return top.map(({ value, count }) => ({ label: value, count }));
}

export function assembleProfile(parts: {
  count: number;
  missing: number;
  distinct: number;
  distinctApproximate: boolean;
  top: { value: string; count: number }[];
  typed: TypedSummary | null;
}): ColumnProfile {
  const { typed, top } = parts;
  return {
    count: parts.count,
    missing: parts.missing,
    distinct: parts.distinct,
    distinctApproximate: parts.distinctApproximate,
    min: typed?.min ?? null,
    max: typed?.max ?? null,
    mean: typed?.mean ?? null,
    top,
    histogram: typed?.histogram ?? topValueBars(top),
  };
}

/**
 * The `n` most frequent non-missing values in `byCountThenValue` order, without sorting them all: a column of unique
 * values has as many entries as rows, and sorting them was a tenth of the sample's analysis.
 */
function topOf(counts: Map<string, number>, n: number): { value: string; count: number }[] {
  const top: { value: string; count: number }[] = [];
  for (const [value, count] of counts) {
    if (top.length === n && count < top[n - 1]!.count) continue;
    if (isMissing(value)) continue;
    const entry = { value, count };
    if (top.length === n && byCountThenValue(entry, top[n - 1]!) >= 0) continue;
    let i = top.length === n ? n - 1 : top.length;
    while (i > 0 && byCountThenValue(entry, top[i - 1]!) < 0) i--;
    top.splice(i, 0, entry);
    if (top.length > n) top.pop();
  }
  return top;
}

/**
 * Exact profile of a column over the sample the preview read: missing and distinct counts, top values, and —
 * for numbers and dates — min, max, mean (numbers) and a histogram with round edges. Values that do not
 * parse as the column's type count in the top values but not in min/max/histogram; codes typed as text
 * (INSEE, postcodes) stay text and keep their leading zeros.
 */
export function profileSample(values: readonly string[], column: ColumnShape): ColumnProfile {
  return profileCounts(countValues(values), values.length, column);
}

/** `profileSample` from the column's `countValues` (`cells` in all), which typing has computed already. */
export function profileCounts(all: Map<string, number>, cells: number, column: ColumnShape): ColumnProfile {
  const typed = typedAccumulator(column);
  let missing = 0;
  let missingValues = 0;
  for (const [raw, count] of all) {
    if (isMissing(raw)) {
      missing += count;
      missingValues++;
      continue;
    }
    if (typed) {
      const hash = hashString(raw);
      for (let i = 0; i < count; i++) typed.add(raw, 0, raw.length, hash);
    }
  }
  const top = topOf(all, TOP_VALUES);
  return assembleProfile({
    count: cells,
    missing,
    distinct: all.size - missingValues,
    distinctApproximate: false,
    top,
    typed: typed?.summary() ?? null,
  });
}
