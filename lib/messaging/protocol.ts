import { z } from 'zod';
import { DatasetRefSchema, DatasetSchema } from '../model/dataset';
import { FailureSchema } from '../model/failure';

/**
 * Messages between the content script, the popup and the background. Each side validates what it receives:
 * a message is outside data like any other.
 */
export const PageSignalsMessageSchema = z.object({
  type: z.literal('page-signals'),
  url: z.string(),
  /** `<head>`, the JSON-LD blocks and the `<body>` start tag: all that detectors read. */
  html: z.string(),
  /** Set when the popup collected the signals itself (activeTab on a site without a content script). */
  tabId: z.number().optional(),
});

export const GetTabStateMessageSchema = z.object({
  type: z.literal('get-tab-state'),
  tabId: z.number(),
  lang: z.enum(['fr', 'en']),
  /** Ignore the cache and ask the portal again (the Retry button). */
  refresh: z.boolean().default(false),
});

export const MessageSchema = z.discriminatedUnion('type', [PageSignalsMessageSchema, GetTabStateMessageSchema]);
export type Message = z.infer<typeof MessageSchema>;

/** What the popup shows for a tab. */
export const TabStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none'), url: z.string().nullable() }),
  z.object({ state: z.literal('ready'), ref: DatasetRefSchema, dataset: DatasetSchema }),
  z.object({ state: z.literal('error'), ref: DatasetRefSchema, error: FailureSchema }),
  /** The dataset's API is on an origin the user has not granted yet. */
  z.object({ state: z.literal('permission'), ref: DatasetRefSchema, origin: z.string() }),
]);
export type TabState = z.infer<typeof TabStateSchema>;
