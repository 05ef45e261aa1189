import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '../../../lib/detect/page-signals';
import { MESSAGES } from '../../../lib/i18n';
import type { RefOf } from '../../../lib/model/dataset';
import { fail, failure, ok } from '../../../lib/model/failure';
import type { JsonFetcher } from '../../../lib/portals/adapter';
import { arcgis, detectArcgis, parseArcgis } from '../../../lib/portals/arcgis';
import { licenceFromText, standardLicenceId } from '../../../lib/portals/text-licence';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/portals/arcgis/${name}`, import.meta.url), 'utf8'));

const item = fixture('arcgis_item_7a153563b0c74f7eb2b3eae8a66f2fbb.built.json');
const evianFeed = fixture('hub_dcat-us-1.1_feed_ville-d-evian.json');

const ITEM_ID = '7a153563b0c74f7eb2b3eae8a66f2fbb';
const WIGAN = 'https://wigan.opendata.arcgis.com';
const EVIAN = 'https://ville-d-evian-opendata-ville-evian.hub.arcgis.com';

const refFor = (pageUrl: string, html = ''): RefOf<'arcgis'> => {
  const ref = detectArcgis(extractPageSignals(pageUrl, html));
  if (!ref) throw new Error(`not detected: ${pageUrl}`);
  return ref;
};

const parsed = (raw: unknown, ref: RefOf<'arcgis'>) => {
  const result = parseArcgis(raw, ref, { lang: 'fr' });
  if (!result.ok) throw new Error(`${result.error.messageKey} ${result.error.detail ?? ''}`);
  return result.value;
};

describe('ArcGIS Hub detection', () => {
  it('reads item and layer from /datasets/<itemId>_<layer> and its tabs', () => {
    for (const tab of ['', '/about', '/explore']) {
      const url = `${WIGAN}/datasets/${ITEM_ID}_0${tab}`;
      expect(detectArcgis(extractPageSignals(url))).toEqual({
        portal: 'arcgis',
        origin: WIGAN,
        id: `${ITEM_ID}_0`,
        pageUrl: url,
        lookup: { kind: 'item', itemId: ITEM_ID, layer: 0 },
      });
    }
  });

  it('keeps an org::slug as the id until the page names its item', () => {
    const url = `${WIGAN}/datasets/Wigan::out-of-work-benefit-claims`;
    expect(refFor(url).id).toBe('Wigan::out-of-work-benefit-claims');
    const thumbnail = `<meta property="og:image" content="https://www.arcgis.com/sharing/rest/content/items/${ITEM_ID}/info/thumbnail/census.JPG">`;
    expect(refFor(url, thumbnail).id).toBe(ITEM_ID);
  });

  it('recognises a Hub site on its own domain only from the item the page names', () => {
    const url = 'https://data.indy.gov/datasets/IndyGIS::indianapolis-code-enforcement-violations-and-investigations';
    expect(detectArcgis(extractPageSignals(url))).toBeNull();
    const itemPage = `<link rel="alternate" href="https://www.arcgis.com/home/item.html?id=${ITEM_ID}&sublayer=3">`;
    expect(refFor(url, itemPage).id).toBe(`${ITEM_ID}_3`);
  });

  it('leaves search, listings, pages and layerless /maps/ alone', () => {
    for (const url of [
      `${WIGAN}/`,
      `${WIGAN}/search?collection=Dataset`,
      `${WIGAN}/datasets`,
      `${WIGAN}/pages/about`,
      `${WIGAN}/maps/${ITEM_ID}`,
      `${WIGAN}/datasets/not-an-item`,
    ]) {
      expect(detectArcgis(extractPageSignals(url)), url).toBeNull();
    }
  });
});

describe('ArcGIS licence text', () => {
  it('takes the link as URL and the words around it as title', () => {
    expect(licenceFromText(item.licenseInfo)).toEqual({
      id: null,
      title: 'Open Government Licence',
      url: 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    });
  });

  it('uses a link text that is not itself a URL as the title', () => {
    expect(
      licenceFromText('<p>Licensed <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></p>'),
    ).toEqual({ id: null, title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
  });

  it('finds a URL written out in plain text', () => {
    expect(
      licenceFromText(
        '<DIV><P><SPAN>Soumis à la licence Etalab : https://www.etalab.gouv.fr/licence-ouverte-open-licence/</SPAN></P></DIV>',
      ),
    ).toEqual({
      id: null,
      title: 'Soumis à la licence Etalab',
      url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    });
    expect(licenceFromText('  ')).toBeNull();
  });

  it('recognises Hub’s standard licences only with an explicit version', () => {
    expect(standardLicenceId('http://creativecommons.org/licenses/by-sa/4.0/')).toBe('CC-BY-SA-4.0');
    expect(standardLicenceId('Attribution-NonCommercial 3.0 Unported')).toBe('CC-BY-NC-3.0');
    expect(standardLicenceId('CC BY-NC-ND 2.0')).toBe('CC-BY-NC-ND-2.0');
    expect(standardLicenceId('Public Domain Dedication (CC0)')).toBe('CC0-1.0');
    expect(standardLicenceId('ODC Open Database License')).toBe('ODbL-1.0');
    expect(standardLicenceId('CC BY')).toBeNull();
    expect(standardLicenceId('Open Government Licence')).toBeNull();
  });
});

describe('ArcGIS item answer', () => {
  const ref = refFor(`${WIGAN}/datasets/${ITEM_ID}_0/about`);

  it('reads title, dates, licence as published and the Hub downloads of the layer', () => {
    const d = parsed(item, ref);
    expect(d.id).toBe(`${ITEM_ID}_0`);
    expect(d.title).toBe('Out Of Work Benefit Claims');
    expect(d.description).toBe(
      'Percentage of working age population claiming out of work benefits in Wigan, shown in LSOA and Places boundaries',
    );
    expect(d.dates).toEqual({
      created: '2016-09-23T14:43:43.000Z',
      metadataModified: '2016-11-21T14:44:51.000Z',
      dataUpdated: '2016-11-21T14:44:51.000Z',
    });
    expect(d.licence.published).toEqual({
      id: null,
      title: 'Open Government Licence',
      url: 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    });
    expect(d.permalink).toBe(`${WIGAN}/datasets/${ITEM_ID}_0`);
    expect(d.resources.map((r) => [r.kind, r.format, r.url])).toEqual([
      ['export', 'csv', `${WIGAN}/api/download/v1/items/${ITEM_ID}/csv?layers=0`],
      ['export', 'geojson', `${WIGAN}/api/download/v1/items/${ITEM_ID}/geojson?layers=0`],
      ['export', 'zip', `${WIGAN}/api/download/v1/items/${ITEM_ID}/shapefile?layers=0`],
      ['export', 'kml', `${WIGAN}/api/download/v1/items/${ITEM_ID}/kml?layers=0`],
      ['api', null, 'https://maps.wigan.gov.uk/arcgis/rest/services/OpenData/OutOfWorkBenefitClaims/MapServer/0'],
    ]);
    expect(d.tags).toContain('Wigan');
  });

  it('says the producer is missing when the item has no credits (the owner is an account, not a producer)', () => {
    const d = parsed(item, ref);
    expect(d.publisher).toEqual({ name: null, url: null });
    expect(d.missing).toEqual(['publisher']);
    const credited = parsed({ ...item, accessInformation: '<p>Wigan Council</p>' }, ref);
    expect(credited.publisher.name).toBe('Wigan Council');
    expect(credited.missing).toEqual([]);
  });

  it('names the standard licence Hub would recognise', () => {
    const d = parsed(
      { ...item, licenseInfo: '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>' },
      ref,
    );
    expect(d.licence.published).toEqual({
      id: 'CC-BY-4.0',
      title: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('reads a slug page at the first layer and says the layer was assumed', () => {
    const slugRef = refFor(`${WIGAN}/datasets/Wigan::out-of-work-benefit-claims`);
    const d = parsed(item, slugRef);
    expect(d.id).toBe(`${ITEM_ID}_0`);
    expect(d.slug).toBe('Wigan::out-of-work-benefit-claims');
    expect(d.missing).toContain('resources.layer');
    for (const field of d.missing) {
      expect(MESSAGES.fr.common?.[`field.${field}`], field).toBeTruthy();
      expect(MESSAGES.en.common?.[`field.${field}`], field).toBeTruthy();
    }
  });

  it('serves a file item from the item data', () => {
    const file = { ...item, type: 'CSV', name: 'claims.csv', url: null, size: 2048 };
    expect(parsed(file, ref).resources).toEqual([
      expect.objectContaining({
        kind: 'main',
        format: 'csv',
        size: 2048,
        url: `https://www.arcgis.com/sharing/rest/content/items/${ITEM_ID}/data`,
      }),
    ]);
  });

  it('keeps the core when optional parts are broken, fails as malformed when the core is', () => {
    const d = parsed({ ...item, tags: 'a,b', modified: 'today', licenseInfo: 3 }, ref);
    expect(d.tags).toEqual([]);
    expect(d.missing).toEqual(['publisher', 'licence', 'dates.dataUpdated']);
    const bad = parseArcgis({ ...item, id: 'abc' }, ref, { lang: 'en' });
    expect(bad.ok ? null : bad.error.code).toBe('malformed');
  });
});

describe('ArcGIS Hub DCAT-US feed', () => {
  it('reads a feed entry through the JSON-LD reader', () => {
    const ref = refFor(`${EVIAN}/maps/f6565516d1354383b25793e630cf3f2b_5`);
    const d = parsed(evianFeed, ref);
    expect(d.portal).toBe('arcgis');
    expect(d.id).toBe('f6565516d1354383b25793e630cf3f2b_5');
    expect(d.title).toBe('stationnement velos');
    expect(d.description).toBe('Emplacement et description des stationnement vélos à Evian-les-Bains');
    expect(d.publisher.name).toBe("Ville d'Evian-les-Bains");
    expect(d.licence.published).toEqual({
      id: null,
      title: 'Soumis à la licence Etalab',
      url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    });
    expect(d.dates.created).toBe('2022-07-29T10:07:13.000Z');
    expect(d.dates.dataUpdated).toBe('2022-07-29T11:29:07.556Z');
    expect(d.resources.map((r) => [r.kind, r.format, r.mime])).toEqual([
      ['other', 'html', 'text/html'],
      ['api', null, 'application/json'],
      ['main', 'csv', 'text/csv'],
      ['main', 'geojson', 'application/vnd.geo+json'],
      ['main', 'zip', 'application/zip'],
      ['main', 'kml', 'application/vnd.google-earth.kml+xml'],
    ]);
    expect(d.resources[2]?.url).toBe(`${EVIAN}/api/download/v1/items/f6565516d1354383b25793e630cf3f2b/csv?layers=5`);
  });

  it('says missing when an entry has no licence text', () => {
    const ref = refFor(`${EVIAN}/maps/dcc09451ea4f4c1398584374120137a0_6`);
    const d = parsed(evianFeed, ref);
    expect(d.missing).toContain('licence');
  });

  it('answers not found for an item the feed does not list', () => {
    const ref = refFor(`${EVIAN}/datasets/${ITEM_ID}_0`);
    const result = parseArcgis(evianFeed, ref, { lang: 'fr' });
    expect(result.ok ? null : result.error.code).toBe('not-found');
  });
});

describe('ArcGIS load', () => {
  it('asks the sharing API for the item', async () => {
    const asked: string[] = [];
    const fetchJson: JsonFetcher = async (url) => {
      asked.push(url);
      return ok(item);
    };
    const ref = refFor(`${WIGAN}/datasets/${ITEM_ID}_0`);
    const result = await arcgis.load(ref, { fetchJson, lang: 'en' });
    expect(asked).toEqual([`https://www.arcgis.com/sharing/rest/content/items/${ITEM_ID}?f=json`]);
    expect(arcgis.metadataUrl(ref)).toBe(asked[0]);
    expect(result.ok && result.value.title).toBe('Out Of Work Benefit Claims');
  });

  it('resolves an org::slug by typeKeyword search, then reads the item', async () => {
    const asked: string[] = [];
    const search = `https://www.arcgis.com/sharing/rest/search?f=json&num=1&filter=${encodeURIComponent('typekeywords:"slug|Wigan|out-of-work-benefit-claims"')}`;
    const fetchJson: JsonFetcher = async (url) => {
      asked.push(url);
      if (url === search) return ok({ total: 1, results: [{ id: ITEM_ID, title: item.title }] });
      return ok(item);
    };
    const ref = refFor(`${WIGAN}/datasets/Wigan::out-of-work-benefit-claims`);
    const result = await arcgis.load(ref, { fetchJson, lang: 'en' });
    expect(asked).toEqual([search, `https://www.arcgis.com/sharing/rest/content/items/${ITEM_ID}?f=json`]);
    expect(result.ok && result.value.id).toBe(`${ITEM_ID}_0`);
  });

  it('answers not found when no item carries the slug', async () => {
    const fetchJson: JsonFetcher = async () => ok({ total: 0, results: [] });
    const result = await arcgis.load(refFor(`${WIGAN}/datasets/Wigan::gone`), { fetchJson, lang: 'en' });
    expect(result.ok ? null : result.error.code).toBe('not-found');
  });

  it('passes a failure of the sharing API through', async () => {
    const down = failure('server', 'errors.server', { params: { host: 'www.arcgis.com', status: 503 } });
    const fetchJson: JsonFetcher = async () => fail(down);
    const result = await arcgis.load(refFor(`${WIGAN}/datasets/${ITEM_ID}_0`), { fetchJson, lang: 'en' });
    expect(result).toEqual({ ok: false, error: down });
  });
});

describe('ArcGIS Hub <org>::<slug> dataset pages', () => {
  it.each(['', '/about', '/explore'])('on hub.arcgis.com%s', (tab) => {
    const url = `https://hub.arcgis.com/datasets/esri::usa-counties${tab}`;
    expect(detectArcgis(extractPageSignals(url))).toEqual({
      portal: 'arcgis',
      origin: 'https://hub.arcgis.com',
      id: 'esri::usa-counties',
      pageUrl: url,
      lookup: { kind: 'slug', slug: 'esri::usa-counties' },
    });
  });

  it.each(['', '/about', '/explore'])('on a Hub site with its own domain%s, from its Esri front end', (tab) => {
    const url = `https://data.indy.gov/datasets/IndyGIS::indianapolis-code-enforcement-violations-and-investigations${tab}`;
    const html = '<head><link rel="preconnect" href="https://hubcdn.arcgis.com"></head>';
    expect(detectArcgis(extractPageSignals(url, html))?.lookup).toEqual({
      kind: 'slug',
      slug: 'IndyGIS::indianapolis-code-enforcement-violations-and-investigations',
    });
    // Without anything saying Hub, a /datasets/ path on an unknown host is not claimed.
    expect(detectArcgis(extractPageSignals(url))).toBeNull();
  });

  it('resolves the slug through the sharing API, wherever the Hub site is', async () => {
    const asked: string[] = [];
    const ref = refFor(
      'https://data.indy.gov/datasets/IndyGIS::code-violations/about',
      '<link rel="stylesheet" href="https://hubcdn.arcgis.com/opendata-ui/assets/app.css">',
    );
    expect(arcgis.origins(ref)).toEqual(['https://www.arcgis.com']);
    await arcgis.load(ref, {
      lang: 'en',
      fetchJson: async (url) => {
        asked.push(url);
        return ok({ results: [] });
      },
    });
    expect(asked).toHaveLength(1);
    expect(decodeURIComponent(asked[0] ?? '')).toContain('typekeywords:"slug|IndyGIS|code-violations"');
  });
});
