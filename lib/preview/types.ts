import { z } from 'zod';

/** WHATWG encoding labels the preview can decode. */
export const EncodingSchema = z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be', 'iso-8859-15']);
export type Encoding = z.infer<typeof EncodingSchema>;

export const DelimiterSchema = z.enum([',', ';', '\t', '|']);
export type Delimiter = z.infer<typeof DelimiterSchema>;

export const ColumnTypeSchema = z.enum(['integer', 'decimal', 'boolean', 'date', 'datetime', 'time', 'text', 'empty']);
export type ColumnType = z.infer<typeof ColumnTypeSchema>;

/**
 * Identifiers written with digits: always text, whatever a guesser says, since a code is never a number and its
 * leading zeros are part of it.
 */
export const CodeFormatSchema = z.enum([
  'code_commune_insee',
  'code_postal',
  'code_departement',
  'code_region',
  'siren',
  'siret',
]);
export type CodeFormat = z.infer<typeof CodeFormatSchema>;

/** Semantic formats, named as csv-detective names them where it has a name. */
export const ColumnFormatSchema = z.enum([
  ...CodeFormatSchema.options,
  'latitude',
  'longitude',
  'email',
  'url',
  'year',
  'percent',
]);
export type ColumnFormat = z.infer<typeof ColumnFormatSchema>;

export const TopValueSchema = z.object({ value: z.string(), count: z.number() });

/** A bar of a histogram (numbers, dates) or of a bar chart (top values): enough to draw it, nothing else. */
export const BinSchema = z.object({
  label: z.string(),
  from: z.number().optional(),
  to: z.number().optional(),
  count: z.number(),
});

export const ColumnProfileSchema = z.object({
  /** Rows looked at: the sample's or the whole file's. */
  count: z.number(),
  missing: z.number(),
  /** Exact over a sample; approximate (HyperLogLog) over a whole file, and then `distinctApproximate`. */
  distinct: z.number(),
  distinctApproximate: z.boolean(),
  /** Numbers as numbers; dates as ISO strings. */
  min: z.union([z.number(), z.string()]).nullable(),
  max: z.union([z.number(), z.string()]).nullable(),
  mean: z.number().nullable(),
  /** Most frequent values, most frequent first; approximate counts over a whole file. */
  top: z.array(TopValueSchema),
  histogram: z.array(BinSchema),
});
export type ColumnProfile = z.infer<typeof ColumnProfileSchema>;

export const ColumnSchema = z.object({
  name: z.string(),
  type: ColumnTypeSchema,
  format: ColumnFormatSchema.nullable(),
  /** For decimals: the separator the file uses. */
  decimalSeparator: z.enum(['.', ',']).nullable(),
  profile: ColumnProfileSchema.optional(),
});
export type Column = z.infer<typeof ColumnSchema>;

/**
 * Where the preview's table comes from: the file itself, or a portal API serving its rows (data.gouv.fr's
 * tabular API, which also profiled the whole file; OpenDataSoft records; Socrata SODA; CKAN DataStore), or the
 * portal's Parquet copy of the file.
 */
export const TableOriginSchema = z.enum([
  'file',
  'tabular-api',
  'ods-records',
  'socrata-soda',
  'ckan-datastore',
  'parquet-conversion',
]);
export type TableOrigin = z.infer<typeof TableOriginSchema>;

export const CsvPreviewSchema = z.object({
  source: TableOriginSchema,
  encoding: EncodingSchema,
  /** True when the user chose the encoding rather than the sniffer. */
  encodingOverridden: z.boolean(),
  /** How the encoding was decided: a BOM, valid UTF-8 over the whole sample, or the fallback. */
  encodingEvidence: z.enum(['bom', 'valid-utf8', 'fallback', 'user', 'portal']),
  delimiter: DelimiterSchema,
  delimiterOverridden: z.boolean(),
  /** Title or note lines above the header, skipped and shown as such. */
  preamble: z.array(z.string()),
  columns: z.array(ColumnSchema),
  /** Rows as the file has them (strings), header excluded; ragged rows kept as they are. */
  rows: z.array(z.array(z.string())),
  /** Rows whose field count differs from the header's. */
  raggedRows: z.number(),
  bytesRead: z.number(),
  /** Size of the whole file when known (Content-Range, Content-Length, portal metadata). */
  totalBytes: z.number().nullable(),
  /** Total rows when known (a portal's profile, or a whole-file pass). */
  totalRows: z.number().nullable(),
  /** True when the sample stopped before the end of the file. */
  truncated: z.boolean(),
  /**
   * Lines before the first data row in the file itself (preamble, blank lines, header), as a line reader counts
   * them: where a whole-file pass starts. Absent when the rows did not come from the file (a portal's API).
   */
  linesBeforeData: z.number().int().min(0).optional(),
});
export type CsvPreview = z.infer<typeof CsvPreviewSchema>;
