import { z } from 'zod';
import { LANGS } from '../i18n';

/** Only web addresses: a viewer link is shared and bookmarked, so it must never carry a script or local URL. */
const WebUrl = z
  .string()
  .max(4096)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  });

/**
 * What `viewer.html?…` shows: a dataset page and/or a file of it, optionally the resource to preselect and the
 * language. Everything needed is in the address, so that a preview can be bookmarked or shared.
 */
export const ViewerQuerySchema = z
  .object({
    page: WebUrl.optional().catch(undefined),
    file: WebUrl.optional().catch(undefined),
    resource: z.string().min(1).max(200).optional().catch(undefined),
    lang: z.enum(LANGS).optional().catch(undefined),
  })
  .refine((q) => q.page !== undefined || q.file !== undefined);
export type ViewerQuery = z.infer<typeof ViewerQuerySchema>;

/** The query, or null when it names neither a page nor a file the viewer may open. */
export function parseViewerQuery(params: URLSearchParams): ViewerQuery | null {
  const parsed = ViewerQuerySchema.safeParse({
    page: params.get('page') ?? undefined,
    file: params.get('file') ?? undefined,
    resource: params.get('resource') ?? undefined,
    lang: params.get('lang') ?? undefined,
  });
  return parsed.success ? parsed.data : null;
}

/** `page=…&file=…&resource=…&lang=…` in a fixed order, for `viewer.html?` + this. */
export function viewerSearch(query: ViewerQuery): string {
  const params = new URLSearchParams();
  for (const key of ['page', 'file', 'resource', 'lang'] as const) {
    const value = query[key];
    if (value !== undefined) params.set(key, value);
  }
  return params.toString();
}
