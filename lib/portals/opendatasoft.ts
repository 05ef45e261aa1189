import { z } from 'zod';
import type { PageSignals } from '../detect/page-signals';
import type { Dataset, DatasetRef, Resource } from '../model/dataset';
import { fail, ok, type Result } from '../model/failure';
import type { PortalAdapter } from './adapter';
import { htmlToText } from './html-fragments';
import { malformedFrom } from './zod-failure';

/** ODS portals the research notes name; any other host is recognised from its `/explore/dataset/` pages. */
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

export function detectOpendatasoft(signals: PageSignals): DatasetRef | null {
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

const lenientString = z.string().nullish().catch(null);
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

export function parseOpendatasoft(raw: unknown, ref: DatasetRef): Result<Dataset> {
  const host = new URL(ref.origin).host;
  const parsed = readAnswer(raw);
  if (!parsed.success) return fail(malformedFrom(parsed.error, host));
  const d = parsed.data;
  const m = d.metas;
  const missing: string[] = [];
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
        }));

  const attachments: Resource[] = [];
  (d.attachments ?? []).forEach((rawAttachment, i) => {
    const a = AttachmentSchema.safeParse(rawAttachment);
    if (!a.success) {
      missing.push(`attachments.${i}`);
      return;
    }
    const title = a.data.title?.trim() || a.data.id;
    const extension = /\.([a-z0-9]{1,5})$/i.exec(title)?.[1]?.toLowerCase() ?? null;
    attachments.push({
      id: a.data.id,
      title,
      url: `${api}/attachments/${pathId(a.data.id)}`,
      format: extension,
      mime: a.data.mimetype || null,
      size: null,
      lastModified: null,
      kind: 'attachment',
      hints: {},
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

export const opendatasoft: PortalAdapter = {
  family: 'opendatasoft',
  knownHosts: KNOWN_HOSTS,
  examples: {
    datasets: [
      { url: 'https://opendata.paris.fr/explore/dataset/les-arbres/', id: 'les-arbres' },
      { url: 'https://opendata.paris.fr/explore/dataset/les-arbres', id: 'les-arbres' },
      { url: 'https://opendata.paris.fr/explore/dataset/les-arbres/table/', id: 'les-arbres' },
      {
        url: 'https://opendata.paris.fr/explore/dataset/les-arbres/table/?disjunctive.typeemplacement&sort=idbase',
        id: 'les-arbres',
      },
      { url: 'https://opendata.paris.fr/explore/dataset/les-arbres/information/', id: 'les-arbres' },
      { url: 'https://opendata.paris.fr/explore/dataset/les-arbres/export/', id: 'les-arbres' },
      { url: 'https://opendata.paris.fr/explore/dataset/les-arbres/api/', id: 'les-arbres' },
      { url: 'https://opendata.paris.fr/explore/dataset/les-arbres/map/?location=12,48.85,2.35', id: 'les-arbres' },
      { url: 'https://opendata.paris.fr/explore/dataset/les-arbres/analyze/', id: 'les-arbres' },
      { url: 'https://opendata.paris.fr/explore/dataset/les-arbres/custom/', id: 'les-arbres' },
      { url: 'https://opendata.paris.fr/explore/dataset/les-arbres/?tab=export', id: 'les-arbres' },
      {
        url: 'https://data.iledefrance.fr/explore/dataset/liste-des-espaces-de-retrait-so-colissimo-sans-horaires/information/',
        id: 'liste-des-espaces-de-retrait-so-colissimo-sans-horaires',
      },
      {
        url: 'https://data.opendatasoft.com/explore/dataset/insee-departements@equipements-sgsocialgouv/table/',
        id: 'insee-departements@equipements-sgsocialgouv',
      },
      {
        url: 'https://data.opendatasoft.com/explore/dataset/insee-departements%40equipements-sgsocialgouv/',
        id: 'insee-departements@equipements-sgsocialgouv',
      },
      {
        url: 'https://public.opendatasoft.com/explore/embed/dataset/geonames-all-cities-with-a-population-1000/table/',
        id: 'geonames-all-cities-with-a-population-1000',
      },
      {
        url: 'https://data.example-metropole.fr/explore/dataset/velos-en-libre-service/map/',
        id: 'velos-en-libre-service',
      },
    ],
    notDatasets: [
      'https://opendata.paris.fr/',
      'https://opendata.paris.fr/explore/',
      'https://opendata.paris.fr/explore/?q=arbres',
      'https://opendata.paris.fr/explore/?sort=modified&refine.theme=Environnement',
      'https://opendata.paris.fr/explore/dataset/',
      'https://opendata.paris.fr/pages/home/',
      'https://data.iledefrance.fr/pages/accueil/',
      'https://opendata.paris.fr/explore/dataset/les-arbres/download/?format=csv',
      'https://opendata.paris.fr/explore/dataset/les-arbres/files/0c4b0b2c4e9d6bd5e6e9b9d1a0f7e1c2/download/',
      'https://opendata.paris.fr/api/explore/v2.1/catalog/datasets/les-arbres',
    ],
  },
  detect: detectOpendatasoft,
  metadataUrl: (ref) => apiDataset(ref.origin, ref.id),
  parse: (raw, ref) => parseOpendatasoft(raw, ref),
  async load(ref, ctx) {
    const answer = await ctx.fetchJson(this.metadataUrl(ref));
    if (!answer.ok) return answer;
    return parseOpendatasoft(answer.value, ref);
  },
};
