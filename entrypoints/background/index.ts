import { extractPageSignals } from '../../lib/detect/page-signals';
import { fetchJson } from '../../lib/http/fetch-json';
import { type Lang, pickLang } from '../../lib/i18n';
import { MessageSchema, type TabState } from '../../lib/messaging/protocol';
import type { DatasetRef } from '../../lib/model/dataset';
import { loadDataset } from '../../lib/pipeline/load-dataset';
import { detectDataset } from '../../lib/portals/registry';
import { showDetection } from './badge';
import { registerContextMenu } from './context-menu';
import { syncGrantedContentScripts } from './granted-hosts';
import { forgetTab, readTab, writeTab } from './tab-store';

const uiLang = (): Lang => pickLang(browser.i18n.getUILanguage());

async function onSignals(tabId: number, url: string, html: string): Promise<void> {
  const ref = detectDataset(extractPageSignals(url, html));
  const previous = await readTab(tabId);
  const sameDataset = previous?.ref && ref && previous.ref.portal === ref.portal && previous.ref.id === ref.id;
  await writeTab(tabId, { url, ref, states: sameDataset ? previous.states : {} });
  await showDetection(tabId, ref, uiLang());
}

/** The origin the dataset's metadata is read from: the one the user must have granted. */
function apiOrigin(ref: DatasetRef): string {
  return new URL(ref.apiBase ?? ref.origin).origin;
}

const inFlight = new Map<string, Promise<TabState>>();

async function loadState(tabId: number, lang: Lang, refresh: boolean): Promise<TabState> {
  const entry = await readTab(tabId);
  if (!entry?.ref) return { state: 'none', url: entry?.url ?? null };
  const cached = entry.states[lang];
  if (cached && !refresh && cached.state === 'ready') return cached;
  const ref = entry.ref;
  const origin = apiOrigin(ref);
  // Embedded metadata (schema.org in the page) needs no request, hence no permission.
  if (ref.embedded === undefined && !(await browser.permissions.contains({ origins: [`${origin}/*`] }))) {
    return { state: 'permission', ref, origin };
  }
  const result = await loadDataset(ref, { fetchJson: (u, init) => fetchJson(u, { headers: init?.headers }), lang });
  const state: TabState = result.ok
    ? { state: 'ready', ref, dataset: result.value }
    : { state: 'error', ref, error: result.error };
  const latest = await readTab(tabId);
  // The tab may have moved on while we waited: only cache the answer for the dataset it still shows.
  if (latest?.ref?.id === ref.id) await writeTab(tabId, { ...latest, states: { ...latest.states, [lang]: state } });
  return state;
}

function getTabState(tabId: number, lang: Lang, refresh: boolean): Promise<TabState> {
  const k = `${tabId}:${lang}:${refresh}`;
  let pending = inFlight.get(k);
  if (!pending) {
    pending = loadState(tabId, lang, refresh).finally(() => inFlight.delete(k));
    inFlight.set(k, pending);
  }
  return pending;
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    if (message.type === 'page-signals') {
      const tabId = message.tabId ?? sender.tab?.id;
      return tabId === undefined ? undefined : onSignals(tabId, message.url, message.html).then(() => true);
    }
    return getTabState(message.tabId, message.lang, message.refresh);
  });

  // A navigation must not keep the previous page's dataset. On portals we may read, the URL alone is enough for
  // most detectors and the content script refines it with the page's signals; elsewhere the browser does not tell
  // us the URL (no `tabs` permission, by design), so the tab simply goes back to "no dataset".
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.url) {
      const entry = await readTab(tabId);
      if (entry?.url !== change.url) await onSignals(tabId, change.url, '');
    } else if (change.status === 'loading') {
      await forgetTab(tabId);
      await showDetection(tabId, null, uiLang());
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });

  registerContextMenu();
  void syncGrantedContentScripts();
  browser.permissions.onAdded.addListener(() => void syncGrantedContentScripts());
  browser.permissions.onRemoved.addListener(() => void syncGrantedContentScripts());
});
