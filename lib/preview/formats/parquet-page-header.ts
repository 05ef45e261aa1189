/**
 * Parquet page headers, read on our side of hyparquet so that the guard can check what a page claims before the
 * decoder trusts it. Thrift compact protocol, only as far as `PageHeader` needs; every read is bounds-checked and
 * a damaged header throws `PageHeaderError` (caught by the guard, never across layers).
 */
export class PageHeaderError extends Error {}

export type PageHeader = {
  type: number;
  uncompressedSize: number;
  compressedSize: number;
  /** DATA_PAGE (v1) */
  v1?: { numValues: number; encoding: number };
  /** DICTIONARY_PAGE */
  dictionary?: { numValues: number };
  /** DATA_PAGE_V2: levels are stored uncompressed, in front of the values. */
  v2?: {
    numValues: number;
    numNulls: number;
    numRows: number;
    encoding: number;
    definitionBytes: number;
    repetitionBytes: number;
    compressed: boolean;
  };
};

export const PAGE = { data: 0, index: 1, dictionary: 2, dataV2: 3 } as const;

type Cursor = { bytes: Uint8Array; at: number };

/** A struct is never nested deeper than this in a page header (statistics inside a data page header). */
const MAX_DEPTH = 8;

function byte(c: Cursor): number {
  const b = c.bytes[c.at];
  if (b === undefined) throw new PageHeaderError(`page header runs past the chunk at ${c.at}`);
  c.at++;
  return b;
}

function varint(c: Cursor): number {
  let value = 0;
  for (let shift = 0; shift < 64; shift += 7) {
    const b = byte(c);
    // Past 2^53 the value is meaningless to a page header; the bytes are still consumed.
    if (shift < 53) value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return value;
  }
  throw new PageHeaderError('varint longer than 10 bytes');
}

/** Zigzag-decoded i32/i64; only exact below 2^53, which is enough to refuse anything larger. */
function zigzag(c: Cursor): number {
  const n = varint(c);
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

function skip(c: Cursor, n: number): void {
  if (n < 0 || c.at + n > c.bytes.length) throw new PageHeaderError(`field of ${n} bytes runs past the chunk`);
  c.at += n;
}

type Fields = Map<number, number | boolean | Fields>;

function value(c: Cursor, type: number, depth: number): number | boolean | Fields | undefined {
  switch (type) {
    case 1:
      return true;
    case 2:
      return false;
    case 3:
      return byte(c);
    case 4:
    case 5:
    case 6:
      return zigzag(c);
    case 7:
      skip(c, 8);
      return undefined;
    case 8:
      skip(c, varint(c));
      return undefined;
    case 9:
    case 10: {
      const head = byte(c);
      const size = head >> 4 === 15 ? varint(c) : head >> 4;
      for (let i = 0; i < size; i++) value(c, head & 0x0f, depth + 1);
      return undefined;
    }
    case 11: {
      const size = varint(c);
      if (size === 0) return undefined;
      const kinds = byte(c);
      for (let i = 0; i < size; i++) {
        value(c, kinds >> 4, depth + 1);
        value(c, kinds & 0x0f, depth + 1);
      }
      return undefined;
    }
    case 12:
      return struct(c, depth + 1);
    default:
      throw new PageHeaderError(`unknown thrift type ${type}`);
  }
}

function struct(c: Cursor, depth: number): Fields {
  if (depth > MAX_DEPTH) throw new PageHeaderError('page header nested too deep');
  const fields: Fields = new Map();
  let id = 0;
  for (;;) {
    const head = byte(c);
    if (head === 0) return fields;
    const delta = head >> 4;
    id = delta === 0 ? zigzag(c) : id + delta;
    const v = value(c, head & 0x0f, depth);
    if (v !== undefined) fields.set(id, v);
  }
}

function int(fields: Fields | undefined, id: number): number {
  const v = fields?.get(id);
  if (typeof v !== 'number') throw new PageHeaderError(`page header lacks field ${id}`);
  return v;
}

const sub = (fields: Fields, id: number): Fields | undefined => {
  const v = fields.get(id);
  return v instanceof Map ? v : undefined;
};

/** Reads the header at `at`; returns it with the offset of the page's bytes. */
export function readPageHeader(bytes: Uint8Array, at: number): { header: PageHeader; dataAt: number } {
  const c = { bytes, at };
  const f = struct(c, 0);
  const header: PageHeader = { type: int(f, 1), uncompressedSize: int(f, 2), compressedSize: int(f, 3) };
  const v1 = sub(f, 5);
  if (v1) header.v1 = { numValues: int(v1, 1), encoding: int(v1, 2) };
  const dict = sub(f, 7);
  if (dict) header.dictionary = { numValues: int(dict, 1) };
  const v2 = sub(f, 8);
  if (v2) {
    header.v2 = {
      numValues: int(v2, 1),
      numNulls: int(v2, 2),
      numRows: int(v2, 3),
      encoding: int(v2, 4),
      definitionBytes: int(v2, 5),
      repetitionBytes: int(v2, 6),
      compressed: v2.get(7) !== false,
    };
  }
  return { header, dataAt: c.at };
}
