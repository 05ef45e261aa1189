import { fail, failure, ok, type Result } from '../../model/failure';
import type { Delimiter, Encoding } from '../types';
import { type ByteReader, headOfBudget, memoryByteReader } from './byte-reader';
import { csvFilePreview, sampleFromBytes } from './csv-file';
import {
  type FileFormat,
  formatFromLabel,
  formatFromMagic,
  formatFromMime,
  formatFromName,
  type MagicVerdict,
} from './detect-format';
import { jsonFromBytes, previewJson } from './json-file';
import type { FilePreview } from './types';
import { findEntry, listZip, readEntry, type ZipEntryRecord, type ZipListing } from './zip';

export interface PreviewFileOptions {
  /** The portal's format label (`CSV`, `xlsx`, `GeoJSON`…), a hint only. */
  format?: string | null;
  mime?: string | null;
  /** A file name or URL, for its extension. */
  name?: string | null;
  /** The archive entry to show (default: the largest previewable one). */
  entry?: string;
  /** The sheet to show (default: the first visible one). */
  sheet?: string;
  /** Rows to return. */
  rows?: number;
  encoding?: Encoding;
  delimiter?: Delimiter;
}

/** Formats read from the end or in pieces: opening them costs a small probe, not a whole budget. */
const RANDOM_ACCESS: ReadonlySet<FileFormat> = new Set(['zip', 'xlsx', 'ods', 'parquet', 'shapefile']);
const PROBE = 4096;

function hintOf(options: PreviewFileOptions): FileFormat | null {
  return formatFromName(options.name) ?? formatFromLabel(options.format) ?? formatFromMime(options.mime);
}

const UNSUPPORTED_KIND: Partial<Record<NonNullable<MagicVerdict>, string>> = {
  pdf: 'PDF',
  image: 'image',
  'binary-other': 'archive',
};

function unsupported(reader: ByteReader, kind: string | null, mime: string | null, messageKey: string): FilePreview {
  return {
    format: 'unsupported',
    bytesRead: reader.bytesRead(),
    totalBytes: reader.size(),
    truncated: !reader.complete(),
    container: null,
    entries: null,
    entriesPartial: false,
    kind,
    mime,
    messageKey,
  };
}

/** What to show of a file: its format decided by magic bytes first, then its name, type and portal label. */
export async function previewFile(reader: ByteReader, options: PreviewFileOptions = {}): Promise<Result<FilePreview>> {
  return previewAt(reader, options, 0);
}

/** `depth` counts archives opened on the way: an archive inside an archive is listed, never opened further. */
async function previewAt(reader: ByteReader, options: PreviewFileOptions, depth: number): Promise<Result<FilePreview>> {
  const hint = hintOf(options);
  const probe = hint && RANDOM_ACCESS.has(hint) ? Math.min(PROBE, reader.budget) : reader.budget;
  const head = await reader.head(probe);
  if (!head.ok) return head;
  if (head.value.length === 0) return fail(failure('malformed', 'preview.empty'));
  const magic = formatFromMagic(head.value);
  const format: MagicVerdict = magic ?? hint;
  switch (format) {
    case 'zip':
    case 'xlsx':
    case 'ods':
      return previewZip(reader, options, depth);
    case 'xls':
      return previewWorkbook(reader, 'xls', [], options);
    case 'parquet': {
      const read = await (await import('./parquet')).readParquet(reader, options);
      return read.ok ? ok({ ...read.value, container: null, entries: null, entriesPartial: false }) : read;
    }
    case 'json':
    case 'geojson':
      return previewJson(reader, options.rows);
    case 'pdf':
    case 'image':
    case 'binary-other':
      return ok(
        unsupported(reader, UNSUPPORTED_KIND[format] ?? null, options.mime ?? null, `formats.unsupported.${format}`),
      );
    default:
      // Text, gzip, and HTML or XML served as data: the CSV preview reads the first and names the others.
      return previewText(reader, options);
  }
}

async function previewText(reader: ByteReader, options: PreviewFileOptions): Promise<Result<FilePreview>> {
  const head = await headOfBudget(reader);
  if (!head.ok) return head;
  const sample = await sampleFromBytes(head.value.bytes, {
    bytesRead: reader.bytesRead(),
    totalBytes: reader.size(),
    truncated: head.value.truncated,
    budget: reader.budget,
  });
  if (!sample.ok) return sample;
  return csvFilePreview(sample.value, options);
}

/** Entry formats the preview can show from inside an archive. */
const PREVIEWABLE_ENTRY: ReadonlySet<FileFormat> = new Set([
  'csv',
  'json',
  'geojson',
  'xlsx',
  'ods',
  'xls',
  'shapefile',
]);

function isPreviewable(entry: ZipEntryRecord): boolean {
  if (entry.directory || !PREVIEWABLE_ENTRY.has(entry.format)) return false;
  // A shapefile set is shown from its attribute table.
  return entry.format !== 'shapefile' || /\.dbf$/i.test(entry.name);
}

/** The largest entry the preview can show, which is most often the data (the rest being notes and licences). */
export function defaultEntry(entries: readonly ZipEntryRecord[]): ZipEntryRecord | null {
  let best: ZipEntryRecord | null = null;
  for (const e of entries) if (isPreviewable(e) && (!best || e.size > best.size)) best = e;
  return best;
}

function zipOnly(
  reader: ByteReader,
  listing: ZipListing,
  note: { messageKey: string; params: Record<string, string | number> } | null,
): FilePreview {
  return {
    format: 'zip',
    bytesRead: reader.bytesRead(),
    totalBytes: reader.size(),
    truncated: false,
    container: null,
    entries: listing.entries.map(({ name, size, compressedSize, format }) => ({ name, size, compressedSize, format })),
    entriesPartial: listing.partial,
    note,
  };
}

/** A workbook is a ZIP whose entries say so, whatever its first bytes or its name claim. */
function workbookKind(entries: readonly ZipEntryRecord[]): 'xlsx' | 'ods' | null {
  if (findEntry(entries, 'xl/workbook.xml')) return 'xlsx';
  if (findEntry(entries, 'content.xml') && findEntry(entries, 'mimetype')) return 'ods';
  return null;
}

async function previewWorkbook(
  reader: ByteReader,
  format: 'xlsx' | 'ods' | 'xls',
  entries: ZipEntryRecord[],
  options: PreviewFileOptions,
): Promise<Result<FilePreview>> {
  const read =
    format === 'xlsx'
      ? await (await import('./xlsx')).readXlsx(reader, entries, options)
      : format === 'ods'
        ? await (await import('./ods')).readOds(reader, entries, options)
        : await (await import('./xls')).readXls(reader, options);
  if (!read.ok) return read;
  return ok({
    format,
    bytesRead: reader.bytesRead(),
    totalBytes: reader.size(),
    truncated: read.value.truncated,
    container: null,
    entries: null,
    entriesPartial: false,
    sheets: read.value.sheets,
    sheet: read.value.sheet,
    table: read.value.table,
  });
}

async function previewZip(
  reader: ByteReader,
  options: PreviewFileOptions,
  depth: number,
): Promise<Result<FilePreview>> {
  const listing = await listZip(reader);
  if (!listing.ok) return listing;
  const entries = listing.value.entries;
  const workbook = workbookKind(entries);
  if (workbook) {
    if (listing.value.partial) return fail(failure('unsupported', 'formats.noRange'));
    return previewWorkbook(reader, workbook, entries, options);
  }
  if (depth > 0) return fail(failure('unsupported', 'formats.nestedArchive'));
  let entry: ZipEntryRecord | null;
  if (options.entry !== undefined) {
    entry = findEntry(entries, options.entry) ?? null;
    if (!entry) return fail(failure('not-found', 'formats.entryNotFound', { params: { name: options.entry } }));
  } else {
    entry = defaultEntry(entries);
  }
  if (!entry) return ok(zipOnly(reader, listing.value, { messageKey: 'formats.zipNothingPreviewable', params: {} }));
  // A shapefile chosen by any of its parts is shown from its attribute table.
  if (entry.format === 'shapefile' && !/\.dbf$/i.test(entry.name)) {
    const stem = entry.name.slice(0, entry.name.lastIndexOf('.')).toLowerCase();
    entry = entries.find((e) => e.name.toLowerCase() === `${stem}.dbf`) ?? entry;
  }
  const shown = await previewEntry(reader, listing.value, entry, options);
  if (shown.ok) {
    return ok({
      ...shown.value,
      bytesRead: reader.bytesRead(),
      totalBytes: reader.size(),
      container: { format: 'zip', entry: entry.name },
      entries: zipOnly(reader, listing.value, null).entries,
      entriesPartial: listing.value.partial,
    });
  }
  // The listing is still worth showing when the entry is refused (encrypted, unknown method, damaged).
  return ok(zipOnly(reader, listing.value, { messageKey: shown.error.messageKey, params: shown.error.params }));
}

async function previewEntry(
  reader: ByteReader,
  listing: ZipListing,
  entry: ZipEntryRecord,
  options: PreviewFileOptions,
): Promise<Result<FilePreview>> {
  switch (entry.format) {
    case 'csv': {
      const read = await readEntry(reader, entry, reader.budget);
      if (!read.ok) return read;
      const sample = await sampleFromBytes(read.value.bytes, {
        bytesRead: reader.bytesRead(),
        totalBytes: entry.size,
        truncated: read.value.truncated,
        budget: reader.budget,
      });
      if (!sample.ok) return sample;
      return csvFilePreview(sample.value, options);
    }
    case 'shapefile': {
      const read = await (await import('./shapefile')).readShapefile(reader, listing.entries, entry, options);
      if (!read.ok) return read;
      return ok({
        ...read.value,
        bytesRead: reader.bytesRead(),
        totalBytes: reader.size(),
        container: null,
        entries: null,
        entriesPartial: false,
      });
    }
    case 'json':
    case 'geojson': {
      const read = await readEntry(reader, entry, reader.budget);
      if (!read.ok) return read;
      return jsonFromBytes(read.value.bytes, {
        bytesRead: reader.bytesRead(),
        totalBytes: entry.size,
        truncated: read.value.truncated,
        rows: options.rows,
      });
    }
    default: {
      // Formats that need random access inside the entry are read whole when the entry fits the budget.
      if (entry.size > reader.budget) {
        return fail(failure('unsupported', 'formats.entryTooBig', { params: { name: entry.name } }));
      }
      const read = await readEntry(reader, entry, reader.budget);
      if (!read.ok) return read;
      const inner = memoryByteReader(read.value.bytes, { budget: reader.budget });
      return previewAt(inner, { ...options, name: entry.name, entry: undefined, format: entry.format }, 1);
    }
  }
}
