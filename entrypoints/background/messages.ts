import { extractPageSignals } from '../../lib/detect/page-signals';
import { fetchJson } from '../../lib/http/fetch-json';
import { type Lang, pickLang } from '../../lib/i18n';
import {
  type Accepted,
  acceptMessage,
  type CachedState,
  type CreditsCheckSummary,
  type Sender,
  type TabState,
} from '../../lib/messaging/protocol';
import type { DatasetRef } from '../../lib/model/dataset';
import { loadDataset } from '../../lib/pipeline/load-dataset';
import { detectDataset } from '../../lib/portals/registry';
import { showDetection } from './badge';
import { checkCreditsBasket } from './credits-check';
import { checkReach } from './reach';
import { readTab, writeTab } from './tab-store';

export const uiLang = (): Lang => pickLang(browser.i18n.getUILanguage());

const sameDataset = (a: DatasetRef | null | undefined, b: DatasetRef | null) =>
  Boolean(a && b && a.portal === b.portal && a.id === b.id);

export async function onSignals(tabId: number, url: string, html: string): Promise<void> {
  const ref = detectDataset(extractPageSignals(url, html));
  const previous = await readTab(tabId);
  const keep = sameDataset(previous?.ref, ref);
  await writeTab(tabId, { url, ref, states: keep && previous ? previous.states : {} });
  await showDetection(tabId, ref, uiLang());
}

function withRef(ref: DatasetRef, cached: CachedState): TabState {
  return cached.state === 'ready'
    ? { state: 'ready', ref, dataset: cached.dataset }
    : { state: 'error', ref, error: cached.error };
}

async function loadState(tabId: number, lang: Lang, refresh: boolean): Promise<TabState> {
  const entry = await readTab(tabId);
  if (!entry?.ref) return { state: 'none', url: entry?.url ?? null };
  const ref = entry.ref;
  const cached = entry.states[lang];
  if (cached && !refresh && cached.state === 'ready') return withRef(ref, cached);
  const reach = await checkReach(ref);
  const result = reach.ok
    ? await loadDataset(ref, { fetchJson: (u, init) => fetchJson(u, { headers: init?.headers }), lang })
    : reach;
  if (!result.ok && result.error.code === 'permission') {
    const origin = result.error.params.origin;
    return { state: 'permission', ref, origin: typeof origin === 'string' ? origin : ref.origin };
  }
  const state: CachedState = result.ok
    ? { state: 'ready', dataset: result.value }
    : { state: 'error', error: result.error };
  const latest = await readTab(tabId);
  // The tab may have moved on while we waited: only cache the answer for the dataset it still shows.
  if (latest && sameDataset(latest.ref, ref)) {
    await writeTab(tabId, { ...latest, states: { ...latest.states, [lang]: state } });
  }
  return withRef(ref, state);
}

const inFlight = new Map<string, Promise<TabState>>();

export function getTabState(tabId: number, lang: Lang, refresh: boolean): Promise<TabState> {
  const k = `${tabId}:${lang}:${refresh}`;
  let pending = inFlight.get(k);
  if (!pending) {
    pending = loadState(tabId, lang, refresh).finally(() => inFlight.delete(k));
    inFlight.set(k, pending);
  }
  return pending;
}

type Answer = TabState | CreditsCheckSummary | true;

async function handle(message: Accepted): Promise<Answer> {
  if (message.type === 'page-signals') {
    await onSignals(message.tabId, message.url, message.html);
    return true;
  }
  if (message.type === 'check-credits') return checkCreditsBasket(message.lang);
  // A popup opening is when the credits are checked (only datasets not checked today): the flags are ready
  // by the time the user looks at the basket. Its failures are per item, in the basket.
  void checkCreditsBasket(message.lang).catch(() => undefined);
  return getTabState(message.tabId, message.lang, message.refresh);
}

/** The `runtime.onMessage` listener: checked messages only; anything else gets no answer. */
export function onMessage(raw: unknown, sender: Sender): Promise<Answer> | undefined {
  const accepted = acceptMessage(raw, sender, browser.runtime.id, browser.runtime.getURL('/'));
  return accepted ? handle(accepted) : undefined;
}
