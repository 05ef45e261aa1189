import { z } from 'zod';
import type { FetchLike } from '../http/fetch-json';
import { type Failure, FailureSchema, failure } from '../model/failure';
import { openFile, profileBody } from './profile-file';
import { isCancelled } from './profile-stream';
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
    try {
      const opened = await openFile(job.url, { fetchImpl, signal: controller.signal });
      if (!opened.ok) return controller.signal.aborted ? post({ type: 'cancelled' }) : fail(opened.error);
      const totalBytes = opened.value.totalBytes ?? job.totalBytes;
      const result = await profileBody(opened.value.body, {
        encoding: job.encoding,
        delimiter: job.delimiter,
        skipLines: job.skipLines,
        columns: job.columns,
        signal: controller.signal,
        onProgress: (bytes, rows) => post({ type: 'progress', bytes, rows, totalBytes }),
      });
      if (result.ok) post({ type: 'done', ...result.value });
      else if (isCancelled(result.error) || controller.signal.aborted) post({ type: 'cancelled' });
      else fail(result.error);
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
