import { fail, failure, type Result } from '../../model/failure';
import { type PreviewOptions, type ProgressiveOptions, previewUrl } from '../csv-preview';
import type { ReadUrlOptions } from '../read-bytes';
import type { CsvPreview } from '../types';
import { readCkanDatastore } from './ckan-datastore';
import { readParquetConversion } from './conversions';
import { readOdsRecords } from './ods-records';
import type { RowsOptions } from './rows';
import { readSocrataSoda } from './socrata-soda';
import type { ConversionFormat, PreviewSource, RowsApi } from './source';
import { readUdataTabular } from './udata-tabular';

const ROW_READERS: Record<RowsApi, (url: string, options: RowsOptions) => Promise<Result<CsvPreview>>> = {
  'udata-tabular': readUdataTabular,
  'ods-records': readOdsRecords,
  'socrata-soda': readSocrataSoda,
  'ckan-datastore': readCkanDatastore,
};

/**
 * Copies that hold the file's rows. The GeoJSON and PMTiles copies hold its geography, read by `geoFromSources`
 * for the map, not its table.
 */
const ROW_CONVERSIONS: ReadonlySet<ConversionFormat> = new Set(['parquet']);

export interface SourcesPreviewOptions
  extends PreviewOptions,
    ProgressiveOptions,
    Omit<ReadUrlOptions, 'budget' | 'totalBytes' | 'onBytes'> {
  fetchJson: RowsOptions['fetchJson'];
  /**
   * Whether a URL may be requested (the extension: a host it holds a permission for). A source that may not is
   * skipped; the file itself is the caller's to check, since only the caller can ask the user.
   */
  mayRead?: (url: string) => Promise<boolean>;
}

/**
 * The preview of one resource from its sources (`sourcesFor`), tried in order: a row API or a conversion that
 * fails in any way (404 when not indexed, 410 when deleted, a malformed answer, no reader for the format) gives
 * way to the next, and the file comes last. A user's encoding or delimiter choice goes straight to the file: it
 * is about bytes. This knows no portal: every URL comes from the adapter's list.
 */
export async function previewFromSources(
  sources: readonly PreviewSource[],
  options: SourcesPreviewOptions,
): Promise<Result<CsvPreview>> {
  const overridden = options.encoding !== undefined || options.delimiter !== undefined;
  const file = sources.find((s) => s.kind === 'file');
  const totalBytes = file?.kind === 'file' ? file.size : null;
  for (const source of sources) {
    if (source.kind === 'file') return previewUrl(source.url, { ...options, totalBytes: source.size });
    if (overridden) continue;
    if (source.kind === 'conversion' && !ROW_CONVERSIONS.has(source.format)) continue;
    if (options.mayRead && !(await options.mayRead(source.url))) continue;
    const read =
      source.kind === 'rows-api'
        ? await ROW_READERS[source.api](source.url, { fetchJson: options.fetchJson, rows: options.rows, totalBytes })
        : await readParquetConversion(source.url, {
            fetchImpl: options.fetchImpl,
            timeoutMs: options.timeoutMs,
            budget: options.budget,
            rows: options.rows,
            totalBytes,
          });
    if (read.ok) return read;
  }
  return fail(failure('unsupported', 'errors.unsupported'));
}
