import { fail, failure, ok, type Result } from '../../model/failure';
import type { ByteReader } from './byte-reader';
import { cleanName } from './names';
import { MAX_COLUMNS, MAX_SHEET_ROWS, sheetTable } from './sheet-cells';
import type { WorkbookRead } from './xlsx';

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return String(v);
}

/**
 * A legacy XLS (BIFF) workbook, only when the whole file fits the budget: BIFF has no streaming layout. SheetJS
 * CE (`@e965/xlsx`, the maintained build with the CVE fixes) is imported on demand so that it never weighs on
 * the popup's first load.
 */
export async function readXls(
  reader: ByteReader,
  options: { sheet?: string; rows?: number },
): Promise<Result<WorkbookRead>> {
  const size = reader.size();
  if (!reader.complete() && (size === null || size > reader.budget)) {
    return fail(failure('unsupported', 'formats.xlsTooBig', { params: { size: size ?? 0 } }));
  }
  const bytes = await reader.head(size ?? reader.budget);
  if (!bytes.ok) return bytes;
  const XLSX = await import('@e965/xlsx');
  let wb: ReturnType<typeof XLSX.read>;
  try {
    wb = XLSX.read(bytes.value, { type: 'array', sheetRows: MAX_SHEET_ROWS, dense: true, cellDates: true, UTC: true });
  } catch (error) {
    return fail(failure('malformed', 'formats.workbookDamaged', { params: { name: 'xls' }, detail: String(error) }));
  }
  const sheets = wb.SheetNames.map((name, i) => ({
    name: cleanName(name),
    hidden: (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) > 0,
  }));
  const index =
    options.sheet !== undefined
      ? sheets.findIndex((s) => s.name === options.sheet)
      : Math.max(
          0,
          sheets.findIndex((s) => !s.hidden),
        );
  if (index < 0) return fail(failure('not-found', 'formats.sheetNotFound', { params: { name: options.sheet ?? '' } }));
  const ws = wb.Sheets[wb.SheetNames[index] ?? ''];
  // SheetJS reads any bytes as some workbook: one without a sheet is not an XLS file, whatever its name says.
  if (!ws) return fail(failure('malformed', 'formats.workbookDamaged', { params: { name: 'xls' } }));
  const raw = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: '', blankrows: true });
  const rows = raw.map((r) => r.slice(0, MAX_COLUMNS).map(cellText));
  const truncated = rows.length >= MAX_SHEET_ROWS;
  return ok({
    sheets,
    sheet: sheets[index]!.name,
    table: sheetTable(rows, { rowCount: truncated ? null : rows.length, rowsShown: options.rows }),
    truncated,
  });
}
