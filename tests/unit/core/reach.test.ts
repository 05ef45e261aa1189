import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '../../../lib/detect/page-signals';
import { originOf, safeHttpsUrl } from '../../../lib/http/urls';
import { acceptMessage } from '../../../lib/messaging/protocol';
import type { DatasetRef } from '../../../lib/model/dataset';
import { ok, type Result } from '../../../lib/model/failure';
import { loadDataset, reachGuard } from '../../../lib/pipeline/load-dataset';
import { builtInHostPermissions, knownPortalHostPatterns } from '../../../lib/portals/known-hosts';
import { detectDataset, originsFor } from '../../../lib/portals/registry';
import { parseUdata } from '../../../lib/portals/udata';
import catalogue from '../../fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json';

const refOf = (url: string, html = ''): DatasetRef => {
  const ref = detectDataset(extractPageSignals(url, html));
  if (!ref) throw new Error(`not detected: ${url}`);
  return ref;
};

describe('URLs from portal answers', () => {
  it.each([
    ['javascript:alert(1)', null],
    ['data:text/csv,a,b', null],
    ['http://object.files.data.gouv.fr/x.parquet', null],
    ['https://user:pass@object.files.data.gouv.fr/x.parquet', null],
    ['//object.files.data.gouv.fr/x.parquet', null],
    ['not a url', null],
    [42, null],
    ['https://object.files.data.gouv.fr/x.parquet', 'https://object.files.data.gouv.fr/x.parquet'],
  ])('safeHttpsUrl(%s) → %s', (raw, expected) => {
    expect(safeHttpsUrl(raw)).toBe(expected);
  });

  it('lists no conversion whose URL is not https, and no data.gouv.fr API for another udata portal', () => {
    const [first, ...rest] = catalogue.resources;
    const hostile = {
      ...catalogue,
      resources: [
        {
          ...first,
          extras: {
            ...first?.extras,
            'analysis:parsing:parquet_url': 'javascript:alert(1)',
            'analysis:parsing:geojson_url': 'http://object.files.data.gouv.fr/x.geojson',
            'analysis:parsing:pmtiles_url': 'https://object.files.data.gouv.fr/x.pmtiles',
          },
        },
        ...rest,
      ],
    };
    const base = { portal: 'udata' as const, origin: 'https://www.data.gouv.fr', id: 'x', pageUrl: 'https://x' };
    const onDataGouv = parseUdata(hostile, { ...base, apiBase: 'https://www.data.gouv.fr' });
    if (!onDataGouv.ok) throw new Error('fixture must parse');
    expect(onDataGouv.value.resources[0]?.sources.map((s) => (s.kind === 'conversion' ? s.format : s.api))).toEqual([
      'udata-tabular',
      'pmtiles',
    ]);
    const elsewhere = parseUdata(hostile, { ...base, apiBase: 'https://data.example.lu' });
    expect(elsewhere.ok && elsewhere.value.resources.every((r) => r.sources.length === 0)).toBe(true);
  });
});

describe('the origins each ref needs', () => {
  it.each([
    ['https://www.data.gouv.fr/datasets/x', '', ['https://www.data.gouv.fr']],
    ['https://ecologie.data.gouv.fr/datasets/x', '', ['https://www.data.gouv.fr']],
    ['https://open.canada.ca/data/en/dataset/c4c5c7f1-bfa6-4ff6-b4a0-c164cb2060f7', '', ['https://open.canada.ca']],
    ['https://opendata.paris.fr/explore/dataset/les-arbres/', '', ['https://opendata.paris.fr']],
    ['https://data.cityofchicago.org/d/zidz-sdfj', '', ['https://data.cityofchicago.org']],
    // ArcGIS reads the item from the sharing API, not from the Hub site the page is on.
    ['https://wigan.opendata.arcgis.com/datasets/7a153563b0c74f7eb2b3eae8a66f2fbb_0', '', ['https://www.arcgis.com']],
    ['https://data.europa.eu/data/datasets/abc~~1', '', ['https://data.europa.eu']],
    // Embedded schema.org needs no request at all.
    [
      'https://example.org/data/lakes',
      '<script type="application/ld+json">{"@type":"Dataset","name":"Lakes"}</script>',
      [],
    ],
    [
      'https://geo.example.org/catalogue/record/42',
      '<link rel="alternate" type="application/ld+json" href="/catalogue/record/42.jsonld">',
      ['https://geo.example.org'],
    ],
  ])('%s needs %j', (url, html, origins) => {
    expect(originsFor(refOf(url, html))).toEqual(origins);
  });

  it('does not follow a JSON-LD record linked on another origin', () => {
    const html = '<link rel="alternate" type="application/ld+json" href="https://elsewhere.example/record.jsonld">';
    expect(detectDataset(extractPageSignals('https://geo.example.org/catalogue/record/42', html))).toBeNull();
  });

  it('refuses a udata API root on a weaker scheme than the page', () => {
    const ref = refOf(
      'https://data.example.lu/fr/datasets/population/',
      '<meta name="api-root" content="http://api.example.lu/api/1/">',
    );
    expect(originsFor(ref)).toEqual(['https://data.example.lu']);
  });

  it('runs the content script on page hosts only; API hosts are permissions without it', () => {
    expect(knownPortalHostPatterns()).not.toContain('https://www.arcgis.com/*');
    expect(knownPortalHostPatterns()).toContain('https://hub.arcgis.com/*');
    expect(builtInHostPermissions()).toEqual(
      expect.arrayContaining(['https://www.arcgis.com/*', 'https://tabular-api.data.gouv.fr/*']),
    );
  });
});

describe('the reach guard', () => {
  it('lets the declared origins through and refuses any other with a permission failure', async () => {
    const asked: string[] = [];
    const guarded = reachGuard(['https://www.data.gouv.fr'], async (url): Promise<Result<unknown>> => {
      asked.push(url);
      return ok({});
    });
    expect((await guarded('https://www.data.gouv.fr/api/2/datasets/x/')).ok).toBe(true);
    const refused = await guarded('https://evil.example/steal');
    expect(refused).toMatchObject({ ok: false, error: { code: 'permission', params: { host: 'evil.example' } } });
    expect(await guarded('javascript:alert(1)')).toMatchObject({ ok: false, error: { code: 'permission' } });
    expect(asked).toEqual(['https://www.data.gouv.fr/api/2/datasets/x/']);
  });

  it('stops a portal answer that sends the pipeline to another origin', async () => {
    const asked: string[] = [];
    const ref = refOf('https://www.data.gouv.fr/datasets/x');
    const result = await loadDataset(ref, {
      lang: 'en',
      fetchJson: async (url) => {
        asked.push(url);
        return ok({ ...catalogue, resources: { href: 'https://evil.example/resources' } });
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'permission' } });
    expect(asked.every((u) => originOf(u) === 'https://www.data.gouv.fr')).toBe(true);
  });
});

describe('messages and their senders', () => {
  const EXT = 'abcdefgh';
  const EXT_ORIGIN = 'chrome-extension://abcdefgh/';
  const signals = { type: 'page-signals', url: 'https://www.data.gouv.fr/datasets/x', html: '' };
  const contentScript = { id: EXT, url: 'https://www.data.gouv.fr/datasets/x', frameId: 0, tab: { id: 7 } };
  const popup = { id: EXT, url: `${EXT_ORIGIN}popup.html` };

  it('takes a content script’s signals for its own tab and page', () => {
    expect(acceptMessage(signals, contentScript, EXT, EXT_ORIGIN)).toEqual({ ...signals, tabId: 7 });
  });

  it('refuses signals about another tab, another origin, a sub-frame or another extension', () => {
    expect(acceptMessage({ ...signals, tabId: 8 }, contentScript, EXT, EXT_ORIGIN)).toBeNull();
    expect(
      acceptMessage({ ...signals, url: 'https://evil.example/datasets/x' }, contentScript, EXT, EXT_ORIGIN),
    ).toBeNull();
    expect(acceptMessage(signals, { ...contentScript, frameId: 3 }, EXT, EXT_ORIGIN)).toBeNull();
    expect(acceptMessage(signals, { ...contentScript, id: 'other' }, EXT, EXT_ORIGIN)).toBeNull();
    expect(acceptMessage({ ...signals, url: 'javascript:alert(1)' }, contentScript, EXT, EXT_ORIGIN)).toBeNull();
  });

  it('answers tab states to extension pages only', () => {
    const ask = { type: 'get-tab-state', tabId: 7, lang: 'fr' };
    expect(acceptMessage(ask, popup, EXT, EXT_ORIGIN)).toEqual({ ...ask, refresh: false });
    expect(acceptMessage(ask, contentScript, EXT, EXT_ORIGIN)).toBeNull();
  });

  it('lets the popup send signals it collected, for the tab it names', () => {
    expect(acceptMessage({ ...signals, tabId: 7 }, popup, EXT, EXT_ORIGIN)).toEqual({ ...signals, tabId: 7 });
    expect(acceptMessage(signals, popup, EXT, EXT_ORIGIN)).toBeNull();
  });

  it('drops what does not validate', () => {
    expect(acceptMessage({ type: 'get-tab-state', tabId: -1, lang: 'fr' }, popup, EXT, EXT_ORIGIN)).toBeNull();
    expect(acceptMessage({ type: 'fetch', url: 'https://evil.example' }, popup, EXT, EXT_ORIGIN)).toBeNull();
    expect(acceptMessage('page-signals', contentScript, EXT, EXT_ORIGIN)).toBeNull();
  });
});

describe('CKAN DataStore sources', () => {
  const answer = (help: string) => ({
    help,
    success: true,
    result: {
      id: 'p1',
      title: 'Trees',
      resources: [{ id: 'r1', url: 'https://files.example.org/trees.csv', format: 'CSV', datastore_active: true }],
    },
  });
  const ref = refOf('https://ckan.example.com/dataset/trees', '<meta name="generator" content="ckan 2.10.4">');

  it('are listed on the API root for files the DataStore holds', async () => {
    const r = await loadDataset(ref, {
      lang: 'en',
      fetchJson: async () => ok(answer('https://ckan.example.com/api/3/action/help_show?name=package_show')),
    });
    expect(r.ok && r.value.resources[0]?.sources).toEqual([
      {
        kind: 'rows-api',
        api: 'ckan-datastore',
        url: 'https://ckan.example.com/api/3/action/datastore_search?resource_id=r1',
        provenance: 'sources.ckanDatastore',
      },
    ]);
  });

  it('never on another origin an answer names', async () => {
    const r = await loadDataset(ref, {
      lang: 'en',
      fetchJson: async () => ok(answer('https://evil.example/api/3/action/help_show?name=package_show')),
    });
    expect(r.ok && r.value.resources[0]?.sources[0]?.url).toBe(
      'https://ckan.example.com/api/3/action/datastore_search?resource_id=r1',
    );
  });
});
