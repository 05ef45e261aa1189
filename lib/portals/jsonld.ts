import type { PageSignals } from '../detect/page-signals';
import type { DatasetRef } from '../model/dataset';
import type { PortalAdapter } from './adapter';
import { datasetIdOf, findDatasetNode, normaliseJsonLd } from './schema-org';

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

/** A linked JSON-LD document that is the page's own dataset record (not a catalogue feed). */
function linkedJsonLd(signals: PageSignals): string | null {
  const link = signals.links.find((l) => {
    if (!l.rel.split(/\s+/).includes('alternate') || l.type !== 'application/ld+json') return false;
    const path = new URL(l.href).pathname;
    return !CATALOGUE_DOCUMENT.test(path) && !UDATA_DOCUMENT.test(path);
  });
  return link?.href ?? null;
}

export function detectJsonLd(signals: PageSignals): DatasetRef | null {
  let url: URL;
  try {
    url = new URL(signals.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const base = { portal: 'jsonld' as const, origin: url.origin, pageUrl: url.href };
  const found = findDatasetNode(signals.jsonld);
  if (found) return { ...base, id: datasetIdOf(found.node, found.graph, url.href), embedded: signals.jsonld };
  const europa = europaId(url);
  if (europa) return { ...base, id: europa, apiBase: EUROPA_REPO };
  const linked = linkedJsonLd(signals);
  // The linked record's URL stands for the dataset until the record itself names it.
  if (linked) return { ...base, id: linked };
  return null;
}

function metadataUrl(ref: DatasetRef): string {
  if (ref.embedded !== undefined) return ref.pageUrl;
  if (ref.apiBase === EUROPA_REPO) return `${EUROPA_REPO}/${encodeURIComponent(ref.id)}.jsonld`;
  return ref.id;
}

export const jsonld: PortalAdapter = {
  family: 'jsonld',
  knownHosts: ['catalog.data.gov', EUROPA_HOST],
  examples: {
    datasets: [
      {
        url: 'https://catalog.data.gov/dataset/electric-vehicle-population-data',
        html: '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"Electric Vehicle Population Data","identifier":"https://data.wa.gov/api/views/f6w7-q2d2"}</script>',
        id: 'https://data.wa.gov/api/views/f6w7-q2d2',
      },
      {
        url: 'https://example.org/data/rivers',
        html: '<script type="application/ld+json">{"@context":{"schema":"http://schema.org/"},"@graph":[{"@type":"schema:WebSite","schema:name":"Example"},{"@id":"https://example.org/data/rivers#dataset","@type":["Dataset","schema:Dataset"],"schema:name":"Rivers"}]}</script>',
        id: 'https://example.org/data/rivers#dataset',
      },
      {
        url: 'https://example.org/data/lakes',
        html: '<script type="application/ld+json">{"@type":"http://schema.org/Dataset","http://schema.org/name":"Lakes"}</script>',
        id: 'https://example.org/data/lakes',
      },
      {
        url: 'https://data.europa.eu/data/datasets/5d13a8b6634f41070a43dff3~~1?locale=en',
        id: '5d13a8b6634f41070a43dff3~~1',
      },
      {
        url: 'https://geo.example.org/catalogue/record/42',
        html: '<link rel="alternate" type="application/ld+json" href="/catalogue/record/42.jsonld">',
        id: 'https://geo.example.org/catalogue/record/42.jsonld',
      },
    ],
    notDatasets: [
      'https://catalog.data.gov/',
      'https://catalog.data.gov/dataset?q=electric',
      'https://data.europa.eu/',
      'https://data.europa.eu/data/datasets?locale=en&query=water',
      'https://data.europa.eu/data/catalogues/data-gouv-fr?locale=en',
    ],
  },
  detect: detectJsonLd,
  metadataUrl,
  parse: (raw, ref, ctx) =>
    normaliseJsonLd(raw, { portal: 'jsonld', origin: ref.origin, pageUrl: ref.pageUrl, lang: ctx.lang }),
  async load(ref, ctx) {
    if (ref.embedded !== undefined) return this.parse(ref.embedded, ref, ctx);
    const answer = await ctx.fetchJson(metadataUrl(ref), { headers: { Accept: 'application/ld+json' } });
    if (!answer.ok) return answer;
    return this.parse(answer.value, ref, ctx);
  },
};
