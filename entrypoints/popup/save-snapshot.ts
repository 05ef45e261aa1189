import type { Lang } from '../../lib/i18n';
import { localDay, SNAPSHOTS_KEY, snapshotsIn, stateFingerprint, tabEntryKey, withSnapshot } from './snapshot';

/**
 * Keeps `html` (the root as just painted with the tab's dataset) for the next opening, tied to the background's
 * cached state it shows. Best effort: a failure only means the next opening paints live.
 */
export async function saveSnapshot(html: string, tabId: number, lang: Lang): Promise<void> {
  try {
    const stored = await browser.storage.session.get([SNAPSHOTS_KEY, tabEntryKey(tabId)]);
    const current = stateFingerprint(stored[tabEntryKey(tabId)], lang);
    if (!current) return;
    const snapshot = { tabId, lang, ...current, day: localDay(new Date()), html };
    await browser.storage.session.set({ [SNAPSHOTS_KEY]: withSnapshot(snapshotsIn(stored[SNAPSHOTS_KEY]), snapshot) });
  } catch {
    // Session storage full or unavailable: nothing to keep.
  }
}
