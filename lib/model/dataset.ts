import { z } from 'zod';
import { AlternativeSourceSchema } from '../preview/sources/source';

/** Portal family names, the same in code, CLI output and locale keys. */
export const PortalFamilySchema = z.enum(['udata', 'ckan', 'opendatasoft', 'socrata', 'arcgis', 'jsonld']);
export type PortalFamily = z.infer<typeof PortalFamilySchema>;

const nullableString = z.string().nullable();
/** ISO 8601 date or date-time, as given by the portal once normalized; null when unknown. */
const isoDate = z.string().nullable();

/** What every ref carries: where the dataset was seen, and the id the page names it by (display, same-dataset test). */
const refBase = {
  /** `https://www.data.gouv.fr`: the page's origin. */
  origin: z.string(),
  /** Id or slug as found on the page. */
  id: z.string(),
  /** The page the dataset was detected on. */
  pageUrl: z.string(),
  /** A file the page points at (`?resource_id=`), to preselect it. */
  resourceId: z.string().optional(),
};

/** udata: its API root, which is not the page's origin on data.gouv.fr's thematic sites or with `api-root`. */
export const UdataRefSchema = z.object({ portal: z.literal('udata'), ...refBase, apiBase: z.string() });

/** CKAN (and DKAN): where `/api/3/action/…` answers, and which documented install it is (null: generic). */
export const CkanRefSchema = z.object({
  portal: z.literal('ckan'),
  ...refBase,
  apiBase: z.string(),
  /** First host of the known install (`open.canada.ca`), whose page layout and languages are documented. */
  site: z.string().nullable(),
  /** The language segment of the page URL (`/fr/dataset/…`), when it has one. */
  pageLang: z.string().nullable(),
});

export const OpendatasoftRefSchema = z.object({ portal: z.literal('opendatasoft'), ...refBase });
export const SocrataRefSchema = z.object({ portal: z.literal('socrata'), ...refBase });

/** ArcGIS: an item (with its layer) read from the sharing API, or a Hub slug to resolve first. */
export const ArcgisLookupSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), itemId: z.string(), layer: z.number().nullable() }),
  z.object({ kind: z.literal('slug'), slug: z.string() }),
]);
export const ArcgisRefSchema = z.object({ portal: z.literal('arcgis'), ...refBase, lookup: ArcgisLookupSchema });

/** schema.org/DCAT JSON-LD: in the page itself (no request), in the piveau registry, or in a linked document. */
export const JsonLdRecordSchema = z.discriminatedUnion('kind', [
  /** The dataset node with its references inlined: never the page's whole JSON-LD. */
  z.object({ kind: z.literal('embedded'), node: z.unknown() }),
  z.object({ kind: z.literal('registry'), url: z.string() }),
  z.object({ kind: z.literal('linked'), url: z.string() }),
]);
export const JsonLdRefSchema = z.object({ portal: z.literal('jsonld'), ...refBase, record: JsonLdRecordSchema });

/** What detection yields: enough to fetch the dataset, nothing fetched yet; a typed locator per family. */
export const DatasetRefSchema = z.discriminatedUnion('portal', [
  UdataRefSchema,
  CkanRefSchema,
  OpendatasoftRefSchema,
  SocrataRefSchema,
  ArcgisRefSchema,
  JsonLdRefSchema,
]);
export type DatasetRef = z.infer<typeof DatasetRefSchema>;
export type RefOf<F extends PortalFamily> = Extract<DatasetRef, { portal: F }>;

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
  /** The type the file was served with, when the portal gives no `mime` of its own. */
  contentType: z.string().optional(),
  /** Size measured by the crawler when the portal's own `size` is missing. */
  measuredSize: z.number().optional(),
  /** `true` when the crawler saw CORS open to any origin. */
  corsOpen: z.boolean().optional(),
  /** `false` when the portal's checker could not reach the file. */
  available: z.boolean().optional(),
  /** The crawler's own error (`File too large to download`), shown as it is. */
  analysisError: z.string().optional(),
  /** Licence of this file when it differs from the dataset's (CKAN, ODS per-file licences). */
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
  /** Other ways to get this file's rows, in the order to try them; the file itself comes after them. */
  sources: z.array(AlternativeSourceSchema).default([]),
});
export type Resource = z.infer<typeof ResourceSchema>;

/** Fields a portal's answer may lack or get wrong; each has a `common.field.<name>` string in every language. */
export const MissingFieldSchema = z.enum([
  'title',
  'licence',
  'publisher',
  'dates.dataUpdated',
  'resources',
  /** Some entries of the file list could not be read and were left out. */
  'resources.unreadable',
  /** A map service named without its layer: the first layer is shown. */
  'resources.layer',
  'attachments.unreadable',
]);
export type MissingField = z.infer<typeof MissingFieldSchema>;

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
  missing: z.array(MissingFieldSchema).default([]),
});
export type Dataset = z.infer<typeof DatasetSchema>;
