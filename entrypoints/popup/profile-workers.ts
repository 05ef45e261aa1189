import { failure } from '../../lib/model/failure';
import type { TailJob } from '../../lib/preview/profile-ranges';
import { type FromWorker, FromWorkerSchema, type StartMessage, type ToWorker } from '../../lib/preview/worker-protocol';

/** What the page uses of a worker: a Web Worker of `profile.worker.ts`, or an in-process one in the tests. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** What the page shows of a run: the first worker's progress (both parts together) and its outcome. */
export type ProfileEvent = Extract<FromWorker, { type: 'progress' | 'done' | 'cancelled' | 'failed' }>;

export interface ProfileWorkers {
  /** Asks the first worker to stop (it answers `cancelled`); the second stops at once. */
  cancel(): void;
  /** Ends both workers without waiting for an answer (another file was picked, the view closed). */
  stop(): void;
}

/**
 * Runs a whole-file profile. The first worker gets `start`; when it asks for the second half of a big file
 * (`tail-request`), a second worker of the same script runs it and its messages are handed back to the first,
 * which merges and reports. The page relays and never computes: a second worker that cannot start, sends
 * nonsense or dies is reported to the first as a failed part, which then reads the file in one pass.
 */
export function runProfileWorkers(
  start: StartMessage,
  createWorker: () => WorkerLike,
  onEvent: (event: ProfileEvent) => void,
): ProfileWorkers {
  const head = createWorker();
  let tail: WorkerLike | null = null;
  let finished = false;

  const stopTail = () => {
    tail?.terminate();
    tail = null;
  };
  const stop = () => {
    finished = true;
    stopTail();
    head.terminate();
  };
  const finish = (event: ProfileEvent) => {
    stop();
    onEvent(event);
  };
  const tailFailed = (id: number, detail: string) => {
    stopTail();
    const error = failure('network', 'preview.profile.readFailed', { detail });
    head.postMessage({ type: 'tail-done', id, result: { ok: false, error } });
  };

  const startTail = (id: number, job: TailJob) => {
    stopTail();
    let worker: WorkerLike;
    try {
      worker = createWorker();
    } catch (error) {
      return tailFailed(id, String(error));
    }
    tail = worker;
    worker.onmessage = (event) => {
      if (tail !== worker) return;
      const message = FromWorkerSchema.safeParse(event.data);
      if (!message.success) return tailFailed(id, 'unexpected message from the second worker');
      const m = message.data;
      if (m.type === 'tail-progress') head.postMessage(m);
      else if (m.type === 'tail-done') {
        head.postMessage(m);
        stopTail();
      } else if (m.type === 'failed') tailFailed(id, m.error.messageKey);
    };
    worker.onerror = (event) => {
      if (tail === worker) tailFailed(id, event.message || 'the second worker stopped');
    };
    worker.postMessage({ type: 'tail', id, job });
  };

  head.onmessage = (event) => {
    if (finished) return;
    const message = FromWorkerSchema.safeParse(event.data);
    if (!message.success) return;
    const m = message.data;
    switch (m.type) {
      case 'tail-request':
        return startTail(m.id, m.job);
      case 'tail-progress':
      case 'tail-done':
        return;
      case 'progress':
        return onEvent(m);
      default:
        return finish(m);
    }
  };
  head.onerror = (event) => {
    if (finished) return;
    finish({ type: 'failed', error: failure('network', 'preview.profile.readFailed', { detail: event.message }) });
  };
  head.postMessage({ ...start, ranges: true });

  return {
    cancel: () => {
      stopTail();
      head.postMessage({ type: 'cancel' });
    },
    stop,
  };
}
