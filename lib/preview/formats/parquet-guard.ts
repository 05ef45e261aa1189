import type { ColumnMetaData, SchemaElement } from 'hyparquet';
import { PAGE, type PageHeader, PageHeaderError, readPageHeader } from './parquet-page-header';

/**
 * Checks a column chunk before hyparquet decodes it. hyparquet trusts what pages claim: a run-length run of two
 * billion values, or a level stream longer than its page, makes it fill an array synchronously for minutes
 * (`readRleBitPackedHybrid`), which no timeout can interrupt. So every page header is checked against the bytes
 * present, the chunk's value count and the caps below, and every run-length stream the decoder will walk (levels,
 * dictionary indices, booleans) is walked here first, counting values instead of writing them.
 * Returns why the chunk is refused, or null.
 */

/** A page claiming more than this once decompressed is refused, whatever its header says. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;
/**
 * hyparquet decodes a whole page even for 20 rows; a run-length run of nulls can claim billions of values in three
 * bytes. Writers cut pages far below this (pyarrow: 1 MB or 20,000 rows).
 */
export const MAX_PAGE_VALUES = 1 << 24;

const ENCODING = { rle: 3, plainDictionary: 2, rleDictionary: 8 } as const;

export type Decompress = (input: Uint8Array, outputLength: number) => Uint8Array;

export type ChunkContext = {
  meta: ColumnMetaData;
  /** The top-level schema element of the column (the preview reads no nested column). */
  element: SchemaElement;
  /** Rows the row group declares. */
  groupRows: number;
  /** The codec's decompressor, or null when hyparquet would refuse the codec anyway. */
  decompress: Decompress | null;
};

class Refused extends Error {}

const refuse = (why: string): never => {
  throw new Refused(why);
};

/** Levels of a top-level column: 0 or 1 (OPTIONAL, REPEATED), as hyparquet derives them from the schema. */
function levels(element: SchemaElement) {
  const repeated = element.repetition_type === 'REPEATED';
  return { maxRepetition: repeated ? 1 : 0, maxDefinition: element.repetition_type === 'REQUIRED' ? 0 : 1 };
}

const widthOf = (max: number) => (max === 0 ? 0 : 32 - Math.clz32(max));

function varint(bytes: Uint8Array, at: number, end: number): [number, number] {
  let value = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    if (at >= end) return refuse('run header past the end of its stream');
    const b = bytes[at++] ?? 0;
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [value, at];
  }
  return refuse('run header longer than 5 bytes');
}

/** The `i`th value of a bit-packed run starting at `at` (values are packed from the low bits up). */
function packed(bytes: Uint8Array, at: number, width: number, i: number): number {
  let value = 0;
  for (let bit = 0; bit < width; bit++) {
    const pos = i * width + bit;
    value += (((bytes[at + (pos >> 3)] ?? 0) >> (pos & 7)) & 1) * 2 ** bit;
  }
  return value;
}

/**
 * Walks a run-length/bit-packed hybrid stream the way hyparquet decodes it, until `expected` values are seen:
 * no run may claim more values than are left (bit-packed runs come in groups of 8, so 7 of padding is allowed)
 * nor more bytes than the stream holds. Returns how many of the values equal `counted` (the non-null ones, for
 * definition levels), which says how many values follow the levels.
 */
function walkHybrid(bytes: Uint8Array, at: number, end: number, width: number, expected: number, counted = -1) {
  if (width > 32) refuse(`bit width ${width}`);
  if (end > bytes.length) refuse('run-length stream longer than its page');
  let seen = 0;
  let matches = 0;
  while (seen < expected) {
    const [header, next] = varint(bytes, at, end);
    at = next;
    const left = expected - seen;
    if (header % 2 === 1) {
      const values = Math.floor(header / 2) * 8;
      if (values > left + 7) refuse(`bit-packed run of ${values} values where ${left} are left`);
      if (counted >= 0)
        for (let i = 0; i < Math.min(values, left); i++) if (packed(bytes, at, width, i) === counted) matches++;
      at += Math.ceil((values * width) / 8);
      seen += values;
    } else {
      const count = Math.floor(header / 2);
      if (count > left) refuse(`run of ${count} values where ${left} are left`);
      let value = 0;
      for (let i = 0; i < Math.ceil(width / 8); i++) value += (bytes[at + i] ?? 0) * 256 ** i;
      if (value === counted) matches += count;
      at += Math.ceil(width / 8);
      seen += count;
    }
    if (at > end) refuse('run-length run past the end of its stream');
  }
  return matches;
}

/**
 * A stream that starts with its byte length as a little-endian u32 (v1 levels, booleans); returns where it ends
 * and how many of its values equal `counted`.
 */
function walkPrefixed(bytes: Uint8Array, at: number, width: number, expected: number, counted = -1) {
  if (at + 4 > bytes.length) refuse('stream length past the end of its page');
  const length = new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0, true);
  const end = at + 4 + length;
  if (end > bytes.length) refuse(`stream of ${length} bytes in a page of ${bytes.length}`);
  return { end, matches: walkHybrid(bytes, at + 4, end, width, expected, counted) };
}

/**
 * Values are read with the hybrid decoder for dictionary indices and for booleans stored as RLE. hyparquet reads
 * a v2 page's RLE values as booleans whatever the column type, and walks a v2 index stream of bit width 0 too.
 */
function walkValues(page: Uint8Array, at: number, encoding: number, ctx: ChunkContext, values: number, v2: boolean) {
  if (encoding === ENCODING.rle && (v2 || ctx.element.type === 'BOOLEAN')) walkPrefixed(page, at, 1, values);
  else if (encoding === ENCODING.plainDictionary || encoding === ENCODING.rleDictionary || encoding === ENCODING.rle) {
    const width = page[at];
    if (width === undefined) return refuse('dictionary indices without a bit width');
    if (width || v2) walkHybrid(page, at + 1, page.length, width, values);
  }
}

function checkSizes(header: PageHeader, present: number) {
  if (header.compressedSize < 0 || header.compressedSize > present) {
    refuse(`page of ${header.compressedSize} bytes where ${present} are left in the chunk`);
  }
  if (header.uncompressedSize < 0 || header.uncompressedSize > MAX_PAGE_BYTES) {
    refuse(`page claims ${header.uncompressedSize} bytes decompressed`);
  }
}

function decompressed(stored: Uint8Array, size: number, ctx: ChunkContext): Uint8Array | null {
  if (ctx.meta.codec === 'UNCOMPRESSED') return stored;
  if (!ctx.decompress) return null;
  const page = ctx.decompress(stored, size);
  if (page.length !== size) refuse(`page decompresses to ${page.length} bytes, its header says ${size}`);
  return page;
}

function checkDataPageV1(header: PageHeader, stored: Uint8Array, ctx: ChunkContext) {
  const v1 = header.v1 ?? refuse('data page without its header');
  const page = decompressed(stored, header.uncompressedSize, ctx);
  if (!page) return;
  const { maxRepetition, maxDefinition } = levels(ctx.element);
  let at = 0;
  let present = v1.numValues;
  if (maxRepetition) at = walkPrefixed(page, at, widthOf(maxRepetition), v1.numValues).end;
  if (maxDefinition) {
    const levels = walkPrefixed(page, at, widthOf(maxDefinition), v1.numValues, maxDefinition);
    at = levels.end;
    present = levels.matches;
  }
  walkValues(page, at, v1.encoding, ctx, present, false);
}

function checkDataPageV2(header: PageHeader, stored: Uint8Array, ctx: ChunkContext) {
  const v2 = header.v2 ?? refuse('data page v2 without its header');
  if (v2.numNulls < 0 || v2.numNulls > v2.numValues) refuse(`${v2.numNulls} nulls among ${v2.numValues} values`);
  if (v2.numRows < 0 || v2.numRows > v2.numValues) refuse(`${v2.numRows} rows from ${v2.numValues} values`);
  const levelBytes = v2.repetitionBytes + v2.definitionBytes;
  if (v2.repetitionBytes < 0 || v2.definitionBytes < 0 || levelBytes > stored.length) {
    refuse(`levels of ${levelBytes} bytes in a page of ${stored.length}`);
  }
  if (levelBytes > header.uncompressedSize) refuse(`levels of ${levelBytes} bytes in ${header.uncompressedSize}`);
  const { maxRepetition, maxDefinition } = levels(ctx.element);
  if (maxRepetition) walkHybrid(stored, 0, v2.repetitionBytes, widthOf(maxRepetition), v2.numValues);
  if (maxDefinition) walkHybrid(stored, v2.repetitionBytes, levelBytes, widthOf(maxDefinition), v2.numValues);
  const rest = stored.subarray(levelBytes);
  const size = header.uncompressedSize - levelBytes;
  const page = v2.compressed && size ? decompressed(rest, size, ctx) : rest;
  if (page) walkValues(page, 0, v2.encoding, ctx, v2.numValues - v2.numNulls, true);
}

function walkPages(chunk: Uint8Array, ctx: ChunkContext) {
  const chunkValues = Number(ctx.meta.num_values);
  let values = 0;
  let at = 0;
  // The same end test as hyparquet's page loop: a last stray byte is not a page.
  while (at < chunk.length - 1) {
    const { header, dataAt } = readPageHeader(chunk, at);
    checkSizes(header, chunk.length - dataAt);
    const stored = chunk.subarray(dataAt, dataAt + header.compressedSize);
    if (header.type === PAGE.dictionary) {
      const n = header.dictionary?.numValues ?? refuse('dictionary page without its header');
      // Every dictionary entry takes at least a byte (PLAIN), so a count above the page's size is a lie.
      if (n < 0 || n > header.uncompressedSize) refuse(`dictionary of ${n} values in ${header.uncompressedSize} bytes`);
    } else if (header.type === PAGE.data || header.type === PAGE.dataV2) {
      const n = (header.type === PAGE.data ? header.v1?.numValues : header.v2?.numValues) ?? 0;
      if (n < 0 || n > MAX_PAGE_VALUES) refuse(`page of ${n} values`);
      if (values + n > chunkValues) refuse(`pages claim more than the chunk's ${chunkValues} values`);
      if (header.type === PAGE.data) checkDataPageV1(header, stored, ctx);
      else checkDataPageV2(header, stored, ctx);
      values += n;
    }
    at = dataAt + header.compressedSize;
  }
}

/** Why this column chunk (its bytes as stored) must not reach hyparquet, or null when it may. */
export function refusedChunk(chunk: Uint8Array, ctx: ChunkContext): string | null {
  const chunkValues = Number(ctx.meta.num_values);
  if (!(chunkValues >= 0)) return `column chunk of ${chunkValues} values`;
  if (levels(ctx.element).maxRepetition === 0 && chunkValues > ctx.groupRows) {
    return `flat column chunk of ${chunkValues} values in a row group of ${ctx.groupRows} rows`;
  }
  try {
    walkPages(chunk, ctx);
    return null;
  } catch (error) {
    if (error instanceof Refused || error instanceof PageHeaderError) return error.message;
    return `unreadable page: ${String(error)}`;
  }
}
