import { extractPageSignals } from '../../lib/detect/page-signals';
import { fetchJson } from '../../lib/http/fetch-json';
import type { Lang } from '../../lib/i18n';
import type { TabState } from '../../lib/messaging/protocol';
import { loadDataset } from '../../lib/pipeline/load-dataset';
import { detectDataset, originsFor } from '../../lib/portals/registry';

/** What a loaded address can give: a page that names no dataset gives null instead of `none`. */
export type LoadedState = Exclude<TabState, { state: 'none' }>;

/**
 * A dataset page given by its address (pasted in the popup, or in a viewer link), through the same detection and
 * loading as a tab's: detectors read the URL, the adapter reads the portal's API. Null when no portal claims the
 * address. Reading an origin the user has not granted gives the permission state, asked from a later click.
 */
export async function loadFromUrl(address: string, lang: Lang): Promise<LoadedState | null> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const ref = detectDataset(extractPageSignals(url.href, ''));
  if (!ref) return null;
  // Every origin the adapter says reading this dataset needs (none for metadata the page itself holds).
  for (const origin of originsFor(ref)) {
    if (!(await browser.permissions.contains({ origins: [`${origin}/*`] })))
      return { state: 'permission', ref, origin };
  }
  const result = await loadDataset(ref, { fetchJson: (u, init) => fetchJson(u, { headers: init?.headers }), lang });
  return result.ok ? { state: 'ready', ref, dataset: result.value } : { state: 'error', ref, error: result.error };
}
