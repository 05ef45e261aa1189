import { z } from 'zod';
import { type FetchLike, failureForStatus, hostOf } from '../http/fetch-json';
import { type Failure, FailureSchema, failure } from '../model/failure';
import { GZIP_MAGIC_LENGTH, startsWithGzip } from './gzip-magic';
import { isCancelled, profileStream } from './profile-stream';
import { ColumnSchema, DelimiterSchema, EncodingSchema } from './types';

/** Page → worker: profile the file at `url` with the dialect and columns the preview found. */
export const StartMessageSchema = z.object({
  type: z.literal('start'),
  url: z.string().url(),
  encoding: EncodingSchema,
  delimiter: DelimiterSchema,
  skipLines: z.number().int().min(0),
  columns: z.array(ColumnSchema),
  /** Size of the file when the page knows it (portal metadata), for the progress bar. */
  totalBytes: z.number().nullable(),
});

export const CancelMessageSchema = z.object({ type: z.literal('cancel') });

export const ToWorkerSchema = z.discriminatedUnion('type', [StartMessageSchema, CancelMessageSchema]);
export type ToWorker = z.infer<typeof ToWorkerSchema>;

export const FromWorkerSchema = z.discriminatedUnion('type', [
  /** `bytes`: bytes received over the network (compressed bytes for a gzip file). */
  z.object({ type: z.literal('progress'), bytes: z.number(), rows: z.number(), totalBytes: z.number().nullable() }),
  z.object({ type: z.literal('done'), columns: z.array(ColumnSchema), rows: z.number(), bytes: z.number() }),
  z.object({ type: z.literal('cancelled') }),
  z.object({ type: z.literal('failed'), error: FailureSchema }),
]);
export type FromWorker = z.infer<typeof FromWorkerSchema>;

/** Passes bytes through, counting them for the progress bar. */
function counted(body: ReadableStream<Uint8Array>, onBytes: (n: number) => void): ReadableStream<Uint8Array> {
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onBytes(chunk.length);
        controller.enqueue(chunk);
      },
    }),
  );
}

/** The body, decompressed when it starts with gzip's magic bytes (`startsWithGzip`). */
async function gunzipIfNeeded(body: ReadableStream<Uint8Array>): Promise<ReadableStream<Uint8Array>> {
  const reader = body.getReader();
  // Read until the magic number is in hand: a server or a proxy may send the first bytes one chunk at a time.
  const head: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < GZIP_MAGIC_LENGTH) {
    const next = await reader.read();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.length;
  }
  const replay = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
      if (ended) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  if (!startsWithGzip(head)) return replay;
  // The DOM typings give DecompressionStream an ArrayBuffer-only input; it takes any Uint8Array.
  return replay.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
}

/**
 * The worker's behaviour, without the worker: validates each message, runs one profile at a time and
 * reports through `post`. `profile.worker.ts` wires it to `self`; tests drive it directly.
 */
export function createProfileJobHandler(post: (message: FromWorker) => void, fetchImpl: FetchLike = fetch) {
  let running: AbortController | null = null;

  const fail = (error: Failure) => post({ type: 'failed', error });

  async function start(job: z.infer<typeof StartMessageSchema>): Promise<void> {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const host = hostOf(job.url);
    try {
      const response = await fetchImpl(job.url, { credentials: 'omit', signal: controller.signal });
      if (!response.ok) return fail(failureForStatus(response.status, response.headers, host));
      if (!response.body) return fail(failure('network', 'preview.readFailed', { params: { host } }));
      const length = Number(response.headers.get('content-length'));
      const totalBytes = Number.isFinite(length) && length > 0 ? length : job.totalBytes;
      let received = 0;
      const body = await gunzipIfNeeded(counted(response.body, (n) => (received += n)));
      const result = await profileStream(body, {
        encoding: job.encoding,
        delimiter: job.delimiter,
        skipLines: job.skipLines,
        columns: job.columns,
        signal: controller.signal,
        onProgress: (_, rows) => post({ type: 'progress', bytes: received, rows, totalBytes }),
      });
      if (result.ok) post({ type: 'done', ...result.value, bytes: received });
      else if (isCancelled(result.error)) post({ type: 'cancelled' });
      else fail(result.error);
    } catch (error) {
      if (controller.signal.aborted) post({ type: 'cancelled' });
      else fail(failure('network', 'errors.network', { params: { host }, detail: String(error) }));
    } finally {
      if (running === controller) running = null;
    }
  }

  return async function onMessage(data: unknown): Promise<void> {
    const message = ToWorkerSchema.safeParse(data);
    if (!message.success) {
      return fail(failure('malformed', 'preview.profile.badMessage', { detail: message.error.message }));
    }
    if (message.data.type === 'cancel') {
      running?.abort();
      return;
    }
    await start(message.data);
  };
}
