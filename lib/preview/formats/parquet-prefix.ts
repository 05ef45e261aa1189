import type { ColumnChunk, FileMetaData } from 'hyparquet';
import { fail, failure, ok, type Result } from '../../model/failure';
import type { ByteReader } from './byte-reader';
import { cleanName } from './names';
import { PAGE, type PageHeader, PageHeaderError, readPageHeader } from './parquet-page-header';

/** The first pages of a column chunk (`bytes` from the file offset `start`): enough for the rows wanted, or all. */
export interface ChunkPrefix {
  start: number;
  bytes: Uint8Array;
  /** Rows the pages hold; the row group's count when the prefix is the whole chunk. */
  rows: number;
}

/** Read past a page so that the next page's header usually comes in the same request. */
const LOOK_AHEAD = 256;
/** A page header is a few dozen bytes; statistics of long strings make it longer, never this long. */
const MAX_HEADER = 64 * 1024;

/** A chunk whose pages contradict the footer or themselves: the guard's refusal, found while walking headers. */
const refused = (column: string, why: string) =>
  fail(failure('malformed', 'formats.parquetHostile', { detail: `${column}: ${why}` }));

function rowsOf(header: PageHeader): number {
  if (header.type === PAGE.data) return header.v1?.numValues ?? 0;
  if (header.type === PAGE.dataV2) return header.v2?.numRows ?? 0;
  return 0;
}

/**
 * The first pages of a column chunk, page header by page header, until they hold `rowsWanted` rows. A row group
 * of a big file (data.gouv.fr writes 50,000 rows per group) holds chunks of megabytes of which a preview needs the
 * first page or two: reading chunks whole made a big file's first rows cost several times a small file's.
 * `room` caps the bytes this may fetch; null when the prefix would not fit in it.
 */
export async function readChunkPrefix(
  reader: ByteReader,
  chunk: ColumnChunk,
  groupRows: number,
  rowsWanted: number,
  room: number,
): Promise<Result<ChunkPrefix | null>> {
  const meta = chunk.meta_data;
  if (!meta) return refused('?', 'column chunk without metadata');
  const column = cleanName(meta.path_in_schema.join('.'));
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  const length = Number(meta.total_compressed_size);
  const size = reader.size() ?? 0;
  if (!(start >= 4 && length > 0 && start + length <= size)) {
    return refused(column, `column chunk at ${start} of ${length} bytes in a file of ${size}`);
  }
  let bytes = new Uint8Array(0);
  let fetched = 0;
  /** Makes sure the bytes up to `upTo` (from the chunk's start) are in hand; false when over `room`. */
  const grow = async (upTo: number): Promise<Result<boolean>> => {
    const want = Math.min(upTo, length);
    if (want <= bytes.length) return ok(true);
    if (fetched + want - bytes.length > room) return ok(false);
    const r = await reader.read(start + bytes.length, want - bytes.length);
    if (!r.ok) return r;
    fetched += r.value.length;
    const next = new Uint8Array(bytes.length + r.value.length);
    next.set(bytes);
    next.set(r.value, bytes.length);
    bytes = next;
    return ok(true);
  };
  let pos = 0;
  let rows = 0;
  const first = await grow(LOOK_AHEAD);
  if (!first.ok || !first.value) return first.ok ? ok(null) : first;
  while (pos < length && rows < rowsWanted) {
    let header: PageHeader | null = null;
    let headerEnd = pos;
    while (header === null) {
      try {
        const read = readPageHeader(bytes, pos);
        header = read.header;
        headerEnd = read.dataAt;
      } catch (error) {
        // A header cut by the end of the bytes in hand: read a little more, up to what a header can be.
        if (bytes.length >= length || bytes.length - pos >= MAX_HEADER) {
          return refused(column, error instanceof PageHeaderError ? error.message : `page header at ${start + pos}`);
        }
        const more = await grow(bytes.length + 4096);
        if (!more.ok || !more.value) return more.ok ? ok(null) : more;
      }
    }
    const pageEnd = headerEnd + header.compressedSize;
    if (!(header.compressedSize >= 0) || pageEnd > length)
      return refused(column, `page at ${start + pos} ends past its chunk`);
    const page = await grow(pageEnd + LOOK_AHEAD);
    if (!page.ok || !page.value) return page.ok ? ok(null) : page;
    rows += rowsOf(header);
    pos = pageEnd;
  }
  return ok({ start, bytes: bytes.subarray(0, pos), rows: pos >= length ? groupRows : rows });
}

/**
 * The footer as if the first row group ended with the prefixes read: its chunks as long as their prefixes and
 * its row count the fewest rows they all hold, so that hyparquet decodes those pages and asks for nothing else.
 */
export function trimmedToPrefixes(md: FileMetaData, prefixes: ReadonlyMap<ColumnChunk, ChunkPrefix>): FileMetaData {
  const first = md.row_groups[0];
  if (!first) return md;
  const rows = Math.min(Number(first.num_rows), ...[...prefixes.values()].map((p) => p.rows));
  const columns = first.columns.map((chunk) => {
    const prefix = prefixes.get(chunk);
    if (!prefix || !chunk.meta_data) return chunk;
    return { ...chunk, meta_data: { ...chunk.meta_data, total_compressed_size: BigInt(prefix.bytes.length) } };
  });
  return { ...md, num_rows: BigInt(rows), row_groups: [{ ...first, num_rows: BigInt(rows), columns }] };
}
