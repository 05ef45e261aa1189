import { ok, type Result } from '../../model/failure';
import { analyzeSample, DEFAULT_PREVIEW_ROWS } from '../csv-preview';
import { type ByteSample, collectSample } from '../read-bytes';
import type { Delimiter, Encoding } from '../types';
import { pointsFromTable } from './table-geo';
import type { FilePreviewOf } from './types';

export interface CsvOptions {
  rows?: number;
  encoding?: Encoding;
  delimiter?: Delimiter;
}

/** Decompresses a gzip sample (seen by its magic bytes) within the budget; other bytes pass as they are. */
export async function sampleFromBytes(
  bytes: Uint8Array,
  info: { bytesRead: number; totalBytes: number | null; truncated: boolean; budget: number },
): Promise<Result<ByteSample>> {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const collected = await collectSample(stream, { budget: info.budget });
  if (!collected.ok) return collected;
  const { gunzipped, ended } = collected.value;
  return ok({
    bytes: collected.value.bytes,
    bytesRead: info.bytesRead,
    totalBytes: info.totalBytes,
    truncated: info.truncated || (gunzipped && !ended),
    gunzipped,
  });
}

/** The CSV preview of a sample, plus the point map when the columns hold coordinates. */
export function csvFilePreview(sample: ByteSample, options: CsvOptions): Result<FilePreviewOf<'csv'>> {
  const analysis = analyzeSample(sample, { ...options, rows: Number.MAX_SAFE_INTEGER });
  if (!analysis.ok) return analysis;
  const all = analysis.value.preview;
  const points = pointsFromTable(all.columns, all.rows, !sample.truncated);
  return ok({
    format: 'csv',
    bytesRead: sample.bytesRead,
    totalBytes: sample.totalBytes,
    truncated: sample.truncated,
    container: null,
    entries: null,
    entriesPartial: false,
    csv: { ...all, rows: all.rows.slice(0, options.rows ?? DEFAULT_PREVIEW_ROWS) },
    geo: points?.geo ?? null,
    map: points?.map ?? null,
  });
}
