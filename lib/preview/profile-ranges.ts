import { z } from 'zod';
import { type FetchLike, failureForStatus, fetchWithTimeout, hostOf } from '../http/fetch-json';
import { fail, failure, ok, type Result } from '../model/failure';
import { fromRowBoundary, untilRowBoundary } from './byte-seam';
import { type FileProfileOptions, openFile, profileBody, profileReceived, receivedBody } from './profile-file';
import {
  ColumnStateSchema,
  cancelledFailure,
  finishProfile,
  type PartialProfile,
  profilePart,
  type StreamProfile,
} from './profile-stream';
import { ColumnSchema, DelimiterSchema, type Encoding, EncodingSchema } from './types';

/**
 * A whole-file profile in two workers over byte ranges, for servers that answer Range requests: this thread
 * reads the first half (and the row that straddles the middle), another worker reads the second half from
 * the first row boundary after the middle (`byte-seam.ts`), and the accumulators are merged. Each part is
 * the single pass's code on its rows; the seam is checked and re-read when a quoted line break fooled the
 * second worker, so the result is the single pass's (top values and distinct counts are the same sketches,
 * merged). The first request asks for `bytes=0-`: a 206 answer says the server takes Range requests and gives
 * the file's true size. Otherwise (200, gzip bodies, encoded transfers, UTF-16, small files) that same answer
 * is read in one pass, and so is the whole file again when the second part fails.
 */

/** Below this the second worker costs more than it saves. */
export const MIN_SPLIT_BYTES = 8 << 20;

/** What the second worker is asked: profile `url` from byte `offset`, resynchronising unless `exact`. */
export const TailJobSchema = z.object({
  url: z.string().url(),
  offset: z.number().int().min(0),
  /** True when `offset` is known to be a row boundary (the seam re-read). */
  exact: z.boolean(),
  encoding: EncodingSchema,
  delimiter: DelimiterSchema,
  columns: z.array(ColumnSchema),
});
export type TailJob = z.infer<typeof TailJobSchema>;

/** The second worker's answer: plain data that can be posted between threads. */
export const TailPartSchema = z.object({
  states: z.array(ColumnStateSchema),
  rows: z.number().int().min(0),
  /** Bytes received. */
  bytes: z.number().min(0),
  /** Absolute offset of the first row it read. */
  start: z.number().int().min(0),
});
export type TailPart = z.infer<typeof TailPartSchema>;

export interface TailControl {
  signal?: AbortSignal;
  /** Bytes received and rows read by the second worker so far. */
  onProgress?: (bytes: number, rows: number) => void;
}

export type TailRunner = (job: TailJob, control: TailControl) => Promise<Result<TailPart>>;

/** True when the file can be cut on bytes between two workers. */
export function canSplit(
  encoding: Encoding,
  totalBytes: number | null,
  minBytes = MIN_SPLIT_BYTES,
): totalBytes is number {
  return totalBytes !== null && totalBytes >= minBytes && !encoding.startsWith('utf-16');
}

/** An answer whose body fetch decoded (Content-Encoding): its bytes are not the file's, Range offsets neither. */
const encodedTransfer = (response: Response) =>
  (response.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';

/** The second worker's job, run where it is posted (`profile.worker.ts`, the bench's worker thread). */
export async function profileTail(
  job: TailJob,
  options: TailControl & { fetchImpl?: FetchLike } = {},
): Promise<Result<TailPart>> {
  const headers = { Range: `bytes=${job.offset}-` };
  const answer = await fetchWithTimeout(job.url, { credentials: 'omit', headers }, options);
  if (!answer.ok) return answer;
  const response = answer.value;
  const host = hostOf(job.url);
  const range = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
  if (
    !response.ok ||
    response.status !== 206 ||
    Number(range?.[1]) !== job.offset ||
    encodedTransfer(response) ||
    !response.body
  ) {
    await response.body?.cancel().catch(() => undefined);
    if (!response.ok) return fail(failureForStatus(response.status, response.headers, host));
    return fail(failure('unsupported', 'preview.profile.noRange', { params: { host } }));
  }
  const seam = job.exact ? null : fromRowBoundary(job.offset);
  const body = seam ? response.body.pipeThrough(seam.stream) : response.body;
  const part = await profilePart(body, {
    encoding: job.encoding,
    delimiter: job.delimiter,
    skipLines: 0,
    columns: job.columns,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  if (!part.ok) return part;
  return ok({
    states: part.value.accumulators.map((a) => a.state()),
    rows: part.value.rows,
    bytes: part.value.bytes,
    start: seam ? seam.start() : job.offset,
  });
}

export interface RangesOptions extends FileProfileOptions {
  runTail: TailRunner;
  fetchImpl?: FetchLike;
  /** Smaller files take the single pass (`MIN_SPLIT_BYTES` unless the tests say otherwise). */
  minSplitBytes?: number;
}

/** The whole file at `url` profiled by this thread and one more worker; see the module's comment. */
export async function profileInTwoRanges(url: string, options: RangesOptions): Promise<Result<StreamProfile>> {
  // The second worker stops too when this part fails or is cancelled.
  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const result = await profileBoth(url, { ...options, signal: controller.signal });
    return options.signal?.aborted && result.ok ? fail(cancelledFailure()) : result;
  } finally {
    stop();
    options.signal?.removeEventListener('abort', stop);
  }
}

interface FromStart {
  body: ReadableStream<Uint8Array>;
  /** The file's size when the server answered with a range of it (206), else null. */
  rangedTotal: number | null;
}

/** The file asked from its first byte: the answer says whether Range requests work and how big the file is. */
async function openFromStart(
  url: string,
  options: { fetchImpl?: FetchLike; signal?: AbortSignal },
): Promise<Result<FromStart | null>> {
  const headers = { Range: 'bytes=0-' };
  const answer = await fetchWithTimeout(url, { credentials: 'omit', headers }, options);
  if (!answer.ok) return answer;
  const response = answer.value;
  const host = hostOf(url);
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    // 416: an empty file, or a server that refuses ranges outright; the plain request decides.
    if (response.status === 416) return ok(null);
    if (!response.ok) return fail(failureForStatus(response.status, response.headers, host));
    return fail(failure('network', 'preview.readFailed', { params: { host } }));
  }
  const whole = /^bytes 0-\d+\/(\d+)$/.exec(response.headers.get('content-range') ?? '');
  const ranged = response.status === 206 && whole !== null && !encodedTransfer(response);
  return ok({ body: response.body, rangedTotal: ranged ? Number(whole![1]) : null });
}

async function profileBoth(url: string, options: RangesOptions): Promise<Result<StreamProfile>> {
  const { runTail, fetchImpl, signal, onProgress, minSplitBytes, ...stream } = options;
  const singlePass = async () => {
    const whole = await openFile(url, { fetchImpl, signal });
    return whole.ok ? profileBody(whole.value.body, { ...stream, signal, onProgress }) : whole;
  };
  const opened = await openFromStart(url, { fetchImpl, signal });
  // A request with a Range header that the network refused (a CORS preflight the server does not answer)
  // may still go through without it.
  if (!opened.ok) return opened.error.code === 'network' && !signal?.aborted ? singlePass() : opened;
  if (opened.value === null) return singlePass();
  const received = await receivedBody(opened.value.body);
  if (!received.ok) return received;
  const body = received.value;
  const totalBytes = opened.value.rangedTotal;
  if (body.gzip || !canSplit(stream.encoding, totalBytes, minSplitBytes)) {
    return profileReceived(body, { ...stream, signal, onProgress });
  }

  const counts = { headBytes: 0, headRows: 0, tailBytes: 0, tailRows: 0 };
  let tailCounts = true;
  const report = () => onProgress?.(counts.headBytes + counts.tailBytes, counts.headRows + counts.tailRows);
  const control: TailControl = {
    signal,
    onProgress: (bytes, rows) => {
      if (!tailCounts) return;
      counts.tailBytes = bytes;
      counts.tailRows = rows;
      report();
    },
  };
  const job = { url, encoding: stream.encoding, delimiter: stream.delimiter, columns: stream.columns };
  const tailFrom = (offset: number, exact: boolean) =>
    runTail({ ...job, offset, exact }, control).catch((error: unknown) =>
      fail<TailPart>(failure('network', 'preview.profile.readFailed', { detail: String(error) })),
    );

  const tail = tailFrom(Math.floor(totalBytes / 2), false);
  const seam = untilRowBoundary(Math.floor(totalBytes / 2));
  const head = await profilePart(body.stream.pipeThrough(seam.stream), {
    ...stream,
    signal,
    onProgress: (bytes, rows) => {
      counts.headBytes = bytes;
      counts.headRows = rows;
      report();
    },
  });
  if (!head.ok) return head;
  let rest = await tail;
  if (signal?.aborted) return fail(cancelledFailure());
  const boundary = seam.boundary();
  if (rest.ok && head.value.endedOnRowBoundary && rest.value.start !== boundary) {
    // The middle fell inside a quoted field holding a line break: read the second part again from the
    // boundary the first part found.
    counts.tailBytes = 0;
    counts.tailRows = 0;
    rest = await tailFrom(boundary, true);
    if (signal?.aborted) return fail(cancelledFailure());
  }
  const merged = rest.ok && head.value.endedOnRowBoundary ? merge(head.value, rest.value) : null;
  if (merged) {
    // The second part's last progress may still be on its way: the whole file is read.
    tailCounts = false;
    onProgress?.(merged.bytes, merged.rows);
    return ok(merged);
  }
  // The second part failed (the server refused its range, the worker died), or quotes do not pair up (a stray
  // quote in an unquoted cell, so bytes cannot tell where rows end): one pass over the whole file, as without
  // a second worker.
  tailCounts = false;
  return singlePass();
}

/** The first part's accumulators with the second part's counted in; null when the parts do not fit. */
function merge(head: PartialProfile, tail: TailPart): StreamProfile | null {
  const { accumulators } = head;
  if (tail.states.length !== accumulators.length) return null;
  try {
    for (const [i, state] of tail.states.entries()) accumulators[i]!.merge(state);
  } catch {
    // A state of another column kind or precision: the single pass is still the answer.
    return null;
  }
  return finishProfile({ accumulators, rows: head.rows + tail.rows, bytes: head.bytes + tail.bytes });
}
