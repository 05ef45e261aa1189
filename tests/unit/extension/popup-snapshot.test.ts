// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  bootDone,
  bootSettled,
  bootStarted,
  localDay,
  paintSnapshot,
  pickSnapshot,
  SNAPSHOTS_KEY,
  type Snapshot,
  snapshotHtml,
  stateFingerprint,
  tabEntryKey,
  withSnapshot,
} from '../../../entrypoints/popup/snapshot';

const NOW = new Date(2026, 11, 2, 10, 30);
const URL_A = 'https://www.data.gouv.fr/fr/datasets/a/';
/** The background's entry for tab 7, as entrypoints/background/tab-store.ts writes it. */
const entry = (title = 'Jeu A', url = URL_A) => ({
  url,
  ref: { family: 'udata' },
  states: { fr: { state: 'ready', dataset: { title } }, en: { state: 'ready', dataset: { title: `${title} (en)` } } },
});

function snapshotFor(stored: unknown, lang: 'fr' | 'en', extra: Partial<Snapshot> = {}): Snapshot {
  const fingerprint = stateFingerprint(stored, lang);
  if (!fingerprint) throw new Error('no state');
  return { tabId: 7, lang, ...fingerprint, day: localDay(NOW), html: '<main class="pv-popup">x</main>', ...extra };
}

const storage = (snapshots: unknown, tabEntry: unknown = entry()) => ({
  [SNAPSHOTS_KEY]: snapshots,
  [tabEntryKey(7)]: tabEntry,
});

describe('popup snapshot: shown only while it describes what the background has cached', () => {
  it('picks the tab’s snapshot when page, cached state, language and day all match', () => {
    const snapshot = snapshotFor(entry(), 'fr');
    expect(pickSnapshot(storage([snapshot]), 7, 'fr', NOW)).toEqual(snapshot);
    // No language forced (the toolbar's popup): the one last painted.
    expect(pickSnapshot(storage([snapshot]), 7, null, NOW)).toEqual(snapshot);
  });

  it('refuses it once the background’s state changed: another answer, another page, no entry', () => {
    const snapshot = snapshotFor(entry(), 'fr');
    expect(pickSnapshot(storage([snapshot], entry('Jeu A, mis à jour')), 7, 'fr', NOW)).toBeNull();
    expect(
      pickSnapshot(storage([snapshot], entry('Jeu A', 'https://www.data.gouv.fr/fr/datasets/b/')), 7, 'fr', NOW),
    ).toBeNull();
    expect(pickSnapshot({ [SNAPSHOTS_KEY]: [snapshot] }, 7, 'fr', NOW)).toBeNull();
    expect(pickSnapshot(storage([snapshot], { url: URL_A, states: {} }), 7, 'fr', NOW)).toBeNull();
  });

  it('refuses another tab, another language, another day', () => {
    const snapshot = snapshotFor(entry(), 'fr');
    expect(pickSnapshot({ ...storage([snapshot]), [tabEntryKey(8)]: entry() }, 8, 'fr', NOW)).toBeNull();
    expect(pickSnapshot(storage([snapshot]), 7, 'en', NOW)).toBeNull();
    // The header tells the data's age in days: yesterday's painting would say one day less.
    expect(pickSnapshot(storage([snapshot]), 7, 'fr', new Date(2026, 11, 3, 0, 5))).toBeNull();
  });

  it('finds the language asked for among the tab’s snapshots', () => {
    const fr = snapshotFor(entry(), 'fr');
    const en = snapshotFor(entry(), 'en', { html: '<p>en</p>' });
    // One snapshot per tab is kept: the last painted replaces the other language.
    expect(withSnapshot([fr], en)).toEqual([en]);
    expect(pickSnapshot(storage([en]), 7, 'en', NOW)).toEqual(en);
  });

  it('treats anything unexpected in storage as no snapshot', () => {
    for (const junk of [null, 'x', {}, [null], [{ tabId: '7' }], [{ ...snapshotFor(entry(), 'fr'), lang: 'de' }]]) {
      expect(pickSnapshot(storage(junk), 7, 'fr', NOW)).toBeNull();
    }
  });

  it('keeps one snapshot per tab, most recent first, at most eight', () => {
    let list: Snapshot[] = [];
    for (let tabId = 1; tabId <= 10; tabId++) list = withSnapshot(list, { ...snapshotFor(entry(), 'fr'), tabId });
    list = withSnapshot(list, { ...snapshotFor(entry(), 'fr'), tabId: 5, html: 'again' });
    expect(list.map((s) => s.tabId)).toEqual([5, 10, 9, 8, 7, 6, 4, 3]);
    expect(list[0]?.html).toBe('again');
  });
});

describe('popup snapshot: painted inert, never mistaken for the live view', () => {
  it('strips what names the live view, and paints a copy nobody can use', () => {
    const live = document.createElement('div');
    live.innerHTML =
      '<main id="app" data-state="ready" class="pv-popup"><h1 id="pv-dataset-title">Jeu &lt;A&gt;</h1><button type="button">Copier</button></main>';
    const html = snapshotHtml(live);
    // The live view itself is left as it is.
    expect(live.querySelector('main#app[data-state="ready"]')).not.toBeNull();

    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    paintSnapshot(root, html, 'fr');
    expect(root.querySelector('main#app')).toBeNull();
    expect(root.querySelector('main[data-state]')).toBeNull();
    expect(root.querySelector('main.pv-popup #pv-dataset-title')?.textContent).toBe('Jeu <A>');
    expect(root.hasAttribute('inert')).toBe(true);
    expect(root.hasAttribute('data-snapshot')).toBe(true);
    expect(document.documentElement.lang).toBe('fr');
    root.remove();
  });

  it('parses the markup as a separate document: a script in it is inserted inert, as text', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const scope = globalThis as { pwned?: boolean };
    paintSnapshot(root, '<p>ok</p><script>globalThis.pwned = true</script>', 'en');
    expect(scope.pwned).toBeUndefined();
    expect(root.querySelector('p')?.textContent).toBe('ok');
    root.remove();
  });
});

describe('popup snapshot: the live view waits for the boot script, briefly', () => {
  it('renders at once when no boot script is asking, and as soon as it is done when one is', async () => {
    document.documentElement.removeAttribute('data-boot');
    await expect(bootSettled()).resolves.toBeUndefined();

    bootStarted();
    let settled = false;
    const waiting = bootSettled().then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    bootDone();
    await waiting;
    expect(settled).toBe(true);
    // Done is done: a later question does not wait.
    await expect(bootSettled()).resolves.toBeUndefined();
  });

  it('does not wait past its limit for a boot script that never answers', async () => {
    vi.useFakeTimers();
    try {
      bootStarted();
      let settled = false;
      const waiting = bootSettled().then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(100);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(100);
      await waiting;
      expect(settled).toBe(true);
    } finally {
      vi.useRealTimers();
      document.documentElement.removeAttribute('data-boot');
    }
  });
});
