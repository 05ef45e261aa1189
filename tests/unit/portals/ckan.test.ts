import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '../../../lib/detect/page-signals';
import type { Lang } from '../../../lib/i18n';
import type { Dataset, RefOf } from '../../../lib/model/dataset';
import { fail, failure, ok, type Result } from '../../../lib/model/failure';
import type { JsonFetcher } from '../../../lib/portals/adapter';
import { ckan, detectCkan, parseCkan } from '../../../lib/portals/ckan';
import { parseLooseDate, parseLooseSize } from '../../../lib/portals/loose-values';
import { pickTranslatedList, pickTranslation } from '../../../lib/portals/multilingual';
import { DETECTION_EXAMPLES } from '../../fixtures/portals/detection-examples';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/portals/ckan/${name}`, import.meta.url), 'utf8'));
const AU = fixture('data.gov.au_package_show_nsw-lga_cc-by-4.0_zip-shp.json');
const WA = fixture('catalogue.data.wa.gov.au_package_show_cc-by_geojson.json');
const SWISS = fixture('opendata.swiss_package_show_bfs_2022_rights-string.json');
const DKAN = fixture('dkan_opendata.hautsdefrance.fr_package_show_french-dates.json');

function refFor(url: string, html = ''): RefOf<'ckan'> {
  const ref = detectCkan(extractPageSignals(url, html));
  if (!ref) throw new Error(`not detected: ${url}`);
  return ref;
}

function parsed(raw: unknown, url: string, lang: Lang = 'en'): Dataset {
  const r = ckan.parse(raw, refFor(url), { lang });
  if (!r.ok) throw new Error(`parse failed: ${r.error.code} ${r.error.detail}`);
  return r.value;
}

const AU_PAGE = 'https://data.gov.au/data/dataset/nsw-local-government-areas';
const WA_PAGE = 'https://catalogue.data.wa.gov.au/dataset/bush-fire-prone-areas-2025';
const SWISS_PAGE = 'https://opendata.swiss/fr/dataset/reisen-der-schweizer-wohnbevolkerung-2019';
const DKAN_PAGE =
  'https://opendata.hautsdefrance.fr/dataset/antennes-regionales-de-la-region-hauts-de-france-au-01102019-0';

describe('CKAN detection', () => {
  it('claims every example dataset page with the id it must find', () => {
    for (const ex of DETECTION_EXAMPLES.ckan.datasets) {
      expect(detectCkan(extractPageSignals(ex.url, ex.html))?.id, ex.url).toBe(ex.id);
    }
  });

  it('leaves every example non-dataset page alone', () => {
    for (const url of DETECTION_EXAMPLES.ckan.notDatasets) {
      expect(detectCkan(extractPageSignals(url)), url).toBeNull();
    }
  });

  it('knows the API roots of the known hosts, sub-paths included', () => {
    expect(refFor(AU_PAGE).apiBase).toBe('https://data.gov.au/data');
    expect(refFor('https://open.canada.ca/data/fr/dataset/c4c5c7f1-bfa6-4ff6-b4a0-c164cb2060f7').apiBase).toBe(
      'https://open.canada.ca/data',
    );
    expect(refFor(SWISS_PAGE)).toMatchObject({
      origin: 'https://opendata.swiss',
      apiBase: 'https://ckan.opendata.swiss',
    });
  });

  it('keeps the file a resource page shows', () => {
    const ref = refFor(
      'https://data.gov.au/data/dataset/f6a00643-1842-48cd-9c2f-df23a3a1dc1e/resource/acd0b143-3616-4144-9ef5-d83a67f84148',
    );
    expect(ref).toMatchObject({
      id: 'f6a00643-1842-48cd-9c2f-df23a3a1dc1e',
      resourceId: 'acd0b143-3616-4144-9ef5-d83a67f84148',
    });
  });

  it('reads the root of an unknown install from what the page says', () => {
    const generator = refFor(
      'https://www.example.org/opendata/fr/dataset/budget-2024',
      '<head><meta name="generator" content="ckan 2.10.4"></head>',
    );
    expect(generator.apiBase).toBe('https://www.example.org/opendata');
    const bodyRoot = refFor(
      'https://data.example.net/portal/fr/dataset/trees',
      '<body data-site-root="https://data.example.net/portal/" data-locale-root="https://data.example.net/portal/fr/">',
    );
    expect(bodyRoot.apiBase).toBe('https://data.example.net/portal');
    const metaRoot = refFor(
      'https://ckan.example.com/dataset/air-quality',
      '<head><meta name="site-root" content="https://ckan.example.com/"></head>',
    );
    expect(metaRoot.apiBase).toBe('https://ckan.example.com');
  });

  it('needs the page to say it is CKAN on an unknown host', () => {
    expect(detectCkan(extractPageSignals('https://www.example.org/dataset/budget-2024'))).toBeNull();
    expect(
      detectCkan(
        extractPageSignals(
          'https://www.example.org/dataset/budget-2024',
          '<meta name="generator" content="WordPress 6.5">',
        ),
      ),
    ).toBeNull();
  });

  it('does not claim a page outside the declared root', () => {
    const html = '<head><meta name="site-root" content="https://example.org/data/"></head>';
    expect(detectCkan(extractPageSignals('https://example.org/blog/dataset/x', html))).toBeNull();
  });

  it('lists the API host of opendata.swiss among the built-in host permissions', () => {
    expect(ckan.pageHosts).toEqual(expect.arrayContaining(['opendata.swiss', 'ckan.opendata.swiss', 'data.gov.au']));
  });
});

describe('CKAN parse: data.gov.au (sub-path install)', () => {
  const d = parsed(AU, AU_PAGE);

  it('reads title, publisher, licence and dates', () => {
    expect(d).toMatchObject({
      portal: 'ckan',
      id: 'f6a00643-1842-48cd-9c2f-df23a3a1dc1e',
      slug: 'nsw-local-government-areas',
      title: 'NSW Local Government Areas - Geoscape Administrative Boundaries',
      pageUrl: 'https://data.gov.au/data/dataset/nsw-local-government-areas',
      permalink: 'https://data.gov.au/data/dataset/f6a00643-1842-48cd-9c2f-df23a3a1dc1e',
      publisher: {
        name: 'Department of Industry, Science, Energy and Resources',
        url: 'https://data.gov.au/data/organization/department-of-industry',
      },
      licence: {
        id: 'cc-by-4.0',
        published: {
          id: 'cc-by-4.0',
          title: 'Creative Commons Attribution 4.0 International',
          url: 'http://creativecommons.org/licenses/by/4.0',
        },
      },
      dates: {
        created: '2014-09-09T03:02:28.068907',
        metadataModified: '2021-02-22T04:43:49.368545',
        // The latest file date: the GDA2020 shapefile.
        dataUpdated: '2021-02-22T04:43:49.334104',
      },
      frequency: 'quarterly',
      missing: [],
    });
    expect(d.description).toContain('Administrative Boundaries © [Geoscape Australia]');
  });

  it('reads the files with lower-case formats, sizes and kinds', () => {
    expect(d.resources.map((r) => [r.format, r.size, r.kind])).toEqual([
      ['shp', 18918924, 'main'],
      ['shp', 19006384, 'main'],
      ['wms', null, 'api'],
      ['wfs', null, 'api'],
      ['geojson', null, 'main'],
    ]);
    expect(d.resources[0]).toMatchObject({
      id: 'acd0b143-3616-4144-9ef5-d83a67f84148',
      title: 'NSW_LGA_POLYGON_shp.zip',
      url: 'https://data.gov.au/data/dataset/f6a00643-1842-48cd-9c2f-df23a3a1dc1e/resource/acd0b143-3616-4144-9ef5-d83a67f84148/download/nsw_lga_polygon_shp.zip',
      mime: 'application/zip',
      lastModified: '2021-02-22T04:42:45.764129',
      hints: {},
    });
    expect(d.tags).toEqual(['Administrative', 'Boundaries', 'Boundary', 'Government', 'Local']);
  });
});

describe('CKAN parse: catalogue.data.wa.gov.au', () => {
  const d = parsed(WA, WA_PAGE);

  it('reads title, publisher, licence and dates', () => {
    expect(d).toMatchObject({
      title: 'Bush Fire Prone Areas 2025 (OBRM-024)',
      publisher: {
        name: 'Department of Fire and Emergency Services',
        url: 'https://catalogue.data.wa.gov.au/organization/department-of-fire-emergency-services',
      },
      licence: {
        published: {
          id: 'cc-by',
          title: 'Creative Commons Attribution 4.0',
          url: 'https://creativecommons.org/licenses/by/4.0/',
        },
      },
      dates: {
        created: '2025-11-13T02:29:50.063571',
        metadataModified: '2026-05-03T22:11:39.125881',
        dataUpdated: '2025-12-10T17:44:13',
      },
      permalink: 'https://catalogue.data.wa.gov.au/dataset/533b27e4-4863-455c-9825-5bb299585731',
    });
  });

  it('tells files from services', () => {
    expect(d.resources).toHaveLength(7);
    expect(d.resources.map((r) => `${r.format}:${r.kind}`)).toEqual([
      'geojson:main',
      'shp:main',
      'geopackage:main',
      'fgdb:main',
      'wfs:api',
      'api arcgis server map service:api',
      'wms:api',
    ]);
    expect(d.resources[0]?.url).toBe('https://data-downloads.slip.wa.gov.au/OBRM-024/GeoJSON');
    expect(d.resources.every((r) => r.size === null)).toBe(true);
  });
});

describe('CKAN parse: opendata.swiss (language dictionaries, licence per file)', () => {
  it('picks the reader’s language, falling back when it is empty', () => {
    const fr = parsed(SWISS, SWISS_PAGE, 'fr');
    expect(fr.title).toBe('Voyages de la population résidante suisse en 2019');
    expect(fr.publisher.name).toBe('Office fédéral de la statistique OFS');
    expect(fr.tags).toContain('tourisme');
    expect(fr.resources[0]?.title).toBe('Reisen der Schweizer Wohnbevölkerung 2019');

    const en = parsed(SWISS, SWISS_PAGE, 'en');
    expect(en.publisher.name).toBe('Federal Statistical Office FSO');
    expect(en.tags).toContain('tourism');
    // No English title: English readers get the French one (en → fr → de → it).
    expect(en.title).toBe('Voyages de la population résidante suisse en 2019');
  });

  it('builds human links on opendata.swiss in the page’s language, and calls the API at ckan.opendata.swiss', () => {
    const d = parsed(SWISS, SWISS_PAGE, 'en');
    expect(d.pageUrl).toBe('https://opendata.swiss/fr/dataset/reisen-der-schweizer-wohnbevolkerung-2019');
    expect(d.permalink).toBe('https://opendata.swiss/fr/dataset/3c358084-9c98-4c9e-a828-99c1c4ae1c6e');
    expect(d.publisher.url).toBe('https://opendata.swiss/fr/organization/bundesamt-fur-statistik-bfs');
    expect(ckan.metadataUrl(refFor(SWISS_PAGE))).toBe(
      'https://ckan.opendata.swiss/api/3/action/package_show?id=reisen-der-schweizer-wohnbevolkerung-2019',
    );
  });

  it('takes the dataset licence from its files when they all agree, and keeps each file’s', () => {
    const d = parsed(SWISS, SWISS_PAGE, 'fr');
    const rights = { id: 'NonCommercialAllowed-CommercialWithPermission-ReferenceRequired', title: null, url: null };
    expect(d.licence.published).toEqual(rights);
    expect(d.licence.id).toBe(rights.id);
    expect(d.resources.map((r) => r.hints.licence)).toEqual([rights, rights, rights, rights]);
    expect(d.missing).not.toContain('licence');
  });

  it('reads formats, media types and kinds; a byte_size of 0 is unknown', () => {
    const d = parsed(SWISS, SWISS_PAGE, 'fr');
    expect(d.resources.map((r) => [r.format, r.mime, r.size, r.kind])).toEqual([
      ['pdf', 'application/pdf', null, 'main'],
      ['html', 'text/html', null, 'documentation'],
      ['html', 'text/html', null, 'documentation'],
      ['pdf', 'application/pdf', null, 'main'],
    ]);
    expect(d.dates.dataUpdated).toBe('2020-10-20T00:00:00');
  });

  it('says no dataset licence when the files disagree', () => {
    const raw = structuredClone(SWISS) as { result: { resources: Array<Record<string, unknown>> } };
    const first = raw.result.resources[0];
    if (first) first.rights = 'https://opendata.swiss/terms-of-use#terms_by';
    const d = parsed(raw, SWISS_PAGE, 'fr');
    expect(d.licence.published).toEqual({ id: null, title: null, url: null });
    expect(d.missing).toContain('licence');
    expect(d.resources[0]?.hints.licence).toEqual({
      id: null,
      title: null,
      url: 'https://opendata.swiss/terms-of-use#terms_by',
    });
  });

  it('prefers title_translated (ckanext-fluent, open.canada.ca) to the plain title', () => {
    const raw = {
      success: true,
      result: {
        id: 'c4c5c7f1-bfa6-4ff6-b4a0-c164cb2060f7',
        name: 'c4c5c7f1-bfa6-4ff6-b4a0-c164cb2060f7',
        title: 'Census',
        title_translated: { en: 'Census of Population', fr: 'Recensement de la population' },
        license_id: 'ca-ogl-lgo',
        resources: [],
      },
    };
    const url = 'https://open.canada.ca/data/en/dataset/c4c5c7f1-bfa6-4ff6-b4a0-c164cb2060f7';
    expect(parsed(raw, url, 'fr').title).toBe('Recensement de la population');
    expect(parsed(raw, url, 'en')).toMatchObject({
      title: 'Census of Population',
      pageUrl: 'https://open.canada.ca/data/en/dataset/c4c5c7f1-bfa6-4ff6-b4a0-c164cb2060f7',
    });
  });
});

describe('CKAN parse: DKAN (list result, licence URL, French dates and sizes)', () => {
  const d = parsed(DKAN, DKAN_PAGE, 'fr');

  it('reads the single package of the list', () => {
    expect(d).toMatchObject({
      id: '04be6288-696d-4331-850d-a144871a7e3a',
      title: 'Antennes régionales de la Région Hauts-de-France (au 01/10/2019)',
      description: 'Liste et coordonnées des antennes de proximité du conseil régional Hauts-de-France.',
      publisher: { name: 'Région Hauts-de-France', url: null },
      status: { private: false, deleted: false, archived: false },
      // The "Source" field is the dataset's own page on the portal.
      sourceUrl: null,
    });
  });

  it('takes a licence URL written in license_title as the URL', () => {
    expect(d.licence.published).toEqual({
      id: null,
      title: null,
      url: 'http://www.etalab.gouv.fr/pages/Licence_ouverte_Open_licence-5899923.html',
    });
  });

  it('turns French dates and sizes into ISO dates and bytes', () => {
    expect(d.dates).toEqual({
      created: '2019-12-10T09:23:00',
      metadataModified: '2019-09-30T22:00:00',
      dataUpdated: '2019-12-19T03:00:00',
    });
    expect(d.resources.map((r) => [r.format, r.mime, r.size, r.lastModified])).toEqual([
      ['xlsx', null, 42, '2019-12-19T03:00:00'],
      [null, null, null, '2019-12-19T03:00:00'],
    ]);
  });
});

describe('CKAN failures', () => {
  const ref = refFor(AU_PAGE);

  it('maps success:false answers to not-found and auth-required', () => {
    const notFound = ckan.parse(
      { help: 'x', success: false, error: { __type: 'Not Found Error', message: 'Not found' } },
      ref,
      { lang: 'fr' },
    );
    expect(notFound.ok ? null : notFound.error).toMatchObject({
      code: 'not-found',
      messageKey: 'errors.not-found',
      params: { host: 'data.gov.au' },
      retryable: false,
    });
    const denied = ckan.parse({ success: false, error: { __type: 'Authorization Error' } }, ref, { lang: 'fr' });
    expect(denied.ok ? null : denied.error).toMatchObject({ code: 'auth-required', params: { status: 403 } });
    const invalid = ckan.parse({ success: false, error: { __type: 'Validation Error' } }, ref, { lang: 'fr' });
    expect(invalid.ok ? null : invalid.error.code).toBe('malformed');
  });

  it('gives a malformed failure when the core (id and title) is missing', () => {
    const raw = structuredClone(AU) as { result: Record<string, unknown> };
    delete raw.result.title;
    const r = ckan.parse(raw, ref, { lang: 'en' });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'malformed', params: { host: 'data.gov.au' } });
    expect(r.ok ? '' : r.error.params.detail).toContain('title');
    expect(ckan.parse({ success: true, result: [] }, ref, { lang: 'en' }).ok).toBe(false);
    expect(ckan.parse('<html>', ref, { lang: 'en' }).ok).toBe(false);
  });

  it('keeps a dataset whose optional parts are broken, and lists the gaps', () => {
    const raw = structuredClone(AU) as { result: Record<string, unknown> & { resources: unknown[] } };
    raw.result.organization = 'not an object';
    raw.result.author = null;
    raw.result.maintainer = null;
    raw.result.license_id = null;
    raw.result.license_title = null;
    raw.result.license_url = null;
    raw.result.resources[1] = { id: 'no-url', format: 'CSV' };
    raw.result.tags = 'oops';
    const d = parsed(raw, AU_PAGE);
    expect(d.title).toBe('NSW Local Government Areas - Geoscape Administrative Boundaries');
    expect(d.resources).toHaveLength(4);
    expect(d.tags).toEqual([]);
    expect(d.missing).toEqual(expect.arrayContaining(['resources.unreadable', 'licence', 'publisher']));
  });
});

describe('CKAN load', () => {
  it('calls package_show under the install’s sub-path and parses the answer', async () => {
    const calls: string[] = [];
    const fetchJson: JsonFetcher = async (url) => {
      calls.push(url);
      return ok(AU);
    };
    const result = await ckan.load(refFor(AU_PAGE), { fetchJson, lang: 'en' });
    expect(calls).toEqual(['https://data.gov.au/data/api/3/action/package_show?id=nsw-local-government-areas']);
    expect(result.ok && result.value.title).toBe('NSW Local Government Areas - Geoscape Administrative Boundaries');
  });

  it('calls the root an unknown install declares', async () => {
    const calls: string[] = [];
    const fetchJson: JsonFetcher = async (url) => {
      calls.push(url);
      return ok(WA);
    };
    const ref = refFor(
      'https://www.example.org/opendata/fr/dataset/budget-2024',
      '<head><meta name="generator" content="ckan 2.10.4"></head>',
    );
    await ckan.load(ref, { fetchJson, lang: 'fr' });
    expect(calls).toEqual(['https://www.example.org/opendata/api/3/action/package_show?id=budget-2024']);
  });

  it('passes network failures through', async () => {
    const gone = failure('gone', 'errors.gone', { params: { host: 'data.gov.au', status: 410 } });
    const fetchJson: JsonFetcher = async () => fail(gone);
    const result: Result<Dataset> = await ckan.load(refFor(AU_PAGE), { fetchJson, lang: 'en' });
    expect(result).toEqual({ ok: false, error: gone });
  });

  it('builds links from the root the answer’s help URL gives', () => {
    const ref: RefOf<'ckan'> = { ...refFor(WA_PAGE), apiBase: 'https://catalogue.data.wa.gov.au/guess' };
    const r = ckan.parse(WA, { ...ref, pageUrl: 'https://catalogue.example/x' }, { lang: 'en' });
    expect(r.ok && r.value.permalink).toBe(
      'https://catalogue.data.wa.gov.au/dataset/533b27e4-4863-455c-9825-5bb299585731',
    );
  });
});

describe('loose values', () => {
  it('reads ISO, day-first and French dates', () => {
    expect(parseLooseDate('2021-02-22T04:43:49.368545')).toBe('2021-02-22T04:43:49.368545');
    expect(parseLooseDate('2019-09-30 22:00:00')).toBe('2019-09-30T22:00:00');
    expect(parseLooseDate('2013-08-07T14:59:20+00:00')).toBe('2013-08-07T14:59:20+00:00');
    expect(parseLooseDate('2025-12-03')).toBe('2025-12-03');
    expect(parseLooseDate('mar, 10/12/2019 - 09:23')).toBe('2019-12-10T09:23:00');
    expect(parseLooseDate('Date changed  jeu, 19/12/2019 - 03:00')).toBe('2019-12-19T03:00:00');
    expect(parseLooseDate('mardi 3 décembre 2019 - 14h05')).toBe('2019-12-03T14:05:00');
    expect(parseLooseDate('1er févr. 2020')).toBe('2020-02-01');
    expect(parseLooseDate('31/13/2019')).toBeNull();
    expect(parseLooseDate('soon')).toBeNull();
    expect(parseLooseDate('')).toBeNull();
  });

  it('reads numbers and printed sizes', () => {
    expect(parseLooseSize(18918924)).toBe(18918924);
    expect(parseLooseSize('42 octets')).toBe(42);
    expect(parseLooseSize('1,5 Ko')).toBe(1536);
    expect(parseLooseSize('2 MB')).toBe(2 * 1024 * 1024);
    expect(parseLooseSize('1 234 octets')).toBe(1234);
    expect(parseLooseSize('123')).toBe(123);
    expect(parseLooseSize(0)).toBeNull();
    expect(parseLooseSize('')).toBeNull();
    expect(parseLooseSize('big')).toBeNull();
    expect(parseLooseSize('12 parsecs')).toBeNull();
  });
});

describe('language dictionaries', () => {
  it('falls back requested → en → fr → de → it → any', () => {
    const t = { de: 'Haus', fr: 'Maison', it: '', en: '' };
    expect(pickTranslation(t, 'fr')).toBe('Maison');
    expect(pickTranslation(t, 'en')).toBe('Maison');
    expect(pickTranslation({ de: 'Haus', rm: 'Chasa' }, 'en')).toBe('Haus');
    expect(pickTranslation({ rm: 'Chasa' }, 'en')).toBe('Chasa');
    expect(pickTranslation({ en: ' ', fr: '' }, 'en')).toBeNull();
    expect(pickTranslation('plain', 'fr')).toBe('plain');
    expect(pickTranslatedList({ en: [], fr: ['a', ''] }, 'en')).toEqual(['a']);
  });
});

describe('open.canada.ca bilingual organisation titles', () => {
  const answer = {
    success: true,
    result: {
      id: 'c4c5c7f1-bfa6-4ff6-b4a0-c164cb2060f7',
      name: 'c4c5c7f1-bfa6-4ff6-b4a0-c164cb2060f7',
      title: 'Canada Land Inventory',
      organization: { name: 'nrcan-rncan', title: 'Natural Resources Canada | Ressources naturelles Canada' },
    },
  };

  it.each([
    ['en', 'Natural Resources Canada'],
    ['fr', 'Ressources naturelles Canada'],
  ] as const)('shows the %s half to a reader in that language, whatever the page’s language', (lang, name) => {
    for (const page of ['en', 'fr']) {
      const ref = refFor(`https://open.canada.ca/data/${page}/dataset/c4c5c7f1-bfa6-4ff6-b4a0-c164cb2060f7`);
      const r = parseCkan(answer, ref, lang);
      expect(r.ok && r.value.publisher.name).toBe(name);
    }
  });

  it('leaves titles with a bar elsewhere alone', () => {
    const r = parseCkan(
      { ...answer, result: { ...answer.result, organization: { name: 'x', title: 'Roads | Bridges' } } },
      refFor(AU_PAGE),
      'fr',
    );
    expect(r.ok && r.value.publisher.name).toBe('Roads | Bridges');
  });
});
