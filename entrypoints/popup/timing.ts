/**
 * The popup's time to content: performance marks from the popup's open (the page's time origin) to the dataset's
 * header painted. The end-to-end suite reads them (tests/e2e/popup-timing.e2e.test.ts) and `npm run bench`
 * checks the header's; nothing is sent anywhere.
 */
export const CONTENT_PAINTED_MARK = 'provenance:content-painted';
/** When the popup's script starts running: what came before is loading and compiling it. */
export const SCRIPT_START_MARK = 'provenance:script-start';
/** When Preact has rendered the shell (the loading skeleton) for the first time. */
export const FIRST_RENDER_MARK = 'provenance:first-render';
/** When the background's answer about the tab arrived. */
export const DATA_RECEIVED_MARK = 'provenance:data-received';
/** When the live view took the place of a snapshot (`snapshot.ts`); absent when there was none. */
export const LIVE_CONTENT_MARK = 'provenance:live-content';

/** What painted the header: the snapshot of the last opening, or the live view. The marks carry it as detail. */
export type PaintSource = 'snapshot' | 'live';

/** The dataset's header, as the overview renders it. */
export const CONTENT_SELECTOR = 'main#app[data-state="ready"] #pv-dataset-title';
/** Any answer the live view shows: a dataset, an error, no dataset, a permission to ask for. */
export const SETTLED_SELECTOR = 'main#app[data-state]:not([data-state="loading"])';

/** Marks `name` after the frame that shows what the DOM holds now: rAF runs before the paint, a task queued from it after. */
export function markAfterPaint(name: string, source: PaintSource, then?: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark(name, { detail: source });
      then?.();
    }, 0),
  );
}

/** Calls `found` once, as soon as `root` holds an element matching `selector`. */
export function whenShown(root: HTMLElement, selector: string, found: () => void): void {
  if (root.querySelector(selector)) {
    found();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!root.querySelector(selector)) return;
    observer.disconnect();
    found();
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
}
