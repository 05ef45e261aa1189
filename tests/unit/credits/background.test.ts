import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseBasket } from '../../../lib/attribution/basket';
import { creditStatus } from '../../../lib/credits/compare';
import basketV1 from '../../fixtures/credits/basket-v1.json';
import catalogue from '../../fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json';

vi.mock('@wxt-dev/browser', async () => ({ browser: (await import('wxt/testing')).fakeBrowser }));
vi.stubGlobal('browser', fakeBrowser);

const { onMessage } = await import('../../../entrypoints/background/messages');

const EXT_ORIGIN = fakeBrowser.runtime.getURL('/');
const popup = { id: fakeBrowser.runtime.id, url: `${EXT_ORIGIN}popup.html` };
const contentScript = {
  id: fakeBrowser.runtime.id,
  url: 'https://www.data.gouv.fr/datasets/x',
  frameId: 0,
  tab: { id: 3 },
};
const CHECK = { type: 'check-credits', lang: 'fr' };

/** The v1 fixture's item as this version stores it: credited two days ago under Licence Ouverte, with its ref. */
const TWO_DAYS_AGO = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
const [legacy] = basketV1.items;
const credited = {
  ...legacy,
  ref: {
    portal: 'udata',
    origin: 'https://www.data.gouv.fr',
    id: 'catalogue-des-donnees-de-data-gouv-fr',
    pageUrl: legacy?.dataset.pageUrl,
    apiBase: 'https://www.data.gouv.fr',
  },
  recorded: { dataUpdated: legacy?.dataset.dates.dataUpdated, licence: legacy?.dataset.licence, at: TWO_DAYS_AGO },
  check: { lastCheckedAt: TWO_DAYS_AGO, failure: null, retryAt: null },
};

let granted: Set<string>;
let fetched: string[];
let answer: () => Response;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set(['https://www.data.gouv.fr/*']);
  fetched = [];
  answer = () => Response.json(catalogue);
  fakeBrowser.permissions.contains = async ({ origins = [] }) => origins.every((o) => granted.has(o));
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return url.startsWith('https://www.data.gouv.fr/api/') ? answer() : new Response('not found', { status: 404 });
  });
});

const stored = async () => parseBasket((await fakeBrowser.storage.local.get('credits-basket'))['credits-basket']);
const store = (items: unknown[]) =>
  fakeBrowser.storage.local.set({ 'credits-basket': { version: 2, items }, 'credits-basket$': { v: 2 } });

describe('the background’s credits check', () => {
  it('answers extension pages only', async () => {
    expect(onMessage(CHECK, contentScript)).toBeUndefined();
    expect(onMessage({ type: 'check-credits' }, popup)).toBeUndefined();
    expect(await onMessage(CHECK, popup)).toEqual({ checked: 0, failed: 0 });
  });

  it('sees a new licence and a new date through the pipeline, and stores them beside what was credited', async () => {
    await store([credited]);
    answer = () => Response.json({ ...catalogue, license: 'odc-odbl', last_update: '2026-11-30T08:00:00+00:00' });
    expect(await onMessage(CHECK, popup)).toEqual({ checked: 1, failed: 0 });
    const [item] = (await stored()).basket.items;
    const status = item && creditStatus(item);
    expect(status?.licenceChanged?.from.id).toBe('etalab-2.0');
    expect(status?.licenceChanged?.to.id).toBe('ODbL-1.0');
    expect(status?.updated?.to).toBe('2026-11-30T08:00:00+00:00');
    expect(fetched.every((u) => u.startsWith('https://www.data.gouv.fr/'))).toBe(true);
    // Checked today: a second opening asks nothing.
    fetched = [];
    expect(await onMessage(CHECK, popup)).toEqual({ checked: 0, failed: 0 });
    expect(fetched).toEqual([]);
  });

  it('an origin not granted is "could not check", asked of no one, and the basket keeps its credit', async () => {
    granted = new Set();
    await store([credited]);
    expect(await onMessage(CHECK, popup)).toEqual({ checked: 0, failed: 1 });
    const [item] = (await stored()).basket.items;
    expect(item?.check.failure?.code).toBe('permission');
    expect(item?.dataset).toEqual(credited.dataset);
    expect(fetched).toEqual([]);
  });

  it('offline: could not check, basket intact', async () => {
    await store([credited]);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await onMessage(CHECK, popup);
    const [item] = (await stored()).basket.items;
    expect(item?.check.failure?.code).toBe('network');
    expect(item?.recorded).toEqual(credited.recorded);
  });

  it('an item of the previous version finds its ref from its page and is recorded without a flag', async () => {
    await fakeBrowser.storage.local.set({ 'credits-basket': basketV1, 'credits-basket$': { v: 1 } });
    answer = () => Response.json({ ...catalogue, license: 'odc-odbl' });
    expect(await onMessage(CHECK, popup)).toEqual({ checked: 1, failed: 0 });
    const [item] = (await stored()).basket.items;
    expect(item?.ref).toMatchObject({ portal: 'udata', id: 'catalogue-des-donnees-de-data-gouv-fr' });
    expect(item?.recorded?.licence.id).toBe('ODbL-1.0');
    expect(item && creditStatus(item)).toEqual({ updated: null, licenceChanged: null, couldNotCheck: null });
  });
});
