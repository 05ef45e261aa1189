import { Inflate } from 'fflate';
import { z } from 'zod';
import { fail, failure, ok, type Result } from '../../model/failure';
import type { ByteReader, ChunkStream } from './byte-reader';
import { FileFormatSchema, formatFromName } from './detect-format';
import { cleanName } from './names';

export const ZipEntrySchema = z.object({
  /** The name as stored, control and bidirectional characters removed. */
  name: z.string(),
  size: z.number(),
  compressedSize: z.number(),
  format: FileFormatSchema,
});
export type ZipEntry = z.infer<typeof ZipEntrySchema>;

/** What reading an entry needs beyond what is shown. */
export interface ZipEntryRecord extends ZipEntry {
  method: number;
  encrypted: boolean;
  directory: boolean;
  /** Offset of the local header. */
  offset: number;
  /** Offset of the data when already known (entries found by streaming). */
  dataOffset: number | null;
}

export interface ZipListing {
  entries: ZipEntryRecord[];
  /** The listing may miss entries: the server ignored Range, or the directory was too big to read whole. */
  partial: boolean;
}

/** Most entries listed: an archive of a million files is listed in part rather than held whole. */
export const MAX_ENTRIES = 10_000;
/** Central directories are small (about 80 bytes an entry); this much is read at most. */
export const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_MIN = 22;
const TAIL_MAX = EOCD_MIN + 0xffff + 20;

const malformed = (detail: string) => failure('malformed', 'formats.zipDamaged', { detail });

const u16 = (v: DataView, at: number) => v.getUint16(at, true);
const u32 = (v: DataView, at: number) => v.getUint32(at, true);
const u64 = (v: DataView, at: number) => Number(v.getBigUint64(at, true));
const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** CP437, the encoding of entry names that do not set the UTF-8 flag, for its upper half. */
const CP437 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (utf8Flag) return new TextDecoder('utf-8').decode(bytes);
    let out = '';
    for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : CP437[b - 0x80];
    return out;
  }
}

function findEocd(tail: Uint8Array): number {
  const v = view(tail);
  for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
    if (u32(v, i) === EOCD && i + EOCD_MIN + u16(v, i + 20) <= tail.length) return i;
  }
  return -1;
}

interface Directory {
  count: number;
  size: number;
  offset: number;
  /** The end of the file already read, which often holds the whole directory. */
  tail: Uint8Array;
  tailStart: number;
}

async function locateDirectory(reader: ByteReader, fileSize: number): Promise<Result<Directory>> {
  let tailLength = Math.min(fileSize, 4096);
  let tail = await reader.read(fileSize - tailLength, tailLength);
  if (!tail.ok) return tail;
  let at = findEocd(tail.value);
  if (at < 0 && tailLength < Math.min(fileSize, TAIL_MAX)) {
    // A long archive comment pushes the end record back: read the most it can be.
    tailLength = Math.min(fileSize, TAIL_MAX);
    tail = await reader.read(fileSize - tailLength, tailLength);
    if (!tail.ok) return tail;
    at = findEocd(tail.value);
  }
  if (at < 0) return fail(malformed('no end of central directory record'));
  const v = view(tail.value);
  const tailStart = fileSize - tailLength;
  let dir: Directory = {
    count: u16(v, at + 10),
    size: u32(v, at + 12),
    offset: u32(v, at + 16),
    tail: tail.value,
    tailStart,
  };
  if (dir.count === 0xffff || dir.size === 0xffffffff || dir.offset === 0xffffffff) {
    const locAt = at - 20;
    if (locAt < 0 || u32(v, locAt) !== ZIP64_LOCATOR) return fail(malformed('Zip64 locator missing'));
    const recordOffset = u64(v, locAt + 8);
    let record: Uint8Array;
    if (recordOffset >= tailStart && recordOffset + 56 <= fileSize) {
      record = tail.value.subarray(recordOffset - tailStart, recordOffset - tailStart + 56);
    } else {
      const r = await reader.read(recordOffset, 56);
      if (!r.ok) return r;
      record = r.value;
    }
    if (record.length < 56 || u32(view(record), 0) !== ZIP64_EOCD) return fail(malformed('Zip64 end record missing'));
    const rv = view(record);
    dir = { ...dir, count: u64(rv, 32), size: u64(rv, 40), offset: u64(rv, 48) };
  }
  if (dir.offset + dir.size > fileSize) return fail(malformed('central directory beyond the end of the file'));
  return ok(dir);
}

function zip64Values(extra: Uint8Array, wanted: { size: boolean; compressed: boolean; offset: boolean }) {
  const v = view(extra);
  const out: { size?: number; compressed?: number; offset?: number } = {};
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = u16(v, i);
    const len = u16(v, i + 2);
    if (id === 0x0001) {
      let at = i + 4;
      const take = () => {
        if (at + 8 > i + 4 + len) return undefined;
        const n = u64(v, at);
        at += 8;
        return n;
      };
      if (wanted.size) out.size = take();
      if (wanted.compressed) out.compressed = take();
      if (wanted.offset) out.offset = take();
      return out;
    }
    i += 4 + len;
  }
  return out;
}

function record(
  name: string,
  fields: { flags: number; method: number; size: number; compressed: number; offset: number },
  dataOffset: number | null,
): ZipEntryRecord {
  const directory = name.endsWith('/');
  return {
    name,
    size: fields.size,
    compressedSize: fields.compressed,
    format: directory ? 'unsupported' : (formatFromName(name) ?? 'unsupported'),
    method: fields.method,
    encrypted: (fields.flags & 1) === 1,
    directory,
    offset: fields.offset,
    dataOffset,
  };
}

function parseDirectory(bytes: Uint8Array, expected: number): { entries: ZipEntryRecord[]; complete: boolean } {
  const v = view(bytes);
  const entries: ZipEntryRecord[] = [];
  let i = 0;
  while (i + 46 <= bytes.length && entries.length < Math.min(expected, MAX_ENTRIES)) {
    if (u32(v, i) !== CENTRAL) break;
    const flags = u16(v, i + 8);
    const nameLength = u16(v, i + 28);
    const extraLength = u16(v, i + 30);
    const commentLength = u16(v, i + 32);
    if (i + 46 + nameLength + extraLength > bytes.length) break;
    let size = u32(v, i + 24);
    let compressed = u32(v, i + 20);
    let offset = u32(v, i + 42);
    const extra = bytes.subarray(i + 46 + nameLength, i + 46 + nameLength + extraLength);
    if (size === 0xffffffff || compressed === 0xffffffff || offset === 0xffffffff) {
      const z64 = zip64Values(extra, {
        size: size === 0xffffffff,
        compressed: compressed === 0xffffffff,
        offset: offset === 0xffffffff,
      });
      size = z64.size ?? size;
      compressed = z64.compressed ?? compressed;
      offset = z64.offset ?? offset;
    }
    const name = cleanName(decodeName(bytes.subarray(i + 46, i + 46 + nameLength), (flags & 0x800) !== 0));
    entries.push(record(name, { flags, method: u16(v, i + 10), size, compressed, offset }, null));
    i += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, complete: entries.length === expected };
}

/**
 * Entries by walking local headers through the bytes in hand, for a server that ignored Range: an entry
 * whose sizes follow its data (flag bit 3) ends the walk, since where its data stops is unknown.
 */
function walkLocalHeaders(bytes: Uint8Array): ZipEntryRecord[] {
  const v = view(bytes);
  const entries: ZipEntryRecord[] = [];
  let i = 0;
  while (i + 30 <= bytes.length && entries.length < MAX_ENTRIES && u32(v, i) === LOCAL) {
    const flags = u16(v, i + 6);
    const nameLength = u16(v, i + 26);
    const extraLength = u16(v, i + 28);
    const dataOffset = i + 30 + nameLength + extraLength;
    if (dataOffset > bytes.length) break;
    let compressed = u32(v, i + 18);
    let size = u32(v, i + 22);
    if (compressed === 0xffffffff || size === 0xffffffff) {
      const z64 = zip64Values(bytes.subarray(i + 30 + nameLength, dataOffset), {
        size: true,
        compressed: true,
        offset: false,
      });
      size = z64.size ?? size;
      compressed = z64.compressed ?? compressed;
    }
    const name = cleanName(decodeName(bytes.subarray(i + 30, i + 30 + nameLength), (flags & 0x800) !== 0));
    const sizesLater = (flags & 0x8) !== 0;
    entries.push(record(name, { flags, method: u16(v, i + 8), size, compressed, offset: i }, dataOffset));
    if (sizesLater) break;
    i = dataOffset + compressed;
  }
  return entries;
}

/**
 * The archive's entries from its central directory, read by Range from the end (Zip64 too); when the
 * server ignored Range, from the local headers in the bytes already read, marked as possibly partial.
 */
export async function listZip(reader: ByteReader): Promise<Result<ZipListing>> {
  const size = reader.size();
  if (!reader.seekable() || size === null) {
    const head = await reader.head(reader.budget);
    if (!head.ok) return head;
    const entries = walkLocalHeaders(head.value);
    if (entries.length === 0) return fail(malformed('no local file header'));
    return ok({ entries, partial: true });
  }
  const dir = await locateDirectory(reader, size);
  if (!dir.ok) return dir;
  const { offset, tail, tailStart } = dir.value;
  const toRead = Math.min(dir.value.size, MAX_DIRECTORY_BYTES);
  let directory: Uint8Array;
  if (offset >= tailStart) {
    directory = tail.subarray(offset - tailStart, offset - tailStart + toRead);
  } else {
    const bytes = await reader.read(offset, toRead);
    if (!bytes.ok) return bytes;
    directory = bytes.value;
  }
  const { entries, complete } = parseDirectory(directory, dir.value.count);
  if (entries.length === 0 && dir.value.count > 0) return fail(malformed('unreadable central directory'));
  return ok({ entries, partial: !complete });
}

/** Why an entry cannot be read, or null. */
export function entryProblem(entry: ZipEntryRecord) {
  if (entry.encrypted) return failure('unsupported', 'formats.zipEncrypted', { params: { name: entry.name } });
  if (entry.method !== 0 && entry.method !== 8) {
    return failure('unsupported', 'formats.zipMethod', { params: { name: entry.name, method: entry.method } });
  }
  return null;
}

/** Inflating stops after this much output per compressed slice, so one chunk of a zip bomb stays small. */
const SLICE = 1024;

export interface EntryReadResult {
  bytes: Uint8Array;
  /** The entry has more than was inflated. */
  truncated: boolean;
}

async function dataOffsetOf(reader: ByteReader, entry: ZipEntryRecord): Promise<Result<number>> {
  if (entry.dataOffset !== null) return ok(entry.dataOffset);
  const header = await reader.read(entry.offset, 30);
  if (!header.ok) return header;
  if (header.value.length < 30 || u32(view(header.value), 0) !== LOCAL) return fail(malformed('bad local header'));
  const v = view(header.value);
  return ok(entry.offset + 30 + u16(v, 26) + u16(v, 28));
}

/**
 * Streams an entry's bytes to `onChunk`, inflating as they arrive, until the entry ends, `maxBytes` of output
 * have been given, or `onChunk` returns false. Only the entry's own bytes are fetched (and at most `maxBytes`
 * of them compressed), so a zip bomb or an entry claiming 4 GB costs one budget.
 */
export async function streamEntry(
  reader: ByteReader,
  entry: ZipEntryRecord,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => boolean,
): Promise<Result<{ truncated: boolean; produced: number }>> {
  const problem = entryProblem(entry);
  if (problem) return fail(problem);
  const start = await dataOffsetOf(reader, entry);
  if (!start.ok) return start;
  const sizeKnown = entry.compressedSize > 0 || entry.dataOffset === null;
  const wanted = Math.min(sizeKnown ? entry.compressedSize : maxBytes, maxBytes);
  if (wanted === 0) return ok({ truncated: false, produced: 0 });
  const opened = await reader.stream(start.value, wanted);
  if (!opened.ok) return opened;
  const body: ChunkStream = opened.value;
  let produced = 0;
  let stop = false;
  let finished = false;
  let cut = false;
  const give = (chunk: Uint8Array) => {
    if (chunk.length === 0) return;
    if (stop) {
      cut = true;
      return;
    }
    const room = maxBytes - produced;
    if (chunk.length > room) cut = true;
    const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
    produced += part.length;
    if (!onChunk(part) || produced >= maxBytes) stop = true;
  };
  const inflater =
    entry.method === 8
      ? new Inflate((data, final) => {
          give(data);
          if (final) finished = true;
        })
      : null;
  let compressedRead = 0;
  try {
    while (!stop && !finished) {
      const next = await body.next();
      if (!next.ok) return next;
      if (next.value === null) break;
      const chunk = next.value.subarray(0, Math.max(0, wanted - compressedRead));
      compressedRead += chunk.length;
      if (!inflater) {
        give(chunk);
      } else {
        for (let i = 0; i < chunk.length && !stop && !finished; i += SLICE) inflater.push(chunk.subarray(i, i + SLICE));
      }
      if (compressedRead >= wanted) break;
    }
    // fflate reports the end of a deflate stream only once told no more input follows.
    if (inflater && !finished && !stop && sizeKnown && compressedRead >= entry.compressedSize) {
      inflater.push(new Uint8Array(0), true);
    }
  } catch (error) {
    await body.cancel();
    return fail(failure('malformed', 'formats.zipInflate', { params: { name: entry.name }, detail: String(error) }));
  }
  await body.cancel();
  const complete = inflater ? finished : compressedRead >= entry.compressedSize;
  return ok({ truncated: !complete || cut, produced });
}

/** An entry's first `maxBytes` (inflated) in memory. */
export async function readEntry(
  reader: ByteReader,
  entry: ZipEntryRecord,
  maxBytes: number,
): Promise<Result<EntryReadResult>> {
  const chunks: Uint8Array[] = [];
  const r = await streamEntry(reader, entry, maxBytes, (c) => {
    chunks.push(c.slice());
    return true;
  });
  if (!r.ok) return r;
  const out = new Uint8Array(r.value.produced);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return ok({ bytes: out, truncated: r.value.truncated });
}

/** An entry by name, ignoring case and leading `./`. */
export function findEntry(entries: readonly ZipEntryRecord[], name: string): ZipEntryRecord | undefined {
  const norm = (s: string) => s.replace(/^\.?\//, '').toLowerCase();
  const want = norm(name);
  return entries.find((e) => norm(e.name) === want);
}
