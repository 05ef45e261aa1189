import type { Lang } from '../../lib/i18n';

/**
 * The popup's first screen as it was last painted for a tab, so that the next opening shows the dataset's header
 * before its scripts have loaded (`entrypoints/popup-boot.ts`); the live view replaces it as soon as it has the
 * background's answer. A snapshot is shown only while it still describes what the background has cached for the
 * tab: same page, same cached state (a fingerprint of it), same language, painted today (the header says how many
 * days old the data is). It lives in session storage, which only the extension's own pages can read and which
 * the browser empties when it closes.
 *
 * This module is imported by the boot script, which must stay small: no Zod, no polyfill, no Preact.
 */

/** Session-storage key of the snapshots, most recent first. */
export const SNAPSHOTS_KEY = 'popup-snapshots';
/** Enough for the tabs one switches between; older ones are dropped. */
const KEEP = 8;
/** The background's entry for a tab (entrypoints/background/tab-store.ts), read raw to fingerprint its state. */
export const tabEntryKey = (tabId: number) => `tab:${tabId}`;

export interface Snapshot {
  tabId: number;
  lang: Lang;
  /** The page the background's entry was for. */
  url: string;
  /** Of the background's cached state in `lang` (`stateFingerprint`). */
  state: string;
  /** Local date of the painting, YYYY-MM-DD. */
  day: string;
  html: string;
}

const isLang = (value: unknown): value is Lang => value === 'fr' || value === 'en';

/** Session storage is ours alone, but it may hold what an older version wrote: anything unexpected is no snapshot. */
function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.tabId === 'number' &&
    isLang(s.lang) &&
    typeof s.url === 'string' &&
    typeof s.state === 'string' &&
    typeof s.day === 'string' &&
    typeof s.html === 'string'
  );
}

export function snapshotsIn(value: unknown): Snapshot[] {
  return Array.isArray(value) ? value.filter(isSnapshot) : [];
}

export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The tab's page and a fingerprint of the state the background cached for it in `lang` (FNV-1a over its JSON,
 * plus the length): a reload, another dataset or another answer from the portal changes it. Null when nothing
 * is cached in that language.
 */
export function stateFingerprint(entry: unknown, lang: Lang): { url: string; state: string } | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { url, states } = entry as { url?: unknown; states?: unknown };
  if (typeof url !== 'string' || typeof states !== 'object' || states === null) return null;
  const state = (states as Record<string, unknown>)[lang];
  if (state === undefined) return null;
  const json = JSON.stringify(state);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return { url, state: `${json.length}:${(hash >>> 0).toString(16)}` };
}

/**
 * The snapshot to paint for `tabId`, from what session storage holds under `SNAPSHOTS_KEY` and
 * `tabEntryKey(tabId)`: in the language asked for (or the one last painted when the popup does not force one),
 * and only if it still matches the background's entry and was painted today.
 */
export function pickSnapshot(
  stored: Record<string, unknown>,
  tabId: number,
  lang: Lang | null,
  now: Date,
): Snapshot | null {
  const snapshot = snapshotsIn(stored[SNAPSHOTS_KEY]).find((s) => s.tabId === tabId && (lang ?? s.lang) === s.lang);
  if (!snapshot || snapshot.day !== localDay(now)) return null;
  const current = stateFingerprint(stored[tabEntryKey(tabId)], snapshot.lang);
  return current && current.url === snapshot.url && current.state === snapshot.state ? snapshot : null;
}

/** `snapshots` with `snapshot` first, in place of any older one for the same tab. */
export function withSnapshot(snapshots: Snapshot[], snapshot: Snapshot): Snapshot[] {
  return [snapshot, ...snapshots.filter((s) => s.tabId !== snapshot.tabId)].slice(0, KEEP);
}

/**
 * The markup of the popup's root as painted, minus what names the live view: the snapshot must not answer the
 * selectors that mean "the popup is ready" (`main#app[data-state]`), nor carry a focus or an open menu.
 */
export function snapshotHtml(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const main of copy.querySelectorAll('main#app')) {
    main.removeAttribute('id');
    main.removeAttribute('data-state');
  }
  return copy.innerHTML;
}

/**
 * Paints `html` into `root`, parsed as a separate document (scripting disabled: a script in it is marked never to
 * run) and moved in rather than copied. It can be seen, not used, until the live view takes its place.
 */
export function paintSnapshot(root: HTMLElement, html: string, lang: Lang): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  root.replaceChildren(...parsed.body.childNodes);
  root.setAttribute('data-snapshot', '');
  root.setAttribute('inert', '');
  document.documentElement.lang = lang;
}

export const hasSnapshot = (root: HTMLElement) => root.hasAttribute('data-snapshot');

/**
 * The boot script says on the document element that it is still asking session storage, and fires an event when it
 * is done (painted or not). In the build the live view only starts then (`live-view.ts`); under `wxt dev`, which
 * lists the modules in the page, it may start first and waits for that answer, briefly, before choosing where to
 * render.
 */
const BOOT_ATTRIBUTE = 'data-boot';
const BOOT_EVENT = 'provenance:boot';
/** Longer than session storage takes on a busy machine; past it, the live view renders and the boot script yields. */
export const BOOT_WAIT_MS = 150;

export function bootStarted(): void {
  document.documentElement.setAttribute(BOOT_ATTRIBUTE, 'pending');
}

export function bootDone(): void {
  document.documentElement.setAttribute(BOOT_ATTRIBUTE, 'done');
  document.dispatchEvent(new Event(BOOT_EVENT));
}

export function bootSettled(): Promise<void> {
  if (document.documentElement.getAttribute(BOOT_ATTRIBUTE) !== 'pending') return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener(BOOT_EVENT, () => resolve(), { once: true });
    setTimeout(resolve, BOOT_WAIT_MS);
  });
}
