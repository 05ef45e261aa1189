import type { DatasetRef } from '../../lib/model/dataset';
import { fail, failure, ok, type Result } from '../../lib/model/failure';
import { originsFor } from '../../lib/portals/registry';

/** Every origin reading the ref needs must be granted (built-in hosts are): the first one missing fails. */
export async function checkReach(ref: DatasetRef): Promise<Result<true>> {
  for (const origin of originsFor(ref)) {
    if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) {
      return fail(failure('permission', 'errors.permission', { params: { host: new URL(origin).host, origin } }));
    }
  }
  return ok(true);
}
