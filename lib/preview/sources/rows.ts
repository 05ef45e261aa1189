import type { JsonFetcher } from '../../portals/adapter';
import { inferColumns } from '../infer-types';
import type { CsvPreview } from '../types';

/** What every row-API reader needs: the fetcher (the caller's reach rules apply), rows wanted, the file's size. */
export interface RowsOptions {
  fetchJson: JsonFetcher;
  rows?: number;
  /** The file's size from the portal's metadata, to show next to the row count. */
  totalBytes?: number | null;
}

/** Cells arrive typed (numbers, booleans, null, JSON objects); the preview shows them as strings. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Column names in the order records first use them, when the API does not list its fields. */
export function keysInOrder(records: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) seen.add(key);
  return [...seen];
}

/** How a table the portal serves (rows API, converted copy) is described: no bytes were sniffed, nothing chosen. */
export const PORTAL_DIALECT = {
  encoding: 'utf-8',
  encodingOverridden: false,
  encodingEvidence: 'portal',
  delimiter: ',',
  delimiterOverridden: false,
} as const satisfies Pick<
  CsvPreview,
  'encoding' | 'encodingOverridden' | 'encodingEvidence' | 'delimiter' | 'delimiterOverridden'
>;

/**
 * The CSV preview's table from JSON records: cells as strings in header order, types and formats inferred as for
 * a CSV sample (JSON numbers use a dot, so the delimiter given to inference is the comma).
 */
export function previewFromRecords(
  source: Exclude<CsvPreview['source'], 'file' | 'tabular-api'>,
  header: readonly string[],
  records: readonly Record<string, unknown>[],
  totals: { totalRows: number | null; totalBytes: number | null; more: boolean },
): CsvPreview {
  const rows = records.map((record) => header.map((h) => cellText(record[h])));
  return {
    source,
    ...PORTAL_DIALECT,
    preamble: [],
    columns: inferColumns([...header], rows, { delimiter: ',' }),
    rows,
    raggedRows: 0,
    bytesRead: 0,
    totalBytes: totals.totalBytes,
    totalRows: totals.totalRows,
    truncated: totals.totalRows === null ? totals.more : rows.length < totals.totalRows,
  };
}

/** A URL with query parameters added to those it already has. */
export function withParams(url: string, params: Record<string, string | number>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, String(v));
  return u.href;
}
