import { describe, expect, it, vi } from 'vitest';
import { addToBasket, type Basket, type BasketItem, emptyBasket } from '../../../lib/attribution/basket';
import {
  applyOutcomes,
  CHECK_INTERVAL_MS,
  type CheckOutcome,
  checkCredits,
  DEFAULT_RETRY_AFTER_S,
  isDue,
} from '../../../lib/credits/check';
import { acknowledge, creditStatus } from '../../../lib/credits/compare';
import type { Dataset, DatasetRef } from '../../../lib/model/dataset';
import { fail, failure, ok, type Result } from '../../../lib/model/failure';
import { makeDataset } from '../attribution/entries';
import { resolved } from './licences';

const ADDED = '2026-11-01T10:00:00.000Z';
const ref = (id: string, origin = 'https://www.data.gouv.fr'): DatasetRef => ({
  portal: 'udata',
  origin,
  id,
  pageUrl: `${origin}/datasets/${id}/`,
  apiBase: origin,
});
const dataset = (id: string, over: Partial<Dataset> = {}, origin = 'https://www.data.gouv.fr') =>
  makeDataset({
    id,
    origin,
    permalink: `${origin}/datasets/${id}`,
    pageUrl: `${origin}/datasets/${id}/`,
    licence: resolved('etalab-2.0'),
    dates: { created: null, metadataModified: null, dataUpdated: '2026-10-01T00:00:00.000Z' },
    ...over,
  });

function basketOf(...datasets: Dataset[]): Basket {
  return datasets.reduce((b, d) => addToBasket(b, d, ADDED, null, ref(d.id, d.origin)), emptyBasket());
}

/** A fake clock that a test moves by hand. */
function clock(iso: string) {
  let now = new Date(iso);
  return { now: () => now, set: (next: string) => (now = new Date(next)) };
}

/** A fake portal: answers per dataset id, and records the order of the requests. */
function portal(answers: Record<string, Result<Dataset>>) {
  const calls: string[] = [];
  const load = vi.fn(async (r: DatasetRef) => {
    calls.push(r.id);
    return answers[r.id] ?? fail<Dataset>(failure('not-found'));
  });
  return { calls, load };
}

const DAY_LATER = new Date(Date.parse(ADDED) + CHECK_INTERVAL_MS).toISOString();

async function check(basket: Basket, answers: Record<string, Result<Dataset>>, at: string) {
  const c = clock(at);
  const p = portal(answers);
  const outcomes = await checkCredits(basket.items, { loadDataset: p.load, now: c.now });
  return { outcomes, calls: p.calls, basket: applyOutcomes(basket, outcomes, c.now()) };
}

const statusOf = (basket: Basket, id: string) =>
  creditStatus(basket.items.find((i) => i.id.endsWith(`/${id}`)) as BasketItem);

describe('the credits check', () => {
  it('asks nothing the day a dataset was added, then at most once a day', async () => {
    const basket = basketOf(dataset('a'));
    expect((await check(basket, {}, '2026-11-02T09:59:59.000Z')).calls).toEqual([]);
    const first = await check(basket, { a: ok(dataset('a')) }, DAY_LATER);
    expect(first.calls).toEqual(['a']);
    expect(first.basket.items[0]?.check.lastCheckedAt).toBe(DAY_LATER);
    expect((await check(first.basket, { a: ok(dataset('a')) }, '2026-11-03T09:00:00.000Z')).calls).toEqual([]);
  });

  it('unchanged: no flag', async () => {
    const { basket } = await check(basketOf(dataset('a')), { a: ok(dataset('a')) }, DAY_LATER);
    expect(statusOf(basket, 'a')).toEqual({ updated: null, licenceChanged: null, couldNotCheck: null });
  });

  it('updated since credited: the new date, and the credits block uses it', async () => {
    const newer = dataset('a', { dates: { created: null, metadataModified: null, dataUpdated: '2026-11-20' } });
    const { basket } = await check(basketOf(dataset('a')), { a: ok(newer) }, DAY_LATER);
    expect(statusOf(basket, 'a').updated).toEqual({ from: '2026-10-01T00:00:00.000Z', to: '2026-11-20' });
    expect(statusOf(basket, 'a').licenceChanged).toBeNull();
    expect(basket.items[0]?.dataset.dates.dataUpdated).toBe('2026-11-20');
  });

  it('an earlier date is not an update (the portal corrected it)', async () => {
    const older = dataset('a', { dates: { created: null, metadataModified: null, dataUpdated: '2026-09-01' } });
    const { basket } = await check(basketOf(dataset('a')), { a: ok(older) }, DAY_LATER);
    expect(statusOf(basket, 'a').updated).toBeNull();
  });

  it('licence changed: both licences and the diff; acknowledging re-records and clears the flags', async () => {
    const odbl = dataset('a', {
      licence: resolved('ODbL-1.0'),
      dates: { created: null, metadataModified: null, dataUpdated: '2026-11-20' },
    });
    const { basket } = await check(basketOf(dataset('a')), { a: ok(odbl) }, DAY_LATER);
    const status = statusOf(basket, 'a');
    expect(status.licenceChanged?.from.id).toBe('etalab-2.0');
    expect(status.licenceChanged?.to.id).toBe('ODbL-1.0');
    expect(status.licenceChanged?.diff.changes).toEqual(['shareAlikeNow']);
    expect(status.updated?.to).toBe('2026-11-20');
    // The credits block is made of the current licence.
    expect(basket.items[0]?.dataset.licence.id).toBe('ODbL-1.0');
    const accepted = acknowledge(basket.items[0] as BasketItem, '2026-11-02T11:00:00.000Z');
    expect(creditStatus(accepted)).toEqual({ updated: null, licenceChanged: null, couldNotCheck: null });
    expect(accepted.recorded?.licence.id).toBe('ODbL-1.0');
  });

  it('a portal relabelling the same licence is no change', async () => {
    const relabelled = dataset('a', {
      licence: { ...resolved('etalab-2.0'), published: { id: 'lov2', title: 'Licence Ouverte v2.0', url: null } },
    });
    const { basket } = await check(basketOf(dataset('a')), { a: ok(relabelled) }, DAY_LATER);
    expect(statusOf(basket, 'a').licenceChanged).toBeNull();
  });

  it('offline: could not check, the basket is intact, and the next opening tries again', async () => {
    const before = basketOf(dataset('a'));
    const { basket } = await check(before, { a: fail(failure('network')) }, DAY_LATER);
    expect(statusOf(basket, 'a').couldNotCheck?.code).toBe('network');
    expect(basket.items[0]?.dataset).toEqual(before.items[0]?.dataset);
    expect(basket.items[0]?.recorded).toEqual(before.items[0]?.recorded);
    expect(basket.items[0]?.check.lastCheckedAt).toBe(ADDED);
    expect(isDue(basket.items[0] as BasketItem, new Date(DAY_LATER))).toBe(true);
  });

  it('a dataset gone (404) or a timeout counts as a check: no retry within the day', async () => {
    const { basket } = await check(
      basketOf(dataset('a'), dataset('b')),
      { a: fail(failure('not-found')), b: fail(failure('timeout')) },
      DAY_LATER,
    );
    expect(basket.items.map((i) => [i.check.failure?.code, i.check.lastCheckedAt])).toEqual([
      ['not-found', DAY_LATER],
      ['timeout', DAY_LATER],
    ]);
    expect(basket.items.some((i) => isDue(i, new Date('2026-11-02T12:00:00.000Z')))).toBe(false);
  });

  it('one request at a time per origin, origins side by side', async () => {
    const other = 'https://data.example.org';
    const basket = basketOf(dataset('a'), dataset('x', {}, other), dataset('b'));
    const order: string[] = [];
    let inFlight = new Map<string, number>();
    let maxPerOrigin = 0;
    const load = async (r: DatasetRef): Promise<Result<Dataset>> => {
      inFlight = new Map(inFlight).set(r.origin, (inFlight.get(r.origin) ?? 0) + 1);
      maxPerOrigin = Math.max(maxPerOrigin, ...inFlight.values());
      await new Promise((resolve) => setTimeout(resolve, 1));
      order.push(r.id);
      inFlight.set(r.origin, (inFlight.get(r.origin) ?? 1) - 1);
      return ok(dataset(r.id, {}, r.origin));
    };
    await checkCredits(basket.items, { loadDataset: load, now: () => new Date(DAY_LATER) });
    expect(maxPerOrigin).toBe(1);
    expect(order.filter((id) => id !== 'x')).toEqual(['a', 'b']);
    expect(order).toContain('x');
  });

  it('429: stops that origin, says so for its other datasets, and waits for Retry-After', async () => {
    const other = 'https://data.example.org';
    const basket = basketOf(dataset('a'), dataset('b'), dataset('c'), dataset('x', {}, other));
    const limited = fail<Dataset>(failure('rate-limited', 'errors.rateLimited', { retryAfter: 7200 }));
    const first = await check(
      basket,
      { a: ok(dataset('a')), b: limited, c: ok(dataset('c')), x: ok(dataset('x', {}, other)) },
      DAY_LATER,
    );
    expect(first.calls).toEqual(['a', 'x', 'b']);
    const retryAt = new Date(Date.parse(DAY_LATER) + 7200 * 1000).toISOString();
    expect(first.basket.items.map((i) => [i.check.failure?.code ?? null, i.check.retryAt])).toEqual([
      [null, null],
      ['rate-limited', retryAt],
      ['rate-limited', retryAt],
      [null, null],
    ]);
    // A day later but before the portal's time: still nothing asked of it.
    const blocked = {
      ...first.basket,
      items: first.basket.items.map((i) => ({ ...i, check: { ...i.check, lastCheckedAt: ADDED } })),
    };
    const early = await check(blocked, {}, new Date(Date.parse(DAY_LATER) + 3600 * 1000).toISOString());
    expect(early.calls).toEqual(['x']);
    const later = await check(
      first.basket,
      { b: ok(dataset('b')), c: ok(dataset('c')) },
      new Date(Date.parse(retryAt) + CHECK_INTERVAL_MS).toISOString(),
    );
    expect([...later.calls].sort()).toEqual(['a', 'b', 'c', 'x']);
  });

  it('429 without Retry-After waits the default', async () => {
    const { basket } = await check(basketOf(dataset('a')), { a: fail(failure('rate-limited')) }, DAY_LATER);
    expect(basket.items[0]?.check.retryAt).toBe(
      new Date(Date.parse(DAY_LATER) + DEFAULT_RETRY_AFTER_S * 1000).toISOString(),
    );
  });

  it('an item saved before the check: recorded on its first successful check, no false flag', async () => {
    const odbl = dataset('a', { licence: resolved('ODbL-1.0') });
    const legacy: BasketItem = {
      ...(basketOf(dataset('a')).items[0] as BasketItem),
      ref: null,
      recorded: null,
      check: { lastCheckedAt: null, failure: null, retryAt: null },
    };
    const c = clock('2026-11-01T12:00:00.000Z');
    const refFor = vi.fn(() => ref('a'));
    const outcomes = await checkCredits([legacy], { loadDataset: async () => ok(odbl), now: c.now, refFor });
    const [item] = applyOutcomes({ items: [legacy] }, outcomes, c.now()).items;
    expect(refFor).toHaveBeenCalledOnce();
    expect(item?.ref).toEqual(ref('a'));
    expect(item?.recorded?.licence.id).toBe('ODbL-1.0');
    expect(creditStatus(item as BasketItem)).toEqual({ updated: null, licenceChanged: null, couldNotCheck: null });
  });

  it('an old item whose page no longer detects: could not check, with the reason', async () => {
    const legacy: BasketItem = { ...(basketOf(dataset('a')).items[0] as BasketItem), ref: null, recorded: null };
    const outcomes: CheckOutcome[] = await checkCredits([legacy], {
      loadDataset: async () => ok(dataset('a')),
      now: () => new Date(DAY_LATER),
      refFor: () => null,
    });
    expect(outcomes).toMatchObject([{ kind: 'failed', failure: { messageKey: 'credits.noRef' } }]);
  });

  it('metadata the page itself carried (embedded JSON-LD) is not re-read from the stored copy', async () => {
    const embedded: DatasetRef = {
      portal: 'jsonld',
      origin: 'https://example.org',
      id: 'x',
      pageUrl: 'https://example.org/x',
      record: { kind: 'embedded', node: { '@type': 'Dataset' } },
    };
    const stored: BasketItem = { ...(basketOf(dataset('a')).items[0] as BasketItem), ref: embedded };
    const load = vi.fn(async () => ok(dataset('a')));
    const outcomes = await checkCredits([stored], { loadDataset: load, now: () => new Date(DAY_LATER) });
    expect(load).not.toHaveBeenCalled();
    expect(outcomes).toMatchObject([{ kind: 'failed', failure: { messageKey: 'credits.inPageOnly' } }]);
  });

  it('outcomes apply to the basket as it is now: an item removed meanwhile stays removed', async () => {
    const basket = basketOf(dataset('a'), dataset('b'));
    const outcomes = await checkCredits(basket.items, {
      loadDataset: async (r) => ok(dataset(r.id)),
      now: () => new Date(DAY_LATER),
    });
    const meanwhile = { ...basket, items: basket.items.slice(1) };
    expect(applyOutcomes(meanwhile, outcomes, new Date(DAY_LATER)).items.map((i) => i.dataset.id)).toEqual(['b']);
  });
});
