import { pickLang, t } from '../../lib/i18n';
import { viewerSearch } from '../../lib/viewer/query';

const MENU_ID = 'provenance-preview-link';

/** Links to the files the preview reads, by their extension (query strings allowed, as portals add them). */
const DATA_FILE_EXTENSIONS = ['csv', 'tsv', 'txt', 'csv.gz', 'json', 'geojson', 'xlsx', 'xls', 'ods', 'parquet', 'zip'];
export const DATA_LINK_PATTERNS = DATA_FILE_EXTENSIONS.flatMap((ext) =>
  ['http', 'https'].flatMap((scheme) => [`${scheme}://*/*.${ext}`, `${scheme}://*/*.${ext}?*`]),
);

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

/** What a click on the menu entry does: the viewer, in a new tab next to the page, on that file. */
export async function onPreviewLinkClicked(linkUrl: string | undefined, openerTabId: number | undefined) {
  const url = viewerUrlForLink(linkUrl, pickLang(browser.i18n.getUILanguage()));
  if (!url) return;
  await browser.tabs.create({ url, ...(openerTabId !== undefined ? { openerTabId } : {}) });
}

/**
 * "Preview with Provenance" on links to data files. The entry is made at install (menus persist across
 * service-worker restarts); the click listener is registered at every start, as MV3 requires.
 */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: t(pickLang(browser.i18n.getUILanguage()), 'shell.contextMenu'),
        contexts: ['link'],
        targetUrlPatterns: DATA_LINK_PATTERNS,
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void onPreviewLinkClicked(info.linkUrl, tab?.id);
  });
  // Headless Chromium cannot open a native context menu: the test build exposes the click's path instead.
  if (import.meta.env.PROVENANCE_TEST_BUILD) {
    (globalThis as { provenanceTestHooks?: object }).provenanceTestHooks = { onPreviewLinkClicked };
  }
}
