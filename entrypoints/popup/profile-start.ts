import type { FetchLike } from '../../lib/http/fetch-json';
import type { Resource } from '../../lib/model/dataset';
import { ok, type Result } from '../../lib/model/failure';
import { analyzeSample } from '../../lib/preview/csv-preview';
import { readUrlSample } from '../../lib/preview/read-bytes';
import type { CsvPreview } from '../../lib/preview/types';
import type { StartMessage } from '../../lib/preview/worker-protocol';

/**
 * The worker's `start` message for a whole-file profile of `resource`. A preview read from the file already
 * knows the dialect, the typed columns and where the data starts: it is used as it is, and the sample is not
 * read twice. Only a portal's parsed copy (the tabular API) says nothing about the file's own lines, and then
 * the sample is read once to find out.
 */
export async function profileStart(
  resource: Resource,
  preview: CsvPreview,
  fetchImpl?: FetchLike,
): Promise<Result<StartMessage>> {
  let fromFile = preview;
  if (preview.linesBeforeData === undefined) {
    const sample = await readUrlSample(resource.url, { fetchImpl });
    if (!sample.ok) return sample;
    const analysis = analyzeSample(sample.value, { encoding: preview.encoding, delimiter: preview.delimiter });
    if (!analysis.ok) return analysis;
    fromFile = analysis.value.preview;
  }
  return ok({
    type: 'start',
    url: resource.url,
    encoding: fromFile.encoding,
    delimiter: fromFile.delimiter,
    skipLines: fromFile.linesBeforeData ?? 0,
    columns: fromFile.columns.map(({ profile: _sample, ...column }) => column),
    // The size the file's own answer gave first: the portal's may be stale, and two workers cut the file by it.
    totalBytes: fromFile.totalBytes ?? resource.size ?? resource.hints.measuredSize ?? null,
  });
}
