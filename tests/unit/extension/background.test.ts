import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TabStateSchema } from '../../../lib/messaging/protocol';
import catalogue from '../../fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json';

// WXT's storage reads the browser through @wxt-dev/browser: both see the same fake.
vi.mock('@wxt-dev/browser', async () => ({ browser: (await import('wxt/testing')).fakeBrowser }));
vi.stubGlobal('browser', fakeBrowser);

const { onMessage } = await import('../../../entrypoints/background/messages');
const { dropTabMemory, readTab, watchTabStore, writeTab } = await import('../../../entrypoints/background/tab-store');

const EXT_ORIGIN = fakeBrowser.runtime.getURL('/');
const PAGE = 'https://www.data.gouv.fr/datasets/catalogue-des-donnees-de-data-gouv-fr';
const contentScript = (tabId: number, url = PAGE) => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId: 0,
  tab: { id: tabId },
});
const popup = { id: fakeBrowser.runtime.id, url: `${EXT_ORIGIN}popup.html` };

let granted: Set<string>;
let fetched: string[];

beforeEach(() => {
  fakeBrowser.reset();
  // A fresh browser: the worker's memory of the previous test's tabs goes with it.
  dropTabMemory();
  granted = new Set(['https://www.data.gouv.fr/*']);
  fetched = [];
  fakeBrowser.permissions.contains = async ({ origins = [] }) => origins.every((o) => granted.has(o));
  fakeBrowser.i18n.getUILanguage = () => 'fr';
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    if (url.startsWith('https://www.data.gouv.fr/api/2/datasets/')) return Response.json(catalogue);
    return new Response('not found', { status: 404 });
  });
});

const send = (message: unknown, sender: Parameters<typeof onMessage>[1]) => onMessage(message, sender);

describe('the background’s message handling', () => {
  it('detects the dataset from a content script’s signals and answers the popup with it', async () => {
    expect(await send({ type: 'page-signals', url: PAGE, html: '' }, contentScript(3))).toBe(true);
    expect((await readTab(3))?.ref).toMatchObject({ portal: 'udata', id: 'catalogue-des-donnees-de-data-gouv-fr' });
    const state = TabStateSchema.parse(await send({ type: 'get-tab-state', tabId: 3, lang: 'fr' }, popup));
    expect(state).toMatchObject({ state: 'ready', dataset: { title: expect.any(String) } });
    expect(fetched.every((u) => u.startsWith('https://www.data.gouv.fr/'))).toBe(true);
  });

  it('keeps the ref once per tab and the loaded dataset without it, and answers from that cache', async () => {
    await send({ type: 'page-signals', url: PAGE, html: '' }, contentScript(3));
    await send({ type: 'get-tab-state', tabId: 3, lang: 'fr' }, popup);
    const stored = await readTab(3);
    expect(stored?.states.fr).toMatchObject({ state: 'ready' });
    expect(stored?.states.fr).not.toHaveProperty('ref');
    const calls = fetched.length;
    expect(await send({ type: 'get-tab-state', tabId: 3, lang: 'fr' }, popup)).toMatchObject({ state: 'ready' });
    expect(fetched).toHaveLength(calls);
  });

  it('answers “permission” without any request when the portal’s origin is not granted', async () => {
    granted.clear();
    await send({ type: 'page-signals', url: PAGE, html: '' }, contentScript(4));
    const state = await send({ type: 'get-tab-state', tabId: 4, lang: 'en' }, popup);
    expect(state).toMatchObject({ state: 'permission', origin: 'https://www.data.gouv.fr' });
    expect(fetched).toEqual([]);
  });

  it('ignores messages it cannot check: no answer, nothing stored, nothing fetched', async () => {
    expect(send({ type: 'page-signals', url: PAGE, html: '', tabId: 9 }, contentScript(3))).toBeUndefined();
    expect(send({ type: 'get-tab-state', tabId: 3, lang: 'fr' }, contentScript(3))).toBeUndefined();
    expect(send({ type: 'page-signals', url: PAGE, html: '' }, { ...contentScript(3), id: 'another' })).toBeUndefined();
    expect(send({ type: 'fetch', url: 'https://evil.example/' }, popup)).toBeUndefined();
    expect(await readTab(3)).toBeNull();
    expect(await readTab(9)).toBeNull();
    expect(fetched).toEqual([]);
  });

  it('says “none” for a tab with no dataset', async () => {
    await send(
      { type: 'page-signals', url: 'https://example.org/', html: '' },
      contentScript(5, 'https://example.org/'),
    );
    expect(await send({ type: 'get-tab-state', tabId: 5, lang: 'fr' }, popup)).toEqual({
      state: 'none',
      url: 'https://example.org/',
    });
  });
});

describe('the tab store', () => {
  it('resets a damaged entry of one tab and keeps the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await send({ type: 'page-signals', url: PAGE, html: '' }, contentScript(1));
    await fakeBrowser.storage.session.set({ 'tab:2': { url: 42, ref: 'broken' } });
    expect(await readTab(2)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect((await fakeBrowser.storage.session.get('tab:2'))['tab:2']).toBeUndefined();
    expect((await readTab(1))?.ref?.portal).toBe('udata');
    warn.mockRestore();
  });

  it('migrates a version 1 entry (ref in every state) to its URL alone', async () => {
    await fakeBrowser.storage.session.set({
      'tab:6': { url: PAGE, ref: { portal: 'udata', id: 'x', origin: 'o', pageUrl: PAGE }, states: {} },
    });
    expect(await readTab(6)).toEqual({ url: PAGE, ref: null, states: {} });
    expect((await fakeBrowser.storage.session.get('tab:6$'))['tab:6$']).toMatchObject({ v: 2 });
  });

  it('answers from memory what it wrote, without reading storage, and reads storage again after a restart', async () => {
    const entry = { url: PAGE, ref: null, states: {} };
    await writeTab(10, entry);
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await readTab(10)).toEqual(entry);
    expect(get).not.toHaveBeenCalled();
    dropTabMemory();
    expect(await readTab(10)).toEqual(entry);
    expect(get).toHaveBeenCalled();
    get.mockRestore();
  });

  it('forgets in memory an entry removed from session storage elsewhere (the options page clearing it)', async () => {
    watchTabStore();
    await writeTab(11, { url: PAGE, ref: null, states: {} });
    await fakeBrowser.storage.session.clear();
    await vi.waitFor(async () => expect(await readTab(11)).toBeNull());
  });

  it('writes what it reads back', async () => {
    const entry = { url: PAGE, ref: null, states: {} };
    await writeTab(8, entry);
    expect(await readTab(8)).toEqual(entry);
  });
});
