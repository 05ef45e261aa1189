import { z } from 'zod';

/** Portal family names, the same in code, CLI output and locale keys. */
export const PortalFamilySchema = z.enum(['udata', 'ckan', 'opendatasoft', 'socrata', 'arcgis', 'jsonld']);
export type PortalFamily = z.infer<typeof PortalFamilySchema>;

const nullableString = z.string().nullable();
/** ISO 8601 date or date-time, as given by the portal once normalized; null when unknown. */
const isoDate = z.string().nullable();

/** What detection yields: enough to fetch the dataset, nothing fetched yet. */
export const DatasetRefSchema = z.object({
  portal: PortalFamilySchema,
  /** `https://www.data.gouv.fr` */
  origin: z.string(),
  /** Id or slug as found on the page; the API accepts either. */
  id: z.string(),
  /** The page the dataset was detected on. */
  pageUrl: z.string(),
  /** Root of the portal's API when it is not at the origin (CKAN under a sub-path, udata `api-root`). */
  apiBase: z.string().optional(),
  /** A file the page points at (`?resource_id=`), to preselect it. */
  resourceId: z.string().optional(),
  /** Metadata embedded in the page itself (schema.org JSON-LD): no request needed. */
  embedded: z.unknown().optional(),
});
export type DatasetRef = z.infer<typeof DatasetRefSchema>;

export const PublisherSchema = z.object({
  name: nullableString,
  url: nullableString,
});
export type Publisher = z.infer<typeof PublisherSchema>;

export const PublishedLicenceSchema = z.object({
  id: nullableString,
  title: nullableString,
  url: nullableString,
});
export type PublishedLicence = z.infer<typeof PublishedLicenceSchema>;

export const DatasetLicenceSchema = z.object({
  /** Canonical licence key (`etalab-2.0`, `ODbL-1.0`…) once resolved; null when unknown. */
  id: nullableString,
  /** Display title and official text link: the catalogue's when resolved, else as published. */
  title: nullableString,
  url: nullableString,
  /** True when a version had to be assumed (a CC licence published without one). */
  versionAssumed: z.boolean().default(false),
  /** Exactly what the portal published, kept beside the resolution. */
  published: PublishedLicenceSchema,
});
export type DatasetLicence = z.infer<typeof DatasetLicenceSchema>;

export const ResourceKindSchema = z.enum(['main', 'documentation', 'api', 'export', 'attachment', 'other']);
export type ResourceKind = z.infer<typeof ResourceKindSchema>;

/** What a portal's crawler already knows about a file: lets the preview skip or shape downloads. */
export const ResourceHintsSchema = z.object({
  contentType: z.string().optional(),
  /** Size measured by the crawler when the portal's own `size` is missing. */
  measuredSize: z.number().optional(),
  /** `true` when the crawler saw CORS open to any origin. */
  corsOpen: z.boolean().optional(),
  available: z.boolean().optional(),
  /** A Parquet copy of the file made by the portal. */
  parquetUrl: z.string().optional(),
  parquetSize: z.number().optional(),
  /** data.gouv.fr tabular API has this file as a table. */
  tabularApi: z.boolean().optional(),
  /** The crawler's own error (`File too large to download`). */
  analysisError: z.string().optional(),
  /** Licence of this file when it differs from the dataset's (CKAN per-resource licences). */
  licence: PublishedLicenceSchema.optional(),
});
export type ResourceHints = z.infer<typeof ResourceHintsSchema>;

export const ResourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  /** Lower-case short format (`csv`, `geojson`, `zip`), null when the portal gives none. */
  format: nullableString,
  mime: nullableString,
  /** Bytes; null when unknown. */
  size: z.number().nullable(),
  lastModified: isoDate,
  kind: ResourceKindSchema,
  hints: ResourceHintsSchema.default({}),
});
export type Resource = z.infer<typeof ResourceSchema>;

export const DatasetSchema = z.object({
  portal: PortalFamilySchema,
  origin: z.string(),
  id: z.string(),
  slug: nullableString,
  /** The page a person reads. */
  pageUrl: z.string(),
  /** A URL that survives renames (id-based); preferred in attributions. */
  permalink: z.string(),
  title: z.string(),
  description: nullableString,
  publisher: PublisherSchema,
  licence: DatasetLicenceSchema,
  dates: z.object({
    created: isoDate,
    /** When the metadata last changed. */
    metadataModified: isoDate,
    /** When the data (files) last changed: what attribution notices cite. */
    dataUpdated: isoDate,
  }),
  /** Portal's frequency id (`weekly`, `R/P1M`…), null when not given. */
  frequency: nullableString,
  resources: z.array(ResourceSchema),
  tags: z.array(z.string()),
  /** Original source when the portal harvested the dataset from elsewhere. */
  sourceUrl: nullableString.default(null),
  doi: nullableString.default(null),
  status: z
    .object({ archived: z.boolean(), deleted: z.boolean(), private: z.boolean() })
    .default({ archived: false, deleted: false, private: false }),
  /** True when the producer is a public administration (drives French public-sector rules). */
  publicSector: z.boolean().nullable().default(null),
  /** Fields the portal's answer lacked or got wrong: shown so that nothing is silently invented. */
  missing: z.array(z.string()).default([]),
});
export type Dataset = z.infer<typeof DatasetSchema>;
