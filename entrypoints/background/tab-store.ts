import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { CachedStateSchema } from '../../lib/messaging/protocol';
import { DatasetRefSchema } from '../../lib/model/dataset';

/**
 * What the background knows per tab, in session storage: the service worker may be stopped at any time and
 * must find its tabs again when it wakes. The ref is kept once; loaded states by UI language (CKAN and ODS
 * answers depend on it) hold only the dataset or the failure.
 */
export const TabEntrySchema = z.object({
  url: z.string(),
  ref: DatasetRefSchema.nullable(),
  states: z.record(z.string(), CachedStateSchema).default({}),
});
export type TabEntry = z.infer<typeof TabEntrySchema>;

/** Version 1 kept the ref in every state and used the loose ref shape: its entries keep only the URL. */
const TAB_ENTRY_VERSION = 2;
const migrations = {
  2: (old: unknown): unknown => {
    const url = z.object({ url: z.string() }).safeParse(old);
    return url.success ? { url: url.data.url, ref: null, states: {} } : null;
  },
};

const itemFor = (tabId: number) =>
  storage.defineItem<unknown>(`session:tab:${tabId}`, { version: TAB_ENTRY_VERSION, migrations });

export async function readTab(tabId: number): Promise<TabEntry | null> {
  const item = itemFor(tabId);
  const stored = await item.getValue();
  if (stored === null || stored === undefined) return null;
  const parsed = TabEntrySchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  // A damaged entry costs this tab its cache, nothing else: the next page signals rebuild it.
  console.warn(`Provenance: unreadable state for tab ${tabId} reset`, parsed.error.issues.slice(0, 3));
  await item.removeValue();
  return null;
}

export async function writeTab(tabId: number, entry: TabEntry): Promise<void> {
  await itemFor(tabId).setValue(entry);
}

export async function forgetTab(tabId: number): Promise<void> {
  await itemFor(tabId).removeValue({ removeMeta: true });
}
