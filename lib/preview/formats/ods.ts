import { fail, failure, ok, type Result } from '../../model/failure';
import type { ByteReader } from './byte-reader';
import { cleanName } from './names';
import { MAX_COLUMNS, MAX_SHEET_ROWS, sheetTable } from './sheet-cells';
import type { SheetInfo } from './types';
import type { WorkbookRead } from './xlsx';
import { local, streamXml } from './xml-stream';
import { findEntry, type ZipEntryRecord } from './zip';

/** A repeated row is expanded at most this many times: a sheet may claim a million empty rows. */
const MAX_REPEAT_ROWS = 100;

/**
 * An OpenDocument spreadsheet from `content.xml` alone, streamed within the budget: hidden sheets from their
 * automatic table styles, the chosen sheet's first rows, repeated rows and columns capped. Sheets after the
 * budget are not listed (the read is then marked truncated).
 */
export async function readOds(
  reader: ByteReader,
  entries: ZipEntryRecord[],
  options: { sheet?: string; rows?: number },
): Promise<Result<WorkbookRead>> {
  const entry = findEntry(entries, 'content.xml');
  if (!entry)
    return fail(failure('malformed', 'formats.workbookDamaged', { params: { name: 'ods' }, detail: 'no content.xml' }));
  const hiddenStyles = new Set<string>();
  const sheets: SheetInfo[] = [];
  const rows: string[][] = [];
  let styleName: string | null = null;
  let reading = false;
  let doneReading = false;
  let row: string[] | null = null;
  let rowRepeat = 1;
  let cell: { text: string; value: string | null; repeat: number } | null = null;
  let paragraphs = 0;
  const r = await streamXml(reader, entry, reader.budget, {
    open(tag) {
      const n = local(tag.name);
      const a = tag.attributes;
      if (n === 'style' && a['style:family'] === 'table') styleName = a['style:name'] ?? null;
      else if (n === 'table-properties' && styleName && a['table:display'] === 'false') hiddenStyles.add(styleName);
      else if (n === 'table' && tag.name === 'table:table') {
        const sheet = { name: cleanName(a['table:name'] ?? ''), hidden: hiddenStyles.has(a['table:style-name'] ?? '') };
        sheets.push(sheet);
        const wanted = options.sheet !== undefined ? sheet.name === options.sheet : !sheet.hidden;
        reading = !doneReading && wanted;
      } else if (reading && n === 'table-row') {
        row = [];
        rowRepeat = Math.min(Number(a['table:number-rows-repeated'] ?? 1) || 1, MAX_REPEAT_ROWS);
      } else if (reading && row && (n === 'table-cell' || n === 'covered-table-cell')) {
        const type = a['office:value-type'];
        const value =
          type === 'date'
            ? ((a['office:date-value'] ?? null)?.replace('T', ' ') ?? null)
            : type === 'boolean'
              ? (a['office:boolean-value'] ?? null)
              : type === 'float' || type === 'percentage' || type === 'currency'
                ? (a['office:value'] ?? null)
                : type === 'time'
                  ? (a['office:time-value'] ?? null)
                  : null;
        cell = { text: '', value, repeat: Number(a['table:number-columns-repeated'] ?? 1) || 1 };
        paragraphs = 0;
      } else if (cell && n === 'p') {
        if (paragraphs++ > 0) cell.text += '\n';
      } else if (cell && n === 's') cell.text += ' ';
    },
    text(text) {
      if (cell) cell.text += text;
    },
    close(name) {
      const n = local(name);
      if (row && cell && (n === 'table-cell' || n === 'covered-table-cell')) {
        const text = cell.value ?? cell.text;
        // A cell may claim to repeat across 16,384 columns; trailing empty ones are dropped with the row's end.
        const times = Math.min(cell.repeat, MAX_COLUMNS - row.length);
        for (let k = 0; k < times; k++) row.push(text);
        cell = null;
      } else if (row && n === 'table-row') {
        while (row.length && row[row.length - 1] === '') row.pop();
        for (let k = 0; k < rowRepeat && rows.length < MAX_SHEET_ROWS; k++) rows.push(row);
        row = null;
      } else if (n === 'table' && name === 'table:table' && reading) {
        reading = false;
        doneReading = true;
      }
    },
  });
  if (!r.ok) return r;
  if (sheets.length === 0)
    return fail(failure('malformed', 'formats.workbookDamaged', { params: { name: 'ods' }, detail: 'no table' }));
  const chosen = sheets.find((s) => (options.sheet !== undefined ? s.name === options.sheet : !s.hidden));
  if (!chosen) return fail(failure('not-found', 'formats.sheetNotFound', { params: { name: options.sheet ?? '' } }));
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  const truncated = r.value.truncated || rows.length >= MAX_SHEET_ROWS;
  return ok({
    sheets,
    sheet: chosen.name,
    table: sheetTable(rows, { rowCount: truncated ? null : rows.length, rowsShown: options.rows }),
    truncated,
  });
}
