import { z } from 'zod';
import { originOf } from '../http/urls';
import { DatasetRefSchema, DatasetSchema } from '../model/dataset';
import { FailureSchema } from '../model/failure';

/**
 * Messages between the content script, the extension's pages (popup, viewer) and the background. Each side
 * validates what it receives, and the background checks who sent it: a message is outside data like any other.
 */
export const PageSignalsMessageSchema = z.object({
  type: z.literal('page-signals'),
  url: z.string().max(8192),
  /** `<head>`, the JSON-LD blocks and the `<body>` start tag: all that detectors read. */
  html: z.string(),
  /** Set when the popup collected the signals itself (activeTab on a site without a content script). */
  tabId: z.number().int().nonnegative().optional(),
});

export const GetTabStateMessageSchema = z.object({
  type: z.literal('get-tab-state'),
  tabId: z.number().int().nonnegative(),
  lang: z.enum(['fr', 'en']),
  /** Ignore the cache and ask the portal again (the Retry button). */
  refresh: z.boolean().default(false),
});

/** Check the credits basket's datasets against their portals (those not checked today). */
export const CheckCreditsMessageSchema = z.object({
  type: z.literal('check-credits'),
  lang: z.enum(['fr', 'en']),
});

export const MessageSchema = z.discriminatedUnion('type', [
  PageSignalsMessageSchema,
  GetTabStateMessageSchema,
  CheckCreditsMessageSchema,
]);
export type Message = z.infer<typeof MessageSchema>;

/** What the browser says about a message's sender (`runtime.MessageSender`), reduced to what is checked. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** A message the background accepts, with the tab it is about. */
export type Accepted =
  | { type: 'page-signals'; tabId: number; url: string; html: string }
  | { type: 'get-tab-state'; tabId: number; lang: 'fr' | 'en'; refresh: boolean }
  | { type: 'check-credits'; lang: 'fr' | 'en' };

/**
 * Validates a message and its sender. Extension pages (popup, viewer, under `extensionOrigin`) may ask about any
 * tab; a content script speaks only for the top frame of its own tab, about the page it runs in, and may not ask
 * for a tab's state (which holds what other pages were read).
 */
export function acceptMessage(
  raw: unknown,
  sender: Sender,
  extensionId: string,
  extensionOrigin: string,
): Accepted | null {
  if (sender.id !== extensionId) return null;
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return null;
  const message = parsed.data;
  const fromExtensionPage = sender.url?.startsWith(extensionOrigin) === true;
  // Only extension pages ask for tab states or credit checks: a page must not make us query portals.
  if (message.type === 'get-tab-state' || message.type === 'check-credits') return fromExtensionPage ? message : null;
  if (fromExtensionPage) return message.tabId === undefined ? null : { ...message, tabId: message.tabId };
  const tabId = sender.tab?.id;
  if (tabId === undefined || message.tabId !== undefined || (sender.frameId ?? 0) !== 0) return null;
  const pageOrigin = originOf(message.url);
  if (pageOrigin === null || (sender.url !== undefined && originOf(sender.url) !== pageOrigin)) return null;
  return { type: 'page-signals', tabId, url: message.url, html: message.html };
}

/** What a credits check did: the results themselves are written into the basket, which the popup watches. */
export const CreditsCheckSummarySchema = z.object({ checked: z.number().int(), failed: z.number().int() });
export type CreditsCheckSummary = z.infer<typeof CreditsCheckSummarySchema>;

/** What the popup shows for a tab. */
export const TabStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none'), url: z.string().nullable() }),
  z.object({ state: z.literal('ready'), ref: DatasetRefSchema, dataset: DatasetSchema }),
  z.object({ state: z.literal('error'), ref: DatasetRefSchema, error: FailureSchema }),
  /** The dataset's API is on an origin the user has not granted yet. */
  z.object({ state: z.literal('permission'), ref: DatasetRefSchema, origin: z.string() }),
]);
export type TabState = z.infer<typeof TabStateSchema>;

/** A loaded state as the background caches it: the ref is kept once per tab, beside these. */
export const CachedStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), dataset: DatasetSchema }),
  z.object({ state: z.literal('error'), error: FailureSchema }),
]);
export type CachedState = z.infer<typeof CachedStateSchema>;
