import { z } from 'zod';
import type { PageSignals } from '../detect/page-signals';
import { hostnameOf } from '../http/urls';
import type { Dataset, MissingField, RefOf, Resource } from '../model/dataset';
import { fail, failure, ok, type Result } from '../model/failure';
import { defineAdapter, type LoadContext, type ParseContext, type PortalAdapter } from './adapter';
import { htmlToLine, plainText } from './html-fragments';
import { extension, lenientString } from './lenient';
import { asPublished } from './published-licence';
import { normaliseJsonLd } from './schema-org';
import { licenceFromText, standardLicenceId } from './text-licence';
import { malformedFrom } from './zod-failure';

type ArcgisRef = RefOf<'arcgis'>;

/**
 * ArcGIS Hub sites show items of ArcGIS Online; the item itself (title, credits, licence, dates) is read from
 * the ArcGIS sharing API, and the files from the Hub site's download API.
 */
const SHARING_ORIGIN = 'https://www.arcgis.com';
const SHARING = `${SHARING_ORIGIN}/sharing/rest`;
/** Hub sites on Esri's domains: their pages get the content script. */
const HUB_HOSTS = ['hub.arcgis.com', '*.hub.arcgis.com', 'opendata.arcgis.com', '*.opendata.arcgis.com'];

const ITEM_KEY = /^([0-9a-f]{32})(?:_(\d+))?$/i;
const SLUG_KEY = /^([A-Za-z0-9][A-Za-z0-9_-]*)::([a-z0-9][a-z0-9-]*)$/;
/** `/datasets/<key>` with its tabs; the older `/maps/<itemId>_<layer>` (still in Hub DCAT feeds). */
const DATASET_PATH = /^\/(datasets|maps)\/([^/?#]+)(?:\/(?:about|explore|data|api))?\/?$/;
/** An item as the page's own links and meta tags name it (thumbnails, item page, sharing URLs). */
const ITEM_REFERENCE =
  /arcgis\.com\/(?:sharing\/(?:rest\/)?content\/items\/|home\/item\.html\?id=)([0-9a-f]{32})(?:.*?[?&]sublayer=(\d+))?/i;

function isHubHost(hostname: string): boolean {
  return (
    hostname === 'hub.arcgis.com' ||
    hostname === 'opendata.arcgis.com' ||
    hostname.endsWith('.hub.arcgis.com') ||
    hostname.endsWith('.opendata.arcgis.com')
  );
}

/** A Hub site on its own domain loads its front end from Esri's hosts (`hubcdn.arcgis.com`, `js.arcgis.com`). */
function linksToArcgis(signals: PageSignals): boolean {
  return signals.links.some((l) => {
    const host = hostnameOf(l.href);
    return host?.endsWith('.arcgis.com') === true;
  });
}

interface ItemRef {
  itemId: string;
  layer: number | null;
}

function itemFromSignals(signals: PageSignals): ItemRef | null {
  const candidates = [...Object.values(signals.meta), ...signals.links.map((l) => l.href)];
  for (const value of candidates) {
    const m = ITEM_REFERENCE.exec(value);
    if (m?.[1]) return { itemId: m[1].toLowerCase(), layer: m[2] ? Number(m[2]) : null };
  }
  return null;
}

const keyOf = (item: ItemRef): string => (item.layer === null ? item.itemId : `${item.itemId}_${item.layer}`);

export function parseItemKey(id: string): ItemRef | null {
  const m = ITEM_KEY.exec(id);
  return m?.[1] ? { itemId: m[1].toLowerCase(), layer: m[2] ? Number(m[2]) : null } : null;
}

export function detectArcgis(signals: PageSignals): ArcgisRef | null {
  let url: URL;
  try {
    url = new URL(signals.url);
  } catch {
    return null;
  }
  const path = DATASET_PATH.exec(url.pathname);
  if (!path?.[2]) return null;
  let key: string;
  try {
    key = decodeURIComponent(path[2]);
  } catch {
    return null;
  }
  const fromSignals = itemFromSignals(signals);
  const item = parseItemKey(key);
  const slug = path[1] === 'datasets' && SLUG_KEY.test(key);
  // A Hub site on its own domain (data.indy.gov) is recognised only when the page names its ArcGIS item, or, for
  // an `<org>::<slug>` URL, when it loads Hub's front end from Esri's hosts.
  if (!isHubHost(url.hostname) && !fromSignals && !(slug && linksToArcgis(signals))) return null;
  const base = { portal: 'arcgis' as const, origin: url.origin, pageUrl: url.href };
  if (item) {
    if (path[1] === 'maps' && item.layer === null) return null;
    return { ...base, id: keyOf(item), lookup: { kind: 'item', ...item } };
  }
  if (!slug) return null;
  if (fromSignals) return { ...base, id: keyOf(fromSignals), lookup: { kind: 'item', ...fromSignals } };
  return { ...base, id: key, lookup: { kind: 'slug', slug: key } };
}

const lenientMillis = z.number().nullish().catch(null);

/** `GET /sharing/rest/content/items/<itemId>?f=json`, and the items of a search answer. */
const ArcgisItemSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/i),
  title: z.string().min(1),
  type: lenientString,
  name: lenientString,
  description: lenientString,
  snippet: lenientString,
  accessInformation: lenientString,
  licenseInfo: lenientString,
  created: lenientMillis,
  modified: lenientMillis,
  url: lenientString,
  access: lenientString,
  size: z.number().nullish().catch(null),
  tags: z.array(z.string()).nullish().catch(null),
});
type ArcgisItem = z.infer<typeof ArcgisItemSchema>;

const SearchAnswerSchema = z.object({ results: z.array(z.unknown()) });
const DcatUsFeedSchema = z.object({ dataset: z.array(z.unknown()) });

/** Beyond ±8.64e15 ms a Date is invalid and toISOString throws: a hostile or broken answer must not crash parse. */
const MAX_DATE_MS = 8.64e15;

const isoFromMillis = (ms: number | null | undefined): string | null =>
  typeof ms === 'number' && Number.isFinite(ms) && ms > 0 && ms <= MAX_DATE_MS ? new Date(ms).toISOString() : null;

const SERVICE = /\/(?:Feature|Map)Server(?:\/(\d+))?\/?$/i;

/** Hub's download API formats, as its DCAT feed lists them for a layer. */
const HUB_EXPORTS = [
  { format: 'csv', title: 'CSV', mime: 'text/csv' },
  { format: 'geojson', title: 'GeoJSON', mime: 'application/geo+json' },
  { format: 'shapefile', title: 'Shapefile', mime: 'application/zip' },
  { format: 'kml', title: 'KML', mime: 'application/vnd.google-earth.kml+xml' },
] as const;

/** File items keep their upload as the item's data. */
const FILE_TYPES: Record<string, string> = {
  CSV: 'csv',
  'Microsoft Excel': 'xlsx',
  PDF: 'pdf',
  GeoJson: 'geojson',
  Shapefile: 'zip',
  KML: 'kml',
  'File Geodatabase': 'zip',
  GeoPackage: 'gpkg',
};

function resourcesOf(item: ArcgisItem, layer: number | null, origin: string): Resource[] {
  const service = item.url ? SERVICE.exec(item.url) : null;
  if (service && layer !== null) {
    const root = item.url!.replace(/\/\d+\/?$/, '').replace(/\/$/, '');
    const exports: Resource[] = HUB_EXPORTS.map((e) => ({
      id: `${item.id}_${layer}:${e.format}`,
      title: e.title,
      url: `${origin}/api/download/v1/items/${item.id}/${e.format}?layers=${layer}`,
      format: e.format === 'shapefile' ? 'zip' : e.format,
      mime: e.mime,
      size: null,
      lastModified: null,
      kind: 'export',
      hints: {},
      sources: [],
    }));
    exports.push({
      id: `${item.id}_${layer}:service`,
      title: 'ArcGIS GeoService',
      url: `${root}/${layer}`,
      format: null,
      mime: 'application/json',
      size: null,
      lastModified: null,
      kind: 'api',
      hints: {},
      sources: [],
    });
    return exports;
  }
  const fileFormat = FILE_TYPES[item.type ?? ''];
  if (fileFormat) {
    return [
      {
        id: item.id,
        title: item.name ?? item.title,
        url: `${SHARING}/content/items/${item.id}/data`,
        format: extension(item.name) ?? fileFormat,
        mime: null,
        size: item.size ?? null,
        lastModified: isoFromMillis(item.modified),
        kind: 'main',
        hints: {},
        sources: [],
      },
    ];
  }
  return [];
}

/** What ArcGIS publishes as the licence: the text and link of `licenseInfo`, and Hub's standard licence. */
function licenceOf(html: string | null | undefined): Dataset['licence']['published'] | null {
  const published = licenceFromText(html);
  if (!published) return null;
  return { ...published, id: standardLicenceId(htmlToLine(html ?? ''), published.url) };
}

function fromItem(item: ArcgisItem, ref: ArcgisRef): Dataset {
  const fromRef = ref.lookup.kind === 'item' ? ref.lookup : null;
  const service = item.url ? SERVICE.exec(item.url) : null;
  const urlLayer = service?.[1] ? Number(service[1]) : null;
  // A slug names an item, not a layer: a service without one is read at its first layer, and said so.
  const assumeLayer = Boolean(service) && fromRef?.layer == null && urlLayer === null;
  const layer = fromRef?.layer ?? urlLayer ?? (assumeLayer ? 0 : null);
  const key = layer === null ? item.id : `${item.id}_${layer}`;
  const missing: MissingField[] = [];
  const publisher = plainText(item.accessInformation);
  if (!publisher) missing.push('publisher');
  const licence = licenceOf(item.licenseInfo);
  if (!licence) missing.push('licence');
  const modified = isoFromMillis(item.modified);
  if (!modified) missing.push('dates.dataUpdated');
  const resources = resourcesOf(item, layer, ref.origin);
  if (resources.length === 0) missing.push('resources');
  if (assumeLayer) missing.push('resources.layer');
  return {
    portal: 'arcgis',
    origin: ref.origin,
    id: key,
    slug: ref.lookup.kind === 'slug' ? ref.lookup.slug : null,
    pageUrl: ref.pageUrl,
    permalink: `${ref.origin}/datasets/${key}`,
    title: item.title,
    description: plainText(item.description) ?? plainText(item.snippet),
    publisher: { name: publisher, url: null },
    licence: asPublished(licence),
    // Item `modified` is the date Hub's own DCAT feed publishes as the dataset's `modified`.
    dates: { created: isoFromMillis(item.created), metadataModified: modified, dataUpdated: modified },
    frequency: null,
    resources,
    tags: item.tags ?? [],
    sourceUrl: null,
    doi: null,
    status: { archived: false, deleted: false, private: Boolean(item.access && item.access !== 'public') },
    publicSector: null,
    missing,
  };
}

const DCAT_ITEM = /[?&]id=([0-9a-f]{32})(?:&sublayer=(\d+))?/i;

function dcatEntryKey(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { identifier, landingPage } = entry as { identifier?: unknown; landingPage?: unknown };
  const m = typeof identifier === 'string' ? DCAT_ITEM.exec(identifier) : null;
  if (m?.[1]) return m[2] ? `${m[1].toLowerCase()}_${m[2]}` : m[1].toLowerCase();
  const tail = typeof landingPage === 'string' ? landingPage.split('/').pop() : undefined;
  return tail && ITEM_KEY.test(tail) ? tail.toLowerCase() : null;
}

/** An entry of a Hub site's DCAT-US feed (`/data.json`), read by the JSON-LD normaliser. */
function fromDcatUs(entry: unknown, ref: ArcgisRef, ctx: ParseContext): Result<Dataset> {
  const parsed = normaliseJsonLd(entry, { portal: 'arcgis', origin: ref.origin, pageUrl: ref.pageUrl, lang: ctx.lang });
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  const published = d.licence.published;
  const id = standardLicenceId(published.title, published.url);
  const licence = { ...published, id };
  const key = dcatEntryKey(entry) ?? d.id;
  return ok({
    ...d,
    id: key,
    permalink: `${ref.origin}/datasets/${key}`,
    licence: { ...d.licence, id, published: licence },
  });
}

export function parseArcgis(raw: unknown, ref: ArcgisRef, ctx: ParseContext): Result<Dataset> {
  const host = new URL(ref.origin).host;
  const feed = DcatUsFeedSchema.safeParse(raw);
  if (feed.success) {
    const wanted = ref.lookup.kind === 'item' ? ref.lookup : null;
    const entry = feed.data.dataset.find((e) => {
      const key = dcatEntryKey(e);
      return key !== null && wanted !== null && (key === keyOf(wanted) || key === wanted.itemId);
    });
    if (!entry) return fail(failure('not-found', 'errors.not-found', { params: { host }, detail: ref.id }));
    return fromDcatUs(entry, ref, ctx);
  }
  if (typeof raw === 'object' && raw !== null && 'landingPage' in raw) return fromDcatUs(raw, ref, ctx);
  const search = SearchAnswerSchema.safeParse(raw);
  const candidate = search.success ? search.data.results[0] : raw;
  if (search.success && candidate === undefined) {
    return fail(failure('not-found', 'errors.not-found', { params: { host }, detail: ref.id }));
  }
  const item = ArcgisItemSchema.safeParse(candidate);
  if (!item.success) return fail(malformedFrom(item.error, host));
  return ok(fromItem(item.data, ref));
}

function slugSearchUrl(slug: string): string {
  const filter = `typekeywords:"slug|${slug.replace('::', '|')}"`;
  return `${SHARING}/search?f=json&num=1&filter=${encodeURIComponent(filter)}`;
}

function metadataUrl(ref: ArcgisRef): string {
  return ref.lookup.kind === 'item'
    ? `${SHARING}/content/items/${ref.lookup.itemId}?f=json`
    : slugSearchUrl(ref.lookup.slug);
}

/** A slug is resolved the way Hub resolves it (`hub.js` `getItemBySlug`): a typeKeyword search, then the item. */
async function loadArcgis(ref: ArcgisRef, ctx: LoadContext): Promise<Result<Dataset>> {
  const host = new URL(SHARING).host;
  let itemUrl = metadataUrl(ref);
  if (ref.lookup.kind === 'slug') {
    const found = await ctx.fetchJson(itemUrl);
    if (!found.ok) return found;
    const first = SearchAnswerSchema.safeParse(found.value);
    if (!first.success) return fail(malformedFrom(first.error, host));
    const id = z.object({ id: z.string().regex(/^[0-9a-f]{32}$/i) }).safeParse(first.data.results[0]);
    if (!id.success) return fail(failure('not-found', 'errors.not-found', { params: { host }, detail: ref.id }));
    itemUrl = `${SHARING}/content/items/${id.data.id}?f=json`;
  }
  const answer = await ctx.fetchJson(itemUrl);
  if (!answer.ok) return answer;
  return parseArcgis(answer.value, ref, ctx);
}

export const arcgis: PortalAdapter<'arcgis'> = defineAdapter({
  family: 'arcgis',
  pageHosts: HUB_HOSTS,
  // The sharing API holds every item; its host serves no dataset page the detector claims.
  apiHosts: ['www.arcgis.com'],
  detect: detectArcgis,
  origins: () => [SHARING_ORIGIN],
  metadataUrl,
  parse: (raw, ref, ctx) => parseArcgis(raw, ref, ctx),
  load: loadArcgis,
});
