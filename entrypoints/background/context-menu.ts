import { type Lang, t } from '../../lib/i18n';
import { type Settings, uiLangOf } from '../../lib/settings/schema';
import { loadSettings, watchSettings } from '../../lib/settings/store';
import { DATA_LINK_PATTERNS } from '../../lib/viewer/file-link';
import { viewerSearch } from '../../lib/viewer/query';

const MENU_ID = 'provenance-preview-link';

/** The viewer's address for a link the user right-clicked; null for anything but a web address. */
export function viewerUrlForLink(linkUrl: string | undefined, lang: 'fr' | 'en'): string | null {
  if (!linkUrl) return null;
  try {
    const url = new URL(linkUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return browser.runtime.getURL(`/viewer.html?${viewerSearch({ file: url.href, lang })}`);
  } catch {
    return null;
  }
}

/** The interface language the user chose on the options page, else the browser's. */
const langOf = (settings: Settings): Lang => uiLangOf(settings, browser.i18n.getUILanguage());

/** What a click on the menu entry does: the viewer, in a new tab next to the page, on that file. */
export async function onPreviewLinkClicked(linkUrl: string | undefined, openerTabId: number | undefined) {
  const url = viewerUrlForLink(linkUrl, langOf(await loadSettings()));
  if (!url) return;
  await browser.tabs.create({ url, ...(openerTabId !== undefined ? { openerTabId } : {}) });
}

/**
 * "Preview with Provenance" on links to data files. The entry is made at install (menus persist across
 * service-worker restarts); the click listener is registered at every start, as MV3 requires.
 */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(async () => {
    const title = t(langOf(await loadSettings()), 'shell.contextMenu');
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ID, title, contexts: ['link'], targetUrlPatterns: DATA_LINK_PATTERNS });
  });
  // The entry speaks the interface language chosen on the options page, from the moment it is chosen.
  watchSettings((settings) => {
    browser.contextMenus.update(MENU_ID, { title: t(langOf(settings), 'shell.contextMenu') }).catch(() => {});
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void onPreviewLinkClicked(info.linkUrl, tab?.id);
  });
  // Headless Chromium cannot open a native context menu: the test build exposes the click's path instead.
  if (import.meta.env.PROVENANCE_TEST_BUILD) {
    (globalThis as { provenanceTestHooks?: object }).provenanceTestHooks = { onPreviewLinkClicked };
  }
}
