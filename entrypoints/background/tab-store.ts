import { z } from 'zod';
import { TabStateSchema } from '../../lib/messaging/protocol';
import { DatasetRefSchema } from '../../lib/model/dataset';

/**
 * What the background knows per tab, in session storage: the service worker may be stopped at any time and
 * must find its tabs again when it wakes.
 */
const TabEntrySchema = z.object({
  url: z.string(),
  ref: DatasetRefSchema.nullable(),
  /** Loaded states by UI language (CKAN and ODS answers depend on it). */
  states: z.record(z.string(), TabStateSchema).default({}),
});
export type TabEntry = z.infer<typeof TabEntrySchema>;

const key = (tabId: number) => `tab:${tabId}`;

export async function readTab(tabId: number): Promise<TabEntry | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  const parsed = TabEntrySchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function writeTab(tabId: number, entry: TabEntry): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: entry });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
