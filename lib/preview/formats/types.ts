import { z } from 'zod';
import { ColumnSchema, CsvPreviewSchema } from '../types';
import { FileFormatSchema } from './detect-format';
import { JsonNodeSchema } from './json-view';
import { ZipEntrySchema } from './zip';

/** Rows of any tabular content in the CSV preview's shape, so that its table, types and profiles are reused. */
export const TableSchema = z.object({
  columns: z.array(ColumnSchema),
  rows: z.array(z.array(z.string())),
  /** Total rows when the file states it, else null. */
  rowCount: z.number().nullable(),
  /** Title lines above the header, recognised like a CSV's preamble. */
  preamble: z.array(z.string()),
});
export type Table = z.infer<typeof TableSchema>;

export const BBoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type BBox = z.infer<typeof BBoxSchema>;

export const GeoSummarySchema = z.object({
  /** Features (or points, or shapes) seen. */
  features: z.number(),
  /** True when every feature was read, so `features` is the total rather than "at least". */
  complete: z.boolean(),
  /** [minLon, minLat, maxLon, maxLat], null when nothing had coordinates. */
  bbox: BBoxSchema.nullable(),
  geometryTypes: z.array(z.string()),
});
export type GeoSummary = z.infer<typeof GeoSummarySchema>;

/** Geometries reduced to what an SVG needs: rings and lines as flat [lon, lat, lon, lat…] arrays. */
export const MapShapeSchema = z.object({
  kind: z.enum(['point', 'line', 'polygon']),
  parts: z.array(z.array(z.number())),
});
export type MapShape = z.infer<typeof MapShapeSchema>;

export const MapDataSchema = z.object({
  shapes: z.array(MapShapeSchema),
  /** Coordinates held; the view asks before drawing more than it comfortably can. */
  vertices: z.number(),
  /** Shapes were left out past the hard cap. */
  capped: z.boolean(),
});
export type MapData = z.infer<typeof MapDataSchema>;

export const ContainerSchema = z.object({ format: z.literal('zip'), entry: z.string() }).nullable();

const base = {
  /** Bytes that came over the network or off the disk. */
  bytesRead: z.number(),
  totalBytes: z.number().nullable(),
  /** The view stops before the end of the content shown. */
  truncated: z.boolean(),
  /** The archive holding what is shown, when it is inside one. */
  container: ContainerSchema,
  /** The archive's entries, when the file is one. */
  entries: z.array(ZipEntrySchema).nullable(),
  /** The listing may miss entries (the server ignored Range, or too many entries). */
  entriesPartial: z.boolean(),
};

export const CsvFilePreviewSchema = z.object({
  ...base,
  format: z.literal('csv'),
  csv: CsvPreviewSchema,
  geo: GeoSummarySchema.nullable(),
  map: MapDataSchema.nullable(),
});

/** An archive whose entries are listed but none shown (none previewable, or the chosen one refused). */
export const ZipFilePreviewSchema = z.object({
  ...base,
  format: z.literal('zip'),
  /** Why no entry is shown: a message key and its params. */
  note: z
    .object({ messageKey: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })
    .nullable(),
});

export const UnsupportedFilePreviewSchema = z.object({
  ...base,
  format: z.literal('unsupported'),
  /** What the file is, as far as its bytes, name or type say (`PDF`, `PNG`, `HTML`…), or null. */
  kind: z.string().nullable(),
  mime: z.string().nullable(),
  messageKey: z.string(),
});

export const JsonFilePreviewSchema = z.object({
  ...base,
  format: z.literal('json'),
  tree: JsonNodeSchema,
  /** The tree stops before the end (depth or node cap). */
  treeCapped: z.boolean(),
  /** The records as a table, when they are flat objects. */
  table: TableSchema.nullable(),
  /** Integers beyond 2^53, which lose precision in most tools. */
  bigIntegers: z.number(),
  /** Deepest nesting met. */
  depth: z.number(),
});

export const GeoJsonFilePreviewSchema = z.object({
  ...base,
  format: z.literal('geojson'),
  geo: GeoSummarySchema,
  map: MapDataSchema.nullable(),
  /** Feature properties as a table. */
  table: TableSchema.nullable(),
});

export const SheetInfoSchema = z.object({ name: z.string(), hidden: z.boolean() });
export type SheetInfo = z.infer<typeof SheetInfoSchema>;

const workbook = <F extends 'xlsx' | 'ods' | 'xls'>(format: F) =>
  z.object({
    ...base,
    format: z.literal(format),
    sheets: z.array(SheetInfoSchema),
    /** The sheet shown. */
    sheet: z.string(),
    table: TableSchema,
  });
export const XlsxFilePreviewSchema = workbook('xlsx');
export const OdsFilePreviewSchema = workbook('ods');
export const XlsFilePreviewSchema = workbook('xls');

export const ParquetFilePreviewSchema = z.object({
  ...base,
  format: z.literal('parquet'),
  /** Leaf columns: name, physical type, logical type when declared, nullability. */
  schema: z.array(
    z.object({ name: z.string(), type: z.string(), logicalType: z.string().nullable(), nullable: z.boolean() }),
  ),
  rowCount: z.number(),
  rowGroups: z.number(),
  createdBy: z.string().nullable(),
  /** Footer statistics over every row group, as text. */
  stats: z.array(
    z.object({
      column: z.string(),
      min: z.string().nullable(),
      max: z.string().nullable(),
      nulls: z.number().nullable(),
    }),
  ),
  /** First rows of the first row group's columns that fit the budget, or null. */
  table: TableSchema.nullable(),
  /** Columns left out of the table because they did not fit. */
  columnsOmitted: z.array(z.string()),
  /** Why there is no table (a message key), or null. */
  rowsNote: z.string().nullable(),
});

export const ShapefileFilePreviewSchema = z.object({
  ...base,
  format: z.literal('shapefile'),
  /** Feature count from the `.dbf` header; bbox in longitude/latitude, when the coordinates are or can be turned back into degrees. */
  geo: GeoSummarySchema,
  /** The `.shp` geometries read within the budget, in longitude/latitude. */
  map: MapDataSchema.nullable(),
  /** The `.shp` header's extent in the file's own coordinates (Lambert 93 metres, degrees…). */
  extent: BBoxSchema.nullable(),
  shapeType: z.string().nullable(),
  /** How the attributes were decoded. */
  encoding: z.string(),
  table: TableSchema,
});

export const FilePreviewSchema = z.discriminatedUnion('format', [
  ShapefileFilePreviewSchema,
  ParquetFilePreviewSchema,
  XlsxFilePreviewSchema,
  OdsFilePreviewSchema,
  XlsFilePreviewSchema,
  CsvFilePreviewSchema,
  JsonFilePreviewSchema,
  GeoJsonFilePreviewSchema,
  ZipFilePreviewSchema,
  UnsupportedFilePreviewSchema,
]);
export type FilePreview = z.infer<typeof FilePreviewSchema>;
export type FilePreviewOf<F extends FilePreview['format']> = Extract<FilePreview, { format: F }>;
export { FileFormatSchema };
