import { z } from 'zod';
import { hostOf } from '../../http/fetch-json';
import { fail, ok, type Result } from '../../model/failure';
import { malformedFrom } from '../../portals/zod-failure';
import { DEFAULT_PREVIEW_ROWS } from '../csv-preview';
import type { CsvPreview } from '../types';
import { keysInOrder, previewFromRecords, type RowsOptions, withParams } from './rows';

/** Explore API v2.1 caps `limit` at 100 per call (and `offset + limit` at 10 000). */
const ODS_PAGE_MAX = 100;

const RecordsPageSchema = z.object({
  total_count: z.number().nullish(),
  results: z.array(z.record(z.string(), z.unknown())),
});

/** OpenDataSoft `…/records?limit=&offset=` → `{total_count, results}`: the dataset's rows, a page at a time. */
export async function readOdsRecords(url: string, options: RowsOptions): Promise<Result<CsvPreview>> {
  const host = hostOf(url);
  const wanted = Math.max(1, options.rows ?? DEFAULT_PREVIEW_ROWS);
  const records: Record<string, unknown>[] = [];
  let total: number | null = null;
  let more = false;
  while (records.length < wanted) {
    const limit = Math.min(ODS_PAGE_MAX, wanted - records.length);
    const answer = await options.fetchJson(withParams(url, { limit, offset: records.length }));
    if (!answer.ok) return answer;
    const page = RecordsPageSchema.safeParse(answer.value);
    if (!page.success) return fail(malformedFrom(page.error, host));
    total = page.data.total_count ?? null;
    records.push(...page.data.results.slice(0, limit));
    more = page.data.results.length >= limit;
    if (!more || (total !== null && records.length >= total)) break;
  }
  return ok(
    previewFromRecords('ods-records', keysInOrder(records), records, {
      totalRows: total,
      totalBytes: options.totalBytes ?? null,
      more,
    }),
  );
}
