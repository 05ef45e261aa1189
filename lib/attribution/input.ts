import { lookupLicence } from '../licences/catalogue';
import type { NoticeInput } from './notice';
import type { DatasetSnapshot } from './snapshot';

/**
 * The generator's input for a dataset whose licence the pipeline resolved: `licence.id` is a catalogue key or
 * null, and a key the catalogue no longer has counts as unknown rather than failing.
 */
export function noticeInputOf(dataset: DatasetSnapshot, providerStatement: string | null = null): NoticeInput {
  const key = dataset.licence.id;
  return { dataset, licence: (key && lookupLicence(key)) || null, providerStatement };
}
