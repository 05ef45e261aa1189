import { hostOf } from '../http/fetch-json';
import { originOf } from '../http/urls';
import { withResolvedLicence } from '../licences/dataset-licence';
import type { Dataset, DatasetRef } from '../model/dataset';
import { fail, failure, ok, type Result } from '../model/failure';
import type { JsonFetcher, LoadContext, ParseContext } from '../portals/adapter';
import { adapterFor, originsFor } from '../portals/registry';

/**
 * A fetcher that only reaches the origins the ref's adapter declared: whatever a page or a portal's answer says,
 * metadata requests go nowhere else (a link to follow on another origin is a `permission` failure).
 */
export function reachGuard(allowed: readonly string[], fetchJson: JsonFetcher): JsonFetcher {
  const origins = new Set(allowed);
  return (url, init) => {
    const origin = originOf(url);
    if (origin === null || !origins.has(origin)) {
      return Promise.resolve(
        fail(failure('permission', 'errors.permission', { params: { host: hostOf(url) }, detail: url.slice(0, 200) })),
      );
    }
    return fetchJson(url, init);
  };
}

/** Detection → metadata: the one path the extension and the CLI both take to a normalized dataset. */
export async function loadDataset(ref: DatasetRef, ctx: LoadContext): Promise<Result<Dataset>> {
  const adapter = adapterFor(ref.portal);
  const guarded = { ...ctx, fetchJson: reachGuard(originsFor(ref), ctx.fetchJson) };
  return resolved(await adapter.load(ref, guarded), ctx);
}

/** The same from a saved raw answer of the family's main metadata call: no network at all. */
export function parseDataset(ref: DatasetRef, raw: unknown, ctx: ParseContext): Result<Dataset> {
  return resolved(adapterFor(ref.portal).parse(raw, ref, ctx), ctx);
}

/** Adapters keep the licence as published; resolving it here, once, serves every portal family alike. */
function resolved(result: Result<Dataset>, ctx: ParseContext): Result<Dataset> {
  return result.ok ? ok(withResolvedLicence(result.value, ctx.lang)) : result;
}
