import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '../../../lib/detect/page-signals';
import type { RefOf } from '../../../lib/model/dataset';
import { fail, failure, ok } from '../../../lib/model/failure';
import type { JsonFetcher } from '../../../lib/portals/adapter';
import { detectJsonLd, jsonld } from '../../../lib/portals/jsonld';
import { normaliseJsonLd } from '../../../lib/portals/schema-org';

const text = (name: string) => readFileSync(new URL(`../../fixtures/portals/jsonld/${name}`, import.meta.url), 'utf8');
const json = (name: string) => JSON.parse(text(name));

const DATAGOV_PAGE = 'https://catalog.data.gov/dataset/libraries-state-of-hawaii-a6f5d';
const EUROPA_PAGE = 'https://data.europa.eu/data/datasets/5d13a8b6634f41070a43dff3~~1?locale=fr';

const refFor = (pageUrl: string, fixture?: string): RefOf<'jsonld'> => {
  const ref = detectJsonLd(extractPageSignals(pageUrl, fixture ? text(fixture) : ''));
  if (!ref) throw new Error(`not detected: ${pageUrl}`);
  return ref;
};

const loaded = async (ref: RefOf<'jsonld'>, fetchJson: JsonFetcher = async () => fail(failure('network'))) => {
  const result = await jsonld.load(ref, { fetchJson, lang: 'en' });
  if (!result.ok) throw new Error(`${result.error.messageKey} ${result.error.params.detail ?? ''}`);
  return result.value;
};

/** A page with one JSON-LD block, for the variants the reader must accept. */
const page = (block: unknown) =>
  extractPageSignals(
    'https://example.org/data/x',
    `<script type="application/ld+json">${JSON.stringify(block)}</script>`,
  );

const parse = (block: unknown) =>
  normaliseJsonLd(block, {
    portal: 'jsonld',
    origin: 'https://example.org',
    pageUrl: 'https://example.org/data/x',
    lang: 'en',
  });

const parsed = (block: unknown) => {
  const result = parse(block);
  if (!result.ok) throw new Error(result.error.messageKey);
  return result.value;
};

describe('JSON-LD detection', () => {
  it('claims a catalog.data.gov page by its inline schema.org Dataset, with the identifier as id', () => {
    const ref = refFor(DATAGOV_PAGE, 'catalog.data.gov_dataset_libraries-state-of-hawaii.built.html');
    expect(ref).toMatchObject({
      portal: 'jsonld',
      origin: 'https://catalog.data.gov',
      id: 'https://data.hawaii.gov/api/views/jx86-2vch',
      pageUrl: DATAGOV_PAGE,
    });
    // The dataset node alone travels with the ref, not the page's two JSON-LD blocks.
    expect(ref.record.kind).toBe('embedded');
    const node = ref.record.kind === 'embedded' ? (ref.record.node as Record<string, unknown>) : {};
    expect(node['@type']).toBe('Dataset');
    expect(node.name).toBe('Libraries State Of Hawaii');
  });

  it('prefers the node @id, then identifier, then url, then the page itself', () => {
    expect(
      detectJsonLd(page({ '@id': 'https://a.example/d#it', '@type': 'Dataset', name: 'A', identifier: 'x' }))?.id,
    ).toBe('https://a.example/d#it');
    expect(detectJsonLd(page({ '@type': 'Dataset', name: 'A', url: 'https://a.example/d' }))?.id).toBe(
      'https://a.example/d',
    );
    expect(detectJsonLd(page({ '@type': 'Dataset', name: 'A' }))?.id).toBe('https://example.org/data/x');
  });

  it('finds the dataset in an @graph, in an array, under full-IRI and prefixed types', () => {
    expect(refFor('https://repo.example.org/records/8841', 'schema-org_graph_prefixed.built.html').id).toBe(
      'https://repo.example.org/records/8841',
    );
    expect(refFor('https://birds.example.org/2023', 'schema-org_array_iri-types.built.html').id).toBe(
      '10.1234/birds.2023',
    );
    expect(detectJsonLd(page({ '@type': 'http://www.w3.org/ns/dcat#Dataset', 'dct:title': 'D' }))).not.toBeNull();
    expect(detectJsonLd(page({ '@type': 'WebPage', mainEntity: { '@type': 'Dataset', name: 'M' } }))).not.toBeNull();
  });

  it('does not claim pages with only WebSite, Organization or BreadcrumbList markup, nor catalogue listings', () => {
    const home = extractPageSignals(
      'https://portal.example.org/',
      text('not-dataset_website-organization-breadcrumb.built.html'),
    );
    expect(detectJsonLd(home)).toBeNull();
    const listing = extractPageSignals(
      'https://portal.example.org/datasets',
      text('not-dataset_datacatalog-listing.built.html'),
    );
    expect(detectJsonLd(listing)).toBeNull();
    expect(
      detectJsonLd(
        page([
          { '@type': 'Dataset', name: 'A' },
          { '@type': 'Dataset', name: 'B' },
        ]),
      ),
    ).toBeNull();
    expect(detectJsonLd(extractPageSignals('https://example.org/data/x'))).toBeNull();
  });

  it('follows a DCAT JSON-LD alternate link but leaves RDF/XML-only pages alone', () => {
    expect(refFor('https://hub.example.eu/datasets/uci-har', 'dcat_alternate-link.built.html').id).toBe(
      'https://hub.example.eu/api/hub/repo/datasets/uci-har.jsonld',
    );
    const rdfOnly = extractPageSignals(
      'https://catalogue.open-datara.fr/geonetwork/srv/fre/catalog.search',
      text('rdfxml-only_alternate-link.built.html'),
    );
    expect(detectJsonLd(rdfOnly)).toBeNull();
    const catalogueFeed = extractPageSignals(
      'https://portal.example.org/',
      '<link rel="alternate" type="application/ld+json" href="/catalog.jsonld">',
    );
    expect(detectJsonLd(catalogueFeed)).toBeNull();
  });

  it('recognises data.europa.eu dataset pages, which carry no markup, by their URL', () => {
    expect(refFor(EUROPA_PAGE)).toMatchObject({ id: '5d13a8b6634f41070a43dff3~~1', origin: 'https://data.europa.eu' });
    expect(detectJsonLd(extractPageSignals('https://data.europa.eu/data/datasets?query=water'))).toBeNull();
    expect(detectJsonLd(extractPageSignals('https://data.europa.eu/data/catalogues/data-gouv-fr'))).toBeNull();
  });
});

describe('JSON-LD reading', () => {
  it('reads the catalog.data.gov page without any request', async () => {
    const d = await loaded(refFor(DATAGOV_PAGE, 'catalog.data.gov_dataset_libraries-state-of-hawaii.built.html'));
    expect(d.title).toBe('Libraries State Of Hawaii');
    expect(d.publisher).toEqual({ name: 'State of Hawaii', url: null });
    expect(d.licence.published).toEqual({
      id: null,
      title: null,
      url: 'http://creativecommons.org/licenses/by/3.0/legalcode',
    });
    expect(d.dates).toEqual({ created: '2012-06-27', metadataModified: null, dataUpdated: '2012-06-27' });
    expect(d.sourceUrl).toBe('https://data.hawaii.gov/d/jx86-2vch');
    expect(d.permalink).toBe(DATAGOV_PAGE);
    expect(d.resources.map((r) => [r.format, r.mime, r.kind])).toEqual([
      ['csv', 'text/csv', 'main'],
      ['json', 'application/json', 'main'],
    ]);
    expect(d.missing).toEqual([]);
  });

  it('reads @graph, prefixed keys, an @id publisher, a CreativeWork licence, a DOI and sizes in bytes only', async () => {
    const d = await loaded(refFor('https://repo.example.org/records/8841', 'schema-org_graph_prefixed.built.html'));
    expect(d.title).toBe('Sea surface temperature, Brittany coast');
    expect(d.publisher).toEqual({ name: 'Ifremer', url: 'https://www.ifremer.fr' });
    expect(d.licence.published).toEqual({
      id: null,
      title: 'Creative Commons Attribution 4.0 International',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(d.doi).toBe('10.5281/zenodo.8841');
    expect(d.dates).toEqual({ created: '2021-03-01', metadataModified: null, dataUpdated: '2024-11-05T09:30:00Z' });
    expect(d.tags).toEqual(['oceanography', 'temperature']);
    expect(d.permalink).toBe('https://repo.example.org/records/8841');
    expect(d.resources.map((r) => [r.title, r.url, r.format, r.size])).toEqual([
      ['sst_2024.csv', 'https://repo.example.org/records/8841/files/sst_2024.csv', 'csv', 48213],
      ['README', 'https://repo.example.org/records/8841/files/README.pdf', 'pdf', null],
    ]);
  });

  it('reads a top-level array, a string creator, a URL licence, a bare DOI, comma keywords and one distribution', async () => {
    const d = await loaded(refFor('https://birds.example.org/2023', 'schema-org_array_iri-types.built.html'));
    expect(d.title).toBe('Bird counts 2023');
    expect(d.publisher).toEqual({ name: 'Birdwatch Society', url: null });
    expect(d.licence.published.url).toBe('https://opendatacommons.org/licenses/odbl/1-0/');
    expect(d.doi).toBe('10.1234/birds.2023');
    expect(d.tags).toEqual(['birds', 'counts', '2023']);
    expect(d.resources).toEqual([
      expect.objectContaining({ url: 'https://birds.example.org/files/counts-2023.csv', format: 'csv', kind: 'main' }),
    ]);
  });

  it('accepts a licence given as a plain name, and an author given as an object', () => {
    const d = parsed({
      '@type': 'Dataset',
      name: 'N',
      license: 'Licence Ouverte v2.0 (Etalab)',
      author: { '@type': 'Person', name: 'Ada Lovelace', url: 'https://ada.example' },
      distribution: [
        { '@type': 'DataDownload', contentUrl: 'https://example.org/f.json', encodingFormat: 'application/json' },
      ],
    });
    expect(d.licence.published).toEqual({ id: null, title: 'Licence Ouverte v2.0 (Etalab)', url: null });
    expect(d.publisher).toEqual({ name: 'Ada Lovelace', url: 'https://ada.example' });
  });

  it('lists what is missing and keeps the dataset when optional parts are absent or broken', () => {
    const d = parsed({
      '@type': ['Dataset'],
      name: 'Bare',
      keywords: 42,
      dateModified: 'last week',
      distribution: 'nope',
    });
    expect(d.title).toBe('Bare');
    expect(d.tags).toEqual(['42']);
    expect(d.missing).toEqual(['publisher', 'resources', 'licence', 'dates.dataUpdated']);
  });

  it('fails as malformed without a title or without a dataset', () => {
    const untitled = parse({ '@type': 'Dataset', description: 'no name' });
    expect(untitled.ok ? null : untitled.error).toMatchObject({ code: 'malformed', params: { detail: 'title' } });
    const none = parse({ '@type': 'WebSite', name: 'Site' });
    expect(none.ok ? null : none.error.code).toBe('malformed');
  });
});

describe('DCAT JSON-LD', () => {
  it('reads the piveau record a page links to, with one request to the linked document', async () => {
    const asked: Array<[string, Record<string, string> | undefined]> = [];
    const fetchJson: JsonFetcher = async (url, init) => {
      asked.push([url, init?.headers]);
      return ok(json('piveau_repo_dataset_uci-har.jsonld'));
    };
    const ref = refFor('https://hub.example.eu/datasets/uci-har', 'dcat_alternate-link.built.html');
    const d = await loaded(ref, fetchJson);
    expect(asked).toEqual([
      ['https://hub.example.eu/api/hub/repo/datasets/uci-har.jsonld', { Accept: 'application/ld+json' }],
    ]);
    expect(d.id).toBe('https://piveau.io/set/data/uci-har');
    expect(d.title).toBe('UCI-HAR2');
    expect(d.licence.published).toEqual({ id: null, title: null, url: 'http://dcat-ap.de/def/licenses/cc-by/4.0' });
    expect(d.resources.map((r) => [r.title, r.url, r.format, r.mime])).toEqual([
      [
        'Original Data',
        'https://archive.ics.uci.edu/static/public/240/human+activity+recognition+using+smartphones.zip',
        'zip',
        'application/zip',
      ],
      ['Parser Repository', 'https://github.com/username/parser_repo.zip', 'zip', 'application/zip'],
    ]);
    expect(d.missing).toEqual(['publisher', 'dates.dataUpdated']);
  });

  it('reads a data.europa.eu record from the piveau registry, in the reader’s language', async () => {
    const asked: string[] = [];
    const fetchJson: JsonFetcher = async (url) => {
      asked.push(url);
      return ok(json('data.europa.eu_api_hub_repo_dataset_multilingual.built.jsonld'));
    };
    const ref = refFor(EUROPA_PAGE);
    expect(jsonld.metadataUrl(ref)).toBe(
      'https://data.europa.eu/api/hub/repo/datasets/5d13a8b6634f41070a43dff3~~1.jsonld',
    );
    const result = await jsonld.load(ref, { fetchJson, lang: 'fr' });
    expect(asked).toEqual([jsonld.metadataUrl(ref)]);
    if (!result.ok) throw new Error(result.error.messageKey);
    const d = result.value;
    expect(d.title).toBe('Catalogue des données de data.gouv.fr');
    expect(d.publisher).toEqual({ name: 'data.gouv.fr', url: 'https://www.data.gouv.fr/organizations/data-gouv-fr' });
    expect(d.licence.published.url).toBe('https://www.etalab.gouv.fr/licence-ouverte-open-licence');
    expect(d.dates).toEqual({
      created: '2019-06-26T00:00:00Z',
      metadataModified: '2025-04-02T06:12:44Z',
      dataUpdated: '2025-04-01T03:00:00Z',
    });
    expect(d.frequency).toBe('WEEKLY');
    expect(d.tags).toEqual(['catalogue', 'data-gouv-fr']);
    expect(d.resources).toEqual([
      expect.objectContaining({
        url: 'https://static.data.gouv.fr/resources/catalogue-des-donnees-de-data-gouv-fr/export-dataset.csv',
        format: 'csv',
        mime: 'text/csv',
        size: 121843,
      }),
    ]);
    const english = jsonld.parse(json('data.europa.eu_api_hub_repo_dataset_multilingual.built.jsonld'), ref, {
      lang: 'en',
    });
    expect(english.ok && english.value.title).toBe('Catalogue of data.gouv.fr data');
  });

  it('passes a failure of the registry through', async () => {
    const missing = failure('not-found', 'errors.not-found', { params: { host: 'data.europa.eu' } });
    const result = await jsonld.load(refFor(EUROPA_PAGE), { fetchJson: async () => fail(missing), lang: 'en' });
    expect(result).toEqual({ ok: false, error: missing });
  });
});
