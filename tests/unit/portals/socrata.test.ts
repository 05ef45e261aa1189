import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '../../../lib/detect/page-signals';
import type { RefOf } from '../../../lib/model/dataset';
import { fail, failure, ok } from '../../../lib/model/failure';
import type { JsonFetcher } from '../../../lib/portals/adapter';
import { detectSocrata, parseSocrata, socrata } from '../../../lib/portals/socrata';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/portals/socrata/${name}`, import.meta.url), 'utf8'));

const chicago = fixture('data.cityofchicago.org_api_views_zidz-sdfj_2025.json');
const hawaii = fixture('data.hawaii.gov_api_views_jx86-2vch_cc-by-3.0.json');
const nycBlob = fixture('data.cityofnewyork.us_api_views_q663-gvx6_blob.json');
const nycHref = fixture('data.cityofnewyork.us_api_views_niuh-hrin_href.json');
const discovery = fixture('api.eu.socrata.com_catalog_v1_discovery_licenses.json');

const refFor = (pageUrl: string): RefOf<'socrata'> => {
  const ref = detectSocrata(extractPageSignals(pageUrl));
  if (!ref) throw new Error(`not detected: ${pageUrl}`);
  return ref;
};

const parsed = (raw: unknown, ref: RefOf<'socrata'>) => {
  const result = parseSocrata(raw, ref);
  if (!result.ok) throw new Error(result.error.messageKey);
  return result.value;
};

describe('Socrata detection', () => {
  it('reads the 4x4 from the canonical page, its tabs and the short permalink', () => {
    for (const url of [
      'https://data.cityofchicago.org/Historic-Preservation/Landmark-Districts/zidz-sdfj',
      'https://data.cityofchicago.org/Historic-Preservation/Landmark-Districts/zidz-sdfj/about_data',
      'https://data.cityofchicago.org/Historic-Preservation/Landmark-Districts/zidz-sdfj/data',
      'https://data.cityofchicago.org/d/zidz-sdfj',
    ]) {
      expect(detectSocrata(extractPageSignals(url))).toEqual({
        portal: 'socrata',
        origin: 'https://data.cityofchicago.org',
        id: 'zidz-sdfj',
        pageUrl: url,
      });
    }
  });

  it('claims a 4x4 page on an unknown host only when the page says it is Socrata', () => {
    const url = 'https://data.hawaii.gov/Social-Services/Libraries-State-Of-Hawaii/jx86-2vch';
    expect(detectSocrata(extractPageSignals(url))).toBeNull();
    const cdn = '<link rel="stylesheet" href="https://cdn.socrata.com/frontend/assets/dataset-landing-page.css">';
    expect(detectSocrata(extractPageSignals(url, cdn))?.id).toBe('jx86-2vch');
    const generator = '<meta name="generator" content="Socrata">';
    expect(detectSocrata(extractPageSignals(url, generator))?.id).toBe('jx86-2vch');
    const otherViews = '<link rel="alternate" type="application/json" href="/api/views/abcd-1234.json">';
    expect(detectSocrata(extractPageSignals(url, otherViews))).toBeNull();
  });

  it('leaves listings, stories, profiles and API URLs alone', () => {
    for (const url of [
      'https://data.cityofchicago.org/browse?q=landmarks',
      'https://data.cityofchicago.org/stories/s/covid/abcd-1234',
      'https://data.cityofchicago.org/profile/cocadmin/scy9-9wg4',
      'https://data.cityofchicago.org/api/views/zidz-sdfj',
      'https://data.cityofchicago.org/resource/zidz-sdfj.json',
      'https://data.cityofchicago.org/d/ZIDZ-SDFJ',
    ]) {
      expect(detectSocrata(extractPageSignals(url)), url).toBeNull();
    }
  });
});

describe('Socrata views answer', () => {
  const ref = refFor('https://data.cityofchicago.org/Historic-Preservation/Landmark-Districts/zidz-sdfj');

  it('reads the Chicago table: attribution as producer, epoch seconds as dates, exports and attachments', () => {
    const d = parsed(chicago, ref);
    expect(d.title).toBe('Landmark Districts');
    expect(d.publisher).toEqual({ name: 'City of Chicago', url: 'http://www.cityofchicago.org' });
    expect(d.dates).toEqual({
      created: '2010-04-28T22:44:13.000Z',
      metadataModified: '2011-08-28T20:12:44.000Z',
      dataUpdated: '2011-08-21T02:47:29.000Z',
    });
    expect(d.permalink).toBe('https://data.cityofchicago.org/d/zidz-sdfj');
    expect(d.pageUrl).toBe(ref.pageUrl);
    expect(d.tags).toEqual(['landmarks', 'tourism', 'gis']);
    expect(d.resources.map((r) => [r.kind, r.format, r.url])).toEqual([
      ['export', 'csv', 'https://data.cityofchicago.org/api/views/zidz-sdfj/rows.csv?accessType=DOWNLOAD'],
      ['export', 'json', 'https://data.cityofchicago.org/api/views/zidz-sdfj/rows.json?accessType=DOWNLOAD'],
      [
        'attachment',
        'zip',
        'https://data.cityofchicago.org/api/assets/37C87F4D-0CF7-4C76-B49C-311EB6488563?download=true',
      ],
      [
        'attachment',
        'zip',
        'https://data.cityofchicago.org/api/assets/9B0949F5-6106-4400-8153-49E3E37A539A?download=true',
      ],
    ]);
    expect(d.resources[2]?.title).toBe('Landmark_Districts_shapefiles.zip');
  });

  it('says the licence is missing when licenseId and license are null, instead of inventing one', () => {
    const d = parsed(chicago, ref);
    expect(d.licence.published).toEqual({ id: null, title: null, url: null });
    expect(d.missing).toEqual(['licence']);
  });

  it('keeps the published licence id, name and terms link', () => {
    const d = parsed(hawaii, {
      portal: 'socrata',
      origin: 'https://data.hawaii.gov',
      id: 'jx86-2vch',
      pageUrl: 'https://data.hawaii.gov/d/jx86-2vch',
    });
    expect(d.licence.published).toEqual({
      id: 'CC_30_BY',
      title: 'Creative Commons Attribution 3.0 Unported',
      url: 'http://creativecommons.org/licenses/by/3.0/legalcode',
    });
    expect(d.publisher.name).toBe('Hawaii State Public Library System');
    expect(d.dates.dataUpdated).toBe('2012-06-27T01:32:41.000Z');
    expect(d.missing).toEqual([]);
  });

  it('gives a file asset its blob, and attachments with an assetId their files URL', () => {
    const nyc: RefOf<'socrata'> = {
      portal: 'socrata',
      origin: 'https://data.cityofnewyork.us',
      id: 'q663-gvx6',
      pageUrl: 'https://data.cityofnewyork.us/d/q663-gvx6',
    };
    const d = parsed(nycBlob, nyc);
    expect(d.resources).toHaveLength(2);
    expect(d.resources[0]).toMatchObject({
      kind: 'main',
      format: 'xlsx',
      mime: 'application/vnd.ms-excel',
      size: 105695,
      url: 'https://data.cityofnewyork.us/api/file_data/42624a76-d9ec-41db-a39a-1617d0ea1b41?filename=Outcome%20of%20Preventive%20Cases%20Closed%20CY2014%20by%20Borough%20and%20CD.xlsx',
    });
    expect(d.resources[1]).toMatchObject({
      kind: 'attachment',
      url: 'https://data.cityofnewyork.us/api/views/q663-gvx6/files/7d878551-e60b-40ac-9bce-f6068f2deee0?download=true&filename=Data_Dictionary_Outcome_of_preventive_cases_closed_by_CD.xlsx',
    });
    expect(d.frequency).toBe('As needed');
  });

  it('lists a link asset’s access points and no row export', () => {
    const d = parsed(nycHref, {
      portal: 'socrata',
      origin: 'https://data.cityofnewyork.us',
      id: 'niuh-hrin',
      pageUrl: 'https://data.cityofnewyork.us/d/niuh-hrin',
    });
    expect(d.resources).toEqual([
      expect.objectContaining({
        format: 'xls',
        kind: 'main',
        url: 'http://www.nyc.gov/html/tlc/downloads/excel/current_commuter_vans.xls',
      }),
    ]);
    expect(d.missing).toEqual(['licence', 'dates.dataUpdated']);
  });

  it('exports map assets as GeoJSON', () => {
    const map = { ...chicago, viewType: 'geo', displayType: 'map', metadata: {} };
    expect(parsed(map, ref).resources.map((r) => r.url)).toEqual([
      'https://data.cityofchicago.org/api/geospatial/zidz-sdfj?method=export&format=GeoJSON',
    ]);
  });

  it('keeps the core when optional parts are broken', () => {
    const broken = { ...chicago, tags: 'landmarks', rowsUpdatedAt: 'yesterday', license: 42 };
    const d = parsed(broken, ref);
    expect(d.title).toBe('Landmark Districts');
    expect(d.tags).toEqual([]);
    expect(d.missing).toEqual(['licence', 'dates.dataUpdated']);
  });

  it('fails as malformed when the core is wrong', () => {
    const result = parseSocrata({ ...chicago, id: 'not-a-4x4', name: 12 }, ref);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('malformed');
      expect(result.error.params.host).toBe('data.cityofchicago.org');
      expect(result.error.params.detail).toContain('id');
    }
  });
});

describe('Socrata Discovery answer', () => {
  const ref = refFor('https://cohesiondata.ec.europa.eu/d/e4v6-qrrq');

  it('reads the catalogue’s licence label, ISO dates and producer', () => {
    const d = parsed(discovery, ref);
    expect(d.title).toBe('ESIF 2014-2020 FINANCES PLANNED DETAILS');
    expect(d.publisher.name).toBe('European Commission');
    expect(d.licence.published).toEqual({
      id: null,
      title: 'Creative Commons 1.0 Universal (Public Domain Dedication)',
      url: null,
    });
    expect(d.dates.dataUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(d.resources.map((r) => r.url)).toEqual([
      'https://cohesiondata.ec.europa.eu/api/views/e4v6-qrrq/rows.csv?accessType=DOWNLOAD',
      'https://cohesiondata.ec.europa.eu/api/views/e4v6-qrrq/rows.json?accessType=DOWNLOAD',
    ]);
  });

  it('reads every entry of the recorded answer', () => {
    for (const entry of discovery.results) {
      const id = entry.resource.id as string;
      const d = parsed(discovery, { ...ref, id, origin: `https://${entry.metadata.domain}` });
      expect(d.id).toBe(id);
      expect(d.licence.published.title).toBe(entry.metadata.license);
    }
  });

  it('says not found when the answer does not hold the dataset', () => {
    const result = parseSocrata(discovery, { ...ref, id: 'zzzz-zzzz' });
    expect(result.ok ? null : result.error.code).toBe('not-found');
  });
});

describe('Socrata load', () => {
  it('asks the views API of the page’s own host, once', async () => {
    const asked: string[] = [];
    const fetchJson: JsonFetcher = async (url) => {
      asked.push(url);
      return ok(chicago);
    };
    const ref = refFor('https://data.cityofchicago.org/d/zidz-sdfj');
    const result = await socrata.load(ref, { fetchJson, lang: 'en' });
    expect(asked).toEqual(['https://data.cityofchicago.org/api/views/zidz-sdfj.json']);
    expect(result.ok && result.value.title).toBe('Landmark Districts');
    expect(socrata.metadataUrl(ref)).toBe(asked[0]);
  });

  it('passes a network failure through', async () => {
    const gone = failure('gone', 'errors.gone', { params: { host: 'data.cityofchicago.org' } });
    const fetchJson: JsonFetcher = async () => fail(gone);
    const result = await socrata.load(refFor('https://data.cityofchicago.org/d/zidz-sdfj'), { fetchJson, lang: 'fr' });
    expect(result).toEqual({ ok: false, error: gone });
  });
});
