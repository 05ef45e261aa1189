import { gunzipSync } from 'fflate';
import { decompress as zstdDecompress } from 'fzstd';
import {
  type AsyncBuffer,
  type ColumnChunk,
  type Compressors,
  type FileMetaData,
  parquetMetadataAsync,
  parquetReadObjects,
  type SchemaElement,
  type Statistics,
  snappyUncompress,
} from 'hyparquet';
import { type Failure, fail, failure, ok, type Result } from '../../model/failure';
import { DEFAULT_PREVIEW_ROWS } from '../csv-preview';
import type { ByteReader } from './byte-reader';
import { cleanName } from './names';
import { type Decompress, MAX_PAGE_BYTES, refusedChunk } from './parquet-guard';
import { type ChunkPrefix, readChunkPrefix, trimmedToPrefixes } from './parquet-prefix';
import { tableFrom } from './table';
import type { FilePreviewOf } from './types';

/** Rows read from the first row group, as a CSV sample would hold. */
const MAX_ROWS = 1000;

/** Carries a reader failure through hyparquet, which only knows exceptions. */
class ReadFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.messageKey);
  }
}

type Piece = { start: number; bytes: Uint8Array };

/**
 * An AsyncBuffer over the budgeted reader: every slice is a 206 range counted against the budget, except the
 * bytes the guard already read, which are served again from memory.
 */
function asyncBuffer(reader: ByteReader, size: number, pieces: Piece[]): AsyncBuffer {
  return {
    byteLength: size,
    async slice(start: number, end?: number) {
      const stop = end ?? size;
      const out = new Uint8Array(stop - start);
      let at = start;
      for (const piece of [...pieces].sort((a, b) => a.start - b.start)) {
        const pieceEnd = piece.start + piece.bytes.length;
        if (pieceEnd <= at || piece.start >= stop) continue;
        if (piece.start > at) await readInto(reader, out, start, at, piece.start);
        const from = Math.max(at, piece.start);
        const to = Math.min(stop, pieceEnd);
        out.set(piece.bytes.subarray(from - piece.start, to - piece.start), from - start);
        at = to;
      }
      if (at < stop) await readInto(reader, out, start, at, stop);
      return out.buffer;
    },
  };
}

async function readInto(reader: ByteReader, out: Uint8Array, base: number, from: number, to: number) {
  const r = await reader.read(from, to - from);
  if (!r.ok) throw new ReadFailure(r.error);
  out.set(r.value, from - base);
}

const guard = (outputLength: number) => {
  if (outputLength > MAX_PAGE_BYTES) throw new Error(`page claims ${outputLength} bytes`);
};

const snappy: Decompress = (input, outputLength) => {
  guard(outputLength);
  const out = new Uint8Array(outputLength);
  snappyUncompress(input, out);
  return out;
};

/** Decompressors without WASM: fzstd for ZSTD, fflate for GZIP; hyparquet has Snappy built in. */
const COMPRESSORS: Compressors = {
  ZSTD: (input, outputLength) => {
    guard(outputLength);
    return zstdDecompress(input, new Uint8Array(outputLength));
  },
  GZIP: (input, outputLength) => {
    guard(outputLength);
    return gunzipSync(input, { out: new Uint8Array(outputLength) });
  },
};

/** The schema's top-level elements by name (nested groups skipped whole), which the preview's columns are. */
function topLevel(schema: SchemaElement[]): Map<string, SchemaElement> {
  const out = new Map<string, SchemaElement>();
  let at = 1;
  const skipSubtree = (): void => {
    const children = schema[at++]?.num_children ?? 0;
    for (let i = 0; i < children && at < schema.length; i++) skipSubtree();
  };
  for (let i = 0; i < (schema[0]?.num_children ?? 0) && at < schema.length; i++) {
    const element = schema[at];
    if (element && !element.num_children) out.set(element.name, element);
    skipSubtree();
  }
  return out;
}

/**
 * Checks the chunks the preview will decode (`chunks`: the first row group's, cut to the prefixes read) with
 * `parquet-guard.ts` before hyparquet sees them, against the row counts of the untrimmed footer `md`; the bytes are
 * the prefixes already in `pieces`, so nothing is fetched twice.
 */
async function hostileChunk(
  file: AsyncBuffer,
  md: FileMetaData,
  chunks: ColumnChunk[],
  plan: string[],
  pieces: Piece[],
): Promise<string | null> {
  const first = md.row_groups[0];
  if (!first) return null;
  const groupRows = Number(first.num_rows);
  if (!(groupRows >= 0) || groupRows > Number(md.num_rows)) {
    return `row group of ${groupRows} rows in a file of ${md.num_rows}`;
  }
  const elements = topLevel(md.schema);
  for (const chunk of chunks) {
    const meta = chunk.meta_data;
    if (!meta) continue;
    const name = meta.path_in_schema[0];
    if (meta.path_in_schema.length !== 1 || name === undefined || !plan.includes(name)) continue;
    const element = elements.get(name);
    if (!element) return `column ${cleanName(name)} is not in the schema`;
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    const length = Number(meta.total_compressed_size);
    if (!(start >= 0 && length >= 0 && start + length <= file.byteLength)) {
      return `column chunk at ${start} of ${length} bytes in a file of ${file.byteLength}`;
    }
    const bytes = new Uint8Array(await file.slice(start, start + length));
    pieces.push({ start, bytes });
    const decompress = meta.codec === 'SNAPPY' ? snappy : (COMPRESSORS[meta.codec] ?? null);
    const why = refusedChunk(bytes, { meta, element, groupRows, decompress });
    if (why) return `${cleanName(name)}: ${why}`;
  }
  return null;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  if (v instanceof Uint8Array) return `(${v.length} bytes)`;
  const json = JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? String(x) : x));
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}

type MinMaxType = NonNullable<Statistics['min']>;

const statText = (v: MinMaxType | undefined) => (v === undefined ? null : text(v));

function compare(a: MinMaxType, b: MinMaxType): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return 0;
}

function columnStats(md: FileMetaData) {
  const first = md.row_groups[0];
  if (!first) return [];
  return first.columns.map((_, i) => {
    let min: MinMaxType | undefined;
    let max: MinMaxType | undefined;
    let nulls: bigint | null = 0n;
    for (const group of md.row_groups) {
      const s = group.columns[i]?.meta_data?.statistics;
      const lo = s?.min_value ?? s?.min;
      const hi = s?.max_value ?? s?.max;
      if (lo !== undefined && (min === undefined || compare(lo, min) < 0)) min = lo;
      if (hi !== undefined && (max === undefined || compare(hi, max) > 0)) max = hi;
      nulls = s?.null_count === undefined || nulls === null ? null : nulls + s.null_count;
    }
    const path = first.columns[i]?.meta_data?.path_in_schema ?? [];
    return {
      column: cleanName(path.join('.')),
      min: statText(min),
      max: statText(max),
      nulls: nulls === null ? null : Number(nulls),
    };
  });
}

function schemaOf(md: FileMetaData) {
  return md.schema
    .slice(1)
    .filter((e) => e.type !== undefined)
    .map((e) => ({
      name: cleanName(e.name),
      type: e.type ?? 'GROUP',
      logicalType: e.logical_type?.type ?? e.converted_type ?? null,
      nullable: e.repetition_type === 'OPTIONAL',
    }));
}

/**
 * A Parquet file by Range reads: the footer (schema, row count, statistics), then the first row group's columns
 * that fit what is left of the budget (the first pages of each, enough for the rows shown, checked by the guard
 * before hyparquet decodes them). When none fit, schema and statistics say
 * what the file holds and the table is left out with a reason.
 */
export async function readParquet(
  reader: ByteReader,
  options: { rows?: number },
): Promise<Result<Omit<FilePreviewOf<'parquet'>, 'container' | 'entries' | 'entriesPartial'>>> {
  const size = reader.size();
  if (size === null || !reader.seekable()) return fail(failure('unsupported', 'formats.noRange'));
  const pieces: Piece[] = [];
  const file = asyncBuffer(reader, size, pieces);
  let md: FileMetaData;
  try {
    md = await parquetMetadataAsync(file, { initialFetchSize: Math.min(65_536, size) });
  } catch (error) {
    if (error instanceof ReadFailure) return fail(error.failure);
    return fail(failure('malformed', 'formats.parquetDamaged', { detail: String(error) }));
  }
  const first = md.row_groups[0];
  const plan: string[] = [];
  const omitted: string[] = [];
  const prefixes = new Map<ColumnChunk, ChunkPrefix>();
  // Each column costs the first pages that hold the rows shown, not its whole chunk (see parquet-prefix.ts).
  for (const chunk of first?.columns ?? []) {
    const path = chunk.meta_data?.path_in_schema ?? [];
    // Nested columns would need their whole group; the preview keeps to top-level ones.
    const prefix =
      path.length === 1 && first
        ? await readChunkPrefix(reader, chunk, Number(first.num_rows), MAX_ROWS, reader.budget - reader.bytesRead())
        : null;
    if (prefix && !prefix.ok) return prefix;
    if (prefix?.value) {
      plan.push(path[0]!);
      prefixes.set(chunk, prefix.value);
      pieces.push(prefix.value);
    } else omitted.push(cleanName(path.join('.')));
  }
  const rowCount = Number(md.num_rows);
  let table: FilePreviewOf<'parquet'>['table'] = null;
  let rowsNote: string | null = null;
  if (plan.length && first) {
    try {
      const metadata = trimmedToPrefixes(md, prefixes);
      const why = await hostileChunk(file, md, metadata.row_groups[0]?.columns ?? [], plan, pieces);
      if (why) return fail(failure('malformed', 'formats.parquetHostile', { detail: why }));
      const rowEnd = Math.min(MAX_ROWS, Number(metadata.num_rows));
      const objects = await parquetReadObjects({
        file,
        metadata,
        compressors: COMPRESSORS,
        columns: plan,
        rowStart: 0,
        rowEnd,
      });
      const rows = objects.map((o) => plan.map((c) => text(o[c])));
      table = tableFrom(plan.map(cleanName), rows, { rowCount, rowsShown: options.rows ?? DEFAULT_PREVIEW_ROWS });
    } catch (error) {
      if (error instanceof ReadFailure) rowsNote = error.failure.messageKey;
      else return fail(failure('malformed', 'formats.parquetDamaged', { detail: String(error) }));
    }
  } else if (first) rowsNote = 'formats.parquetNoColumnFits';
  return ok({
    format: 'parquet',
    bytesRead: reader.bytesRead(),
    totalBytes: size,
    truncated: rowCount > (table?.rows.length ?? 0),
    schema: schemaOf(md),
    rowCount,
    rowGroups: md.row_groups.length,
    createdBy: md.created_by ?? null,
    stats: columnStats(md),
    table,
    columnsOmitted: table ? omitted : [],
    rowsNote,
  });
}
