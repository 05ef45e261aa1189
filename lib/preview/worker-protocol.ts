import { z } from 'zod';
import type { FetchLike } from '../http/fetch-json';
import { type Failure, FailureSchema, fail, failure, type Result } from '../model/failure';
import { openFile, profileBody } from './profile-file';
import {
  canSplit,
  MIN_SPLIT_BYTES,
  profileInTwoRanges,
  profileTail,
  type TailControl,
  type TailJob,
  TailJobSchema,
  type TailPart,
  TailPartSchema,
} from './profile-ranges';
import { cancelledFailure, isCancelled, type StreamProfile } from './profile-stream';
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
  /**
   * The page can run the second half of a big file in a second worker (`tail-request`): the file is then
   * profiled in two byte ranges when the server answers Range requests (`profile-ranges.ts`).
   */
  ranges: z.boolean().optional(),
});
export type StartMessage = z.infer<typeof StartMessageSchema>;

export const CancelMessageSchema = z.object({ type: z.literal('cancel') });

/** Page → second worker: profile the second part of a file. */
export const TailMessageSchema = z.object({ type: z.literal('tail'), id: z.number().int(), job: TailJobSchema });

/** Second worker → page → first worker: how far the second part is. */
export const TailProgressSchema = z.object({
  type: z.literal('tail-progress'),
  id: z.number().int(),
  bytes: z.number(),
  rows: z.number(),
});

/** Second worker → page → first worker: the second part's accumulators, or why there are none. */
export const TailDoneSchema = z.object({
  type: z.literal('tail-done'),
  id: z.number().int(),
  result: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value: TailPartSchema }),
    z.object({ ok: z.literal(false), error: FailureSchema }),
  ]),
});

export const ToWorkerSchema = z.discriminatedUnion('type', [
  StartMessageSchema,
  CancelMessageSchema,
  TailMessageSchema,
  TailProgressSchema,
  TailDoneSchema,
]);
export type ToWorker = z.infer<typeof ToWorkerSchema>;

export const FromWorkerSchema = z.discriminatedUnion('type', [
  /** `bytes`: bytes received over the network (compressed bytes for a gzip file), both parts together. */
  z.object({ type: z.literal('progress'), bytes: z.number(), rows: z.number(), totalBytes: z.number().nullable() }),
  z.object({ type: z.literal('done'), columns: z.array(ColumnSchema), rows: z.number(), bytes: z.number() }),
  z.object({ type: z.literal('cancelled') }),
  z.object({ type: z.literal('failed'), error: FailureSchema }),
  /** First worker → page: start a second worker on this job and hand its messages back. */
  z.object({ type: z.literal('tail-request'), id: z.number().int(), job: TailJobSchema }),
  TailProgressSchema,
  TailDoneSchema,
]);
export type FromWorker = z.infer<typeof FromWorkerSchema>;

export interface ProfileJobOptions {
  fetchImpl?: FetchLike;
  /** Files smaller than this take the single pass (`MIN_SPLIT_BYTES`; the tests lower it). */
  minSplitBytes?: number;
}

/**
 * The worker's behaviour, without the worker: validates each message, runs one profile at a time and
 * reports through `post`. `profile.worker.ts` wires it to `self`; tests drive it directly. The same script
 * serves as the first worker (`start`) and the second (`tail`).
 */
export function createProfileJobHandler(post: (message: FromWorker) => void, options: ProfileJobOptions = {}) {
  const { fetchImpl = fetch, minSplitBytes = MIN_SPLIT_BYTES } = options;
  let running: AbortController | null = null;
  let tailIds = 0;
  /** The second part this worker waits for, as the first worker. */
  let waiting: { id: number; control: TailControl; settle: (result: Result<TailPart>) => void } | null = null;

  const postFailure = (error: Failure) => post({ type: 'failed', error });

  const begin = () => {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    return controller;
  };
  const end = (controller: AbortController) => {
    if (running === controller) running = null;
  };

  /** Asks the page for a second worker and waits for its answer (a cancelled failure if this one stops). */
  const runTail = (job: TailJob, control: TailControl) =>
    new Promise<Result<TailPart>>((resolve) => {
      const id = ++tailIds;
      const settle = (result: Result<TailPart>) => {
        control.signal?.removeEventListener('abort', onAbort);
        if (waiting?.id === id) waiting = null;
        resolve(result);
      };
      const onAbort = () => settle(fail(cancelledFailure()));
      if (control.signal?.aborted) return onAbort();
      control.signal?.addEventListener('abort', onAbort, { once: true });
      waiting = { id, control, settle };
      post({ type: 'tail-request', id, job });
    });

  async function start(job: StartMessage): Promise<void> {
    const controller = begin();
    try {
      const profiling = {
        encoding: job.encoding,
        delimiter: job.delimiter,
        skipLines: job.skipLines,
        columns: job.columns,
        signal: controller.signal,
      };
      let result: Result<StreamProfile>;
      if (job.ranges && canSplit(job.encoding, job.totalBytes, minSplitBytes)) {
        const totalBytes = job.totalBytes;
        result = await profileInTwoRanges(job.url, {
          ...profiling,
          fetchImpl,
          runTail,
          minSplitBytes,
          onProgress: (bytes, rows) => post({ type: 'progress', bytes, rows, totalBytes }),
        });
      } else {
        const opened = await openFile(job.url, { fetchImpl, signal: controller.signal });
        if (!opened.ok) return controller.signal.aborted ? post({ type: 'cancelled' }) : postFailure(opened.error);
        const totalBytes = opened.value.totalBytes ?? job.totalBytes;
        result = await profileBody(opened.value.body, {
          ...profiling,
          onProgress: (bytes, rows) => post({ type: 'progress', bytes, rows, totalBytes }),
        });
      }
      if (result.ok) post({ type: 'done', ...result.value });
      else if (isCancelled(result.error) || controller.signal.aborted) post({ type: 'cancelled' });
      else postFailure(result.error);
    } finally {
      end(controller);
    }
  }

  async function tail(message: z.infer<typeof TailMessageSchema>): Promise<void> {
    const controller = begin();
    const { id } = message;
    try {
      const result = await profileTail(message.job, {
        fetchImpl,
        signal: controller.signal,
        onProgress: (bytes, rows) => post({ type: 'tail-progress', id, bytes, rows }),
      });
      post({ type: 'tail-done', id, result });
    } finally {
      end(controller);
    }
  }

  return async function onMessage(data: unknown): Promise<void> {
    const message = ToWorkerSchema.safeParse(data);
    if (!message.success) {
      return postFailure(failure('malformed', 'preview.profile.badMessage', { detail: message.error.message }));
    }
    const m = message.data;
    switch (m.type) {
      case 'cancel':
        running?.abort();
        return;
      case 'start':
        return start(m);
      case 'tail':
        return tail(m);
      case 'tail-progress':
        if (waiting?.id === m.id) waiting.control.onProgress?.(m.bytes, m.rows);
        return;
      case 'tail-done':
        if (waiting?.id === m.id) waiting.settle(m.result);
        return;
    }
  };
}
