import { z } from 'zod';
import type { PageSignals } from '../detect/page-signals';
import { hostOf } from '../http/fetch-json';
import { hostnameOf, originOf } from '../http/urls';
import type { Dataset, MissingField, PublishedLicence, RefOf, Resource, ResourceKind } from '../model/dataset';
import { type Failure, fail, failure, ok, type Result } from '../model/failure';
import { rowsApi } from '../preview/sources/source';
import { defineAdapter, type PortalAdapter } from './adapter';
import { htmlToText, looksLikeHtml } from './html-fragments';
import { lenientString } from './lenient';
import { parseLooseDate, parseLooseSize } from './loose-values';
import { pickTranslatedList, pickTranslation, TranslatedSchema } from './multilingual';
import { asPublished, sameLicence } from './published-licence';
import { malformedFrom } from './zod-failure';

type CkanRef = RefOf<'ckan'>;

/**
 * A CKAN install whose pages or API do not sit where a generic install puts them. Only installs whose layout is
 * documented are listed (their public pages, and `ckan-mcp-server`'s `src/portals.json`); any other CKAN is
 * recognised from what its pages say about themselves.
 */
interface KnownCkan {
  hosts: readonly string[];
  /** Where `/api/3/action/…` answers. */
  apiRoot: string;
  /** Path the install is mounted under on the page host ('' at the root). */
  pagePrefix: string;
  /** Languages that may precede `/dataset/` in page URLs; the first is the default. */
  langs?: readonly string[];
  /** Root of human pages (`/dataset/…`, `/organization/…`) in a language, when not the API root. */
  siteRoot?: (lang: string) => string;
  /** Dataset pages that do not follow `/dataset/<name>`. */
  idFromUrl?: (url: URL) => { id: string; resourceId?: string } | null;
  datasetPage?: (id: string, name: string | null) => string;
  /** Whether `<siteRoot>/organization/<name>` exists there. */
  organizationPages?: boolean;
  /** Languages of titles written `English | Français` in one string, in the order they come. */
  joinedTitles?: readonly string[];
}

const CKAN_NAME = /^[A-Za-z0-9_-]+$/;

const KNOWN: readonly KnownCkan[] = [
  { hosts: ['data.gov.au'], apiRoot: 'https://data.gov.au/data', pagePrefix: '/data' },
  { hosts: ['catalogue.data.wa.gov.au'], apiRoot: 'https://catalogue.data.wa.gov.au', pagePrefix: '' },
  {
    hosts: ['open.canada.ca'],
    apiRoot: 'https://open.canada.ca/data',
    pagePrefix: '/data',
    langs: ['en', 'fr'],
    siteRoot: (lang) => `https://open.canada.ca/data/${lang}`,
    // Organisation titles are both languages in one string: "Natural Resources Canada | Ressources naturelles Canada".
    joinedTitles: ['en', 'fr'],
  },
  {
    // The opendata.swiss front end reads the CKAN behind ckan.opendata.swiss.
    hosts: ['opendata.swiss', 'ckan.opendata.swiss'],
    apiRoot: 'https://ckan.opendata.swiss',
    pagePrefix: '',
    langs: ['de', 'fr', 'it', 'en'],
    siteRoot: (lang) => `https://opendata.swiss/${lang}`,
  },
  {
    // "Find open data" is not CKAN HTML, but its pages name the CKAN id: /dataset/<uuid>/<name>.
    hosts: ['www.data.gov.uk', 'data.gov.uk'],
    apiRoot: 'https://data.gov.uk',
    pagePrefix: '',
    idFromUrl: (url) => {
      const m = /^\/dataset\/([0-9a-f-]{36})(?:\/[^/]*)?\/?$/i.exec(url.pathname);
      return m?.[1] ? { id: m[1] } : null;
    },
    datasetPage: (id, name) => `https://www.data.gov.uk/dataset/${id}${name ? `/${name}` : ''}`,
    organizationPages: false,
  },
  {
    hosts: ['www.dati.gov.it', 'dati.gov.it'],
    apiRoot: 'https://www.dati.gov.it/opendata',
    pagePrefix: '/opendata',
    idFromUrl: (url) => {
      const id = url.pathname.replace(/\/$/, '') === '/view-dataset/dataset' ? url.searchParams.get('id') : null;
      return id && CKAN_NAME.test(id) ? { id } : null;
    },
    datasetPage: (id) => `https://www.dati.gov.it/view-dataset/dataset?id=${id}`,
    organizationPages: false,
  },
  {
    // DKAN 7 (Drupal) with its CKAN-compatible API; Drupal without clean URLs writes pages as `/?q=dataset/<name>`.
    hosts: ['opendata.hautsdefrance.fr'],
    apiRoot: 'https://opendata.hautsdefrance.fr',
    pagePrefix: '',
    idFromUrl: (url) => {
      const q = url.searchParams.get('q');
      const m = url.pathname === '/' && q ? /^dataset\/([A-Za-z0-9_-]+)\/?$/.exec(q) : null;
      return m?.[1] ? { id: m[1] } : null;
    },
    organizationPages: false,
  },
];

function knownFor(host: string | null): KnownCkan | undefined {
  return host === null ? undefined : KNOWN.find((k) => k.hosts.includes(host));
}

/** The part of an `English | Français` title in the reader's language; the title as is otherwise. */
export function joinedTitle(title: string, langs: readonly string[] | undefined, lang: string): string {
  const parts = title.split(' | ').map((p) => p.trim());
  if (!langs || parts.length !== langs.length || parts.some((p) => !p)) return title;
  return parts[Math.max(0, langs.indexOf(lang))] ?? title;
}

/** CKAN routes under `/dataset/` that are not dataset names. */
const RESERVED = new Set(['new', 'search', 'autocomplete', 'edit', 'groups', 'activity', 'changes']);
/** CKAN locale segments: `fr`, `pt_BR`, `zh_Hant_TW`. */
const LOCALE = '[a-z]{2,3}(?:_[A-Za-z]{2,4}){0,2}';
const DATASET_TAIL = new RegExp(`^(?:/(${LOCALE}))?/dataset/([A-Za-z0-9_-]+)(?:/resource/([A-Za-z0-9_-]+))?/?$`);
/** When the root is not declared: whatever comes before an optional locale and `/dataset/`. */
const GUESSED = new RegExp(
  `^((?:/[^/]+)*?)(?:/(${LOCALE}))?/dataset/([A-Za-z0-9_-]+)(?:/resource/([A-Za-z0-9_-]+))?/?$`,
);

interface PathMatch {
  prefix: string;
  lang?: string;
  id: string;
  resourceId?: string;
}

function matchUnder(pathname: string, prefix: string): PathMatch | null {
  if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return null;
  const m = DATASET_TAIL.exec(pathname.slice(prefix.length));
  if (!m?.[2] || RESERVED.has(m[2])) return null;
  return { prefix, lang: m[1], id: m[2], resourceId: m[3] };
}

function guessMatch(pathname: string): PathMatch | null {
  const m = GUESSED.exec(pathname);
  if (!m?.[3] || RESERVED.has(m[3])) return null;
  return { prefix: m[1] ?? '', lang: m[2], id: m[3], resourceId: m[4] };
}

/** CKAN ≤ 2.11 puts its root on `<body data-site-root>`; CKAN master moved it to `<meta name="site-root">`. */
function declaredRoot(signals: PageSignals, url: URL): URL | null {
  const declared =
    signals.meta['site-root'] ?? signals.bodyData['data-site-root'] ?? signals.bodyData['data-api-root'] ?? null;
  if (!declared) return null;
  try {
    return new URL(declared, url);
  } catch {
    return null;
  }
}

/** `<meta name="generator" content="ckan 2.10.4">`; DKAN is accepted for the same API. */
function saysCkan(signals: PageSignals): boolean {
  return /^\s*[dc]kan\b/i.test(signals.meta.generator ?? '');
}

const withoutSlash = (s: string): string => s.replace(/\/+$/, '');

export function detectCkan(signals: PageSignals): CkanRef | null {
  let url: URL;
  try {
    url = new URL(signals.url);
  } catch {
    return null;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const known = knownFor(url.hostname);
  let match: PathMatch | null;
  let apiBase: string;
  if (known) {
    const special = known.idFromUrl?.(url);
    match = special
      ? { prefix: known.pagePrefix, ...special }
      : (matchUnder(pathname, known.pagePrefix) ?? matchUnder(pathname, ''));
    apiBase = known.apiRoot;
  } else {
    const root = declaredRoot(signals, url);
    if (!root && !saysCkan(signals)) return null;
    match = root ? matchUnder(pathname, withoutSlash(root.pathname)) : guessMatch(pathname);
    apiBase = root ? withoutSlash(root.href.split(/[?#]/)[0] ?? root.href) : `${url.origin}${match?.prefix ?? ''}`;
  }
  if (!match) return null;
  return {
    portal: 'ckan',
    origin: url.origin,
    id: match.id,
    pageUrl: url.href,
    apiBase,
    site: known?.hosts[0] ?? null,
    pageLang: match.lang ?? null,
    ...(match.resourceId ? { resourceId: match.resourceId } : {}),
  };
}

const sizeValue = z.union([z.number(), z.string()]).nullish().catch(null);

const CkanResourceSchema = z.object({
  id: z
    .union([z.string(), z.number().transform(String)])
    .nullish()
    .catch(null),
  url: lenientString,
  download_url: lenientString,
  name: TranslatedSchema,
  name_translated: TranslatedSchema,
  title: TranslatedSchema,
  format: lenientString,
  mimetype: lenientString,
  media_type: lenientString,
  size: sizeValue,
  byte_size: sizeValue,
  last_modified: lenientString,
  modified: lenientString,
  metadata_modified: lenientString,
  resource_type: lenientString,
  license_id: lenientString,
  license_title: lenientString,
  license_url: lenientString,
  license: lenientString,
  rights: lenientString,
  datastore_active: z.boolean().nullish().catch(null),
});
type CkanResource = z.infer<typeof CkanResourceSchema>;

const NamedSchema = z.object({ name: lenientString, title: TranslatedSchema, display_name: TranslatedSchema });

/** `package_show`'s result; only `id` and a title are required, every other part may be missing or broken. */
const CkanPackageSchema = z.object({
  id: z.string().min(1),
  title: z.union([z.string(), z.record(z.string(), z.unknown())]),
  title_translated: TranslatedSchema,
  name: lenientString,
  notes: TranslatedSchema,
  notes_translated: TranslatedSchema,
  description: TranslatedSchema,
  license_id: lenientString,
  license_title: lenientString,
  license_url: lenientString,
  metadata_created: lenientString,
  metadata_modified: lenientString,
  organization: NamedSchema.nullish().catch(null),
  groups: z.array(NamedSchema).nullish().catch(null),
  author: lenientString,
  maintainer: lenientString,
  resources: z.array(z.unknown()).nullish().catch(null),
  tags: z
    .array(z.object({ name: lenientString, display_name: TranslatedSchema }))
    .nullish()
    .catch(null),
  keywords: z.record(z.string(), z.unknown()).nullish().catch(null),
  url: lenientString,
  doi: lenientString,
  frequency: lenientString,
  accrual_periodicity: lenientString,
  update_frequency: lenientString,
  update_freq: lenientString,
  private: z.boolean().nullish().catch(null),
  state: lenientString,
});
type CkanPackage = z.infer<typeof CkanPackageSchema>;

const EnvelopeSchema = z.object({
  help: z.unknown().optional(),
  success: z.boolean(),
  result: z.unknown().optional(),
  error: z.object({ __type: z.string().nullish(), message: z.unknown().optional() }).nullish().catch(null),
});

/** `{"success": false, "error": {"__type": "Not Found Error"}}`: CKAN's own words for what went wrong. */
function failureFromCkanError(type: string | null | undefined, host: string): Failure {
  const detail = type ?? 'success: false';
  if (type && /not found/i.test(type)) return failure('not-found', 'errors.not-found', { params: { host }, detail });
  if (type && /authori[sz]ation/i.test(type)) {
    // CKAN sends its Authorization Error with HTTP 403, which the message quotes.
    return failure('auth-required', 'errors.auth-required', { params: { host, status: 403 }, detail });
  }
  return failure('malformed', 'errors.malformed', { params: { host, detail }, detail });
}

/** `https://data.gov.au/data/api/3/action/help_show?name=package_show` → `https://data.gov.au/data`. */
function rootFromHelp(help: unknown, apiBase: string): string | null {
  if (typeof help !== 'string') return null;
  const m = /^(https?:\/\/[^?#\s]+?)\/api(?:\/\d)?\/action\/help_show\b/.exec(help.trim());
  if (!m?.[1]) return null;
  try {
    const fromHelp = new URL(m[1]);
    const known = new URL(apiBase);
    // Behind a TLS proxy CKAN may still believe it is served over http: keep the scheme the page used.
    if (fromHelp.host === known.host) fromHelp.protocol = known.protocol;
    return withoutSlash(fromHelp.href);
  } catch {
    return null;
  }
}

const isUrl = (s: string | null | undefined): s is string => typeof s === 'string' && /^https?:\/\//i.test(s.trim());

/** The dataset's licence as published; DKAN writes the licence URL in `license_title`. */
function datasetLicence(p: CkanPackage): PublishedLicence | null {
  const id = p.license_id || null;
  const title = p.license_title || null;
  const url = p.license_url || null;
  if (!id && !title && !url) return null;
  if (isUrl(title) && !url) return { id, title: null, url: title };
  return { id, title, url };
}

/** A file's own licence (opendata.swiss `license` URI and `rights` string, DCAT-style `license_id`). */
function resourceLicence(r: CkanResource): PublishedLicence | null {
  const words = [r.license_id, r.license, r.rights].filter((s): s is string => Boolean(s?.trim()));
  const id = words.find((s) => !isUrl(s)) ?? null;
  const url = r.license_url || words.find(isUrl) || null;
  const title = r.license_title || null;
  if (!id && !url && !title) return null;
  return { id, title, url };
}

/** Services and pages rather than files; "SERVICE" is left out on purpose: opendata.swiss uses it for zipped CSVs. */
const API_FORMAT = /^(?:api|wms|wfs|wmts|wcs|wps|csw|sos|ogc|esri rest|arcgis|rest|sparql|odata|xyz)\b/;
const DOCUMENTATION_FORMAT = /^(?:html?|web ?page)$/;

function kindOf(format: string | null, mime: string | null, resourceType: string | null | undefined): ResourceKind {
  if (resourceType === 'api') return 'api';
  if (resourceType === 'documentation') return 'documentation';
  if (format && API_FORMAT.test(format)) return 'api';
  if ((format && DOCUMENTATION_FORMAT.test(format)) || (!format && mime === 'text/html')) return 'documentation';
  return 'main';
}

const isMime = (s: string | null | undefined): s is string => typeof s === 'string' && /^[\w.+-]+\/[\w.+-]+/.test(s);

interface ParsedResource {
  resource: Resource;
  licence: PublishedLicence | null;
  /** When the file's data changed, as opposed to its metadata. */
  dataDate: string | null;
}

function toResource(r: CkanResource & { url: string }, index: number, lang: string, apiRoot: string): ParsedResource {
  const url = r.download_url || r.url;
  const format = r.format?.trim().toLowerCase() || null;
  const mime = isMime(r.mimetype) ? r.mimetype : isMime(r.media_type) ? r.media_type : null;
  const dataDate = parseLooseDate(r.last_modified) ?? parseLooseDate(r.modified);
  const id = r.id || String(index);
  return {
    resource: {
      id,
      title:
        pickTranslation(r.name_translated, lang) ??
        pickTranslation(r.name, lang) ??
        pickTranslation(r.title, lang) ??
        (decodeURIComponent(url.split(/[?#]/)[0]?.split('/').pop() ?? '') || id),
      url,
      format,
      mime,
      size: parseLooseSize(r.size) ?? parseLooseSize(r.byte_size),
      lastModified: dataDate ?? parseLooseDate(r.metadata_modified),
      kind: kindOf(format, mime, r.resource_type),
      hints: {},
      // The DataStore holds the file's rows when CKAN's loader imported it.
      sources:
        r.datastore_active === true && r.id
          ? [
              rowsApi(
                'ckan-datastore',
                `${apiRoot}/api/3/action/datastore_search?resource_id=${encodeURIComponent(r.id)}`,
              ),
            ]
          : [],
    },
    licence: resourceLicence(r),
    dataDate,
  };
}

function latest(dates: ReadonlyArray<string | null>): string | null {
  let best: string | null = null;
  let bestTime = Number.NEGATIVE_INFINITY;
  for (const d of dates) {
    const time = d ? Date.parse(d) : Number.NaN;
    if (d && !Number.isNaN(time) && time > bestTime) {
      best = d;
      bestTime = time;
    }
  }
  return best;
}

/** The language of the page the dataset was found on, when the site serves several. */
function pageLang(ref: CkanRef, known: KnownCkan | undefined, fallback: string): string {
  const langs = known?.langs;
  if (!langs) return fallback;
  if (ref.pageLang && langs.includes(ref.pageLang)) return ref.pageLang;
  return langs.includes(fallback) ? fallback : (langs[0] ?? fallback);
}

function publisherOf(p: CkanPackage, isDkan: boolean, siteRoot: string, known: KnownCkan | undefined, lang: string) {
  const orgPages = known?.organizationPages ?? true;
  const org = p.organization;
  const joined = org ? (pickTranslation(org.title, lang) ?? pickTranslation(org.display_name, lang)) : null;
  const orgTitle = joined === null ? null : joinedTitle(joined, known?.joinedTitles, lang);
  if (org && orgTitle) {
    return { name: orgTitle, url: orgPages && org.name ? `${siteRoot}/organization/${org.name}` : null };
  }
  // DKAN has no organizations: its groups are the publishers ("Région Hauts-de-France").
  const group = isDkan ? p.groups?.map((g) => pickTranslation(g.title, lang)).find(Boolean) : null;
  const name = group ?? (p.author?.trim() || null) ?? (p.maintainer?.trim() || null);
  return { name, url: null };
}

function parsePackage(p: CkanPackage, ref: CkanRef, lang: string, apiRoot: string, isDkan: boolean): Result<Dataset> {
  const known = (ref.site ? knownFor(ref.site) : undefined) ?? knownFor(hostnameOf(apiRoot));
  const siteLang = pageLang(ref, known, lang);
  const siteRoot = known?.siteRoot?.(siteLang) ?? apiRoot;
  const missing: MissingField[] = [];

  const title = pickTranslation(p.title_translated, lang) ?? pickTranslation(p.title, lang);
  if (!title) missing.push('title');
  const rawDescription =
    pickTranslation(p.notes_translated, lang) ?? pickTranslation(p.notes, lang) ?? pickTranslation(p.description, lang);
  const description = rawDescription && looksLikeHtml(rawDescription) ? htmlToText(rawDescription) : rawDescription;

  // The answer's `help` URL may correct the API root's path, never send row requests to another origin.
  const rowsRoot = originOf(apiRoot) === originOf(ref.apiBase) ? apiRoot : ref.apiBase;
  const parsedResources: ParsedResource[] = [];
  (p.resources ?? []).forEach((raw, i) => {
    const r = CkanResourceSchema.safeParse(raw);
    const url = r.success ? r.data.download_url || r.data.url : null;
    if (!r.success || !url) {
      if (!missing.includes('resources.unreadable')) missing.push('resources.unreadable');
      return;
    }
    parsedResources.push(toResource({ ...r.data, url }, i, lang, rowsRoot));
  });
  if (!p.resources) missing.push('resources');

  // A dataset without a licence of its own takes its files' licence when they all agree (opendata.swiss).
  const own = datasetLicence(p);
  const fileLicences = parsedResources.map((r) => r.licence);
  const first = fileLicences[0];
  const agreed =
    first && fileLicences.every((l): l is PublishedLicence => l !== null && sameLicence(l, first)) ? first : null;
  const published = own ?? agreed;
  if (!published) missing.push('licence');
  const resources = parsedResources.map(({ resource, licence }) =>
    licence && (!own || !sameLicence(licence, own)) ? { ...resource, hints: { licence } } : resource,
  );

  const publisher = publisherOf(p, isDkan, siteRoot, known, lang);
  if (!publisher.name) missing.push('publisher');

  const metadataModified = parseLooseDate(p.metadata_modified);
  // The data changed when a file last did; CKAN only says so per file, so the dataset's metadata date stands in.
  const dataUpdated = latest(parsedResources.map((r) => r.dataDate)) ?? metadataModified;
  if (!dataUpdated) missing.push('dates.dataUpdated');

  const keywords = pickTranslatedList(p.keywords, lang);
  const tags = keywords.length
    ? keywords
    : (p.tags ?? [])
        .map((t) => pickTranslation(t.display_name, lang) ?? t.name?.trim() ?? null)
        .filter((t): t is string => Boolean(t));

  const name = p.name || null;
  const pageUrl = known?.datasetPage?.(p.id, name) ?? `${siteRoot}/dataset/${name ?? p.id}`;
  const permalink = known?.datasetPage?.(p.id, null) ?? `${siteRoot}/dataset/${p.id}`;
  return ok({
    portal: 'ckan',
    origin: ref.origin,
    id: p.id,
    slug: name,
    pageUrl,
    permalink,
    title: title ?? name ?? p.id,
    description: description || null,
    publisher,
    licence: asPublished(published),
    dates: { created: parseLooseDate(p.metadata_created), metadataModified, dataUpdated },
    frequency: p.frequency || p.accrual_periodicity || p.update_frequency || p.update_freq || null,
    resources,
    tags: [...new Set(tags)],
    // CKAN's "Source" field; DKAN fills it with the dataset's own page, which is no source.
    sourceUrl: isUrl(p.url) && hostnameOf(p.url) !== hostnameOf(ref.pageUrl) ? p.url.trim() : null,
    doi: p.doi?.trim() || null,
    // DKAN's compatibility layer says `private: true` of public datasets (the recorded answer was served anonymously).
    status: { archived: false, deleted: p.state === 'deleted', private: !isDkan && Boolean(p.private) },
    publicSector: null,
    missing,
  });
}

export function parseCkan(raw: unknown, ref: CkanRef, lang: string): Result<Dataset> {
  const apiBase = ref.apiBase;
  const host = hostOf(apiBase);
  const envelope = EnvelopeSchema.safeParse(raw);
  let result: unknown = raw;
  let apiRoot = apiBase;
  if (envelope.success) {
    if (!envelope.data.success) return fail(failureFromCkanError(envelope.data.error?.__type, host));
    result = envelope.data.result;
    apiRoot = rootFromHelp(envelope.data.help, apiBase) ?? apiBase;
  }
  // DKAN answers package_show with a list of one package.
  const isDkan = Array.isArray(result);
  if (Array.isArray(result)) {
    if (result.length === 0) return fail(failure('not-found', 'errors.not-found', { params: { host } }));
    result = result[0];
  }
  const parsed = CkanPackageSchema.safeParse(result);
  if (!parsed.success) return fail(malformedFrom(parsed.error, host));
  return parsePackage(parsed.data, ref, lang, apiRoot, isDkan);
}

export const ckan: PortalAdapter<'ckan'> = defineAdapter({
  family: 'ckan',
  pageHosts: KNOWN.flatMap((k) => k.hosts),
  apiHosts: [],
  detect: detectCkan,
  origins: (ref) => [originOf(ref.apiBase)].filter((o): o is string => o !== null),
  metadataUrl: (ref) => `${ref.apiBase}/api/3/action/package_show?id=${encodeURIComponent(ref.id)}`,
  parse: (raw, ref, ctx) => parseCkan(raw, ref, ctx.lang),
});
