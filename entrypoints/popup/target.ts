import type { Lang } from '../../lib/i18n';

export interface PopupTarget {
  /** The tab to describe; null means the active tab of this window. */
  tabId: number | null;
  /** A language forced by the address; null follows the settings (and through them, the browser). */
  lang: Lang | null;
}

/**
 * `popup.html?tab=<id>` points the popup at a tab (how tests and a full-tab view open it, since a popup opened
 * as a page would otherwise look at its own tab); `&lang=fr|en` forces the language.
 */
export function popupTarget(url: URL): PopupTarget {
  const tab = Number(url.searchParams.get('tab'));
  const lang = url.searchParams.get('lang');
  return {
    tabId: Number.isInteger(tab) && tab > 0 ? tab : null,
    lang: lang === 'fr' || lang === 'en' ? lang : null,
  };
}
