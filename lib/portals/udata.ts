import { z } from 'zod';
import type { PageSignals } from '../detect/page-signals';
import { originOf, safeHttpsUrl } from '../http/urls';
import type { Dataset, MissingField, RefOf, Resource, ResourceKind } from '../model/dataset';
import { fail, ok, type Result } from '../model/failure';
import { type AlternativeSource, type ConversionFormat, PROVENANCE, rowsApi } from '../preview/sources/source';
import { defineAdapter, type LoadContext, type PortalAdapter } from './adapter';
import builtInLicences from './data/udata-licences.json';
import { lenientString } from './lenient';
import { malformedFrom } from './zod-failure';

type UdataRef = RefOf<'udata'>;

/** data.gouv.fr and its thematic front ends all read the www.data.gouv.fr API. */
const DATAGOUV_API = 'https://www.data.gouv.fr';
const DATAGOUV_HOSTS = ['www.data.gouv.fr', 'data.gouv.fr', 'demo.data.gouv.fr'];
/** data.gouv.fr's tabular API: files its crawler parsed, served as JSON pages (datagouv/api-tabular). */
export const TABULAR_API_ROOT = 'https://tabular-api.data.gouv.fr/api/resources';

const UdataLicenceSchema = z.object({
  id: z.string(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  alternate_urls: z.array(z.string()).nullish(),
  alternate_titles: z.array(z.string()).nullish(),
  flags: z.array(z.string()).nullish(),
});
export type UdataLicence = z.infer<typeof UdataLicenceSchema>;
const UdataLicenceListSchema = z.array(UdataLicenceSchema);

const UdataResourceSchema = z.object({
  id: z.string(),
  title: lenientString,
  url: z.string(),
  latest: lenientString,
  format: lenientString,
  mime: lenientString,
  filesize: z.number().nullish().catch(null),
  filetype: lenientString,
  type: lenientString,
  last_modified: lenientString,
  preview_url: lenientString,
  extras: z.record(z.string(), z.unknown()).nullish().catch(null),
});
type UdataResource = z.infer<typeof UdataResourceSchema>;

const PersonSchema = z
  .object({
    name: lenientString,
    first_name: lenientString,
    last_name: lenientString,
    page: lenientString,
    role: lenientString,
    badges: z
      .array(z.object({ kind: z.string() }))
      .nullish()
      .catch(null),
  })
  .nullish()
  .catch(null);

/** The v1 dataset answer, and the v2 one (licence and frequency as objects, resources as a link). */
const UdataDatasetSchema = z.object({
  id: z.string(),
  title: z.string(),
  slug: lenientString,
  page: lenientString,
  description: lenientString,
  license: z.union([z.string(), UdataLicenceSchema]).nullish().catch(null),
  frequency: z
    .union([z.string(), z.object({ id: z.string() }).transform((f) => f.id)])
    .nullish()
    .catch(null),
  created_at: lenientString,
  last_modified: lenientString,
  last_update: lenientString,
  organization: PersonSchema,
  owner: PersonSchema,
  contact_points: z.array(PersonSchema).nullish().catch(null),
  harvest: z.object({ remote_url: lenientString }).nullish().catch(null),
  tags: z.array(z.string()).nullish().catch(null),
  archived: z.union([z.string(), z.boolean()]).nullish().catch(null),
  deleted: z.union([z.string(), z.boolean()]).nullish().catch(null),
  private: z.boolean().nullish().catch(null),
  resources: z
    .union([z.array(UdataResourceSchema), z.object({ href: z.string(), total: z.number().nullish() })])
    .nullish()
    .catch(null),
  extras: z.record(z.string(), z.unknown()).nullish().catch(null),
});
type UdataDataset = z.infer<typeof UdataDatasetSchema>;

const ResourcePageSchema = z.object({
  data: z.array(UdataResourceSchema),
  next_page: z.string().nullish(),
});

const RESERVED_SLUGS = new Set(['r', 'new', 'search']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/datasets/<did>`, `/fr/datasets/<did>/`, `/en/datasets/<did>/discussions`. */
const DATASET_PATH = /^\/(?:(?:fr|en|es)\/)?datasets\/([^/?#]+)(?:\/[^/?#]*)?\/?$/;
/** cdata's JSON-LD link: the stable dataset id even when the URL holds a slug. */
const RDF_LINK = /\/api\/1\/datasets\/([^/]+)\/rdf\.jsonld$/;

function resourceIdFrom(url: URL): string | undefined {
  const q = url.searchParams.get('resource_id');
  if (q && UUID.test(q)) return q;
  const hash = /^#\/?(?:resources\/|resource-)([0-9a-f-]{36})/i.exec(url.hash);
  return hash?.[1];
}

function isUdataPage(signals: PageSignals): boolean {
  return (
    signals.meta['api-root'] !== undefined ||
    signals.links.some((l) => l.type === 'application/ld+json' && RDF_LINK.test(new URL(l.href).pathname))
  );
}

function apiBaseFor(url: URL, signals: PageSignals): string {
  if (url.hostname.endsWith('.data.gouv.fr') || url.hostname === 'data.gouv.fr') return DATAGOUV_API;
  const apiRoot = signals.meta['api-root'];
  if (apiRoot) {
    try {
      const root = new URL(apiRoot.replace(/\/api\/1\/?$/, '/'), url);
      // The page names where its API is; it may not send the extension to a weaker scheme than its own.
      if (root.protocol === 'https:' || root.protocol === url.protocol) return root.href.replace(/\/$/, '');
    } catch {
      // Fall through to the page's origin, where udata serves its API by default.
    }
  }
  return url.origin;
}

export function detectUdata(signals: PageSignals): UdataRef | null {
  let url: URL;
  try {
    url = new URL(signals.url);
  } catch {
    return null;
  }
  const known = DATAGOUV_HOSTS.includes(url.hostname) || url.hostname.endsWith('.data.gouv.fr');
  if (!known && !isUdataPage(signals)) return null;
  const match = DATASET_PATH.exec(url.pathname);
  const slug = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  if (!slug || RESERVED_SLUGS.has(slug)) return null;
  const linked = signals.links
    .filter((l) => l.type === 'application/ld+json')
    .map((l) => RDF_LINK.exec(new URL(l.href).pathname)?.[1])
    .find((id): id is string => Boolean(id));
  const resourceId = resourceIdFrom(url);
  return {
    portal: 'udata',
    origin: url.origin,
    id: linked ?? slug,
    pageUrl: url.href,
    apiBase: apiBaseFor(url, signals),
    ...(resourceId ? { resourceId } : {}),
  };
}

const KIND: Record<string, ResourceKind> = { main: 'main', documentation: 'documentation', api: 'api' };

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

/** The conversions data.gouv.fr's crawler (hydra) writes in a resource's `extras`, https only. */
const CONVERSIONS: readonly ConversionFormat[] = ['parquet', 'geojson', 'pmtiles'];

/**
 * Where else the file's rows can be read, in the order to try: the tabular API when the crawler parsed the file
 * into it (`preview_url`, `parsing_table`, or a parsing that finished without error), then the conversions.
 * Only data.gouv.fr's own files: asking its API about another udata portal's files would tell it what you read.
 */
function sourcesOf(r: UdataResource, x: Record<string, unknown>, onDataGouvFr: boolean): AlternativeSource[] {
  if (!onDataGouvFr) return [];
  const sources: AlternativeSource[] = [];
  const parsed = Boolean(str(x['analysis:parsing:finished_at'])) && !str(x['analysis:parsing:error']);
  if (r.preview_url || str(x['analysis:parsing:parsing_table']) || parsed) {
    sources.push(rowsApi('udata-tabular', `${TABULAR_API_ROOT}/${encodeURIComponent(r.id)}/`));
  }
  for (const format of CONVERSIONS) {
    const url = safeHttpsUrl(x[`analysis:parsing:${format}_url`]);
    if (url) {
      const size = num(x[`analysis:parsing:${format}_size`]) ?? null;
      sources.push({ kind: 'conversion', format, url, size, provenance: PROVENANCE[format] });
    }
  }
  return sources;
}

function toResource(r: UdataResource, onDataGouvFr: boolean): Resource {
  const x = r.extras ?? {};
  const allowOrigin = str(x['check:cors:allow-origin']);
  const hints: Resource['hints'] = {
    contentType: str(x['check:headers:content-type']) ?? str(x['analysis:mime-type']),
    measuredSize: num(x['analysis:content-length']) ?? num(x['check:headers:content-length']),
    corsOpen: allowOrigin === undefined ? undefined : allowOrigin === '*',
    available: typeof x['check:available'] === 'boolean' ? (x['check:available'] as boolean) : undefined,
    analysisError: str(x['analysis:error']),
  };
  return {
    id: r.id,
    title: r.title || r.url.split('/').pop() || r.id,
    url: r.url,
    format: r.format ? r.format.toLowerCase() : null,
    mime: r.mime ?? null,
    size: r.filesize ?? null,
    lastModified: r.last_modified ?? null,
    kind: KIND[r.type ?? ''] ?? 'other',
    hints: Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== undefined)),
    sources: sourcesOf(r, x, onDataGouvFr),
  };
}

function fullName(p: NonNullable<z.infer<typeof PersonSchema>>): string | null {
  const name = [p.first_name, p.last_name].filter(Boolean).join(' ').trim();
  return name || p.name || null;
}

/** Harvested datasets name their real producer in contact points; prefer the rights holder. */
function publisherOf(d: UdataDataset): Dataset['publisher'] {
  const contacts = (d.contact_points ?? []).filter((c): c is NonNullable<typeof c> => Boolean(c));
  for (const role of ['rightsHolder', 'publisher', 'creator']) {
    const c = contacts.find((p) => p.role === role && p.name);
    if (c) return { name: c.name ?? null, url: c.page ?? null };
  }
  if (d.organization?.name) return { name: d.organization.name, url: d.organization.page ?? null };
  if (d.owner) return { name: fullName(d.owner), url: d.owner.page ?? null };
  return { name: null, url: null };
}

/** udata writes `archived`/`deleted` as a date when set. */
const flag = (v: string | boolean | null | undefined): boolean => Boolean(v);

export function findUdataLicence(id: string | null, list: readonly UdataLicence[]): UdataLicence | undefined {
  return id ? list.find((l) => l.id === id) : undefined;
}

const BUILT_IN_LICENCES = UdataLicenceListSchema.parse(builtInLicences);

/** The API of data.gouv.fr, which every `*.data.gouv.fr` front end reads. */
const isDataGouvFr = (apiBase: string): boolean => apiBase === DATAGOUV_API;

export function parseUdata(
  raw: unknown,
  ref: UdataRef,
  licences: readonly UdataLicence[] = BUILT_IN_LICENCES,
): Result<Dataset> {
  const parsed = UdataDatasetSchema.safeParse(raw);
  if (!parsed.success) return fail(malformedFrom(parsed.error, new URL(ref.origin).host));
  const d = parsed.data;
  const licenceObject = typeof d.license === 'object' && d.license ? d.license : undefined;
  const licenceId = typeof d.license === 'string' ? d.license : (licenceObject?.id ?? null);
  const known = licenceObject ?? findUdataLicence(licenceId, licences);
  const missing: MissingField[] = [];
  if (!d.license) missing.push('licence');
  if (!d.last_update) missing.push('dates.dataUpdated');
  const publisher = publisherOf(d);
  if (!publisher.name) missing.push('publisher');
  const onDataGouvFr = isDataGouvFr(ref.apiBase);
  const resources = Array.isArray(d.resources) ? d.resources.map((r) => toResource(r, onDataGouvFr)) : [];
  if (!d.resources) missing.push('resources');
  const origin = ref.apiBase;
  const isPublicService = d.organization?.badges?.some((b) => b.kind === 'public-service');
  return ok({
    portal: 'udata',
    origin: ref.origin,
    id: d.id,
    slug: d.slug ?? null,
    pageUrl: d.page ?? `${origin}/datasets/${d.slug ?? d.id}`,
    permalink: `${origin}/datasets/${d.id}`,
    title: d.title,
    description: d.description ?? null,
    publisher,
    licence: {
      id: licenceId,
      title: known?.title ?? null,
      url: known?.url ?? null,
      versionAssumed: false,
      published: { id: licenceId, title: known?.title ?? null, url: known?.url ?? null },
    },
    dates: {
      created: d.created_at ?? null,
      metadataModified: d.last_modified ?? null,
      dataUpdated: d.last_update ?? null,
    },
    frequency: d.frequency ?? null,
    resources,
    tags: d.tags ?? [],
    sourceUrl: d.harvest?.remote_url ?? null,
    doi: null,
    status: { archived: flag(d.archived), deleted: flag(d.deleted), private: Boolean(d.private) },
    publicSector: isPublicService ? true : null,
    missing,
  });
}

/** The licence list changes a few times a year: one request per portal per session of the worker. */
const licenceCache = new Map<string, Promise<readonly UdataLicence[]>>();

async function licencesFor(apiBase: string, ctx: LoadContext): Promise<readonly UdataLicence[]> {
  let pending = licenceCache.get(apiBase);
  if (!pending) {
    pending = ctx.fetchJson(`${apiBase}/api/1/datasets/licenses/`).then((res) => {
      const list = res.ok ? UdataLicenceListSchema.safeParse(res.value) : undefined;
      if (list?.success) return list.data;
      licenceCache.delete(apiBase);
      return BUILT_IN_LICENCES;
    });
    licenceCache.set(apiBase, pending);
  }
  return pending;
}

/** Beyond this many files (v2 pages of 50), the list is cut and said to be so. */
const MAX_RESOURCE_PAGES = 40;

async function pagedResources(href: string, onDataGouvFr: boolean, ctx: LoadContext): Promise<Result<Resource[]>> {
  const all: Resource[] = [];
  let next: string | null | undefined = href;
  for (let page = 0; next && page < MAX_RESOURCE_PAGES; page++) {
    const res = await ctx.fetchJson(next);
    if (!res.ok) return res;
    const parsed = ResourcePageSchema.safeParse(res.value);
    if (!parsed.success) return fail(malformedFrom(parsed.error, new URL(href).host));
    all.push(...parsed.data.data.map((r) => toResource(r, onDataGouvFr)));
    next = parsed.data.next_page;
  }
  return ok(all);
}

const metadataUrl = (ref: UdataRef): string => `${ref.apiBase}/api/2/datasets/${encodeURIComponent(ref.id)}/`;
const FULL_OBJECTS = { 'X-Get-Datasets-Full-Objects': 'True' };

export const udata: PortalAdapter<'udata'> = defineAdapter({
  family: 'udata',
  pageHosts: DATAGOUV_HOSTS,
  apiHosts: ['static.data.gouv.fr', 'object.files.data.gouv.fr', 'tabular-api.data.gouv.fr'],
  detect: detectUdata,
  origins: (ref) => [originOf(ref.apiBase)].filter((o): o is string => o !== null),
  // API v2 pages the files (v1 embeds them all, which is slow or fails for datasets with thousands) and, with the
  // full-objects header, gives the licence's title and URL in the same answer.
  metadataUrl,
  metadataHeaders: FULL_OBJECTS,
  parse: (raw, ref) => parseUdata(raw, ref),
  async load(ref, ctx) {
    const answer = await ctx.fetchJson(metadataUrl(ref), { headers: FULL_OBJECTS });
    if (!answer.ok) return answer;
    const raw = answer.value as { license?: unknown; resources?: unknown };
    // A portal that ignores the header answers the licence as a bare id: its list names it.
    const licences = typeof raw.license === 'string' ? await licencesFor(ref.apiBase, ctx) : BUILT_IN_LICENCES;
    const parsed = parseUdata(answer.value, ref, licences);
    if (!parsed.ok) return parsed;
    const link = z.object({ href: z.string() }).safeParse(raw.resources);
    if (!link.success) return parsed;
    const resources = await pagedResources(link.data.href, isDataGouvFr(ref.apiBase), ctx);
    if (!resources.ok) return resources;
    return ok({
      ...parsed.value,
      resources: resources.value,
      missing: parsed.value.missing.filter((m) => m !== 'resources'),
    });
  },
});
