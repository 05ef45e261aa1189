import { z } from 'zod';
import { hostOf } from '../../http/fetch-json';
import { fail, ok, type Result } from '../../model/failure';
import { malformedFrom } from '../../portals/zod-failure';
import { DEFAULT_PREVIEW_ROWS } from '../csv-preview';
import type { CsvPreview } from '../types';
import { keysInOrder, previewFromRecords, type RowsOptions, withParams } from './rows';

const RowsSchema = z.array(z.record(z.string(), z.unknown()));

/**
 * Socrata SODA `/resource/<4x4>.json?$limit=&$offset=&$order=:id` → an array of rows. One call: SODA 2.1 has no
 * page maximum, and ordering by the row id makes the first rows the same every time. The total is not given.
 */
export async function readSocrataSoda(url: string, options: RowsOptions): Promise<Result<CsvPreview>> {
  const wanted = Math.max(1, options.rows ?? DEFAULT_PREVIEW_ROWS);
  // One more than wanted tells whether there are more rows, without a count query.
  const answer = await options.fetchJson(withParams(url, { $limit: wanted + 1, $offset: 0, $order: ':id' }));
  if (!answer.ok) return answer;
  const parsed = RowsSchema.safeParse(answer.value);
  if (!parsed.success) return fail(malformedFrom(parsed.error, hostOf(url)));
  const records = parsed.data.slice(0, wanted);
  return ok(
    previewFromRecords('socrata-soda', keysInOrder(records), records, {
      totalRows: null,
      totalBytes: options.totalBytes ?? null,
      more: parsed.data.length > wanted,
    }),
  );
}
