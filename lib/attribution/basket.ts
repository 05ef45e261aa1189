import { z } from 'zod';
import type { Dataset } from '../model/dataset';
import { DatasetSnapshotSchema, snapshotOf } from './snapshot';

/**
 * The credits basket: datasets a reuser gathers to credit together. Pure operations on a value; the extension
 * shell persists it through its own storage and validates what it reads back with {@link parseBasket}.
 */
export const BasketItemSchema = z.object({
  /** The dataset's permalink: one item per dataset, whatever page or slug it was added from. */
  id: z.string().min(1),
  /** ISO date-time the item was added (or last refreshed). */
  addedAt: z.string(),
  dataset: DatasetSnapshotSchema,
  /** The credit line the provider asks for, kept so the notice comes out the same later. */
  providerStatement: z.string().nullable().default(null),
});
export type BasketItem = z.infer<typeof BasketItemSchema>;

export const BasketSchema = z.object({ version: z.literal(1), items: z.array(BasketItemSchema) });
export type Basket = z.infer<typeof BasketSchema>;

export const emptyBasket = (): Basket => ({ version: 1, items: [] });

export function basketItemId(dataset: Pick<Dataset, 'permalink' | 'pageUrl'>): string {
  return dataset.permalink || dataset.pageUrl;
}

/**
 * Adds a dataset, or refreshes it in place when it is already there: its metadata may have changed (a new
 * update date) and the basket keeps the order the user built.
 */
export function addToBasket(
  basket: Basket,
  dataset: Dataset,
  addedAt: string,
  providerStatement: string | null = null,
): Basket {
  const item: BasketItem = { id: basketItemId(dataset), addedAt, dataset: snapshotOf(dataset), providerStatement };
  const index = basket.items.findIndex((i) => i.id === item.id);
  if (index < 0) return { ...basket, items: [...basket.items, item] };
  return { ...basket, items: basket.items.map((existing, i) => (i === index ? item : existing)) };
}

export function removeFromBasket(basket: Basket, id: string): Basket {
  return { ...basket, items: basket.items.filter((i) => i.id !== id) };
}

/** Keeps the first position and the latest content of each dataset. */
export function dedupeBasket(basket: Basket): Basket {
  const latest = new Map<string, BasketItem>();
  for (const item of basket.items) {
    const seen = latest.get(item.id);
    if (!seen || item.addedAt >= seen.addedAt) latest.set(item.id, item);
  }
  return { ...basket, items: [...new Set(basket.items.map((i) => i.id))].map((id) => latest.get(id)!) };
}

/**
 * Reads a stored basket. One damaged item (an older format, a manual edit) must not lose the others: valid
 * items are kept and the number dropped is reported so the shell can say so.
 */
export function parseBasket(raw: unknown): { basket: Basket; dropped: number } {
  const shape = z.object({ version: z.literal(1), items: z.array(z.unknown()) }).safeParse(raw);
  if (!shape.success) return { basket: emptyBasket(), dropped: raw === undefined || raw === null ? 0 : 1 };
  const items: BasketItem[] = [];
  let dropped = 0;
  for (const candidate of shape.data.items) {
    const item = BasketItemSchema.safeParse(candidate);
    if (item.success) items.push(item.data);
    else dropped++;
  }
  return { basket: dedupeBasket({ version: 1, items }), dropped };
}
