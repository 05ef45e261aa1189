import { collectSignalsHtml } from '../../lib/detect/collect-signals';
import type { Lang } from '../../lib/i18n';
import { type TabState, TabStateSchema } from '../../lib/messaging/protocol';
import { failure } from '../../lib/model/failure';
import { uiLangOf } from '../../lib/settings/schema';
import { loadSettings } from '../../lib/settings/store';
import type { PopupTarget } from './target';
import { DATA_RECEIVED_MARK } from './timing';

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the background what the tab shows; an unreadable answer becomes an error state, never a blank popup. */
export async function requestTabState(tabId: number, lang: Lang, refresh: boolean): Promise<TabState | null> {
  try {
    const answer = await browser.runtime.sendMessage({ type: 'get-tab-state', tabId, lang, refresh });
    const parsed = TabStateSchema.safeParse(answer);
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through to null: the caller shows a failure.
  }
  return null;
}

/** The popup's first question to the background, and the language and tab it was asked for. */
export interface FirstAnswer {
  lang: Lang;
  tabId: number | null;
  state: TabState | null;
}

/**
 * Asks the background about the tab as soon as the script runs, before Preact mounts: the background answers a
 * cached dataset from memory, so the round trip overlaps the first render instead of following it.
 */
export async function askFirst(target: PopupTarget): Promise<FirstAnswer> {
  // The toolbar's popup names neither: the settings and the active tab are asked for together.
  const [lang, tabId] = await Promise.all([
    target.lang ?? loadSettings().then((settings) => uiLangOf(settings, browser.i18n.getUILanguage())),
    target.tabId ?? activeTabId(),
  ]);
  const state = tabId === null ? null : await requestTabState(tabId, lang, false);
  performance.mark(DATA_RECEIVED_MARK);
  return { lang, tabId, state };
}

export const backgroundFailure = () => failure('unsupported', 'common.backgroundUnavailable');

/**
 * On sites without a content script, the toolbar click (activeTab) lets us read the page's signals once.
 * Returns false when the page cannot be read (browser pages, the store, no grant).
 */
export async function collectFromTab(tabId: number): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url || !/^https?:/.test(tab.url)) return false;
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: collectSignalsHtml });
    const html = typeof injection?.result === 'string' ? injection.result : '';
    await browser.runtime.sendMessage({ type: 'page-signals', tabId, url: tab.url, html });
    return true;
  } catch {
    return false;
  }
}
