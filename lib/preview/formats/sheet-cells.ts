import { DEFAULT_PREVIEW_ROWS } from '../csv-preview';
import { tableFrom } from './table';
import type { Table } from './types';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An Excel serial date as ISO text: `yyyy-mm-dd`, with ` hh:mm:ss` when it has a time of day, or the time alone
 * below one day. The 1900 system counts from 1899-12-30 (past Excel's phantom 29 February 1900), 1904 from 1904-01-01.
 */
export function serialToIso(serial: number, date1904: boolean, timeOnly = false): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  let days = Math.floor(serial);
  const seconds = Math.round((serial - days) * 86_400);
  if (!date1904 && days < 61) days += 1;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + days * 86_400_000 + seconds * 1000);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (timeOnly || (serial < 1 && seconds > 0)) return time;
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return seconds === 0 ? date : `${date} ${time}`;
}

/** Built-in number formats that are dates or times (ECMA-376 18.8.30). */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);
const BUILTIN_TIMES = new Set([18, 19, 20, 21, 45, 46, 47]);

export type DateKind = 'date' | 'time' | null;

/** Whether a number format shows a date or a time: its codes outside quotes, brackets and escapes. */
export function dateKindOf(id: number, code: string | undefined): DateKind {
  if (code === undefined) return BUILTIN_TIMES.has(id) ? 'time' : BUILTIN_DATES.has(id) ? 'date' : null;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '').toLowerCase();
  if (/[dy]/.test(bare) || /m{3,}/.test(bare)) return 'date';
  if (/[hs]/.test(bare)) return 'time';
  return null;
}

const nonEmpty = (row: readonly string[]) => row.reduce((n, c) => (c.trim() === '' ? n : n + 1), 0);

/**
 * A sheet's rows as a table: leading rows that hold a single cell (a title, often merged across the header)
 * while the table is wider are kept apart as preamble, like a CSV's title lines; empty trailing columns go.
 */
export function sheetTable(rows: string[][], options: { rowCount: number | null; rowsShown?: number }): Table {
  const sample = rows.slice(0, 30);
  const width = Math.max(0, ...sample.map(nonEmpty));
  const preamble: string[] = [];
  let start = 0;
  while (start < Math.min(rows.length - 1, 10)) {
    const count = nonEmpty(rows[start]!);
    if (count === 0 || (width >= 3 && count === 1)) {
      const text = rows[start]!.filter((c) => c.trim() !== '').join(' ');
      if (text) preamble.push(text);
      start++;
    } else break;
  }
  let last = 0;
  for (const r of rows.slice(start)) for (let i = r.length - 1; i >= last; i--) if (r[i]!.trim() !== '') last = i + 1;
  const [header = [], ...body] = rows.slice(start).map((r) => r.slice(0, last));
  const rowCount = options.rowCount === null ? null : Math.max(0, options.rowCount - start - 1);
  return tableFrom(header, body, {
    rowCount,
    preamble,
    rowsShown: options.rowsShown ?? DEFAULT_PREVIEW_ROWS,
  });
}

/** Column index of a cell reference (`C5` → 2), or null. */
export function columnOf(ref: string | undefined): number | null {
  const m = ref ? /^([A-Z]{1,3})\d*$/.exec(ref) : null;
  if (!m) return null;
  let n = 0;
  for (const c of m[1]!) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** Widest a sheet row is taken: a sheet can claim 16,384 columns, the preview does not need them. */
export const MAX_COLUMNS = 512;
/** Rows read for typing and showing, as a CSV sample would hold. */
export const MAX_SHEET_ROWS = 1000;
