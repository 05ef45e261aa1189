import { lookupLicence } from '../../../lib/licences/catalogue';
import type { DatasetLicence } from '../../../lib/model/dataset';

/** A licence as a dataset carries it once resolved against the catalogue. */
export function resolved(key: string): DatasetLicence {
  const entry = lookupLicence(key);
  if (!entry) throw new Error(`no catalogue entry ${key}`);
  return {
    id: key,
    title: entry.names.en,
    url: entry.urls.en,
    versionAssumed: false,
    published: { id: key, title: entry.names.en, url: entry.urls.en },
  };
}
