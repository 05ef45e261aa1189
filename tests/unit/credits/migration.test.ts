import { describe, expect, it } from 'vitest';
import { BASKET_VERSION, migrateBasketV1, parseBasket } from '../../../lib/attribution/basket';
import { creditStatus } from '../../../lib/credits/compare';
import v1 from '../../fixtures/credits/basket-v1.json';

describe('basket version 1 → 2', () => {
  it('keeps every item as it was, with no ref, nothing recorded and never checked', () => {
    const { basket, dropped } = parseBasket(v1);
    expect(dropped).toBe(0);
    expect(basket.version).toBe(BASKET_VERSION);
    const [item] = basket.items;
    const [old] = v1.items;
    expect(item).toEqual({
      ...old,
      ref: null,
      recorded: null,
      check: { lastCheckedAt: null, failure: null, retryAt: null },
    });
  });

  it('raises no flag before the first check', () => {
    const [item] = parseBasket(v1).basket.items;
    expect(item && creditStatus(item)).toEqual({ updated: null, licenceChanged: null, couldNotCheck: null });
  });

  it('leaves a damaged item damaged (dropped and counted), and anything else alone', () => {
    const damaged = { version: 1, items: [...v1.items, 'nope', { id: 'x' }] };
    expect(parseBasket(damaged).dropped).toBe(2);
    expect(parseBasket(damaged).basket.items).toHaveLength(1);
    expect(migrateBasketV1({ version: 2, items: [] })).toEqual({ version: 2, items: [] });
    expect(migrateBasketV1('garbage')).toBe('garbage');
  });
});
