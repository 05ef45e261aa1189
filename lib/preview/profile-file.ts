import { type FetchLike, failureForStatus, fetchWithTimeout, hostOf } from '../http/fetch-json';
import { fail, failure, ok, type Result } from '../model/failure';
import { decompressIfGzip } from './gunzip';
import { type ProfileStreamOptions, profileStream, type StreamProfile } from './profile-stream';

/**
 * The one whole-file profile path, shared by the popup's worker and the CLI's `preview --all`: the body is
 * counted as it arrives, decompressed when it is gzip (`decompressIfGzip`, the same decision and decoder as the
 * sample's), then profiled by `profileStream`.
 */

export interface FileProfileOptions extends Omit<ProfileStreamOptions, 'onProgress'> {
  /** After each batch: bytes received so far (compressed bytes for a gzip file) and data rows read. */
  onProgress?: (received: number, rows: number) => void;
}

/** The profile of a whole body; `bytes` are the bytes received (compressed bytes for a gzip file). */
export async function profileBody(
  body: ReadableStream<Uint8Array>,
  options: FileProfileOptions,
): Promise<Result<StreamProfile>> {
  const opened = await receivedBody(body);
  return opened.ok ? profileReceived(opened.value, options) : opened;
}

/** A body counted as it arrives and decompressed when it is gzip, before anything is parsed. */
export interface ReceivedBody {
  /** The text's bytes: decompressed when `gzip`. */
  stream: ReadableStream<Uint8Array>;
  gzip: boolean;
  /** Bytes received so far (compressed bytes for a gzip file). */
  received: () => number;
}

export async function receivedBody(body: ReadableStream<Uint8Array>): Promise<Result<ReceivedBody>> {
  let received = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.length;
        controller.enqueue(chunk);
      },
    }),
  );
  try {
    const { stream, gzip } = await decompressIfGzip(counted);
    return ok({ stream, gzip, received: () => received });
  } catch (error) {
    return fail(failure('network', 'preview.profile.readFailed', { detail: String(error) }));
  }
}

/** `profileBody` once the body is received: the single pass. */
export async function profileReceived(body: ReceivedBody, options: FileProfileOptions): Promise<Result<StreamProfile>> {
  const { onProgress, ...rest } = options;
  const result = await profileStream(body.stream, {
    ...rest,
    onProgress: (_, rows) => onProgress?.(body.received(), rows),
  });
  return result.ok ? ok({ ...result.value, bytes: body.received() }) : result;
}

export interface OpenedFile {
  body: ReadableStream<Uint8Array>;
  /** From Content-Length when the server gives it, else null. */
  totalBytes: number | null;
}

/**
 * The whole file at `url`, without credentials. The timeout guards the answer only: a whole file takes as
 * long as it takes, and the signal is there to stop it.
 */
export async function openFile(
  url: string,
  options: { fetchImpl?: FetchLike; signal?: AbortSignal } = {},
): Promise<Result<OpenedFile>> {
  const answer = await fetchWithTimeout(url, { credentials: 'omit' }, options);
  if (!answer.ok) return answer;
  const response = answer.value;
  const host = hostOf(url);
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return fail(failureForStatus(response.status, response.headers, host));
  }
  if (!response.body) return fail(failure('network', 'preview.readFailed', { params: { host } }));
  const length = Number(response.headers.get('content-length'));
  return ok({ body: response.body, totalBytes: Number.isFinite(length) && length > 0 ? length : null });
}
