import type { PageSignals } from '../detect/page-signals';
import { originOf } from '../http/urls';
import type { Dataset, RefOf } from '../model/dataset';
import type { Result } from '../model/failure';
import { defineAdapter, type ParseContext, type PortalAdapter } from './adapter';
import { compactDatasetNode, datasetIdOf, findDatasetNode, normaliseJsonLd } from './schema-org';

type JsonLdRef = RefOf<'jsonld'>;

/**
 * The catch-all: any page that describes one dataset in schema.org or DCAT JSON-LD, inline or through a
 * `<link rel="alternate" type="application/ld+json">`. catalog.data.gov pages carry inline schema.org;
 * data.europa.eu pages are an application shell with no markup, so their DCAT-AP JSON-LD is read from the
 * piveau registry (`/api/hub/repo/datasets/<id>.jsonld`).
 *
 * RDF/XML and Turtle alternates are not followed: the adapter interface fetches JSON only, and a page whose
 * only description is RDF is left unclaimed rather than claimed and then failed.
 */

const EUROPA_HOST = 'data.europa.eu';
const EUROPA_REPO = 'https://data.europa.eu/api/hub/repo/datasets';
/** `/data/datasets/<id>`; the language travels in `?locale=`, which the id never includes. */
const EUROPA_PATH = /^\/data\/datasets\/([^/?#]+)\/?$/;

function europaId(url: URL): string | null {
  if (url.hostname !== EUROPA_HOST) return null;
  const id = EUROPA_PATH.exec(url.pathname)?.[1];
  return id ? decodeURIComponent(id) : null;
}

const CATALOGUE_DOCUMENT = /\/catalog(?:ue)?(?:\.[a-z]+)?$/i;
/** udata links its own DCAT record; the udata adapter owns those pages and its API says more. */
const UDATA_DOCUMENT = /\/api\/1\/datasets\/[^/]+\/rdf\.jsonld$/;

/**
 * A linked JSON-LD document that is the page's own dataset record (not a catalogue feed). Only on the page's own
 * origin: a page may describe itself, not send the extension to read another site.
 */
function linkedJsonLd(signals: PageSignals, page: URL): string | null {
  const link = signals.links.find((l) => {
    if (!l.rel.split(/\s+/).includes('alternate') || l.type !== 'application/ld+json') return false;
    const href = new URL(l.href);
    if (href.origin !== page.origin) return false;
    return !CATALOGUE_DOCUMENT.test(href.pathname) && !UDATA_DOCUMENT.test(href.pathname);
  });
  return link?.href ?? null;
}

export function detectJsonLd(signals: PageSignals): JsonLdRef | null {
  let url: URL;
  try {
    url = new URL(signals.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const base = { portal: 'jsonld' as const, origin: url.origin, pageUrl: url.href };
  const found = findDatasetNode(signals.jsonld);
  if (found) {
    const id = datasetIdOf(found.node, found.graph, url.href);
    return { ...base, id, record: { kind: 'embedded', node: compactDatasetNode(found) } };
  }
  const europa = europaId(url);
  if (europa) {
    return {
      ...base,
      id: europa,
      record: { kind: 'registry', url: `${EUROPA_REPO}/${encodeURIComponent(europa)}.jsonld` },
    };
  }
  const linked = linkedJsonLd(signals, url);
  // The linked record's URL stands for the dataset until the record itself names it.
  if (linked) return { ...base, id: linked, record: { kind: 'linked', url: linked } };
  return null;
}

function parseJsonLd(raw: unknown, ref: JsonLdRef, ctx: ParseContext): Result<Dataset> {
  return normaliseJsonLd(raw, { portal: 'jsonld', origin: ref.origin, pageUrl: ref.pageUrl, lang: ctx.lang });
}

function metadataUrl(ref: JsonLdRef): string | null {
  return ref.record.kind === 'embedded' ? null : ref.record.url;
}

export const jsonld: PortalAdapter<'jsonld'> = defineAdapter({
  family: 'jsonld',
  pageHosts: ['catalog.data.gov', EUROPA_HOST],
  apiHosts: [],
  detect: detectJsonLd,
  origins: (ref) => {
    const url = metadataUrl(ref);
    const origin = url === null ? null : originOf(url);
    return origin === null ? [] : [origin];
  },
  metadataUrl,
  metadataHeaders: { Accept: 'application/ld+json' },
  inPage: (ref) => (ref.record.kind === 'embedded' ? ref.record.node : undefined),
  parse: parseJsonLd,
});
