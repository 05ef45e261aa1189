import { parseBasket } from '../../lib/attribution/basket';
import { applyOutcomes, checkCredits } from '../../lib/credits/check';
import { extractPageSignals } from '../../lib/detect/page-signals';
import { fetchJson } from '../../lib/http/fetch-json';
import type { Lang } from '../../lib/i18n';
import type { CreditsCheckSummary } from '../../lib/messaging/protocol';
import { loadDataset } from '../../lib/pipeline/load-dataset';
import { detectDataset, originsFor } from '../../lib/portals/registry';
import { basketItem } from '../popup/storage-items';
import { checkReach } from './reach';

/**
 * The credits check in the background, which owns fetching: the same pipeline and reach guard as a tab's
 * dataset (metadata only from the origins the item's adapter names; an origin the user has not granted is a
 * `permission` failure, shown as "could not check"). The results go into the basket, which the popup watches.
 */
async function run(lang: Lang): Promise<CreditsCheckSummary> {
  const before = parseBasket(await basketItem.getValue()).basket;
  const outcomes = await checkCredits(before.items, {
    now: () => new Date(),
    loadDataset: async (ref) => {
      const reach = await checkReach(ref);
      if (!reach.ok) return reach;
      return loadDataset(ref, { fetchJson: (u, init) => fetchJson(u, { headers: init?.headers }), lang });
    },
    // Items saved before refs were kept: their page URL alone is enough for most detectors.
    refFor: (item) => detectDataset(extractPageSignals(item.dataset.pageUrl, '')),
    originOf: (ref) => originsFor(ref)[0] ?? ref.origin,
  });
  if (outcomes.length > 0) {
    // Read again: the user may have removed or added an item while the portals answered.
    const latest = parseBasket(await basketItem.getValue()).basket;
    await basketItem.setValue(applyOutcomes(latest, outcomes, new Date()));
  }
  const failed = outcomes.filter((o) => o.kind === 'failed').length;
  return { checked: outcomes.length - failed, failed };
}

let running: Promise<CreditsCheckSummary> | null = null;

/** One check at a time: a second popup joins the one under way instead of asking the portals twice. */
export function checkCreditsBasket(lang: Lang): Promise<CreditsCheckSummary> {
  running ??= run(lang).finally(() => {
    running = null;
  });
  return running;
}
