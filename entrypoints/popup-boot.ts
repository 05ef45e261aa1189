import { bootDone, bootStarted, paintSnapshot, pickSnapshot, SNAPSHOTS_KEY, tabEntryKey } from './popup/snapshot';
import { popupTarget } from './popup/target';
import { CONTENT_PAINTED_MARK, markAfterPaint } from './popup/timing';

/**
 * The popup's first paint, before its module scripts have loaded: popup/index.html runs this small classic script
 * from its head, before the modules (which wait for the parser), so session storage is asked while the page is
 * still being parsed and main.tsx knows to wait for the answer. It paints the tab's snapshot if it still matches
 * what the background has cached (`popup/snapshot.ts`). Without one, or on any failure, it does nothing and the live view paints as before.
 * It uses the browser's own promise-based API rather than the polyfill, which would weigh more than all of this.
 */
interface BootApi {
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  storage: { session: { get(keys: string[]): Promise<Record<string, unknown>> } };
}

/** The popup's root, once the document's body has been parsed (this script runs from the head). */
function parsedRoot(): Promise<HTMLElement | null> {
  const find = () => document.getElementById('root');
  if (document.readyState !== 'loading') return Promise.resolve(find());
  return new Promise((resolve) => document.addEventListener('readystatechange', () => resolve(find()), { once: true }));
}

async function boot(): Promise<void> {
  const scope = globalThis as unknown as { browser?: BootApi; chrome?: BootApi };
  const api = scope.browser ?? scope.chrome;
  if (!api?.storage?.session) return;
  const target = popupTarget(new URL(location.href));
  const tabId = target.tabId ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const stored = await api.storage.session.get([SNAPSHOTS_KEY, tabEntryKey(tabId)]);
  const snapshot = pickSnapshot(stored, tabId, target.lang, new Date());
  const root = snapshot ? await parsedRoot() : null;
  // The live view may have rendered first (storage slower than main.tsx waits): it is never painted over.
  if (!snapshot || !root || root.childElementCount > 0) return;
  paintSnapshot(root, snapshot.html, snapshot.lang);
  markAfterPaint(CONTENT_PAINTED_MARK, 'snapshot');
}

export default defineUnlistedScript(() => {
  bootStarted();
  boot()
    .catch(() => undefined)
    .finally(bootDone);
});
