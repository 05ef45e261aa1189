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

/**
 * The entries this worker has read or written, so that the popup's question about a cached dataset is answered
 * without a storage round trip and a parse of the whole dataset. Storage stays the truth: a worker the browser
 * stopped starts empty and reads it again, and entries removed from elsewhere (the options page forgetting the
 * session) leave memory too (`watchTabStore`). Only the background writes these entries.
 */
const memory = new Map<number, TabEntry>();

const TAB_KEY = /^tab:(\d+)$/;

/** Forgets what memory holds, as a worker the browser restarts does: the next reads go to storage. */
export function dropTabMemory(): void {
  memory.clear();
}

/** Drops from memory the entries removed from session storage by anyone else. */
export function watchTabStore(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const tabId = TAB_KEY.exec(key)?.[1];
      if (tabId !== undefined && (change.newValue ?? null) === null) memory.delete(Number(tabId));
    }
  });
}

export async function readTab(tabId: number): Promise<TabEntry | null> {
  const known = memory.get(tabId);
  if (known) return known;
  const item = itemFor(tabId);
  const stored = await item.getValue();
  if (stored === null || stored === undefined) return null;
  const parsed = TabEntrySchema.safeParse(stored);
  if (parsed.success) {
    memory.set(tabId, parsed.data);
    return parsed.data;
  }
  // A damaged entry costs this tab its cache, nothing else: the next page signals rebuild it.
  console.warn(`Provenance: unreadable state for tab ${tabId} reset`, parsed.error.issues.slice(0, 3));
  await item.removeValue();
  return null;
}

export async function writeTab(tabId: number, entry: TabEntry): Promise<void> {
  await itemFor(tabId).setValue(entry);
  memory.set(tabId, entry);
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await itemFor(tabId).removeValue({ removeMeta: true });
}
