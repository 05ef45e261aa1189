import { z } from 'zod';
import type { PageSignals } from '../detect/page-signals';
import { hostnameOf, originOf } from '../http/urls';
import type { Dataset, MissingField, RefOf, Resource } from '../model/dataset';
import { fail, failure, ok, type Result } from '../model/failure';
import { type AlternativeSource, rowsApi } from '../preview/sources/source';
import { defineAdapter, type PortalAdapter } from './adapter';
import { extension, lenientString } from './lenient';
import { asPublished } from './published-licence';
import { formatFromMime } from './schema-org';
import { malformedFrom } from './zod-failure';

type SocrataRef = RefOf<'socrata'>;

/** Socrata ("Tyler Data & Insights") asset ids: two groups of four lower-case letters or digits. */
const FOUR_BY_FOUR = /^[a-z0-9]{4}-[a-z0-9]{4}$/;

const KNOWN_HOSTS = [
  'data.cityofchicago.org',
  'data.cityofnewyork.us',
  'data.seattle.gov',
  'data.sfgov.org',
  'data.ny.gov',
  'opendata.rdw.nl',
  'analisi.transparenciacatalunya.cat',
  'opendata.l-h.cat',
  'www.dati.lombardia.it',
  'cohesiondata.ec.europa.eu',
];

/** Page tabs after the id: `/about_data` is today's landing page, the others older or embedded views. */
const TABS = '(?:about_data|about|data|explore|visualization|alt|widget_preview)';
const SHORT_PATH = new RegExp(`^/d/([a-z0-9]{4}-[a-z0-9]{4})(?:/${TABS})?/?$`);
const CANONICAL_PATH = new RegExp(`^/([^/]+)/[^/]+/([a-z0-9]{4}-[a-z0-9]{4})(?:/${TABS})?/?$`);
/** First segments whose `/x/y/<4x4>` pages are not datasets (stories, user profiles) or not pages (the APIs). */
const NOT_CATEGORIES = new Set(['api', 'resource', 'stories', 'profile', 'browse', 'login', 'widgets', 'views']);

function socrataIdFrom(url: URL): string | null {
  const short = SHORT_PATH.exec(url.pathname);
  if (short?.[1]) return short[1];
  const canonical = CANONICAL_PATH.exec(url.pathname);
  if (canonical?.[1] && canonical[2] && !NOT_CATEGORIES.has(canonical[1].toLowerCase())) return canonical[2];
  return null;
}

/**
 * On a host we do not know, a 4x4 path is Socrata only when the page says so: its assets come from the
 * Socrata CDN, its generator names Socrata, or it links to its own `/api/views/<4x4>` metadata.
 */
function saysSocrata(signals: PageSignals, id: string): boolean {
  if (/socrata/i.test(signals.meta.generator ?? '')) return true;
  return signals.links.some((l) => {
    const host = hostnameOf(l.href);
    if (host === 'socrata.com' || host?.endsWith('.socrata.com')) return true;
    return new RegExp(`/api/views/${id}(?:\\.json)?$`).test(new URL(l.href).pathname);
  });
}

export function detectSocrata(signals: PageSignals): SocrataRef | null {
  let url: URL;
  try {
    url = new URL(signals.url);
  } catch {
    return null;
  }
  const id = socrataIdFrom(url);
  if (!id) return null;
  if (!KNOWN_HOSTS.includes(url.hostname) && !saysSocrata(signals, id)) return null;
  return { portal: 'socrata', origin: url.origin, id, pageUrl: url.href };
}

const lenientSeconds = z.number().nullish().catch(null);

const AttachmentSchema = z.object({
  filename: lenientString,
  name: lenientString,
  assetId: lenientString,
  blobId: lenientString,
});

/** `GET /api/views/<4x4>.json`: the asset's metadata, whatever its kind (table, map, file, link). */
const SocrataViewSchema = z.object({
  id: z.string().regex(FOUR_BY_FOUR),
  name: z.string().min(1),
  description: lenientString,
  attribution: lenientString,
  attributionLink: lenientString,
  category: lenientString,
  createdAt: lenientSeconds,
  rowsUpdatedAt: lenientSeconds,
  viewLastModified: lenientSeconds,
  indexUpdatedAt: lenientSeconds,
  licenseId: lenientString,
  license: z.object({ name: lenientString, termsLink: lenientString }).nullish().catch(null),
  tags: z.array(z.string()).nullish().catch(null),
  assetType: lenientString,
  viewType: lenientString,
  displayType: lenientString,
  blobId: lenientString,
  blobFilename: lenientString,
  blobFileSize: z.number().nullish().catch(null),
  blobMimeType: lenientString,
  metadata: z
    .object({
      attachments: z.array(AttachmentSchema.nullable().catch(null)).nullish().catch(null),
      accessPoints: z.record(z.string(), z.string()).nullish().catch(null),
      custom_fields: z.record(z.string(), z.record(z.string(), z.unknown())).nullish().catch(null),
    })
    .nullish()
    .catch(null),
});
type SocrataView = z.infer<typeof SocrataViewSchema>;

/** One entry of the Discovery API (`api.<region>.socrata.com/api/catalog/v1?ids=<4x4>`). */
const DiscoveryEntrySchema = z.object({
  resource: z.object({
    id: z.string().regex(FOUR_BY_FOUR),
    name: z.string().min(1),
    description: lenientString,
    attribution: lenientString,
    attribution_link: lenientString,
    type: lenientString,
    createdAt: lenientString,
    data_updated_at: lenientString,
    metadata_updated_at: lenientString,
  }),
  classification: z
    .object({ domain_tags: z.array(z.string()).nullish().catch(null), tags: z.array(z.string()).nullish().catch(null) })
    .nullish()
    .catch(null),
  metadata: z.object({ domain: lenientString, license: lenientString }).nullish().catch(null),
  permalink: lenientString,
  link: lenientString,
});
const DiscoveryAnswerSchema = z.object({ results: z.array(z.unknown()) });

/** Beyond ±8.64e15 ms a Date is invalid and toISOString throws: a hostile or broken answer must not crash parse. */
const MAX_DATE_MS = 8.64e15;

const isoFromSeconds = (s: number | null | undefined): string | null =>
  typeof s === 'number' && Number.isFinite(s) && s > 0 && s * 1000 <= MAX_DATE_MS
    ? new Date(s * 1000).toISOString()
    : null;

function exportsFor(origin: string, id: string, geo: boolean): Resource[] {
  // SODA serves a table's rows as JSON pages (`$limit`, `$offset`); a map's rows are its features.
  const soda: AlternativeSource[] = [rowsApi('socrata-soda', `${origin}/resource/${id}.json`)];
  if (geo) {
    return [
      {
        id: `${id}:geojson`,
        title: 'GeoJSON',
        url: `${origin}/api/geospatial/${id}?method=export&format=GeoJSON`,
        format: 'geojson',
        mime: 'application/geo+json',
        size: null,
        lastModified: null,
        kind: 'export',
        hints: {},
        sources: [],
      },
    ];
  }
  return (['csv', 'json'] as const).map((format) => ({
    id: `${id}:${format}`,
    title: format.toUpperCase(),
    url: `${origin}/api/views/${id}/rows.${format}?accessType=DOWNLOAD`,
    format,
    mime: format === 'csv' ? 'text/csv' : 'application/json',
    size: null,
    lastModified: null,
    kind: 'export' as const,
    hints: {},
    sources: soda,
  }));
}

/** Where Socrata's own front end links attachments (`znep/query-coordinator` `app/models/attachment.rb`). */
function attachmentUrl(origin: string, id: string, a: z.infer<typeof AttachmentSchema>): string | null {
  if (a.assetId) {
    return `${origin}/api/views/${id}/files/${encodeURIComponent(a.assetId)}?download=true&filename=${encodeURIComponent(a.filename ?? a.assetId)}`;
  }
  if (a.blobId) return `${origin}/api/assets/${encodeURIComponent(a.blobId)}?download=true`;
  return null;
}

const isGeo = (v: Pick<SocrataView, 'viewType' | 'displayType' | 'assetType'>): boolean =>
  v.viewType === 'geo' || v.displayType === 'map' || v.assetType === 'map';

function resourcesOf(v: SocrataView, origin: string): Resource[] {
  const out: Resource[] = [];
  if (v.blobId) {
    const mime = v.blobMimeType?.split(';')[0]?.trim() || null;
    // A file asset: the front end's download link (`query-coordinator` `View#blob_href`).
    out.push({
      id: v.blobId,
      title: v.blobFilename ?? v.name,
      url: `${origin}/api/file_data/${encodeURIComponent(v.blobId)}?filename=${encodeURIComponent(v.blobFilename ?? v.id)}`,
      format: extension(v.blobFilename) ?? formatFromMime(mime),
      mime,
      size: v.blobFileSize ?? null,
      lastModified: isoFromSeconds(v.rowsUpdatedAt),
      kind: 'main',
      hints: {},
      sources: [],
    });
  } else if (v.viewType === 'href') {
    for (const [format, url] of Object.entries(v.metadata?.accessPoints ?? {})) {
      out.push({
        id: `${v.id}:${format}`,
        title: url.split('/').pop() || format,
        url,
        format: format.toLowerCase(),
        mime: null,
        size: null,
        lastModified: null,
        kind: 'main',
        hints: {},
        sources: [],
      });
    }
  } else if (v.viewType === 'tabular' || isGeo(v)) {
    out.push(...exportsFor(origin, v.id, isGeo(v)));
  }
  for (const a of v.metadata?.attachments ?? []) {
    const url = a ? attachmentUrl(origin, v.id, a) : null;
    if (!a || !url) continue;
    out.push({
      id: a.assetId ?? a.blobId ?? url,
      title: a.name || a.filename || url,
      url,
      format: extension(a.filename ?? a.name),
      mime: null,
      size: null,
      lastModified: null,
      kind: 'attachment',
      hints: {},
      sources: [],
    });
  }
  return out;
}

/** Socrata's free-text update frequency, from the custom fields most portals fill in. */
function frequencyOf(v: SocrataView): string | null {
  for (const group of Object.values(v.metadata?.custom_fields ?? {})) {
    for (const key of ['Update Frequency', 'Frequency']) {
      const value = group[key];
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
  }
  return null;
}

interface Normalised {
  id: string;
  title: string;
  description: string | null;
  attribution: string | null;
  attributionLink: string | null;
  licence: { id: string | null; title: string | null; url: string | null };
  created: string | null;
  metadataModified: string | null;
  dataUpdated: string | null;
  frequency: string | null;
  tags: string[];
  resources: Resource[];
}

function toDataset(n: Normalised, ref: SocrataRef, origin: string): Dataset {
  const missing: MissingField[] = [];
  const hasLicence = Boolean(n.licence.id || n.licence.title || n.licence.url);
  if (!hasLicence) missing.push('licence');
  if (!n.attribution) missing.push('publisher');
  if (!n.dataUpdated) missing.push('dates.dataUpdated');
  if (n.resources.length === 0) missing.push('resources');
  return {
    portal: 'socrata',
    origin,
    id: n.id,
    slug: null,
    pageUrl: ref.id === n.id ? ref.pageUrl : `${origin}/d/${n.id}`,
    permalink: `${origin}/d/${n.id}`,
    title: n.title,
    description: n.description,
    publisher: { name: n.attribution, url: n.attributionLink },
    licence: asPublished(n.licence),
    dates: { created: n.created, metadataModified: n.metadataModified, dataUpdated: n.dataUpdated },
    frequency: n.frequency,
    resources: n.resources,
    tags: n.tags,
    sourceUrl: null,
    doi: null,
    status: { archived: false, deleted: false, private: false },
    publicSector: null,
    missing,
  };
}

function fromView(v: SocrataView, origin: string): Normalised {
  return {
    id: v.id,
    title: v.name,
    description: v.description || null,
    attribution: v.attribution || null,
    attributionLink: v.attributionLink || null,
    licence: { id: v.licenseId ?? null, title: v.license?.name ?? null, url: v.license?.termsLink ?? null },
    created: isoFromSeconds(v.createdAt),
    metadataModified: isoFromSeconds(v.viewLastModified ?? v.indexUpdatedAt),
    dataUpdated: isoFromSeconds(v.rowsUpdatedAt),
    frequency: frequencyOf(v),
    tags: v.tags ?? [],
    resources: resourcesOf(v, origin),
  };
}

/** Discovery `resource.type` values that are tables (exportable rows) or maps (GeoJSON export). */
const DISCOVERY_TABLES = new Set(['dataset', 'filter']);

function fromDiscovery(e: z.infer<typeof DiscoveryEntrySchema>, origin: string): Normalised {
  const r = e.resource;
  const type = r.type ?? '';
  const resources = DISCOVERY_TABLES.has(type) || type === 'map' ? exportsFor(origin, r.id, type === 'map') : [];
  return {
    id: r.id,
    title: r.name,
    description: r.description || null,
    attribution: r.attribution || null,
    attributionLink: r.attribution_link || null,
    licence: { id: null, title: e.metadata?.license || null, url: null },
    created: r.createdAt ?? null,
    metadataModified: r.metadata_updated_at ?? null,
    dataUpdated: r.data_updated_at ?? null,
    frequency: null,
    tags: [...new Set([...(e.classification?.domain_tags ?? []), ...(e.classification?.tags ?? [])])],
    resources,
  };
}

/**
 * The views answer, or (for `inspect --metadata`) a Discovery API answer holding the dataset: the catalogue
 * carries the licence's display name when the views answer has none.
 */
export function parseSocrata(raw: unknown, ref: SocrataRef): Result<Dataset> {
  const host = new URL(ref.origin).host;
  const discovery = DiscoveryAnswerSchema.safeParse(raw);
  if (discovery.success) {
    const entry = discovery.data.results.find(
      (r) => typeof r === 'object' && r !== null && (r as { resource?: { id?: unknown } }).resource?.id === ref.id,
    );
    if (!entry) return fail(failure('not-found', 'errors.not-found', { params: { host }, detail: ref.id }));
    const parsed = DiscoveryEntrySchema.safeParse(entry);
    if (!parsed.success) return fail(malformedFrom(parsed.error, host));
    const domain = parsed.data.metadata?.domain;
    // The catalogue names the portal the dataset lives on; anything but a plain host name is ignored.
    const origin = domain && /^[a-z0-9.-]+$/i.test(domain) ? `https://${domain}` : ref.origin;
    return ok(toDataset(fromDiscovery(parsed.data, origin), ref, origin));
  }
  const parsed = SocrataViewSchema.safeParse(raw);
  if (!parsed.success) return fail(malformedFrom(parsed.error, host));
  return ok(toDataset(fromView(parsed.data, ref.origin), ref, ref.origin));
}

export const socrata: PortalAdapter<'socrata'> = defineAdapter({
  family: 'socrata',
  pageHosts: KNOWN_HOSTS,
  apiHosts: [],
  detect: detectSocrata,
  origins: (ref) => [originOf(ref.origin)].filter((o): o is string => o !== null),
  metadataUrl: (ref) => `${ref.origin}/api/views/${ref.id}.json`,
  parse: (raw, ref) => parseSocrata(raw, ref),
});
