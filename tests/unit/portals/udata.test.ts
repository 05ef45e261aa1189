import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '../../../lib/detect/page-signals';
import type { RefOf } from '../../../lib/model/dataset';
import { fail, failure, ok } from '../../../lib/model/failure';
import type { JsonFetcher } from '../../../lib/portals/adapter';
import { detectUdata, parseUdata, TABULAR_API_ROOT, udata } from '../../../lib/portals/udata';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/portals/udata/${name}`, import.meta.url), 'utf8'));
const catalogue = fixture('data.gouv.fr_api1_dataset_catalogue_lov2.json');

const ref: RefOf<'udata'> = {
  portal: 'udata',
  origin: 'https://www.data.gouv.fr',
  id: 'catalogue-des-donnees-de-data-gouv-fr',
  pageUrl: 'https://www.data.gouv.fr/datasets/catalogue-des-donnees-de-data-gouv-fr',
  apiBase: 'https://www.data.gouv.fr',
};

describe('udata detection', () => {
  it('finds the same dataset in both URL forms', () => {
    const a = detectUdata(
      extractPageSignals('https://www.data.gouv.fr/fr/datasets/catalogue-des-donnees-de-data-gouv-fr/'),
    );
    const b = detectUdata(
      extractPageSignals('https://www.data.gouv.fr/datasets/catalogue-des-donnees-de-data-gouv-fr'),
    );
    expect(a?.id).toBe('catalogue-des-donnees-de-data-gouv-fr');
    expect(b?.id).toBe(a?.id);
    expect(b?.apiBase).toBe('https://www.data.gouv.fr');
  });

  it('keeps the file a page points at', () => {
    const rid = 'f868cca6-8da1-4369-a78d-47463f19a9a3';
    expect(detectUdata(extractPageSignals(`https://www.data.gouv.fr/datasets/x?resource_id=${rid}`))?.resourceId).toBe(
      rid,
    );
    expect(
      detectUdata(extractPageSignals(`https://www.data.gouv.fr/fr/datasets/x/#/resources/${rid}`))?.resourceId,
    ).toBe(rid);
  });

  it('reads the API root of another udata portal from the page', () => {
    const r = detectUdata(
      extractPageSignals(
        'https://data.example.lu/fr/datasets/population/',
        '<meta name="api-root" content="https://api.example.lu/api/1/">',
      ),
    );
    expect(r).toMatchObject({ id: 'population', apiBase: 'https://api.example.lu', origin: 'https://data.example.lu' });
  });

  it('leaves /datasets/<slug> on unknown hosts without udata signals alone', () => {
    expect(detectUdata(extractPageSignals('https://example.org/datasets/population'))).toBeNull();
  });

  it('thematic data.gouv.fr front ends read the main API', () => {
    const r = detectUdata(extractPageSignals('https://ecologie.data.gouv.fr/datasets/5a5f4f6c88ee387da4d252a3'));
    expect(r?.apiBase).toBe('https://www.data.gouv.fr');
  });
});

describe('udata parse (API v1)', () => {
  const result = parseUdata(catalogue, ref);
  const d = result.ok ? result.value : undefined;

  it('normalizes the recorded answer', () => {
    expect(d).toMatchObject({
      portal: 'udata',
      id: '5d13a8b6634f41070a43dff3',
      slug: 'catalogue-des-donnees-de-data-gouv-fr',
      title: 'Catalogue des données de data.gouv.fr',
      permalink: 'https://www.data.gouv.fr/datasets/5d13a8b6634f41070a43dff3',
      publisher: { name: 'data.gouv.fr', url: 'https://www.data.gouv.fr/fr/organizations/data-gouv-fr/' },
      dates: {
        created: '2019-06-26T19:17:42.238000+00:00',
        metadataModified: '2025-04-07T06:15:30.658000+00:00',
        dataUpdated: '2025-04-07T08:15:30.581000+00:00',
      },
      frequency: 'weekly',
      publicSector: true,
      missing: [],
    });
  });

  it('resolves the licence id to its title and URL from the built-in list', () => {
    expect(d?.licence.published).toEqual({
      id: 'lov2',
      title: 'Licence Ouverte / Open Licence version 2.0',
      url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
    });
  });

  it('reads every file with its size, kind and crawler hints', () => {
    expect(d?.resources).toHaveLength(8);
    const big = d?.resources.find((r) => r.size === 777454664);
    expect(big).toMatchObject({ format: 'csv', mime: 'text/csv', kind: 'main' });
    // The crawler's Parquet copy and its tabular API are listed as ways to read the rows, before the file.
    expect(big?.sources.map((s) => s.kind)).toEqual(['rows-api', 'conversion']);
    expect(big?.sources[0]).toMatchObject({ api: 'udata-tabular', url: `${TABULAR_API_ROOT}/${big?.id}/` });
    expect(big?.sources[1]).toMatchObject({ format: 'parquet', size: expect.any(Number) });
    expect(big?.sources[1]?.url).toMatch(/^https:\/\/object\.files\.data\.gouv\.fr\/hydra-parquet\//);
    expect(d?.resources.filter((r) => r.kind === 'documentation')).toHaveLength(1);
    expect(d?.resources[0]?.hints).toMatchObject({ analysisError: 'File too large to download', available: true });
  });

  it('names a user-owned dataset after its owner', () => {
    const owned = parseUdata(
      { ...catalogue, organization: null, owner: { first_name: 'Ada', last_name: 'Lovelace', page: 'https://u' } },
      ref,
    );
    expect(owned.ok && owned.value.publisher).toEqual({ name: 'Ada Lovelace', url: 'https://u' });
  });

  it('prefers the rights holder of a harvested dataset, and keeps its original source', () => {
    const harvested = parseUdata(
      {
        ...catalogue,
        contact_points: [
          { name: 'Creator Org', role: 'creator' },
          { name: 'Région X', role: 'rightsHolder' },
        ],
        harvest: { remote_url: 'https://opendata.example.fr/explore/dataset/x/' },
      },
      ref,
    );
    expect(harvested.ok && harvested.value.publisher.name).toBe('Région X');
    expect(harvested.ok && harvested.value.sourceUrl).toBe('https://opendata.example.fr/explore/dataset/x/');
  });

  it('shows what is usable when optional parts are broken, and says what is missing', () => {
    const broken = parseUdata({ ...catalogue, license: 42, last_update: null, resources: 'nope' }, ref);
    expect(broken.ok).toBe(true);
    expect(broken.ok && broken.value.missing).toEqual(['licence', 'dates.dataUpdated', 'resources']);
    expect(broken.ok && broken.value.title).toBe('Catalogue des données de data.gouv.fr');
  });

  it('fails with `malformed` when the core is missing', () => {
    const r = parseUdata({ id: 'x' }, ref);
    expect(!r.ok && r.error).toMatchObject({ code: 'malformed', messageKey: 'errors.malformed' });
  });

  it('reports archived and deleted datasets', () => {
    const r = parseUdata({ ...catalogue, archived: '2024-01-01T00:00:00', deleted: null }, ref);
    expect(r.ok && r.value.status).toEqual({ archived: true, deleted: false, private: false });
  });
});

describe('udata load', () => {
  it('asks API v2 for full objects, and the licence list only when the licence comes as a bare id', async () => {
    const calls: Array<{ url: string; headers?: Record<string, string> }> = [];
    const fetchJson: JsonFetcher = async (url, init) => {
      calls.push({ url, headers: init?.headers });
      if (url.endsWith('/licenses/')) return ok([{ id: 'lov2', title: 'LO 2 (live)', url: 'https://lo' }]);
      return ok(catalogue);
    };
    const r = await udata.load({ ...ref, apiBase: 'https://demo.test' }, { fetchJson, lang: 'fr' });
    expect(calls).toEqual([
      {
        url: 'https://demo.test/api/2/datasets/catalogue-des-donnees-de-data-gouv-fr/',
        headers: { 'X-Get-Datasets-Full-Objects': 'True' },
      },
      { url: 'https://demo.test/api/1/datasets/licenses/', headers: undefined },
    ]);
    expect(r.ok && r.value.licence.published.title).toBe('LO 2 (live)');
  });

  it('needs no licence list when API v2 gives the licence as an object', async () => {
    const calls: string[] = [];
    const full = {
      ...catalogue,
      license: { id: 'lov2', title: 'Licence Ouverte v2 (object)', url: 'https://lo/object' },
      frequency: { id: 'weekly', label: 'Hebdomadaire' },
    };
    const fetchJson: JsonFetcher = async (url) => {
      calls.push(url);
      return ok(full);
    };
    const r = await udata.load({ ...ref, apiBase: 'https://objects.test' }, { fetchJson, lang: 'fr' });
    expect(calls).toEqual(['https://objects.test/api/2/datasets/catalogue-des-donnees-de-data-gouv-fr/']);
    expect(r.ok && r.value.licence.published).toEqual({
      id: 'lov2',
      title: 'Licence Ouverte v2 (object)',
      url: 'https://lo/object',
    });
    expect(r.ok && r.value.frequency).toBe('weekly');
  });

  it('passes API failures through', async () => {
    const fetchJson: JsonFetcher = async () => fail(failure('server', 'errors.server', { params: { status: 500 } }));
    const r = await udata.load({ ...ref, apiBase: 'https://down.test' }, { fetchJson, lang: 'en' });
    expect(!r.ok && r.error.code).toBe('server');
  });

  it('follows v2 resource pages', async () => {
    const { resources, ...rest } = catalogue;
    const v2 = { ...rest, resources: { href: 'https://v2.test/api/2/datasets/x/resources/?page=1', total: 8 } };
    const fetchJson: JsonFetcher = async (url) => {
      if (url.endsWith('/licenses/')) return ok([]);
      if (url.includes('page=1')) return ok({ data: resources.slice(0, 5), next_page: 'https://v2.test/p2' });
      if (url === 'https://v2.test/p2') return ok({ data: resources.slice(5), next_page: null });
      return ok(v2);
    };
    const r = await udata.load({ ...ref, apiBase: 'https://v2.test' }, { fetchJson, lang: 'en' });
    expect(r.ok && r.value.resources).toHaveLength(8);
    expect(r.ok && r.value.missing).toEqual([]);
  });
});

describe('udata preview sources', () => {
  const withResource = (over: Record<string, unknown>) => {
    const [first] = catalogue.resources;
    const r = parseUdata({ ...catalogue, resources: [{ ...first, preview_url: null, extras: {}, ...over }] }, ref);
    if (!r.ok) throw new Error('must parse');
    return r.value.resources[0]?.sources.map((s) => (s.kind === 'conversion' ? s.format : s.api));
  };

  it.each([
    ['a preview_url', { preview_url: 'https://explore.data.gouv.fr/?url=x' }],
    ['parsing_table', { extras: { 'analysis:parsing:parsing_table': 'abc123' } }],
    ['a finished parsing', { extras: { 'analysis:parsing:finished_at': '2025-04-07T03:16:01+00:00' } }],
  ])('lists the tabular API after %s', (_, over) => {
    expect(withResource(over)).toEqual(['udata-tabular']);
  });

  it('does not list it when the crawler did not parse the file, or failed to', () => {
    expect(withResource({})).toEqual([]);
    expect(
      withResource({
        extras: { 'analysis:parsing:finished_at': '2025-04-07T03:16:01+00:00', 'analysis:parsing:error': 'boom' },
      }),
    ).toEqual([]);
  });

  it('lists the conversions in the order Parquet, GeoJSON, PMTiles, after the API', () => {
    expect(
      withResource({
        extras: {
          'analysis:parsing:parsing_table': 'abc',
          'analysis:parsing:pmtiles_url': 'https://object.files.data.gouv.fr/x.pmtiles',
          'analysis:parsing:geojson_url': 'https://object.files.data.gouv.fr/x.geojson',
          'analysis:parsing:geojson_size': 1234,
          'analysis:parsing:parquet_url': 'https://object.files.data.gouv.fr/x.parquet',
        },
      }),
    ).toEqual(['udata-tabular', 'parquet', 'geojson', 'pmtiles']);
  });
});
