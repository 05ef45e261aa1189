import { DEFAULT_TIMEOUT_MS, type FetchLike, failureForStatus, fetchWithTimeout, hostOf } from '../http/fetch-json';
import { fail, failure, ok, type Result } from '../model/failure';
import { DEFAULT_BUDGET } from './defaults';
import { decompressIfGzip } from './gunzip';

export { DEFAULT_BUDGET };

/** The first bytes of a file, decompressed when they were gzip. */
export interface ByteSample {
  /** The sample itself, at most `budget` bytes (after decompression). */
  bytes: Uint8Array;
  /** Bytes that came over the network or off the disk (compressed bytes for gzip). */
  bytesRead: number;
  /** Size of the whole file when known (Content-Range, Content-Length, portal metadata, the disk). */
  totalBytes: number | null;
  /** True when the sample stops before the end of the file. */
  truncated: boolean;
  /** True when the bytes were gzip and have been decompressed. */
  gunzipped: boolean;
}

export interface CollectOptions {
  /** Most bytes to keep, after decompression; also the most compressed bytes read. */
  budget: number;
  /** Deadline for reading the body, so that a stalled server cannot hang the preview. */
  timeoutMs?: number;
  /** Called with the (decompressed) chunks read so far and their total length, each time one arrives. */
  onBytes?: (chunks: readonly Uint8Array[], length: number) => void;
}

export interface CollectedSample {
  bytes: Uint8Array;
  bytesRead: number;
  /** The stream ended by itself (the whole file was read), as opposed to being cancelled at the budget. */
  ended: boolean;
  gunzipped: boolean;
}

/** The first `length` bytes of `chunks`, in one array. */
export function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk.subarray(0, Math.min(chunk.length, length - offset)), offset);
    offset += chunk.length;
    if (offset >= length) break;
  }
  return out;
}

/** Thrown inside `collectSample` only, to stop reading; never leaves it. */
class BodyTimeout extends Error {}

async function readWithDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  const remaining = deadline - Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BodyTimeout()), Math.max(0, remaining));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a stream until `budget` bytes are in hand, then cancels it: a server that ignores Range, or a
 * 1 GiB local file, costs one budget and a chunk, never the whole file. Gzip (`decompressIfGzip`: decided on
 * the magic bytes) is decompressed on the fly, and the decompressed sample is capped at the budget too.
 * `onBytes` sees the sample grow, chunk by chunk, for a view that shows the first rows before the rest arrives.
 */
export async function collectSample(
  body: ReadableStream<Uint8Array>,
  options: CollectOptions,
): Promise<Result<CollectedSample>> {
  const { budget } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const reader = body.getReader();
  const out: Uint8Array[] = [];
  let bytesRead = 0;
  let outLength = 0;
  let ended = false;
  // Set as soon as the magic bytes are seen, so that corrupt gzip in the very first chunk is reported as gzip.
  let isGzip = false;

  // The network side: counts what came in, and stops taking more once a budget's worth of it is in hand.
  const input = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (bytesRead >= budget) return controller.close();
      const next = await reader.read();
      if (next.done) {
        ended = true;
        controller.close();
      } else {
        bytesRead += next.value.length;
        controller.enqueue(next.value);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });

  let data: ReadableStreamDefaultReader<Uint8Array> | null = null;
  try {
    const decided = await readWithDeadline(decompressIfGzip(input, { cutEndAllowed: true }), deadline);
    isGzip = decided.gzip;
    data = decided.stream.getReader();
    while (outLength < budget) {
      const { done, value } = await readWithDeadline(data.read(), deadline);
      if (done) break;
      out.push(value);
      outLength += value.length;
      options.onBytes?.(out, outLength);
    }
  } catch (error) {
    await data?.cancel().catch(() => undefined);
    await reader.cancel().catch(() => undefined);
    if (error instanceof BodyTimeout) {
      return fail(failure('timeout', 'preview.readTimeout', { params: { seconds: Math.round(timeoutMs / 1000) } }));
    }
    // fflate throws on corrupt gzip data; a connection dropped mid-body lands here too.
    const detail = error instanceof Error ? error.message : String(error);
    return fail(
      isGzip
        ? failure('malformed', 'preview.badGzip', { detail })
        : failure('network', 'preview.readFailed', { detail }),
    );
  }
  if (!ended) {
    // Closing the input at the budget ends the sample but not the download: cancel that too.
    await data.cancel().catch(() => undefined);
    await reader.cancel().catch(() => undefined);
  }
  return ok({
    bytes: concat(out, Math.min(outLength, budget)),
    bytesRead,
    ended: ended && outLength <= budget,
    gunzipped: isGzip,
  });
}

/** `bytes 0-1048575/5000000` → 5000000; `*` or no header → null. */
export function totalFromContentRange(value: string | null): number | null {
  const m = value ? /\/\s*(\d+)\s*$/.exec(value) : null;
  return m ? Number(m[1]) : null;
}

export interface ReadUrlOptions {
  budget?: number;
  fetchImpl?: FetchLike;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Size known from elsewhere (portal metadata), used when the server says nothing. */
  totalBytes?: number | null;
  /** `CollectOptions.onBytes`, plus the file's size as the answer's headers (or the caller) give it. */
  onBytes?: (chunks: readonly Uint8Array[], length: number, totalBytes: number | null) => void;
}

/**
 * The first `budget` bytes of a remote file. Asks for a Range; a server that honours it sends just that
 * (206), one that ignores it (200) is read as a stream and cancelled at the budget.
 */
export async function readUrlSample(url: string, options: ReadUrlOptions = {}): Promise<Result<ByteSample>> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const host = hostOf(url);
  const res = await fetchWithTimeout(
    url,
    { headers: { Range: `bytes=0-${budget - 1}` }, credentials: 'omit' },
    { fetchImpl: options.fetchImpl, timeoutMs: options.timeoutMs, signal: options.signal },
  );
  if (!res.ok) return res;
  const response = res.value;
  const known = options.totalBytes ?? null;
  if (response.status === 416) {
    // Asking for byte 0 of an empty file is "not satisfiable": the file is empty, not broken.
    await response.body?.cancel().catch(() => undefined);
    const total = totalFromContentRange(response.headers.get('content-range')) ?? 0;
    return ok({ bytes: new Uint8Array(0), bytesRead: 0, totalBytes: total, truncated: total > 0, gunzipped: false });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const f = failureForStatus(response.status, response.headers, host);
    if (f.code === 'not-found' || f.code === 'gone') return fail({ ...f, messageKey: `preview.file-${f.code}` });
    return fail(f);
  }
  if (!response.body) {
    return ok({ bytes: new Uint8Array(0), bytesRead: 0, totalBytes: known ?? 0, truncated: false, gunzipped: false });
  }
  // Content-Length of an encoded response counts encoded bytes: only trusted when the body is the file itself.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const length = response.headers.get('content-length');
  const totalBytes =
    response.status === 206
      ? (totalFromContentRange(response.headers.get('content-range')) ?? known)
      : !encoded && length !== null && /^\d+$/.test(length)
        ? Number(length)
        : known;
  const onBytes = options.onBytes;
  const collected = await collectSample(response.body, {
    budget,
    timeoutMs: options.timeoutMs,
    onBytes: onBytes && ((chunks, n) => onBytes(chunks, n, totalBytes)),
  });
  if (!collected.ok) {
    const error = collected.error;
    return fail(error.code === 'network' ? { ...error, messageKey: 'errors.network', params: { host } } : error);
  }
  const { bytes, bytesRead, ended, gunzipped } = collected.value;
  let truncated: boolean;
  if (response.status === 206) {
    truncated = totalBytes === null ? bytesRead >= budget : bytesRead < totalBytes;
    // A 206 ends where the range ends; for gzip the decompressed sample may stop short of it.
    if (gunzipped && !truncated) truncated = !ended;
  } else {
    // The stream is cancelled as soon as the budget is reached, even when the file ends right there.
    truncated = !ended && !(totalBytes !== null && !gunzipped && bytesRead >= totalBytes);
  }
  return ok({ bytes, bytesRead, totalBytes, truncated, gunzipped });
}
