import { z } from 'zod';
import type { Lang } from '../i18n';
import type {
  Dataset,
  MissingField,
  PortalFamily,
  PublishedLicence,
  Publisher,
  Resource,
  ResourceKind,
} from '../model/dataset';
import { fail, failure, ok, type Result } from '../model/failure';
import { plainText } from './html-fragments';
import { asPublished } from './published-licence';
import { licenceFromText } from './text-licence';
import { malformedFrom } from './zod-failure';

/**
 * One reader for the ways a dataset describes itself in JSON-LD: schema.org `Dataset` (bare, `schema:`-prefixed
 * or full-IRI keys), DCAT / DCAT-AP (`dct:title`, `dcat:distribution`…, as udata and piveau write it) and
 * DCAT-US entries (`title`, `landingPage`, `distribution[].downloadURL`, as ArcGIS Hub and data.gov write it).
 * Keys are compared by local name, so `schema:name`, `http://schema.org/name` and `name` are one key, and
 * `dct:title` and `title` another; the vocabularies agree on what a shared local name means.
 */

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function localName(key: string): string {
  if (key.startsWith('@')) return key;
  const cut = Math.max(key.lastIndexOf(':'), key.lastIndexOf('#'), key.lastIndexOf('/'));
  return cut >= 0 ? key.slice(cut + 1) : key;
}

const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** Every node of a document by `@id`, so that `{"@id": …}` references inside a graph can be followed. */
export class Graph {
  readonly byId = new Map<string, JsonObject>();

  constructor(doc: unknown) {
    this.index(doc, 0);
  }

  private index(v: unknown, depth: number): void {
    if (depth > 12) return;
    if (Array.isArray(v)) {
      for (const x of v) this.index(x, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    const id = v['@id'];
    if (typeof id === 'string' && Object.keys(v).length > 1 && !this.byId.has(id)) this.byId.set(id, v);
    for (const x of Object.values(v)) this.index(x, depth + 1);
  }

  resolve(v: unknown): unknown {
    if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return this.byId.get(v['@id']) ?? v;
    return v;
  }

  /** Values of every key of `node` whose local name is one of `names`, references followed. */
  values(node: JsonObject, ...names: string[]): unknown[] {
    const out: unknown[] = [];
    for (const name of names) {
      for (const [key, value] of Object.entries(node)) {
        if (localName(key) === name) out.push(...asList(value).map((x) => this.resolve(x)));
      }
    }
    return out;
  }
}

function typesOf(node: JsonObject): string[] {
  return asList(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map(localName);
}

const DATASET_TYPES = new Set(['Dataset']);
const CATALOG_TYPES = new Set(['DataCatalog', 'Catalog']);
const PAGE_TYPES = new Set(['WebPage', 'ItemPage']);

function topNodes(doc: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  for (const item of asList(doc)) {
    if (Array.isArray(item)) out.push(...topNodes(item));
    else if (isObject(item)) {
      out.push(item);
      const graph = Object.entries(item).find(([k]) => k === '@graph')?.[1];
      if (graph) out.push(...asList(graph).filter(isObject));
    }
  }
  return out;
}

/**
 * The one dataset a document is about, or null. A document naming several datasets (a catalogue listing, a
 * `DataCatalog` with its `dataset` list) is about none of them.
 */
export function findDatasetNode(doc: unknown): { node: JsonObject; graph: Graph } | null {
  const graph = new Graph(doc);
  const found = new Set<JsonObject>();
  for (const node of topNodes(doc)) {
    const types = typesOf(node);
    if (types.some((t) => DATASET_TYPES.has(t))) found.add(node);
    if (types.some((t) => CATALOG_TYPES.has(t))) {
      const listed = graph.values(node, 'dataset');
      if (listed.length > 1) return null;
      for (const d of listed) if (isObject(d) && typesOf(d).some((t) => DATASET_TYPES.has(t))) found.add(d);
    }
    if (types.some((t) => PAGE_TYPES.has(t))) {
      for (const d of graph.values(node, 'mainEntity')) {
        if (isObject(d) && typesOf(d).some((t) => DATASET_TYPES.has(t))) found.add(d);
      }
    }
  }
  const byKey = new Map<string, JsonObject>();
  for (const node of found) byKey.set(typeof node['@id'] === 'string' ? node['@id'] : `#${byKey.size}`, node);
  if (byKey.size !== 1) return null;
  const [node] = byKey.values();
  return node ? { node, graph } : null;
}

/** How deep references are inlined into a compact record: dataset → distribution → licence → its name. */
const COMPACT_DEPTH = 6;

/**
 * The dataset node alone, with the nodes it references (`{"@id": …}`) copied in place: what reading it needs,
 * without the rest of the page's JSON-LD (a page may carry megabytes of it, and this is kept per tab).
 */
export function compactDatasetNode(found: { node: JsonObject; graph: Graph }): JsonObject {
  const seen = new Set<JsonObject>();
  const inline = (v: unknown, depth: number): unknown => {
    const resolved = found.graph.resolve(v);
    if (Array.isArray(resolved)) return depth > COMPACT_DEPTH ? [] : resolved.map((x) => inline(x, depth + 1));
    if (!isObject(resolved)) return resolved;
    if (depth > COMPACT_DEPTH || seen.has(resolved)) {
      return typeof resolved['@id'] === 'string' ? { '@id': resolved['@id'] } : {};
    }
    seen.add(resolved);
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(resolved)) out[k] = k === '@context' ? x : inline(x, depth + 1);
    seen.delete(resolved);
    return out;
  };
  return inline(found.node, 0) as JsonObject;
}

/** A literal as text, choosing the reader's language among `{"@value", "@language"}` variants. */
function textOf(values: unknown[], lang: Lang): string | null {
  const literals: { text: string; language?: string }[] = [];
  for (const v of values) {
    if (typeof v === 'string' || typeof v === 'number') literals.push({ text: String(v) });
    else if (isObject(v) && (typeof v['@value'] === 'string' || typeof v['@value'] === 'number')) {
      const language = typeof v['@language'] === 'string' ? v['@language'].toLowerCase() : undefined;
      literals.push({ text: String(v['@value']), language });
    }
  }
  const usable = literals.filter((l) => l.text.trim());
  const pick =
    usable.find((l) => l.language?.startsWith(lang)) ??
    usable.find((l) => !l.language) ??
    usable.find((l) => l.language?.startsWith('en')) ??
    usable[0];
  return pick ? pick.text.trim() : null;
}

const isHttp = (s: string): boolean => /^https?:\/\//i.test(s);

/** A link: a URL string, an `@id`, or an object whose `url` is one. */
function iriOf(values: unknown[]): string | null {
  for (const v of values) {
    if (typeof v === 'string' && isHttp(v.trim())) return v.trim();
    if (isObject(v)) {
      if (typeof v['@id'] === 'string' && isHttp(v['@id'])) return v['@id'];
      if (typeof v['@value'] === 'string' && isHttp(v['@value'])) return v['@value'];
    }
  }
  return null;
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function dateOf(values: unknown[]): string | null {
  for (const v of values) {
    const s = typeof v === 'string' ? v : isObject(v) && typeof v['@value'] === 'string' ? v['@value'] : null;
    if (s && DATE.test(s.trim())) return s.trim();
  }
  return null;
}

const NAME_KEYS = ['name', 'legalName', 'fn', 'prefLabel', 'label', 'title'];

function agentOf(graph: Graph, node: JsonObject, lang: Lang): Publisher | null {
  for (const key of ['publisher', 'creator', 'author', 'copyrightHolder', 'rightsHolder']) {
    for (const v of graph.values(node, key)) {
      if (typeof v === 'string' && v.trim()) return isHttp(v) ? { name: null, url: v } : { name: v.trim(), url: null };
      if (!isObject(v)) continue;
      const name = textOf(graph.values(v, ...NAME_KEYS), lang);
      if (!name) continue;
      return { name, url: iriOf(graph.values(v, 'url', 'homepage', 'sameAs')) ?? iriOf([v]) };
    }
  }
  return null;
}

function licenceOf(graph: Graph, node: JsonObject, lang: Lang): PublishedLicence | null {
  for (const v of graph.values(node, 'license', 'licence')) {
    if (typeof v === 'string') {
      const s = v.trim();
      if (!s) continue;
      if (isHttp(s) && !/\s/.test(s)) return { id: null, title: null, url: s };
      const fromText = licenceFromText(s);
      if (fromText) return fromText;
      continue;
    }
    if (!isObject(v)) continue;
    const title = textOf(graph.values(v, ...NAME_KEYS), lang);
    const url = iriOf(graph.values(v, 'url')) ?? iriOf([v]);
    if (title || url) return { id: null, title, url };
  }
  return null;
}

const MIME_FORMATS: Record<string, string> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/json': 'json',
  'application/geo+json': 'geojson',
  'application/vnd.geo+json': 'geojson',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'application/pdf': 'pdf',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'text/html': 'html',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.google-earth.kml+xml': 'kml',
  'application/vnd.apache.parquet': 'parquet',
  'application/x-parquet': 'parquet',
  'text/plain': 'txt',
};

export function formatFromMime(mime: string | null): string | null {
  if (!mime) return null;
  return MIME_FORMATS[mime.split(';')[0]?.trim().toLowerCase() ?? ''] ?? null;
}

const SHORT_FORMAT = /^[a-z0-9][a-z0-9.+-]{0,14}$/i;

/** `text/csv`, `CSV` and `http://publications.europa.eu/resource/authority/file-type/CSV` all say csv. */
function formatAndMime(values: unknown[]): { format: string | null; mime: string | null } {
  let format: string | null = null;
  let mime: string | null = null;
  for (const v of values) {
    const s = typeof v === 'string' ? v.trim() : isObject(v) ? (iriOf([v]) ?? textOf([v], 'en')) : null;
    if (!s) continue;
    const iana = /\/media-types\/([a-z]+\/[a-z0-9.+-]+)$/i.exec(s);
    if (iana?.[1]) {
      mime ??= iana[1];
    } else if (isHttp(s)) {
      const tail = decodeURIComponent(s.replace(/\/$/, '').split(/[/#]/).pop() ?? '');
      if (!format && SHORT_FORMAT.test(tail)) format = tail.toLowerCase();
    } else if (/^[a-z]+\/[a-z0-9.+-]+/i.test(s)) {
      mime ??= s;
    } else if (!format && SHORT_FORMAT.test(s)) {
      format = s.toLowerCase();
    }
  }
  return { format, mime };
}

const UNIT = /^([\d.]+)\s*(b|bytes?|octets?)?$/i;

/** Only sizes given in bytes are kept: "12 MB" does not say whether it means 10⁶ or 2²⁰. */
function sizeOf(values: unknown[]): number | null {
  for (const v of values) {
    const raw = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : isObject(v) ? v['@value'] : null;
    const m = typeof raw === 'string' || typeof raw === 'number' ? UNIT.exec(String(raw).trim()) : null;
    const n = m?.[1] ? Number(m[1]) : Number.NaN;
    if (Number.isFinite(n) && Number.isInteger(n) && n >= 0) return n;
  }
  return null;
}

function fileNameOf(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : url;
  } catch {
    return url;
  }
}

function distributionsOf(graph: Graph, node: JsonObject, lang: Lang): Resource[] {
  const resources: Resource[] = [];
  graph.values(node, 'distribution').forEach((d) => {
    if (!isObject(d)) return;
    const download = iriOf(graph.values(d, 'contentUrl', 'downloadURL', 'downloadUrl'));
    const access = iriOf(graph.values(d, 'accessURL', 'accessUrl'));
    const url = download ?? access ?? iriOf(graph.values(d, 'url'));
    if (!url) return;
    const formats = graph.values(d, 'encodingFormat', 'mediaType', 'format', 'fileFormat');
    const { format: given, mime } = formatAndMime(formats);
    const title = textOf(graph.values(d, 'name', 'title'), lang);
    const described = `${title ?? ''} ${formats.filter((f) => typeof f === 'string').join(' ')}`.toLowerCase();
    let kind: ResourceKind = 'main';
    if (/\bapi\b|service|wms|wfs/.test(described)) kind = 'api';
    else if (!download && (mime?.startsWith('text/html') || given === 'html')) kind = 'other';
    // A service answers JSON about itself, not the data as a JSON file: its media type names no file format.
    const format = given ?? (kind === 'api' ? null : formatFromMime(mime));
    const id = textOf(graph.values(d, 'identifier'), lang) ?? (typeof d['@id'] === 'string' ? d['@id'] : url);
    resources.push({
      id,
      title: title ?? fileNameOf(url),
      url,
      format,
      mime,
      size: sizeOf(graph.values(d, 'contentSize', 'byteSize')),
      lastModified: dateOf(graph.values(d, 'dateModified', 'modified')),
      kind,
      hints: {},
      sources: [],
    });
  });
  return resources;
}

const DOI = /(?:^|doi\.org\/|^doi:)(10\.\d{4,9}\/\S+)$/i;

function doiOf(values: unknown[]): string | null {
  for (const v of values) {
    const s =
      typeof v === 'string'
        ? v
        : isObject(v)
          ? ((typeof v['@id'] === 'string' ? v['@id'] : null) ??
            (typeof v.value === 'string' ? v.value : null) ??
            (typeof v['@value'] === 'string' ? v['@value'] : null))
          : null;
    const m = s ? DOI.exec(s.trim()) : null;
    if (m?.[1]) return m[1];
  }
  return null;
}

function keywordsOf(values: unknown[], lang: Lang): string[] {
  const out: string[] = [];
  for (const v of values) {
    const s = textOf([v], lang);
    if (s) out.push(...s.split(',').map((k) => k.trim()));
  }
  return [...new Set(out.filter(Boolean))];
}

/** The core every dataset needs; anything else missing is listed in `missing` instead of failing. */
const CoreSchema = z.object({ title: z.string().trim().min(1) });

function sameHost(a: string, b: string): boolean {
  try {
    return new URL(a).host === new URL(b).host;
  } catch {
    return false;
  }
}

export interface NormaliseOptions {
  portal: PortalFamily;
  origin: string;
  pageUrl: string;
  lang: Lang;
}

/** The id a page's dataset goes by: its `@id`, identifier or URL, else the page itself. */
export function datasetIdOf(node: JsonObject, graph: Graph, pageUrl: string): string {
  const id = node['@id'];
  if (typeof id === 'string' && id && !id.startsWith('_:')) return id;
  return textOf(graph.values(node, 'identifier'), 'en') ?? iriOf(graph.values(node, 'url')) ?? pageUrl;
}

export function normaliseJsonLd(doc: unknown, opts: NormaliseOptions): Result<Dataset> {
  const host = new URL(opts.origin).host;
  const found = findDatasetNode(doc);
  if (!found) {
    return fail(failure('malformed', 'errors.malformed', { params: { host, detail: '@type Dataset' } }));
  }
  const { node, graph } = found;
  const { lang } = opts;
  const core = CoreSchema.safeParse({ title: textOf(graph.values(node, 'name', 'title', 'headline'), lang) });
  if (!core.success) return fail(malformedFrom(core.error, host));

  const missing: MissingField[] = [];
  const publisher = agentOf(graph, node, lang) ?? { name: null, url: null };
  if (!publisher.name) missing.push('publisher');

  const resources = distributionsOf(graph, node, lang);
  if (resources.length === 0) missing.push('resources');

  // DCAT often licenses distributions rather than the dataset (data.gov takes the first one's, as here).
  let licence = licenceOf(graph, node, lang);
  for (const d of graph.values(node, 'distribution')) {
    if (licence) break;
    if (isObject(d)) licence = licenceOf(graph, d, lang);
  }
  if (!licence) missing.push('licence');

  const record = graph.values(node, 'isPrimaryTopicOf').find(isObject);
  const dataUpdated = dateOf(graph.values(node, 'dateModified', 'modified'));
  if (!dataUpdated) missing.push('dates.dataUpdated');

  const url = iriOf(graph.values(node, 'url', 'landingPage'));
  const atId = typeof node['@id'] === 'string' && isHttp(node['@id']) ? node['@id'] : null;
  const permalink = [atId, url].find((u): u is string => Boolean(u && sameHost(u, opts.pageUrl))) ?? opts.pageUrl;
  const frequency = graph.values(node, 'accrualPeriodicity', 'updateFrequency');
  const description = textOf(graph.values(node, 'description', 'abstract'), lang);

  return ok({
    portal: opts.portal,
    origin: opts.origin,
    id: datasetIdOf(node, graph, opts.pageUrl),
    slug: null,
    pageUrl: opts.pageUrl,
    permalink,
    title: plainText(core.data.title) ?? core.data.title,
    description: plainText(description),
    publisher,
    licence: asPublished(licence),
    dates: {
      created: dateOf(graph.values(node, 'dateCreated', 'created', 'datePublished', 'issued')),
      metadataModified: record ? dateOf(graph.values(record, 'modified', 'dateModified')) : null,
      dataUpdated,
    },
    frequency: iriOf(frequency)?.split(/[/#]/).pop() ?? textOf(frequency, lang),
    resources,
    tags: keywordsOf(graph.values(node, 'keywords', 'keyword'), lang),
    sourceUrl: url && !sameHost(url, opts.pageUrl) ? url : null,
    doi: doiOf([...graph.values(node, 'identifier', 'sameAs', 'url'), node['@id']]),
    status: { archived: false, deleted: false, private: false },
    publicSector: null,
    missing,
  });
}
