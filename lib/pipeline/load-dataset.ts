import { withResolvedLicence } from '../licences/dataset-licence';
import type { Dataset, DatasetRef } from '../model/dataset';
import { fail, failure, ok, type Result } from '../model/failure';
import type { LoadContext, ParseContext } from '../portals/adapter';
import { adapterFor } from '../portals/registry';

/** Detection → metadata: the one path the extension and the CLI both take to a normalized dataset. */
export async function loadDataset(ref: DatasetRef, ctx: LoadContext): Promise<Result<Dataset>> {
  const adapter = adapterFor(ref.portal);
  if (!adapter) return fail(failure('unsupported'));
  return resolved(await adapter.load(ref, ctx), ctx);
}

/** The same from a saved raw answer of the family's main metadata call: no network at all. */
export function parseDataset(ref: DatasetRef, raw: unknown, ctx: ParseContext): Result<Dataset> {
  const adapter = adapterFor(ref.portal);
  if (!adapter) return fail(failure('unsupported'));
  return resolved(adapter.parse(raw, ref, ctx), ctx);
}

/** Adapters keep the licence as published; resolving it here, once, serves every portal family alike. */
function resolved(result: Result<Dataset>, ctx: ParseContext): Result<Dataset> {
  return result.ok ? ok(withResolvedLicence(result.value, ctx.lang)) : result;
}
