import { type Lang, t } from '../../lib/i18n';
import type { DatasetRef } from '../../lib/model/dataset';

const ICONS = {
  active: { 16: '/icons/active-16.png', 32: '/icons/active-32.png' },
  idle: { 16: '/icons/idle-16.png', 32: '/icons/idle-32.png' },
};

/** Lights the toolbar icon on tabs showing a dataset, and puts it out elsewhere. */
export async function showDetection(tabId: number, ref: DatasetRef | null, lang: Lang): Promise<void> {
  try {
    await Promise.all([
      browser.action.setIcon({ tabId, path: ref ? ICONS.active : ICONS.idle }),
      browser.action.setBadgeText({ tabId, text: ref ? '✓' : '' }),
      browser.action.setBadgeBackgroundColor({ tabId, color: '#0b6b3a' }),
      browser.action.setTitle({ tabId, title: ref ? t(lang, 'common.badgeTitleDetected') : t(lang, 'common.appName') }),
    ]);
  } catch {
    // The tab closed while we were updating it: nothing to show.
  }
}
