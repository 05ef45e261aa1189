import type { z } from 'zod';
import { byCountThenValue } from './accumulators/top-k';
import { type ColumnShape, type TypedSummary, typedAccumulator } from './accumulators/typed-values';
import { countValues } from './infer-types';
import type { BinSchema, ColumnProfile } from './types';
import type { ValueCounts } from './value-counts';
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
function topOf(counted: ValueCounts, n: number): { value: string; count: number }[] {
  const top: { value: string; count: number }[] = [];
  for (let v = 0; v < counted.size; v++) {
    const value = counted.values[v]!;
    const count = counted.counts[v]!;
    if (top.length === n) {
      // Not above the last one kept (`byCountThenValue` ≥ 0), decided before anything is allocated.
      const last = top[n - 1]!;
      if (count < last.count || (count === last.count && value >= last.value)) continue;
    }
    if (isMissing(value)) continue;
    const entry = { value, count };
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
export function profileCounts(all: ValueCounts, cells: number, column: ColumnShape): ColumnProfile {
  const typed = typedAccumulator(column);
  let missing = 0;
  let missingValues = 0;
  for (let v = 0; v < all.size; v++) {
    const raw = all.values[v]!;
    const count = all.counts[v]!;
    if (isMissing(raw)) {
      missing += count;
      missingValues++;
      continue;
    }
    typed?.add(raw, 0, raw.length, all.hashes[v]!, count);
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
