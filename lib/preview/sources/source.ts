import { z } from 'zod';

/**
 * The ways to get a file's rows, listed per resource by the portal adapters in the order to try them, the file
 * itself last. The preview engine reads a source and knows no portal: every portal-specific URL is built here
 * by the adapter, from the portal's own answer. Every source names, for the view, where its rows come from
 * (`provenance`, a locale key).
 */
export const RowsApiSchema = z.enum(['udata-tabular', 'ods-records', 'socrata-soda', 'ckan-datastore']);
export type RowsApi = z.infer<typeof RowsApiSchema>;

export const ConversionFormatSchema = z.enum(['parquet', 'geojson', 'pmtiles']);
export type ConversionFormat = z.infer<typeof ConversionFormatSchema>;

const provenance = z.string().regex(/^[a-z]+\.[a-zA-Z]+$/);

export const FileSourceSchema = z.object({
  kind: z.literal('file'),
  url: z.string(),
  format: z.string().nullable(),
  mime: z.string().nullable(),
  size: z.number().nullable(),
  provenance,
});

/** A copy of the file the portal generated in another format (data.gouv.fr's conversions). */
export const ConversionSourceSchema = z.object({
  kind: z.literal('conversion'),
  format: ConversionFormatSchema,
  url: z.string(),
  size: z.number().nullable(),
  provenance,
});

/**
 * A portal API serving the file's rows as JSON. `url` is the endpoint without paging parameters: the tabular
 * API's resource root, ODS `…/records`, Socrata `/resource/<4x4>.json`, CKAN `…/datastore_search?resource_id=`.
 */
export const RowsApiSourceSchema = z.object({
  kind: z.literal('rows-api'),
  api: RowsApiSchema,
  url: z.string(),
  provenance,
});

export const PreviewSourceSchema = z.discriminatedUnion('kind', [
  RowsApiSourceSchema,
  ConversionSourceSchema,
  FileSourceSchema,
]);
export type PreviewSource = z.infer<typeof PreviewSourceSchema>;
export type FileSource = z.infer<typeof FileSourceSchema>;
export type ConversionSource = z.infer<typeof ConversionSourceSchema>;
export type RowsApiSource = z.infer<typeof RowsApiSourceSchema>;

/** The sources an adapter lists before the file: everything but the file itself, which is always last. */
export const AlternativeSourceSchema = z.discriminatedUnion('kind', [RowsApiSourceSchema, ConversionSourceSchema]);
export type AlternativeSource = z.infer<typeof AlternativeSourceSchema>;

export const PROVENANCE: Record<RowsApi | ConversionFormat | 'file', string> = {
  file: 'sources.file',
  parquet: 'sources.parquetConversion',
  geojson: 'sources.geojsonConversion',
  pmtiles: 'sources.pmtilesConversion',
  'udata-tabular': 'preview.sourceTabular',
  'ods-records': 'sources.odsRecords',
  'socrata-soda': 'sources.socrataSoda',
  'ckan-datastore': 'sources.ckanDatastore',
};

export const rowsApi = (api: RowsApi, url: string): RowsApiSource => ({
  kind: 'rows-api',
  api,
  url,
  provenance: PROVENANCE[api],
});
