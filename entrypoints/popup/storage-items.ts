import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';
import { BASKET_VERSION, type Basket, migrateBasketV1, parseBasket } from '../../lib/attribution/basket';

/**
 * What the popup keeps in `storage.local` (it must survive browser restarts and extension updates), as WXT
 * storage items with a schema version: a later change of shape adds a migration here rather than losing the
 * user's basket or choices. What is read back is validated like any outside data; a damaged value is reported
 * (console) and replaced, and only the damaged part is lost.
 */
const CHOICES_VERSION = 1;

export const basketItem = storage.defineItem<unknown>('local:credits-basket', {
  version: BASKET_VERSION,
  // 2: each item keeps its ref, what was credited and when it was last checked (the credits check).
  migrations: { 2: migrateBasketV1 },
});

/** The basket, damaged items dropped and counted; the repaired basket is written back so the loss is said once. */
export async function readBasket(): Promise<{ basket: Basket; dropped: number }> {
  const read = parseBasket(await basketItem.getValue());
  if (read.dropped > 0) {
    console.warn(`Provenance: ${read.dropped} unreadable item(s) of the credits basket removed`);
    await basketItem.setValue(read.basket);
  }
  return read;
}

export async function writeBasket(basket: Basket): Promise<void> {
  await basketItem.setValue(basket);
}

/** Calls back with the basket whenever another page (or the background's check) writes it. */
export function watchBasket(onChange: (basket: Basket) => void): () => void {
  return basketItem.watch((value) => onChange(parseBasket(value).basket));
}

const choiceItem = (key: string) =>
  storage.defineItem<unknown>(`local:${key}`, { version: CHOICES_VERSION, migrations: {} });

/** A remembered choice (attribution format, language…): the fallback when absent, reset when unreadable. */
export async function readChoice<S extends z.ZodType>(
  key: string,
  schema: S,
  fallback: z.infer<S>,
): Promise<{ value: z.infer<S>; reset: boolean }> {
  const item = choiceItem(key);
  const stored = await item.getValue();
  if (stored === null || stored === undefined) return { value: fallback, reset: false };
  const parsed = schema.safeParse(stored);
  if (parsed.success) return { value: parsed.data, reset: false };
  console.warn(`Provenance: unreadable stored choice "${key}" reset`);
  await item.removeValue();
  return { value: fallback, reset: true };
}

export async function writeChoice(key: string, value: unknown): Promise<void> {
  await choiceItem(key).setValue(value);
}
