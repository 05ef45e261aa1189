import { createProfileJobHandler } from './worker-protocol';

/**
 * Whole-file profiling off the page's thread: the popup starts it with
 * `new Worker(new URL('../../lib/preview/profile.worker.ts', import.meta.url), { type: 'module' })`, posts a
 * `start` message and gets `progress`, then `done`, `cancelled` or `failed` back (see `worker-protocol.ts`).
 * For a big file on a Range server it asks for a second worker of this same script, which the page starts
 * with a `tail` job (`entrypoints/popup/profile-workers.ts`).
 */

// The project compiles against the DOM library, where `self` is a Window; in a worker it is the worker scope.
const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
};

const handle = createProfileJobHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => {
  void handle(event.data);
};
