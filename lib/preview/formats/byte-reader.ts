import { DEFAULT_TIMEOUT_MS, type FetchLike, failureForStatus, fetchWithTimeout, hostOf } from '../../http/fetch-json';
import { fail, failure, ok, type Result } from '../../model/failure';
import { totalFromContentRange } from '../read-bytes';

/** A body being read: one chunk at a time, `null` at its end; `cancel` stops the transfer. */
export interface ChunkStream {
  next(): Promise<Result<Uint8Array | null>>;
  cancel(): Promise<void>;
}

/** What a transport answers to "bytes offset…offset+length-1": the slice (`partial`), or the whole file. */
export interface Opened {
  partial: boolean;
  /** Size of the whole file when the answer says it. */
  total: number | null;
  body: ChunkStream;
}

/** How bytes are fetched: HTTP with Range, a local file, bytes in memory. */
export type Transport = (offset: number, length: number) => Promise<Result<Opened>>;

/**
 * Random access to a file within a byte budget, shared by every format reader so that none of them can
 * overspend or silently download a whole file:
 * - `head` opens the file; a server that ignores Range is then read as one stream cut at the budget, and
 *   everything later is served from those bytes or refused (`seekable()` is false);
 * - `read`/`stream` ask for exact ranges and require a partial answer (HTTP 206);
 * - every byte fetched counts against `limit`, the hard ceiling (budget plus what metadata may cost).
 */
export interface ByteReader {
  head(length: number): Promise<Result<Uint8Array>>;
  read(offset: number, length: number): Promise<Result<Uint8Array>>;
  stream(offset: number, length: number): Promise<Result<ChunkStream>>;
  /** Size of the whole file when known (after `head`). */
  size(): number | null;
  /** Reads at any offset are possible (Range honoured, a local file, or the whole file in hand). */
  seekable(): boolean;
  /** The whole file is in hand. */
  complete(): boolean;
  /** Bytes that came over the network or off the disk so far. */
  bytesRead(): number;
  /** The budget the readers plan their data reads with. */
  readonly budget: number;
}

/** The first `budget` bytes of the file, and whether the file goes on past them. */
export async function headOfBudget(reader: ByteReader): Promise<Result<{ bytes: Uint8Array; truncated: boolean }>> {
  const head = await reader.head(reader.budget);
  if (!head.ok) return head;
  const size = reader.size();
  const truncated = reader.complete()
    ? false
    : size === null
      ? head.value.length >= reader.budget
      : head.value.length < size;
  return ok({ bytes: head.value, truncated });
}

export interface ByteReaderOptions {
  budget: number;
  /** Hard ceiling of bytes fetched; defaults to twice the budget plus 64 KiB. */
  limit?: number;
  timeoutMs?: number;
}

class Deadline extends Error {}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Deadline()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A ReadableStream as a `ChunkStream`, each read bounded in time. */
export function chunkStreamOf(body: ReadableStream<Uint8Array>, timeoutMs = DEFAULT_TIMEOUT_MS): ChunkStream {
  const reader = body.getReader();
  let done = false;
  return {
    async next() {
      if (done) return ok(null);
      try {
        const r = await withDeadline(reader.read(), timeoutMs);
        if (r.done) {
          done = true;
          return ok(null);
        }
        return ok(r.value);
      } catch (error) {
        done = true;
        await reader.cancel().catch(() => undefined);
        if (error instanceof Deadline) {
          return fail(failure('timeout', 'preview.readTimeout', { params: { seconds: Math.round(timeoutMs / 1000) } }));
        }
        return fail(failure('network', 'preview.readFailed', { detail: String(error) }));
      }
    },
    async cancel() {
      if (done) return;
      done = true;
      await reader.cancel().catch(() => undefined);
    },
  };
}

/** A stream over bytes already in memory. */
function memoryChunks(bytes: Uint8Array): ChunkStream {
  let given = false;
  return {
    next: async () => {
      if (given || bytes.length === 0) return ok(null);
      given = true;
      return ok(bytes);
    },
    cancel: async () => {
      given = true;
    },
  };
}

/** Bytes in memory behind a transport; `rangeSupported: false` plays a server that ignores Range. */
export function memoryTransport(bytes: Uint8Array, options: { rangeSupported?: boolean } = {}): Transport {
  const ranged = options.rangeSupported ?? true;
  return async (offset, length) => {
    if (!ranged) return ok({ partial: false, total: bytes.length, body: memoryChunks(bytes) });
    const slice = bytes.subarray(offset, Math.min(bytes.length, offset + length));
    return ok({ partial: true, total: bytes.length, body: memoryChunks(slice) });
  };
}

export interface UrlTransportOptions {
  fetchImpl?: FetchLike;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** HTTP GET with a Range header; the status says whether the server honoured it. */
export function urlTransport(url: string, options: UrlTransportOptions = {}): Transport {
  const host = hostOf(url);
  return async (offset, length) => {
    const res = await fetchWithTimeout(
      url,
      { headers: { Range: `bytes=${offset}-${offset + length - 1}` }, credentials: 'omit' },
      { fetchImpl: options.fetchImpl, timeoutMs: options.timeoutMs, signal: options.signal },
    );
    if (!res.ok) return res;
    const response = res.value;
    if (response.status === 416) {
      await response.body?.cancel().catch(() => undefined);
      const total = totalFromContentRange(response.headers.get('content-range')) ?? 0;
      return ok({ partial: true, total, body: memoryChunks(new Uint8Array(0)) });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const f = failureForStatus(response.status, response.headers, host);
      if (f.code === 'not-found' || f.code === 'gone') return fail({ ...f, messageKey: `preview.file-${f.code}` });
      return fail(f);
    }
    const partial = response.status === 206;
    const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
    const lengthHeader = response.headers.get('content-length');
    const total = partial
      ? totalFromContentRange(response.headers.get('content-range'))
      : !encoded && lengthHeader && /^\d+$/.test(lengthHeader)
        ? Number(lengthHeader)
        : null;
    const body = response.body ? chunkStreamOf(response.body, options.timeoutMs) : memoryChunks(new Uint8Array(0));
    return ok({ partial, total, body });
  };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === length) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, Math.min(c.length, length - at));
    out.set(part, at);
    at += part.length;
    if (at >= length) break;
  }
  return out;
}

const overBudget = (limit: number) => failure('unsupported', 'formats.overBudget', { params: { limit } });

/** A `ByteReader` over any transport, with the file's first bytes kept so that sniffing costs nothing twice. */
export function createByteReader(transport: Transport, options: ByteReaderOptions): ByteReader {
  const budget = options.budget;
  const limit = options.limit ?? budget * 2 + 65_536;
  let prefix: Uint8Array = new Uint8Array(0);
  let total: number | null = null;
  let opened = false;
  let ranged = false;
  let whole = false;
  let fetched = 0;

  /** Reads a body into memory, at most `max` bytes, cancels the rest; `count` when the body is not counted already. */
  const drain = async (
    body: ChunkStream,
    max: number,
    count: boolean,
  ): Promise<Result<{ bytes: Uint8Array; ended: boolean }>> => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      if (length >= max) {
        await body.cancel();
        return ok({ bytes: concat(chunks, max), ended: false });
      }
      const next = await body.next();
      if (!next.ok) return next;
      if (next.value === null) return ok({ bytes: concat(chunks, length), ended: true });
      if (count) fetched += next.value.length;
      chunks.push(next.value);
      length += next.value.length;
    }
  };

  const inPrefix = (offset: number, length: number) => offset + length <= prefix.length;

  const reader: ByteReader = {
    budget,
    size: () => total,
    seekable: () => ranged || whole,
    complete: () => whole,
    bytesRead: () => fetched,

    async head(length) {
      if (opened) {
        const want = total === null ? length : Math.min(length, total);
        if (want <= prefix.length || !ranged) return ok(prefix.subarray(0, Math.min(want, prefix.length)));
        const more = await reader.read(prefix.length, want - prefix.length);
        if (!more.ok) return more;
        prefix = concat([prefix, more.value], prefix.length + more.value.length);
        return ok(prefix.subarray(0, want));
      }
      opened = true;
      const res = await transport(0, Math.max(1, length));
      if (!res.ok) return res;
      const { partial, body } = res.value;
      total = res.value.total;
      ranged = partial;
      // A server that ignores Range sends everything: keep one budget of it, which may be the whole file.
      const drained = await drain(body, partial ? length : Math.max(length, budget), true);
      if (!drained.ok) return drained;
      prefix = drained.value.bytes;
      if (!partial && drained.value.ended) {
        whole = true;
        total = prefix.length;
      }
      if (partial && total !== null && prefix.length >= total) whole = true;
      return ok(prefix.subarray(0, Math.min(length, prefix.length)));
    },

    async read(offset, length) {
      const end = total === null ? offset + length : Math.min(total, offset + length);
      const want = Math.max(0, end - offset);
      if (inPrefix(offset, want)) return ok(prefix.subarray(offset, offset + want));
      if (want > limit - fetched) return fail(overBudget(limit));
      const s = await reader.stream(offset, want);
      if (!s.ok) return s;
      const drained = await drain(s.value, want, false);
      return drained.ok ? ok(drained.value.bytes) : drained;
    },

    async stream(offset, length) {
      const end = total === null ? offset + length : Math.min(total, offset + length);
      const want = Math.max(0, end - offset);
      if (inPrefix(offset, want)) return ok(memoryChunks(prefix.subarray(offset, offset + want)));
      if (!ranged) {
        // Without Range only the bytes already streamed exist: a reader sees them end early, as a cut file.
        if (offset < prefix.length || (whole && offset >= prefix.length)) {
          return ok(memoryChunks(prefix.subarray(Math.min(offset, prefix.length), Math.min(prefix.length, end))));
        }
        return fail(failure('unsupported', 'formats.noRange'));
      }
      // Streams are cut by whoever reads them; refuse only when the ceiling is already reached.
      if (want > 0 && fetched >= limit) return fail(overBudget(limit));
      const res = await transport(offset, want);
      if (!res.ok) return res;
      if (!res.value.partial) {
        await res.value.body.cancel();
        return fail(failure('unsupported', 'formats.noRange'));
      }
      const inner = res.value.body;
      return ok({
        next: async () => {
          if (fetched > limit) {
            await inner.cancel();
            return fail(overBudget(limit));
          }
          const n = await inner.next();
          if (n.ok && n.value) fetched += n.value.length;
          return n;
        },
        cancel: () => inner.cancel(),
      });
    },
  };
  return reader;
}

/** A reader over bytes in memory (an archive entry already inflated, a test fixture). */
export function memoryByteReader(
  bytes: Uint8Array,
  options: Partial<ByteReaderOptions> & { rangeSupported?: boolean } = {},
): ByteReader {
  const budget = options.budget ?? bytes.length;
  return createByteReader(memoryTransport(bytes, { rangeSupported: options.rangeSupported }), {
    budget,
    limit: options.limit,
    timeoutMs: options.timeoutMs,
  });
}
