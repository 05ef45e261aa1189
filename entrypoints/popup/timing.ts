/**
 * The popup's time to content: performance marks from the popup's open (the page's time origin) to the dataset's
 * header painted. The end-to-end suite reads them (tests/e2e/popup-timing.e2e.test.ts) and `npm run bench`
 * checks the last one; nothing is sent anywhere.
 */
export const CONTENT_PAINTED_MARK = 'provenance:content-painted';
/** When the popup's script starts running: what came before is loading and compiling it. */
export const SCRIPT_START_MARK = 'provenance:script-start';
/** When Preact has rendered the shell (the loading skeleton) for the first time. */
export const FIRST_RENDER_MARK = 'provenance:first-render';
/** When the background's answer about the tab arrived. */
export const DATA_RECEIVED_MARK = 'provenance:data-received';

/** The dataset's header, as the overview renders it. */
const CONTENT_SELECTOR = 'main#app[data-state="ready"] #pv-dataset-title';

export function markWhenContentPainted(root: HTMLElement, onPainted?: () => void): void {
  performance.mark(SCRIPT_START_MARK);
  // After the frame that shows it: requestAnimationFrame runs before the paint, a task queued from it after.
  const mark = () => {
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark(CONTENT_PAINTED_MARK);
        onPainted?.();
      }, 0),
    );
  };
  if (root.querySelector(CONTENT_SELECTOR)) {
    mark();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!root.querySelector(CONTENT_SELECTOR)) return;
    observer.disconnect();
    mark();
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
}
