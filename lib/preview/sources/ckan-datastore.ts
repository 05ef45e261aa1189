import { z } from 'zod';
import { hostOf } from '../../http/fetch-json';
import { fail, failure, ok, type Result } from '../../model/failure';
import { malformedFrom } from '../../portals/zod-failure';
import { DEFAULT_PREVIEW_ROWS } from '../csv-preview';
import type { CsvPreview } from '../types';
import { previewFromRecords, type RowsOptions, withParams } from './rows';

const DatastoreAnswerSchema = z.object({
  success: z.boolean(),
  result: z
    .object({
      records: z.array(z.record(z.string(), z.unknown())),
      fields: z.array(z.object({ id: z.string(), type: z.string().nullish() })),
      total: z.number().nullish(),
      total_was_estimated: z.boolean().nullish(),
      limit: z.number().nullish(),
    })
    .optional(),
});

/** The DataStore's own row number, not a column of the file. */
const INTERNAL_FIELD = '_id';
/** Pages asked for at most; the server may answer fewer (`ckan.datastore.search.rows_max`), read back in `limit`. */
const PAGE_MAX = 100;

/**
 * CKAN `datastore_search?resource_id=&limit=&offset=` → `{success, result: {records, fields, total}}`: the rows
 * CKAN's loader imported, in the file's column order.
 */
export async function readCkanDatastore(url: string, options: RowsOptions): Promise<Result<CsvPreview>> {
  const host = hostOf(url);
  const wanted = Math.max(1, options.rows ?? DEFAULT_PREVIEW_ROWS);
  const records: Record<string, unknown>[] = [];
  let header: string[] = [];
  let total: number | null = null;
  let more = false;
  while (records.length < wanted) {
    const limit = Math.min(PAGE_MAX, wanted - records.length);
    const answer = await options.fetchJson(withParams(url, { limit, offset: records.length }));
    if (!answer.ok) return answer;
    const parsed = DatastoreAnswerSchema.safeParse(answer.value);
    if (!parsed.success) return fail(malformedFrom(parsed.error, host));
    const result = parsed.data.result;
    if (!parsed.data.success || !result) {
      return fail(failure('malformed', 'errors.malformed', { params: { host, detail: 'success: false' } }));
    }
    header = result.fields.map((f) => f.id).filter((id) => id !== INTERNAL_FIELD);
    // An estimated total is a guess: better none than a wrong row count.
    total = result.total_was_estimated ? null : (result.total ?? null);
    const served = Math.max(1, Math.min(limit, result.limit ?? limit));
    records.push(...result.records.slice(0, served));
    more = result.records.length >= served;
    if (!more || (total !== null && records.length >= total)) break;
  }
  return ok(
    previewFromRecords('ckan-datastore', header, records, {
      totalRows: total,
      totalBytes: options.totalBytes ?? null,
      more,
    }),
  );
}
