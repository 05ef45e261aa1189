import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { z } from 'zod';
import { addToBasket, emptyBasket } from '../../../lib/attribution/basket';
import { parseUdata } from '../../../lib/portals/udata';
import basketV1 from '../../fixtures/credits/basket-v1.json';
import catalogue from '../../fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json';

vi.mock('@wxt-dev/browser', async () => ({ browser: (await import('wxt/testing')).fakeBrowser }));
vi.stubGlobal('browser', fakeBrowser);

const { readBasket, writeBasket, readChoice, writeChoice } = await import('../../../entrypoints/popup/storage-items');

const parsed = parseUdata(catalogue, {
  portal: 'udata',
  origin: 'https://www.data.gouv.fr',
  id: 'x',
  pageUrl: 'https://www.data.gouv.fr/datasets/x',
  apiBase: 'https://www.data.gouv.fr',
});
if (!parsed.ok) throw new Error('fixture must parse');
const basket = addToBasket(emptyBasket(), parsed.value, '2026-01-02T03:04:05Z');

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the credits basket in storage', () => {
  it('survives a write and a read, under the key earlier versions used', async () => {
    await writeBasket(basket);
    expect(await readBasket()).toEqual({ basket, dropped: 0 });
    expect((await fakeBrowser.storage.local.get('credits-basket'))['credits-basket']).toEqual(basket);
  });

  it('reads a basket stored before versioning (no metadata) as version 1', async () => {
    await fakeBrowser.storage.local.set({ 'credits-basket': basket });
    expect((await readBasket()).basket).toEqual(basket);
  });

  it('drops a damaged item, keeps the others, reports it and writes the repaired basket back', async () => {
    await fakeBrowser.storage.local.set({
      'credits-basket': { version: 2, items: [...basket.items, { id: 'broken', dataset: 'nope' }] },
      'attribution-options': { lang: 'fr', format: 'bibtex', modified: false },
    });
    expect(await readBasket()).toEqual({ basket, dropped: 1 });
    expect(console.warn).toHaveBeenCalledOnce();
    expect(await readBasket()).toEqual({ basket, dropped: 0 });
    // The rest of storage is untouched.
    expect((await fakeBrowser.storage.local.get('attribution-options'))['attribution-options']).toMatchObject({
      format: 'bibtex',
    });
  });

  it('migrates the basket the previous release stored (version 1): items kept, nothing taken as credited', async () => {
    await fakeBrowser.storage.local.set({ 'credits-basket': basketV1, 'credits-basket$': { v: 1 } });
    // Migrations run when the item is defined: load the module again over the old storage.
    vi.resetModules();
    const fresh = await import('../../../entrypoints/popup/storage-items');
    const { basket: read, dropped } = await fresh.readBasket();
    expect(dropped).toBe(0);
    expect(read.items.map((i) => [i.id, i.dataset, i.ref, i.recorded])).toEqual(
      basketV1.items.map((i) => [i.id, i.dataset, null, null]),
    );
    const stored = await fakeBrowser.storage.local.get(['credits-basket', 'credits-basket$']);
    expect(stored['credits-basket']).toMatchObject({ version: 2 });
    expect(stored['credits-basket$']).toEqual({ v: 2 });
  });

  it('starts empty from nothing, and says nothing was lost', async () => {
    expect(await readBasket()).toEqual({ basket: emptyBasket(), dropped: 0 });
  });
});

describe('remembered choices', () => {
  const Schema = z.object({ format: z.enum(['text', 'bibtex']) });
  const fallback = { format: 'text' as const };

  it('reads back what was written', async () => {
    await writeChoice('attribution-options', { format: 'bibtex' });
    expect(await readChoice('attribution-options', Schema, fallback)).toEqual({
      value: { format: 'bibtex' },
      reset: false,
    });
  });

  it('resets an unreadable choice to the fallback, reports it, and leaves the basket alone', async () => {
    await writeBasket(basket);
    await fakeBrowser.storage.local.set({ 'attribution-options': { format: 'pdf' } });
    expect(await readChoice('attribution-options', Schema, fallback)).toEqual({ value: fallback, reset: true });
    expect(console.warn).toHaveBeenCalledOnce();
    expect((await fakeBrowser.storage.local.get('attribution-options'))['attribution-options']).toBeUndefined();
    expect((await readBasket()).basket).toEqual(basket);
  });
});
