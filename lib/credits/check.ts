import { type BasketItem, recordedStateOf } from '../attribution/basket';
import { snapshotOf } from '../attribution/snapshot';
import type { Dataset, DatasetRef } from '../model/dataset';
import { type Failure, failure, type Result } from '../model/failure';

/**
 * The staleness check: asks each dataset's portal again, at most once a day per dataset, one request at a time
 * per portal origin, and stops asking an origin that answered 429 until the time it gave. Pure apart from the
 * injected loader and clock; the extension's background and the CLI bring their own fetchers.
 */

export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** When a 429 gives no usable `Retry-After`: the day's interval would be too long, no wait at all too short. */
export const DEFAULT_RETRY_AFTER_S = 60 * 60;

export interface CheckDeps {
  loadDataset: (ref: DatasetRef) => Promise<Result<Dataset>>;
  now: () => Date;
  /** A ref for items saved before refs were kept (the page URL detected again); null when none is found. */
  refFor?: (item: BasketItem) => DatasetRef | null;
  /** What rate limits apply to: the origin the metadata comes from. */
  originOf?: (ref: DatasetRef) => string;
}

export type CheckOutcome =
  | { id: string; kind: 'checked'; ref: DatasetRef; dataset: Dataset }
  /** `counts`: the portal was reached (or asked us to wait), so the day's interval starts again. */
  | { id: string; kind: 'failed'; failure: Failure; counts: boolean; retryAt: string | null; ref: DatasetRef | null };

/** Failures where no request reached the portal: trying again at the next opening costs it nothing. */
const NOT_REACHED = new Set<Failure['code']>(['network', 'permission']);

export function isDue(item: BasketItem, now: Date): boolean {
  const { lastCheckedAt, retryAt } = item.check;
  if (retryAt && Date.parse(retryAt) > now.getTime()) return false;
  if (!lastCheckedAt) return true;
  const last = Date.parse(lastCheckedAt);
  return Number.isNaN(last) || now.getTime() - last >= CHECK_INTERVAL_MS;
}

const cannotAsk = (id: string, messageKey: string, ref: DatasetRef | null): CheckOutcome => ({
  id,
  kind: 'failed',
  failure: failure('unsupported', messageKey),
  counts: true,
  retryAt: null,
  ref,
});

/** Metadata that only the page itself carried (embedded JSON-LD): reading the stored copy would prove nothing. */
const inPageOnly = (ref: DatasetRef) => ref.portal === 'jsonld' && ref.record.kind === 'embedded';

function retryAtOf(error: Failure, now: Date): string {
  const seconds = error.retryAfter && error.retryAfter > 0 ? error.retryAfter : DEFAULT_RETRY_AFTER_S;
  return new Date(now.getTime() + seconds * 1000).toISOString();
}

/** Origins whose portal asked to wait, and until when (items checked earlier carry the portal's answer). */
function blockedOrigins(items: readonly BasketItem[], deps: CheckDeps, now: Date): Map<string, string> {
  const blocked = new Map<string, string>();
  for (const item of items) {
    const ref = item.ref;
    const until = item.check.retryAt;
    if (ref && until && Date.parse(until) > now.getTime()) {
      const origin = (deps.originOf ?? ((r) => r.origin))(ref);
      const seen = blocked.get(origin);
      if (!seen || until > seen) blocked.set(origin, until);
    }
  }
  return blocked;
}

/** Checks the items that are due; the others get no outcome and keep what they have. */
export async function checkCredits(items: readonly BasketItem[], deps: CheckDeps): Promise<CheckOutcome[]> {
  const originOf = deps.originOf ?? ((ref: DatasetRef) => ref.origin);
  const blocked = blockedOrigins(items, deps, deps.now());
  const outcomes: CheckOutcome[] = [];
  const queues = new Map<string, { id: string; ref: DatasetRef }[]>();
  for (const item of items) {
    if (!isDue(item, deps.now())) continue;
    const ref = item.ref ?? deps.refFor?.(item) ?? null;
    if (!ref || inPageOnly(ref)) {
      outcomes.push(cannotAsk(item.id, ref ? 'credits.inPageOnly' : 'credits.noRef', ref));
      continue;
    }
    const origin = originOf(ref);
    if (blocked.has(origin)) continue;
    queues.set(origin, [...(queues.get(origin) ?? []), { id: item.id, ref }]);
  }
  // Origins are independent portals: they run side by side, each one request at a time.
  await Promise.all(
    [...queues.values()].map(async (queue) => {
      for (const [index, { id, ref }] of queue.entries()) {
        const result = await deps.loadDataset(ref);
        if (result.ok) {
          outcomes.push({ id, kind: 'checked', ref, dataset: result.value });
          continue;
        }
        const error = result.error;
        if (error.code !== 'rate-limited') {
          outcomes.push({
            id,
            kind: 'failed',
            failure: error,
            counts: !NOT_REACHED.has(error.code),
            retryAt: null,
            ref,
          });
          continue;
        }
        // 429: this portal is asked nothing more until it said; the rest of its queue waits too.
        const retryAt = retryAtOf(error, deps.now());
        for (const rest of queue.slice(index)) {
          outcomes.push({ id: rest.id, kind: 'failed', failure: error, counts: true, retryAt, ref: rest.ref });
        }
        return;
      }
    }),
  );
  return outcomes;
}

/**
 * An item after its check: the latest state becomes the dataset the credits block is made of; what was credited
 * stays (first recorded now when it was unknown, so an older item raises no false flag).
 */
export function applyOutcome(item: BasketItem, outcome: CheckOutcome, now: Date): BasketItem {
  const at = now.toISOString();
  const ref = item.ref ?? outcome.ref;
  if (outcome.kind === 'checked') {
    return {
      ...item,
      ref,
      dataset: snapshotOf(outcome.dataset),
      recorded: item.recorded ?? recordedStateOf(outcome.dataset, at),
      check: { lastCheckedAt: at, failure: null, retryAt: null },
    };
  }
  return {
    ...item,
    ref,
    check: {
      lastCheckedAt: outcome.counts ? at : item.check.lastCheckedAt,
      failure: outcome.failure,
      retryAt: outcome.retryAt,
    },
  };
}

/** Applies outcomes by item id to a basket read again after the check (the user may have changed it meanwhile). */
export function applyOutcomes<T extends { items: BasketItem[] }>(
  basket: T,
  outcomes: readonly CheckOutcome[],
  now: Date,
): T {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  return {
    ...basket,
    items: basket.items.map((item) => {
      const outcome = byId.get(item.id);
      return outcome ? applyOutcome(item, outcome, now) : item;
    }),
  };
}
