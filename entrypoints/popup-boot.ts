import { startLiveView } from './popup/live-view';
import {
  BOOT_WAIT_MS,
  bootDone,
  bootStarted,
  paintSnapshot,
  pickSnapshot,
  SNAPSHOTS_KEY,
  tabEntryKey,
} from './popup/snapshot';
import { popupTarget } from './popup/target';
import { CONTENT_PAINTED_MARK, markAfterPaint } from './popup/timing';

/**
 * The popup's first paint, before its module scripts have loaded: popup/index.html runs this small classic script
 * from its head, so session storage is asked while the page is still being parsed. It paints the tab's snapshot
 * if it still matches what the background has cached (`popup/snapshot.ts`) and, once it is on screen, starts the
 * live view (`popup/live-view.ts`), which the build keeps waiting until then. Without a snapshot, on any failure, or when
 * storage has not answered within `BOOT_WAIT_MS`, it starts the live view without painting anything.
 * It uses the browser's own promise-based API rather than the polyfill, which would weigh more than all of this.
 */
interface BootApi {
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  storage: { session: { get(keys: string[]): Promise<Record<string, unknown>> } };
}

/** Longer than a frame takes on a busy machine. */
const FRAME_WAIT_MS = 100;

/** Resolves once the document has been parsed (this script runs from the head, before the body exists). */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('readystatechange', () => resolve(), { once: true }));
}

/** Paints the snapshot unless `late()` says the live view has already been started without it. */
async function boot(late: () => boolean): Promise<void> {
  const scope = globalThis as unknown as { browser?: BootApi; chrome?: BootApi };
  const api = scope.browser ?? scope.chrome;
  if (!api?.storage?.session) return;
  const target = popupTarget(new URL(location.href));
  const tabId = target.tabId ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const stored = await api.storage.session.get([SNAPSHOTS_KEY, tabEntryKey(tabId)]);
  const snapshot = pickSnapshot(stored, tabId, target.lang, new Date());
  if (!snapshot) return;
  await parsed();
  const root = document.getElementById('root');
  // The live view may be rendering already (started after the wait, or listed in the page by `wxt dev`): it is
  // never painted over.
  if (late() || !root || root.childElementCount > 0) return;
  paintSnapshot(root, snapshot.html, snapshot.lang);
  // The live view starts once the snapshot is on screen: its requests and its evaluation would delay that frame.
  // A page the browser does not render (hidden) has no frame to wait for.
  await new Promise<void>((resolve) => {
    markAfterPaint(CONTENT_PAINTED_MARK, 'snapshot', resolve);
    setTimeout(resolve, FRAME_WAIT_MS);
  });
}

export default defineUnlistedScript(() => {
  bootStarted();
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    bootDone();
    void parsed().then(startLiveView);
  };
  setTimeout(finish, BOOT_WAIT_MS);
  boot(() => done)
    .catch(() => undefined)
    .finally(finish);
});
