import { inferColumns } from '../infer-types';
import { profileSample } from '../profile';
import type { Delimiter } from '../types';
import type { Table } from './types';

/**
 * Typed, profiled columns over rows of strings, exactly as the CSV preview types its sample. Values from a
 * format that has no delimiter (a sheet, Parquet, JSON) are written with a decimal point, as a comma file's are not.
 */
export function tableFrom(
  header: string[],
  rows: string[][],
  options: { rowCount: number | null; preamble?: string[]; rowsShown: number; delimiter?: Delimiter },
): Table {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const names = Array.from({ length: width }, (_, i) => header[i] ?? '');
  const columns = inferColumns(names, rows, { delimiter: options.delimiter ?? ',' }).map((column, i) => ({
    ...column,
    profile: profileSample(
      rows.map((r) => r[i] ?? ''),
      column,
    ),
  }));
  return {
    columns,
    rows: rows.slice(0, options.rowsShown),
    rowCount: options.rowCount,
    preamble: options.preamble ?? [],
  };
}
