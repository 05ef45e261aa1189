import { z } from 'zod';
import type { FetchLike } from '../../http/fetch-json';
import { fail, failure, ok, type Result } from '../../model/failure';
import { DEFAULT_PREVIEW_ROWS } from '../csv-preview';
import { createByteReader, urlTransport } from '../formats/byte-reader';
import { previewJson } from '../formats/json-file';
import { readPmtilesExtent } from '../formats/pmtiles';
import { GeoSummarySchema, MapDataSchema } from '../formats/types';
import { DEFAULT_BUDGET } from '../read-bytes';
import type { CsvPreview } from '../types';
import { PORTAL_DIALECT } from './rows';
import { type ConversionSource, PROVENANCE, type PreviewSource } from './source';

export interface ConversionOptions {
  fetchImpl?: FetchLike;
  timeoutMs?: number;
  budget?: number;
  rows?: number;
  /** The original file's size, shown next to the rows. */
  totalBytes?: number | null;
}

const readerFor = (url: string, options: ConversionOptions) =>
  createByteReader(urlTransport(url, { fetchImpl: options.fetchImpl, timeoutMs: options.timeoutMs }), {
    budget: options.budget ?? DEFAULT_BUDGET,
  });

/**
 * The first rows of a file from the portal's Parquet copy of it: footer and first row group by Range reads,
 * which on a big CSV is far less than reading its beginning and typing it. A copy whose columns do not fit the
 * budget gives no rows, and the caller goes on to the next source.
 */
export async function readParquetConversion(url: string, options: ConversionOptions): Promise<Result<CsvPreview>> {
  const reader = readerFor(url, options);
  // Opening costs a few bytes: the footer is what the Parquet reader asks for next.
  const opened = await reader.head(8);
  if (!opened.ok) return opened;
  const read = await (await import('../formats/parquet')).readParquet(reader, { rows: options.rows });
  if (!read.ok) return read;
  const { table } = read.value;
  if (!table) return fail(failure('unsupported', read.value.rowsNote ?? 'formats.parquetNoColumnFits'));
  return ok({
    source: 'parquet-conversion',
    ...PORTAL_DIALECT,
    preamble: [],
    columns: table.columns,
    rows: table.rows.slice(0, options.rows ?? DEFAULT_PREVIEW_ROWS),
    raggedRows: 0,
    bytesRead: reader.bytesRead(),
    totalBytes: options.totalBytes ?? null,
    totalRows: read.value.rowCount,
    truncated: read.value.rowCount > table.rows.length,
  });
}

/** What the portal's geographic copies say about a file, and which copy said it (a locale key). */
export const SourceGeoSchema = z.object({
  geo: GeoSummarySchema,
  map: MapDataSchema.nullable(),
  provenance: z.string(),
  /** Only the extent is known (a PMTiles header): no feature count to show. */
  extentOnly: z.boolean(),
});
export type SourceGeo = z.infer<typeof SourceGeoSchema>;

async function fromGeoJson(url: string, options: ConversionOptions): Promise<Result<SourceGeo>> {
  const read = await previewJson(readerFor(url, options), options.rows);
  if (!read.ok) return read;
  if (read.value.format !== 'geojson') return fail(failure('malformed', 'formats.geojsonExpected'));
  return ok({ geo: read.value.geo, map: read.value.map, provenance: PROVENANCE.geojson, extentOnly: false });
}

async function fromPmtiles(url: string, options: ConversionOptions): Promise<Result<SourceGeo>> {
  const header = await readPmtilesExtent(readerFor(url, options));
  if (!header.ok) return header;
  return ok({
    geo: { features: 0, complete: false, bbox: header.value.bbox, geometryTypes: [] },
    map: null,
    provenance: PROVENANCE.pmtiles,
    extentOnly: true,
  });
}

export interface SourceGeoOptions extends ConversionOptions {
  /** Whether a URL may be requested; a copy that may not is skipped. */
  mayRead?: (url: string) => Promise<boolean>;
}

/**
 * Features, extent and map from the portal's GeoJSON copy (its first budget), else the extent alone from the
 * PMTiles copy's header. When the GeoJSON was cut at the budget its box covers only the features read, so the
 * PMTiles header, which covers them all, gives the extent. Null when the portal made no geographic copy or none
 * could be read: the caller shows what it has without a map.
 */
export async function geoFromSources(
  sources: readonly PreviewSource[],
  options: SourceGeoOptions,
): Promise<SourceGeo | null> {
  const usable = async (format: ConversionSource['format']) => {
    const s = sources.find((x): x is ConversionSource => x.kind === 'conversion' && x.format === format);
    return s && (!options.mayRead || (await options.mayRead(s.url))) ? s : null;
  };
  const geojson = await usable('geojson');
  const pmtiles = await usable('pmtiles');
  const fromJson = geojson ? await fromGeoJson(geojson.url, options) : null;
  if (fromJson?.ok && fromJson.value.geo.complete) return fromJson.value;
  const fromTiles = pmtiles ? await fromPmtiles(pmtiles.url, options) : null;
  if (fromJson?.ok && fromTiles?.ok) {
    const geo = { ...fromJson.value.geo, bbox: fromTiles.value.geo.bbox };
    return { geo, map: fromJson.value.map, provenance: 'sources.geoConversions', extentOnly: false };
  }
  if (fromJson?.ok) return fromJson.value;
  return fromTiles?.ok ? fromTiles.value : null;
}
