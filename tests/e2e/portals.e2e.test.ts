import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CKAN_HOST, ckanRoutes, NSW_LGA } from './harness/ckan-routes';
import { browserForE2E } from './harness/find-browser';
import { AIR_QUALITY, JSONLD_HOST, jsonldRoutes } from './harness/jsonld-routes';
import { type ExtensionBrowser, GRANTED_EXTENSION_DIR, type PopupLang } from './harness/launch';
import { ODS_HOST, opendatasoftRoutes, SO_COLISSIMO } from './harness/opendatasoft-routes';
import { LANDMARK_DISTRICTS, SOCRATA_HOST, socrataRoutes } from './harness/socrata-routes';
import { openBadgedTab, useExtension, useReplayServer } from './harness/suite';
import { textOf } from './harness/text';

const browserPath = browserForE2E();

/**
 * Hosts the datasets link to (files, producers, licence texts) without the popup needing them. They are replayed
 * so that a request to one of them would reach the log, where the privacy assertions would catch it; unreplayed
 * names do not even resolve.
 */
const LINKED_HOSTS = [
  'data.gov.au',
  'www.cityofchicago.org',
  'www.etalab.gouv.fr',
  'creativecommons.org',
  'www.data.gouv.fr',
];
const PORTAL_HOSTS = [ODS_HOST, SOCRATA_HOST, CKAN_HOST, JSONLD_HOST];

interface Expected {
  title: string;
  publisher: string;
  licence: string;
  updated: string;
  files: ReadonlyArray<{ title: string; format: string }>;
  pageUrl: string;
}

describe.skipIf(!browserPath)('portal families in Chromium with the built extension (e2e)', () => {
  const portals = useReplayServer([...PORTAL_HOSTS, ...LINKED_HOSTS], {
    ...opendatasoftRoutes(),
    ...socrataRoutes(),
    ...ckanRoutes(),
    ...jsonldRoutes(),
  });

  /** The popup for `tabId` in `lang`, showing the `expected` dataset. */
  async function openDatasetPopup(
    ext: ExtensionBrowser,
    tabId: number,
    lang: PopupLang,
    expected: Expected,
  ): Promise<Page> {
    const popup = await ext.openPopupFor(tabId, lang);
    expect(await ext.popupState(popup)).toBe('ready');
    expect(await textOf(popup.locator('[data-field="title"]'))).toBe(expected.title);
    expect(await textOf(popup.locator('[data-field="publisher"]'))).toBe(expected.publisher);
    expect(await textOf(popup.locator('[data-field="licence"]'))).toBe(expected.licence);
    expect(await textOf(popup.locator('[data-field="updated"]'))).toBe(expected.updated);
    const files = popup.locator('[data-field="files"] li');
    expect(await files.count()).toBe(expected.files.length);
    for (const [i, file] of expected.files.entries()) {
      expect(await textOf(files.nth(i).locator('.pv-file__title'))).toBe(file.title);
      expect(await textOf(files.nth(i).locator('.pv-file__format'))).toBe(file.format);
    }
    expect(await popup.locator('a[data-field="page"]').getAttribute('href')).toBe(expected.pageUrl);
    return popup;
  }

  /**
   * Privacy: the page and the extension asked the portal's own host only, and only for what a route answers; the
   * extension did ask the portal's API at `apiUrl`, where it needs one.
   */
  function expectOnlyHost(host: string, apiUrl?: string): void {
    if (apiUrl) expect(portals.server.requests.filter((r) => r.url === apiUrl).length).toBeGreaterThan(0);
    expect(portals.server.requests.length).toBeGreaterThan(0);
    expect([...new Set(portals.server.requests.map((r) => r.host))]).toEqual([host]);
    expect(portals.server.unrouted()).toEqual([]);
    expect(portals.server.requests.every((r) => r.method === 'GET' || r.method === 'HEAD')).toBe(true);
  }

  describe('built-in portals, product build', () => {
    const suite = useExtension(portals);

    it('e2e: an Opendatasoft dataset page (data.iledefrance.fr) shows its dataset from the Explore API v2.1', async () => {
      const { tabId } = await openBadgedTab(suite.ext, SO_COLISSIMO.pageUrl);
      const file = (format: string) => ({ title: `${SO_COLISSIMO.id}.${format}`, format: format.toUpperCase() });
      const popup = await openDatasetPopup(suite.ext, tabId, 'fr', {
        title: 'Liste des espaces de retrait So Colissimo (sans horaires)',
        publisher: 'La poste',
        // The portal says only « Licence Ouverte »: no version is named (issue 11), and the card says which to check.
        licence: 'Licence Ouverte / Open Licence (version non précisée)',
        updated: '12 mars 2014',
        files: ['csv', 'json', 'geojson', 'parquet', 'xlsx'].map(file),
        pageUrl: `https://${ODS_HOST}/explore/dataset/${SO_COLISSIMO.id}/`,
      });
      expect(await popup.locator('[data-field="files"] li a').first().getAttribute('href')).toBe(
        `${SO_COLISSIMO.apiUrl}/exports/csv`,
      );
      await suite.ext.screenshot(popup, 'portal-opendatasoft-ready-fr');

      expectOnlyHost(ODS_HOST, SO_COLISSIMO.apiUrl);
    });

    it('e2e: a Socrata dataset page (data.cityofchicago.org) shows its dataset and says the licence is missing', async () => {
      const { tabId } = await openBadgedTab(suite.ext, LANDMARK_DISTRICTS.pageUrl);
      const popup = await openDatasetPopup(suite.ext, tabId, 'en', {
        title: 'Landmark Districts',
        publisher: 'City of Chicago',
        licence: 'No licence given',
        updated: '21 August 2011',
        files: [
          { title: 'CSV', format: 'CSV' },
          { title: 'JSON', format: 'JSON' },
          { title: 'Landmark_Districts_shapefiles.zip', format: 'ZIP' },
          { title: 'Landmark_Districts_kmz.zip', format: 'ZIP' },
        ],
        pageUrl: LANDMARK_DISTRICTS.pageUrl,
      });
      expect(await popup.locator('[data-field="publisher"] a').getAttribute('href')).toBe(
        // Links from portal answers go through safeHref, which writes the URL as the URL parser does.
        'http://www.cityofchicago.org/',
      );
      expect(await textOf(popup.getByRole('note'))).toBe(
        'The portal’s answer lacks: licence. What is shown is what it gave.',
      );
      await suite.ext.screenshot(popup, 'portal-socrata-ready-en');

      expectOnlyHost(SOCRATA_HOST, LANDMARK_DISTRICTS.apiUrl);
    });
  });

  describe('hosts that are not built in, granted build', () => {
    const suite = useExtension(portals, { extensionDir: GRANTED_EXTENSION_DIR });

    /**
     * No content script runs on these hosts, so the badge stays out until the popup opens: then the popup reads
     * the page's signals itself (what the toolbar click's activeTab allows; this build may script any https page).
     */
    async function openUnbadgedTab(url: string): Promise<number> {
      const tabId = await suite.ext.tabIdFor(await suite.ext.openDatasetTab(url));
      expect(await suite.ext.badgeText(tabId)).toBe('');
      return tabId;
    }

    it('e2e: a CKAN under a sub-path on an unknown host is recognised from its generator tag when the popup opens', async () => {
      const tabId = await openUnbadgedTab(NSW_LGA.pageUrl);
      const popup = await openDatasetPopup(suite.ext, tabId, 'en', {
        title: 'NSW Local Government Areas - Geoscape Administrative Boundaries',
        publisher: 'Department of Industry, Science, Energy and Resources',
        licence: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
        updated: '22 February 2021',
        files: [
          { title: 'NSW_LGA_POLYGON_shp.zip', format: 'SHP' },
          { title: 'NSW_LGA_POLYGON_shp GDA2020.zip', format: 'SHP' },
          {
            title: 'NSW Local Government Areas - PSMA Administrative Boundaries - Preview this Dataset (WMS)',
            format: 'WMS',
          },
          {
            title: 'NSW Local Government Areas - PSMA Administrative Boundaries Web Feature Service API Link',
            format: 'WFS',
          },
          { title: 'NSW Local Government Areas - PSMA Administrative Boundaries GeoJSON', format: 'GEOJSON' },
        ],
        pageUrl: NSW_LGA.pageUrl,
      });
      expect(await textOf(popup.locator('[data-field="files"] li .pv-file__size').first())).toBe('18.9 MB');
      // The organization link is built from the install's own root, sub-path included.
      expect(await popup.locator('[data-field="publisher"] a').getAttribute('href')).toBe(
        `https://${CKAN_HOST}/opendata/organization/department-of-industry`,
      );
      await suite.ext.screenshot(popup, 'portal-ckan-subpath-ready-en');
      // Once read, the tab is a dataset tab like any other.
      expect(await suite.ext.badgeText(tabId)).toBe('✓');

      // The API under the sub-path, and nothing from the hosts the files live on.
      expectOnlyHost(CKAN_HOST, NSW_LGA.apiUrl);
    });

    it('e2e: a page with only schema.org JSON-LD on an unknown host shows its dataset without any request', async () => {
      const tabId = await openUnbadgedTab(AIR_QUALITY.pageUrl);
      const popup = await openDatasetPopup(suite.ext, tabId, 'fr', {
        title: 'Indices de qualité de l’air 2024',
        publisher: 'Agglomération d’Exemple',
        // Etalab's licence page names the Licence Ouverte, not a version (issue 11).
        licence: 'Licence Ouverte / Open Licence (version non précisée)',
        updated: '4 mars 2025',
        files: [{ title: 'indices-atmo-2024.csv', format: 'CSV' }],
        pageUrl: AIR_QUALITY.pageUrl,
      });
      expect(await textOf(popup.locator('[data-field="files"] li .pv-file__size'))).toBe('1,3 Mo');
      await suite.ext.screenshot(popup, 'portal-jsonld-ready-fr');

      // The metadata was in the page: the browser loaded the page (and its icon), the extension asked nothing.
      expectOnlyHost(JSONLD_HOST);
      const paths = new Set(suite.server.requests.map((r) => r.path).filter((p) => p !== '/favicon.ico'));
      expect([...paths]).toEqual([new URL(AIR_QUALITY.pageUrl).pathname]);
    });
  });
});
