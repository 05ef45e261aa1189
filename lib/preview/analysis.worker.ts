import { answerAnalyze } from './analysis-protocol';

/**
 * The sample's analysis off the popup's thread (see `analysis-protocol.ts`). Bundled as a file of the
 * extension (Vite's `?worker` import), never a `blob:` URL, which MV3's CSP forbids.
 */

// The project compiles against the DOM library, where `self` is a Window; in a worker it is the worker scope.
const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
};

scope.onmessage = (event) => {
  const answer = answerAnalyze(event.data);
  if (answer) scope.postMessage(answer);
};
