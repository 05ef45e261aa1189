import type { z } from 'zod';
import { hashString } from './accumulators/strings';
import { byCountThenValue } from './accumulators/top-k';
import { type ColumnShape, type TypedSummary, typedAccumulator } from './accumulators/typed-values';
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
 * Exact profile of a column over the sample the preview read: missing and distinct counts, top values, and —
 * for numbers and dates — min, max, mean (numbers) and a histogram with round edges. Values that do not
 * parse as the column's type count in the top values but not in min/max/histogram; codes typed as text
 * (INSEE, postcodes) stay text and keep their leading zeros.
 */
export function profileSample(values: readonly string[], column: ColumnShape): ColumnProfile {
  const counts = new Map<string, number>();
  const typed = typedAccumulator(column);
  let missing = 0;
  for (const raw of values) {
    if (isMissing(raw)) {
      missing++;
      continue;
    }
    counts.set(raw, (counts.get(raw) ?? 0) + 1);
    typed?.add(raw, 0, raw.length, hashString(raw));
  }
  const top = [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort(byCountThenValue)
    .slice(0, TOP_VALUES);
  return assembleProfile({
    count: values.length,
    missing,
    distinct: counts.size,
    distinctApproximate: false,
    top,
    typed: typed?.summary() ?? null,
  });
}
