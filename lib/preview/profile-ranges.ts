import { type FetchLike, failureForStatus, fetchWithTimeout, hostOf } from '../http/fetch-json';
import { fail, failure, ok, type Result } from '../model/failure';
import { fromRowBoundary, untilRowBoundary } from './byte-seam';
import { openFile } from './profile-file';
import {
  type ColumnState,
  finishProfile,
  type ProfileStreamOptions,
  profilePart,
  profileStream,
  type StreamProfile,
} from './profile-stream';
import type { Column, Delimiter, Encoding } from './types';

/**
 * A whole-file profile in two workers over byte ranges, for servers that answer Range requests: this thread
 * reads the first half (and the row that straddles the middle), another worker reads the second half from
 * the first row boundary after the middle (`byte-seam.ts`), and the accumulators are merged. Each part is
 * the single pass's code on its rows; the seam is checked and re-read when a quoted line break fooled the
 * second worker, so the result is the single pass's (top values and distinct counts are the same sketches,
 * merged). Gzip bodies and UTF-16 files cannot be cut on bytes and take the single pass.
 */

/** Below this the second worker costs more than it saves. */
export const MIN_SPLIT_BYTES = 8 << 20;

/** What the second worker is asked: profile `url` from byte `offset`, resynchronising unless `exact`. */
export interface TailJob {
  url: string;
  offset: number;
  /** True when `offset` is known to be a row boundary (the seam re-read). */
  exact: boolean;
  encoding: Encoding;
  delimiter: Delimiter;
  columns: Column[];
}

/** The second worker's answer: plain data that can be posted between threads. */
export interface TailPart {
  states: ColumnState[];
  rows: number;
  /** Bytes received. */
  bytes: number;
  /** Absolute offset of the first row it read. */
  start: number;
}

export type TailRunner = (job: TailJob, signal?: AbortSignal) => Promise<Result<TailPart>>;

/** True when the file can be cut on bytes between two workers. */
export function canSplit(encoding: Encoding, totalBytes: number | null): totalBytes is number {
  return totalBytes !== null && totalBytes >= MIN_SPLIT_BYTES && !encoding.startsWith('utf-16');
}

/** The second worker's job, run where it is posted (`profile.worker.ts`, the bench's worker thread). */
export async function profileTail(
  job: TailJob,
  options: { fetchImpl?: FetchLike; signal?: AbortSignal } = {},
): Promise<Result<TailPart>> {
  const headers = { Range: `bytes=${job.offset}-` };
  const answer = await fetchWithTimeout(job.url, { credentials: 'omit', headers }, options);
  if (!answer.ok) return answer;
  const response = answer.value;
  const host = hostOf(job.url);
  const range = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
  if (!response.ok || response.status !== 206 || Number(range?.[1]) !== job.offset || !response.body) {
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
  });
  if (!part.ok) return part;
  return ok({
    states: part.value.accumulators.map((a) => a.state()),
    rows: part.value.rows,
    bytes: part.value.bytes,
    start: seam ? seam.start() : job.offset,
  });
}

export interface RangesOptions extends ProfileStreamOptions {
  totalBytes: number;
  runTail: TailRunner;
  fetchImpl?: FetchLike;
}

/** The whole file at `url` profiled by this thread and one more worker; see the module's comment. */
export async function profileInTwoRanges(url: string, options: RangesOptions): Promise<Result<StreamProfile>> {
  // The second worker stops too when this part fails or is cancelled.
  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    return await profileBoth(url, { ...options, signal: controller.signal });
  } finally {
    stop();
    options.signal?.removeEventListener('abort', stop);
  }
}

async function profileBoth(url: string, options: RangesOptions): Promise<Result<StreamProfile>> {
  const { runTail, fetchImpl, signal, totalBytes, ...stream } = options;
  const split = Math.floor(totalBytes / 2);
  const job = { url, encoding: stream.encoding, delimiter: stream.delimiter, columns: stream.columns };
  const tail = runTail({ ...job, offset: split, exact: false }, signal);
  const opened = await openFile(url, { fetchImpl, signal });
  if (!opened.ok) return opened;
  const seam = untilRowBoundary(split);
  const head = await profilePart(opened.value.body.pipeThrough(seam.stream), { ...stream, signal });
  if (!head.ok) return head;
  const boundary = seam.boundary();
  let rest = await tail;
  if (!rest.ok && rest.error.code !== 'unsupported') return rest;
  if (!rest.ok || !head.value.endedOnRowBoundary) {
    // The server ignored the Range request, or quotes do not pair up (a stray quote in an unquoted cell, so
    // bytes cannot tell where rows end): one pass over the whole file, as without a second worker.
    const whole = await openFile(url, { fetchImpl, signal });
    return whole.ok ? profileStream(whole.value.body, { ...stream, signal }) : whole;
  }
  if (rest.value.start !== boundary) {
    // The middle fell inside a quoted field holding a line break: read the second part again from the
    // boundary the first part found.
    rest = await runTail({ ...job, offset: boundary, exact: true }, signal);
    if (!rest.ok) return rest;
  }
  const { accumulators } = head.value;
  for (const [i, state] of rest.value.states.entries()) accumulators[i]?.merge(state);
  return ok(
    finishProfile({
      accumulators,
      rows: head.value.rows + rest.value.rows,
      bytes: head.value.bytes + rest.value.bytes,
    }),
  );
}
