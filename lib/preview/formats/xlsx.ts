import { fail, failure, ok, type Result } from '../../model/failure';
import type { ByteReader } from './byte-reader';
import { cleanName } from './names';
import {
  columnOf,
  type DateKind,
  dateKindOf,
  MAX_COLUMNS,
  MAX_SHEET_ROWS,
  serialToIso,
  sheetTable,
} from './sheet-cells';
import type { SheetInfo, Table } from './types';
import { local, streamXml } from './xml-stream';
import { findEntry, type ZipEntryRecord } from './zip';

/** Workbook parts other than sheets are small; this much of each is read at most. */
const PART_MAX = 2 * 1024 * 1024;

export interface WorkbookRead {
  sheets: SheetInfo[];
  sheet: string;
  table: Table;
  truncated: boolean;
}

const damaged = (detail: string) =>
  failure('malformed', 'formats.workbookDamaged', { params: { name: 'xlsx' }, detail });

interface SheetRef {
  name: string;
  hidden: boolean;
  rid: string;
}

async function readWorkbook(reader: ByteReader, entries: ZipEntryRecord[]) {
  const entry = findEntry(entries, 'xl/workbook.xml');
  if (!entry) return fail<{ sheets: SheetRef[]; date1904: boolean }>(damaged('no xl/workbook.xml'));
  const sheets: SheetRef[] = [];
  let date1904 = false;
  const r = await streamXml(reader, entry, PART_MAX, {
    open(tag) {
      const name = local(tag.name);
      const a = tag.attributes;
      if (name === 'sheet') {
        sheets.push({
          name: cleanName(a.name ?? ''),
          hidden: a.state === 'hidden' || a.state === 'veryHidden',
          rid: a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '',
        });
      } else if (name === 'workbookPr') {
        date1904 = a.date1904 === '1' || a.date1904 === 'true';
      }
    },
  });
  if (!r.ok) return r;
  return ok({ sheets, date1904 });
}

async function readRelations(reader: ByteReader, entries: ZipEntryRecord[]): Promise<Result<Map<string, string>>> {
  const targets = new Map<string, string>();
  const entry = findEntry(entries, 'xl/_rels/workbook.xml.rels');
  if (!entry) return ok(targets);
  const r = await streamXml(reader, entry, PART_MAX, {
    open(tag) {
      if (local(tag.name) !== 'Relationship') return;
      const target = tag.attributes.Target ?? '';
      targets.set(tag.attributes.Id ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    },
  });
  return r.ok ? ok(targets) : r;
}

/** Which cell styles show dates or times, from `xl/styles.xml`'s number formats. */
async function readDateStyles(reader: ByteReader, entries: ZipEntryRecord[]): Promise<Result<DateKind[]>> {
  const entry = findEntry(entries, 'xl/styles.xml');
  if (!entry) return ok([]);
  const codes = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  const r = await streamXml(reader, entry, PART_MAX, {
    open(tag) {
      const name = local(tag.name);
      if (name === 'numFmt') codes.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfs.push(Number(tag.attributes.numFmtId ?? 0));
    },
    close(name) {
      if (local(name) === 'cellXfs') inCellXfs = false;
    },
  });
  if (!r.ok) return r;
  return ok(xfs.map((id) => dateKindOf(id, codes.get(id))));
}

type RawCell = { kind: 'shared'; index: number } | { kind: 'text'; text: string };

/** The first rows of a sheet, streamed; shared strings are referenced by index, resolved afterwards. */
async function readSheetRows(
  reader: ByteReader,
  entry: ZipEntryRecord,
  dateStyles: DateKind[],
  date1904: boolean,
  maxRows: number,
) {
  const rows: RawCell[][] = [];
  let row: RawCell[] | null = null;
  let col = 0;
  let cellType = 'n';
  let cellStyle = 0;
  let cellCol = 0;
  let value: string | null = null;
  let inValue = false;
  let lastRow = 0;
  let dimensionRows: number | null = null;
  const put = (cell: RawCell) => {
    if (!row || cellCol >= MAX_COLUMNS) return;
    while (row.length < cellCol) row.push({ kind: 'text', text: '' });
    row[cellCol] = cell;
  };
  const r = await streamXml(reader, entry, reader.budget, {
    open(tag) {
      const name = local(tag.name);
      const a = tag.attributes;
      if (name === 'dimension') {
        const m = /:[A-Z]+(\d+)$/.exec(a.ref ?? '');
        if (m) dimensionRows = Number(m[1]);
      } else if (name === 'row') {
        const number = Number(a.r ?? lastRow + 1);
        // Rows skipped in the file are empty rows of the sheet.
        for (let k = lastRow + 1; k < number && rows.length < maxRows; k++) rows.push([]);
        lastRow = number;
        row = [];
        col = 0;
      } else if (name === 'c') {
        cellType = a.t ?? 'n';
        cellStyle = Number(a.s ?? 0);
        cellCol = columnOf(a.r) ?? col;
        col = cellCol + 1;
        value = null;
      } else if (name === 'v' || name === 't') {
        inValue = true;
        if (name === 't' && value === null) value = '';
      }
    },
    text(text) {
      if (inValue) value = (value ?? '') + text;
    },
    close(name) {
      const n = local(name);
      if (n === 'v' || n === 't') inValue = false;
      else if (n === 'c') {
        if (value === null) return;
        if (cellType === 's') put({ kind: 'shared', index: Number(value) });
        else if (cellType === 'b') put({ kind: 'text', text: value === '1' ? 'true' : 'false' });
        else if (cellType === 'n') {
          const kind = dateStyles[cellStyle] ?? null;
          const iso = kind ? serialToIso(Number(value), date1904, kind === 'time') : null;
          put({ kind: 'text', text: iso ?? value });
        } else put({ kind: 'text', text: value });
      } else if (n === 'row' && row) {
        if (rows.length < maxRows) rows.push(row);
        row = null;
      }
    },
    done: () => rows.length >= maxRows,
  });
  if (!r.ok) return r;
  return ok({
    rows,
    truncated: r.value.truncated || rows.length >= maxRows,
    dimensionRows: dimensionRows as number | null,
  });
}

/** Shared strings up to the highest index the rows use, and no further. */
async function readSharedStrings(
  reader: ByteReader,
  entries: ZipEntryRecord[],
  upTo: number,
): Promise<Result<string[]>> {
  const strings: string[] = [];
  const entry = findEntry(entries, 'xl/sharedStrings.xml');
  if (!entry || upTo < 0) return ok(strings);
  let current: string | null = null;
  let inText = false;
  let phonetic = false;
  const r = await streamXml(reader, entry, reader.budget, {
    open(tag) {
      const n = local(tag.name);
      if (n === 'si') current = '';
      else if (n === 'rPh') phonetic = true;
      else if (n === 't' && !phonetic) inText = true;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
    close(name) {
      const n = local(name);
      if (n === 't') inText = false;
      else if (n === 'rPh') phonetic = false;
      else if (n === 'si') {
        strings.push(current ?? '');
        current = null;
      }
    },
    done: () => strings.length > upTo,
  });
  return r.ok ? ok(strings) : r;
}

/**
 * An XLSX workbook within the budget: sheet names (hidden ones marked) from `xl/workbook.xml`, the chosen sheet's
 * first rows streamed, shared strings only as far as those rows need, dates from the styles' number formats.
 */
export async function readXlsx(
  reader: ByteReader,
  entries: ZipEntryRecord[],
  options: { sheet?: string; rows?: number },
): Promise<Result<WorkbookRead>> {
  const workbook = await readWorkbook(reader, entries);
  if (!workbook.ok) return workbook;
  const { sheets, date1904 } = workbook.value;
  if (sheets.length === 0) return fail(damaged('no sheet'));
  const chosen =
    options.sheet !== undefined
      ? sheets.find((s) => s.name === options.sheet)
      : (sheets.find((s) => !s.hidden) ?? sheets[0]);
  if (!chosen) return fail(failure('not-found', 'formats.sheetNotFound', { params: { name: options.sheet ?? '' } }));
  const rels = await readRelations(reader, entries);
  if (!rels.ok) return rels;
  const path = rels.value.get(chosen.rid) ?? `xl/worksheets/sheet${sheets.indexOf(chosen) + 1}.xml`;
  const sheetEntry = findEntry(entries, path);
  if (!sheetEntry) return fail(damaged(`no ${path}`));
  const styles = await readDateStyles(reader, entries);
  if (!styles.ok) return styles;
  const read = await readSheetRows(reader, sheetEntry, styles.value, date1904, MAX_SHEET_ROWS);
  if (!read.ok) return read;
  let highest = -1;
  for (const row of read.value.rows)
    for (const c of row) if (c?.kind === 'shared' && c.index > highest) highest = c.index;
  const shared = await readSharedStrings(reader, entries, highest);
  if (!shared.ok) return shared;
  const rows = read.value.rows.map((row) =>
    Array.from(row, (c) => (c === undefined ? '' : c.kind === 'text' ? c.text : (shared.value[c.index] ?? ''))),
  );
  return ok({
    sheets: sheets.map(({ name, hidden }) => ({ name, hidden })),
    sheet: chosen.name,
    table: sheetTable(rows, {
      rowCount: read.value.truncated ? read.value.dimensionRows : rows.length,
      rowsShown: options.rows,
    }),
    truncated: read.value.truncated,
  });
}
