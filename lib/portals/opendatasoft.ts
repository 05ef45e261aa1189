import { z } from 'zod';
import type { PageSignals } from '../detect/page-signals';
import { originOf } from '../http/urls';
import type { Dataset, MissingField, RefOf, Resource } from '../model/dataset';
import { fail, ok, type Result } from '../model/failure';
import { rowsApi } from '../preview/sources/source';
import { defineAdapter, type PortalAdapter } from './adapter';
import { htmlToText } from './html-fragments';
import { extension, lenientString } from './lenient';
import { malformedFrom } from './zod-failure';

type OdsRef = RefOf<'opendatasoft'>;

/**
 * ODS portals known to run on OpenDataSoft (their `/explore/dataset/` pages and `/api/explore/v2.1/` API are
 * public); any other host is recognised from its `/explore/dataset/` pages.
 */
const KNOWN_HOSTS = [
  'opendata.paris.fr',
  'data.iledefrance.fr',
  'data.rennesmetropole.fr',
  'public.opendatasoft.com',
  'data.opendatasoft.com',
  'opendata.caissedesdepots.fr',
  'data.enseignementsup-recherche.gouv.fr',
  'data.culturecommunication.gouv.fr',
];

/**
 * `/explore/dataset/<id>/` and its tabs (`table/`, `information/`, `export/`, `api/`, `map/`, `analyze/`,
 * custom views), also embedded (`/explore/embed/dataset/<id>/table/`). Federated datasets keep their source
 * domain in the id (`<id>@<domain>`), which the API of the same host expects whole.
 */
const DATASET_PATH = /^\/explore\/(?:embed\/)?dataset\/([A-Za-z0-9_.@-]+)(?:\/([a-z][a-z0-9_-]*))?\/?$/;
/** Segments under a dataset that are files, not pages. */
const NOT_TABS = new Set(['download', 'files']);

export function detectOpendatasoft(signals: PageSignals): OdsRef | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(signals.url);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const m = DATASET_PATH.exec(pathname);
  if (!m?.[1] || (m[2] && NOT_TABS.has(m[2]))) return null;
  return { portal: 'opendatasoft', origin: url.origin, id: m[1], pageUrl: url.href };
}

/** Ids go into paths as they are: `@` stays readable, anything else is escaped. */
const pathId = (id: string): string => encodeURIComponent(id).replace(/%40/g, '@');
const apiDataset = (origin: string, id: string): string => `${origin}/api/explore/v2.1/catalog/datasets/${pathId(id)}`;

const stringOrList = z
  .union([z.string(), z.array(z.string())])
  .nullish()
  .catch(null);

/** `metas.default` in v2.1, `metas` itself in the legacy v1 answer: the same keys. */
const MetasSchema = z.object({
  title: z.string().min(1),
  description: lenientString,
  publisher: lenientString,
  license: lenientString,
  license_url: lenientString,
  modified: lenientString,
  data_processed: lenientString,
  metadata_processed: lenientString,
  modified_updates_on_data_change: z.boolean().nullish().catch(null),
  keyword: stringOrList,
  theme: stringOrList,
  references: lenientString,
  visibility: lenientString,
});
type Metas = z.infer<typeof MetasSchema>;

const DcatSchema = z
  .object({
    created: lenientString,
    issued: lenientString,
    creator: lenientString,
    accrualperiodicity: lenientString,
  })
  .nullish()
  .catch(null);

const AttachmentSchema = z.object({
  id: z.string().min(1),
  title: lenientString,
  mimetype: lenientString,
});

const common = {
  has_records: z.boolean().nullish().catch(null),
  features: z.array(z.string()).nullish().catch(null),
  attachments: z.array(z.unknown()).nullish().catch(null),
  fields: z
    .array(z.object({ type: lenientString }))
    .nullish()
    .catch(null),
  visibility: lenientString,
  is_restricted: z.boolean().nullish().catch(null),
};

interface OdsDataset {
  id: string;
  metas: Metas;
  dcat: z.infer<typeof DcatSchema>;
  hasRecords: boolean | null | undefined;
  features: readonly string[];
  attachments: readonly unknown[] | null | undefined;
  fieldTypes: ReadonlyArray<string | null | undefined>;
  restricted: boolean;
}

type Common = z.infer<z.ZodObject<typeof common>>;

function normalized(id: string, metas: Metas, dcat: OdsDataset['dcat'], d: Common): OdsDataset {
  return {
    id,
    metas,
    dcat,
    hasRecords: d.has_records,
    features: d.features ?? [],
    attachments: d.attachments,
    fieldTypes: (d.fields ?? []).map((f) => f.type),
    restricted: d.is_restricted === true || (d.visibility ?? metas.visibility) === 'restricted',
  };
}

const V21Schema = z
  .object({ dataset_id: z.string().min(1), metas: z.object({ default: MetasSchema, dcat: DcatSchema }), ...common })
  .transform((d) => normalized(d.dataset_id, d.metas.default, d.metas.dcat, d));

/** `GET /api/datasets/1.0/<id>/`: what pre-2021 links and `provenance inspect --metadata` files may hold. */
const V1Schema = z
  .object({ datasetid: z.string().min(1), metas: MetasSchema, ...common })
  .transform((d) => normalized(d.datasetid, d.metas, null, d));

function readAnswer(raw: unknown) {
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  // v2.0 wrapped each dataset as `{links, dataset: {…}}`; v2.1 returns it bare.
  const inner = obj.dataset && typeof obj.dataset === 'object' && !('dataset_id' in obj) ? obj.dataset : raw;
  const isV1 = Boolean(inner && typeof inner === 'object' && 'datasetid' in inner);
  return isV1 ? V1Schema.safeParse(inner) : V21Schema.safeParse(inner);
}

/** What the Explore API v2.1 exports every dataset with records to; GeoJSON only makes sense with geometry. */
const EXPORTS: ReadonlyArray<{ format: string; mime: string; geo?: boolean }> = [
  { format: 'csv', mime: 'text/csv' },
  { format: 'json', mime: 'application/json' },
  { format: 'geojson', mime: 'application/geo+json', geo: true },
  { format: 'parquet', mime: 'application/vnd.apache.parquet' },
  { format: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
];
const GEO_FIELD_TYPES = new Set(['geo_point_2d', 'geo_shape']);

function listOf(v: string | readonly string[] | null | undefined): string[] {
  const items = typeof v === 'string' ? v.split(',') : (v ?? []);
  return items.map((s) => s.trim()).filter(Boolean);
}

const isUrl = (s: string | null | undefined): s is string => typeof s === 'string' && /^https?:\/\//i.test(s.trim());

export function parseOpendatasoft(raw: unknown, ref: OdsRef): Result<Dataset> {
  const host = new URL(ref.origin).host;
  const parsed = readAnswer(raw);
  if (!parsed.success) return fail(malformedFrom(parsed.error, host));
  const d = parsed.data;
  const m = d.metas;
  const missing: MissingField[] = [];
  const origin = ref.origin;
  const api = apiDataset(origin, d.id);

  // `modified` is the date the portal shows and the publisher controls; it follows the data unless the portal
  // was told not to, in which case the last processing of the data is the better witness.
  const dataUpdated =
    m.modified_updates_on_data_change === false
      ? (m.data_processed ?? m.modified ?? null)
      : (m.modified ?? m.data_processed ?? null);
  if (!dataUpdated) missing.push('dates.dataUpdated');

  const publisherName = m.publisher?.trim() || d.dcat?.creator?.trim() || null;
  if (!publisherName) missing.push('publisher');
  const licence = m.license?.trim() || null;
  const licenceUrl = m.license_url?.trim() || null;
  if (!licence && !licenceUrl) missing.push('licence');

  const hasGeo = d.features.includes('geo') || d.fieldTypes.some((t) => t && GEO_FIELD_TYPES.has(t));
  // The legacy v1 answer comes from the same portal, whose current API serves the same exports.
  const fileName = d.id.split('@')[0] ?? d.id;
  // Every export of a dataset holds the same records, which the records API serves a page at a time.
  const records = [rowsApi('ods-records', `${api}/records`)];
  const exports: Resource[] =
    d.hasRecords === false
      ? []
      : EXPORTS.filter((e) => !e.geo || hasGeo).map((e) => ({
          id: `export-${e.format}`,
          title: `${fileName}.${e.format}`,
          url: `${api}/exports/${e.format}`,
          format: e.format,
          mime: e.mime,
          size: null,
          lastModified: dataUpdated,
          kind: 'export',
          hints: {},
          sources: e.format === 'csv' || e.format === 'json' ? records : [],
        }));

  const attachments: Resource[] = [];
  (d.attachments ?? []).forEach((rawAttachment) => {
    const a = AttachmentSchema.safeParse(rawAttachment);
    if (!a.success) {
      if (!missing.includes('attachments.unreadable')) missing.push('attachments.unreadable');
      return;
    }
    const title = a.data.title?.trim() || a.data.id;
    attachments.push({
      id: a.data.id,
      title,
      url: `${api}/attachments/${pathId(a.data.id)}`,
      format: extension(title),
      mime: a.data.mimetype || null,
      size: null,
      lastModified: null,
      kind: 'attachment',
      hints: {},
      sources: [],
    });
  });

  const description = m.description ? htmlToText(m.description) : '';
  const pageUrl = `${origin}/explore/dataset/${pathId(d.id)}/`;
  return ok({
    portal: 'opendatasoft',
    origin,
    id: d.id,
    slug: d.id,
    pageUrl,
    // ODS addresses datasets by this id only; it is as stable as the portal keeps it.
    permalink: pageUrl,
    title: m.title,
    description: description || null,
    publisher: { name: publisherName, url: null },
    licence: {
      id: licence,
      title: licence,
      url: licenceUrl,
      versionAssumed: false,
      // ODS publishes a free-text name and sometimes a link, never an identifier.
      published: { id: null, title: licence, url: licenceUrl },
    },
    dates: {
      created: d.dcat?.created ?? d.dcat?.issued ?? null,
      metadataModified: m.metadata_processed ?? m.modified ?? null,
      dataUpdated,
    },
    frequency: d.dcat?.accrualperiodicity ?? null,
    resources: [...exports, ...attachments],
    tags: [...new Set([...listOf(m.keyword), ...listOf(m.theme)])],
    sourceUrl: isUrl(m.references) ? m.references.trim() : null,
    doi: null,
    status: { archived: false, deleted: false, private: d.restricted },
    publicSector: null,
    missing,
  });
}

export const opendatasoft: PortalAdapter<'opendatasoft'> = defineAdapter({
  family: 'opendatasoft',
  pageHosts: KNOWN_HOSTS,
  apiHosts: [],
  detect: detectOpendatasoft,
  origins: (ref) => [originOf(ref.origin)].filter((o): o is string => o !== null),
  metadataUrl: (ref) => apiDataset(ref.origin, ref.id),
  parse: (raw, ref) => parseOpendatasoft(raw, ref),
});
