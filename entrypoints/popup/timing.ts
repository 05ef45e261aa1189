/**
 * The popup's time to content: a performance mark when the dataset's header is first painted, measured from
 * the popup's open (the page's time origin). The end-to-end suite reads it (tests/e2e/popup-timing.e2e.test.ts)
 * and `npm run bench` checks it; nothing is sent anywhere.
 */
export const CONTENT_PAINTED_MARK = 'provenance:content-painted';
/** When the popup's script starts running: what came before is loading and compiling it. */
export const SCRIPT_START_MARK = 'provenance:script-start';

/** The dataset's header, as the overview renders it. */
const CONTENT_SELECTOR = 'main#app[data-state="ready"] #pv-dataset-title';

export function markWhenContentPainted(root: HTMLElement): void {
  performance.mark(SCRIPT_START_MARK);
  // After the frame that shows it: requestAnimationFrame runs before the paint, a task queued from it after.
  const mark = () => {
    requestAnimationFrame(() => setTimeout(() => performance.mark(CONTENT_PAINTED_MARK), 0));
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
