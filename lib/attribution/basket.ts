import { z } from 'zod';
import { type Dataset, DatasetLicenceSchema, type DatasetRef, DatasetRefSchema } from '../model/dataset';
import { FailureSchema } from '../model/failure';
import { DatasetSnapshotSchema, snapshotOf } from './snapshot';

/**
 * The credits basket: datasets a reuser gathers to credit together. Pure operations on a value; the extension
 * shell persists it through its own storage and validates what it reads back with {@link parseBasket}.
 */

/** What the user credited: the staleness check compares the portal's current answer with this. */
export const RecordedStateSchema = z.object({
  /** The data's last update as the notice cited it; null when the portal gave none. */
  dataUpdated: z.string().nullable(),
  /** The licence as resolved then, with what the portal published. */
  licence: DatasetLicenceSchema,
  /** ISO date-time it was recorded (added, first checked, or acknowledged). */
  at: z.string(),
});
export type RecordedState = z.infer<typeof RecordedStateSchema>;

/** The last time the portal was asked about the dataset, and what went wrong if it could not answer. */
export const CheckStateSchema = z.object({
  /** Last time the portal answered, or was asked and failed in a way that counts against its rate limit. */
  lastCheckedAt: z.string().nullable(),
  /** Why the last attempt could not check (offline, gone, rate-limited…); null when it succeeded. */
  failure: FailureSchema.nullable(),
  /** Not before this ISO date-time: the portal said so (`Retry-After`). */
  retryAt: z.string().nullable().default(null),
});
export type CheckState = z.infer<typeof CheckStateSchema>;

export const BasketItemSchema = z.object({
  /** The dataset's permalink: one item per dataset, whatever page or slug it was added from. */
  id: z.string().min(1),
  /** ISO date-time the item was added (or last refreshed). */
  addedAt: z.string(),
  /** The latest known state of the dataset: what the credits block is made of. */
  dataset: DatasetSnapshotSchema,
  /** The credit line the provider asks for, kept so the notice comes out the same later. */
  providerStatement: z.string().nullable().default(null),
  /** How to ask the portal again; null for items saved before it was kept (found again from the page URL). */
  ref: DatasetRefSchema.nullable().default(null),
  /** What was credited; null when unknown (items of an older basket): recorded on the first successful check. */
  recorded: RecordedStateSchema.nullable().default(null),
  check: CheckStateSchema.default({ lastCheckedAt: null, failure: null, retryAt: null }),
});
export type BasketItem = z.infer<typeof BasketItemSchema>;

export const BASKET_VERSION = 2;
export const BasketSchema = z.object({ version: z.literal(BASKET_VERSION), items: z.array(BasketItemSchema) });
export type Basket = z.infer<typeof BasketSchema>;

export const emptyBasket = (): Basket => ({ version: BASKET_VERSION, items: [] });

export function basketItemId(dataset: Pick<Dataset, 'permalink' | 'pageUrl'>): string {
  return dataset.permalink || dataset.pageUrl;
}

export const recordedStateOf = (dataset: Pick<Dataset, 'dates' | 'licence'>, at: string): RecordedState => ({
  dataUpdated: dataset.dates.dataUpdated,
  licence: dataset.licence,
  at,
});

/**
 * Adds a dataset, or refreshes it in place when it is already there: its metadata may have changed (a new
 * update date) and the basket keeps the order the user built. Adding is crediting: what the user sees now is
 * recorded, and the dataset was just read from the portal, which counts as a check.
 */
export function addToBasket(
  basket: Basket,
  dataset: Dataset,
  addedAt: string,
  providerStatement: string | null = null,
  ref: DatasetRef | null = null,
): Basket {
  const item: BasketItem = {
    id: basketItemId(dataset),
    addedAt,
    dataset: snapshotOf(dataset),
    providerStatement,
    ref,
    recorded: recordedStateOf(dataset, addedAt),
    check: { lastCheckedAt: addedAt, failure: null, retryAt: null },
  };
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
 * Version 1 → 2: items gain the ref, the recorded state and the check state. A version 1 item's snapshot may
 * have been refreshed after it was credited, so nothing is taken as recorded (which could raise a false flag):
 * the first successful check records what the portal says then. Items keep their shape otherwise; one that was
 * already damaged stays damaged and is dropped by {@link parseBasket}.
 */
export function migrateBasketV1(raw: unknown): unknown {
  const shape = z.object({ version: z.literal(1), items: z.array(z.unknown()) }).safeParse(raw);
  if (!shape.success) return raw;
  const items = shape.data.items.map((item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? { ...item, ref: null, recorded: null, check: { lastCheckedAt: null, failure: null, retryAt: null } }
      : item,
  );
  return { version: BASKET_VERSION, items };
}

/**
 * Reads a stored basket. One damaged item (a manual edit) must not lose the others: valid items are kept and
 * the number dropped is reported so the shell can say so. A version 1 basket is migrated first.
 */
export function parseBasket(raw: unknown): { basket: Basket; dropped: number } {
  const shape = z
    .object({ version: z.literal(BASKET_VERSION), items: z.array(z.unknown()) })
    .safeParse(migrateBasketV1(raw));
  if (!shape.success) return { basket: emptyBasket(), dropped: raw === undefined || raw === null ? 0 : 1 };
  const items: BasketItem[] = [];
  let dropped = 0;
  for (const candidate of shape.data.items) {
    const item = BasketItemSchema.safeParse(candidate);
    if (item.success) items.push(item.data);
    else dropped++;
  }
  return { basket: dedupeBasket({ version: BASKET_VERSION, items }), dropped };
}
