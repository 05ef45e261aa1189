import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Lang, t } from '../../lib/i18n';
import {
  CATALOGUE,
  DATAGOUV_HOSTS,
  datagouvRoutes,
  LICENCES_URL,
  ORGANIZATION_URL,
  SESSION_COOKIE,
} from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import type { RouteAnswer } from './harness/replay-server';
import { openBadgedTab, useExtensionSuite } from './harness/suite';
import { plain, textOf } from './harness/text';

const browserPath = browserForE2E();

const API_PREFIX = 'https://www.data.gouv.fr/api/';

describe.skipIf(!browserPath)('data.gouv.fr in Chromium with the built extension (e2e)', () => {
  const suite = useExtensionSuite({ hosts: DATAGOUV_HOSTS, routes: datagouvRoutes() });

  /** The dataset answer for both the id and the slug URL (the background may ask either, see datagouv-routes). */
  const routeDataset = (answer: RouteAnswer) => {
    for (const url of CATALOGUE.apiUrls) suite.server.route(url, answer);
  };

  const datasetRequests = () => suite.server.requests.filter((r) => CATALOGUE.apiUrls.includes(r.url));

  const openCatalogueTab = () => openBadgedTab(suite.ext, CATALOGUE.pageUrl);

  async function expectCatalogue(popup: Page, lang: Lang): Promise<void> {
    const fr = lang === 'fr';
    expect(await suite.ext.popupState(popup)).toBe('ready');
    const title = popup.locator('[data-field="title"]');
    expect(await title.evaluate((el) => el.tagName)).toBe('H1');
    expect(await textOf(title)).toBe('Catalogue des données de data.gouv.fr');
    expect(await textOf(popup.locator('[data-field="publisher"]'))).toContain('data.gouv.fr');
    const licence = popup.locator('[data-field="licence"]');
    // The licence is named in the reader's language: the French official title, its English name otherwise.
    expect(await textOf(licence)).toContain(
      fr ? 'Licence Ouverte / Open Licence version 2.0' : 'Open Licence version 2.0',
    );
    expect(await licence.locator('a').first().getAttribute('href')).toMatch(/^https?:\/\/[^/]*etalab\.gouv\.fr\//);
    expect(await textOf(popup.locator('[data-field="updated"]'))).toContain(fr ? '7 avril 2025' : '7 April 2025');
    const files = popup.locator('[data-field="files"] li');
    expect(await files.count()).toBe(8);
    const first = await textOf(files.first());
    expect(first).toContain('export-dataset-20250407-054928.csv');
    expect(first.toLowerCase()).toContain('csv');
    expect(first).toContain(fr ? '176,7 Mo' : '176.7 MB');
    expect(await textOf(files.nth(1))).toContain(fr ? '777,5 Mo' : '777.5 MB');
    expect(await popup.locator('a[data-field="page"]').getAttribute('href')).toBe(CATALOGUE.pageUrl);
  }

  it('e2e: a dataset page gets the badge and its popup shows the dataset in French', async () => {
    const { tabId } = await openCatalogueTab();
    const popup = await suite.ext.openPopupFor(tabId, 'fr');
    await expectCatalogue(popup, 'fr');
    await suite.ext.screenshot(popup, 'popup-ready-fr');

    expect(datasetRequests().length).toBeGreaterThan(0);
    // Only the dataset and the licence list: nothing about the user, no other API, no other host.
    const asked = suite.server.requestsTo(API_PREFIX).map((r) => r.url);
    expect(asked.every((url) => CATALOGUE.apiUrls.includes(url) || url === LICENCES_URL)).toBe(true);
    expect(suite.server.unrouted()).toEqual([]);
    expect(suite.server.requests.every((r) => r.method === 'GET' || r.method === 'HEAD')).toBe(true);
    // The page set a session cookie in this browser; the extension's requests go without it.
    const cookies = await suite.ext.context.cookies('https://www.data.gouv.fr/');
    expect(cookies.map((c) => c.name)).toContain(SESSION_COOKIE);
    expect(suite.server.requestsTo(API_PREFIX).map((r) => r.headers.cookie ?? null)).toEqual(asked.map(() => null));
  });

  it('e2e: the popup shows the same dataset in English', async () => {
    const { tabId } = await openCatalogueTab();
    const popup = await suite.ext.openPopupFor(tabId, 'en');
    await expectCatalogue(popup, 'en');
    await suite.ext.screenshot(popup, 'popup-ready-en');
  });

  it('e2e: a portal page that is not a dataset gets no badge and a popup in the "none" state', async () => {
    const { page, tabId } = await openCatalogueTab();
    // Leaving the dataset for the organization page must put the badge out: the same tab, a real navigation.
    await page.goto(ORGANIZATION_URL);
    await expect.poll(() => suite.ext.badgeText(tabId), { timeout: 10_000 }).toBe('');

    suite.server.reset();
    const fr = await suite.ext.openPopupFor(tabId, 'fr');
    expect(await suite.ext.popupState(fr)).toBe('none');
    expect(await textOf(fr.locator('main#app'))).toContain('Aucun jeu de données sur cette page');
    expect(await textOf(fr.locator('main#app'))).toContain('data.gouv.fr');
    await suite.ext.screenshot(fr, 'popup-none-fr');
    const en = await suite.ext.openPopupFor(tabId, 'en');
    expect(await suite.ext.popupState(en)).toBe('none');
    expect(await textOf(en.locator('main#app'))).toContain('No dataset on this page');
    await suite.ext.screenshot(en, 'popup-none-en');
    expect(suite.server.requestsTo(API_PREFIX)).toEqual([]);
  });

  it('e2e: an HTTP 500 from the API shows an alert with Retry, and Retry shows the dataset once the API is back', async () => {
    routeDataset({ status: 500, json: { message: 'Internal Server Error' } });
    const { tabId } = await openCatalogueTab();
    const popup = await suite.ext.openPopupFor(tabId, 'fr');
    expect(await suite.ext.popupState(popup)).toBe('error');
    expect(await textOf(popup.getByRole('alert'))).toContain('HTTP 500');
    const retry = popup.locator('button[data-action="retry"]');
    expect(await retry.isVisible()).toBe(true);
    await suite.ext.screenshot(popup, 'popup-error-500-fr');

    const before = datasetRequests().length;
    routeDataset(CATALOGUE.answer);
    await retry.click();
    await popup.waitForSelector('main#app[data-state="ready"]');
    await expectCatalogue(popup, 'fr');
    expect(datasetRequests().length).toBeGreaterThan(before);
  });

  it('e2e: a 404 from the API says the dataset was not found, in both languages', async () => {
    routeDataset({ status: 404, json: { message: 'Not Found', status: 404 } });
    const { tabId } = await openCatalogueTab();
    const fr = await suite.ext.openPopupFor(tabId, 'fr');
    expect(await suite.ext.popupState(fr)).toBe('error');
    expect(await textOf(fr.getByRole('alert'))).toContain('introuvable');
    expect(await fr.locator('button[data-action="retry"]').isVisible()).toBe(true);
    await suite.ext.screenshot(fr, 'popup-error-404-fr');
    const en = await suite.ext.openPopupFor(tabId, 'en');
    expect(await suite.ext.popupState(en)).toBe('error');
    expect(await textOf(en.getByRole('alert'))).toContain('not found');
    await suite.ext.screenshot(en, 'popup-error-404-en');
  });

  it('e2e: a 429 with Retry-After: 30 tells how long to wait', async () => {
    routeDataset({ status: 429, headers: { 'retry-after': '30' }, json: { message: 'Too Many Requests' } });
    const { tabId } = await openCatalogueTab();
    const popup = await suite.ext.openPopupFor(tabId, 'en');
    expect(await suite.ext.popupState(popup)).toBe('error');
    expect(await textOf(popup.getByRole('alert'))).toContain('30 seconds');
    expect(await popup.locator('button[data-action="retry"]').isVisible()).toBe(true);
    await suite.ext.screenshot(popup, 'popup-error-429-en');
  });

  it('e2e: an HTML page served instead of JSON is reported as such, not shown as data', async () => {
    routeDataset({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>Site en maintenance</h1></body></html>',
    });
    const { tabId } = await openCatalogueTab();
    for (const lang of ['fr', 'en'] as const) {
      const popup = await suite.ext.openPopupFor(tabId, lang);
      expect(await suite.ext.popupState(popup)).toBe('error');
      expect(await textOf(popup.getByRole('alert'))).toContain(
        plain(t(lang, 'errors.html-not-json', { host: 'www.data.gouv.fr' })),
      );
      expect(await popup.locator('[data-field="title"]').count()).toBe(0);
      await suite.ext.screenshot(popup, `popup-error-html-${lang}`);
    }
  });

  it('e2e: in-page navigation (history.pushState) to a dataset URL lights the badge', async () => {
    const page = await suite.ext.openDatasetTab(ORGANIZATION_URL);
    const orgTab = await suite.ext.tabIdFor(page);
    const fr = await suite.ext.openPopupFor(orgTab, 'fr');
    expect(await suite.ext.popupState(fr)).toBe('none');
    await fr.close();
    expect(await suite.ext.badgeText(orgTab)).toBe('');

    // What cdata does on a client-side route change: new URL, then the dataset's JSON-LD link in the head.
    await page.evaluate(
      ({ path, id }) => {
        history.pushState({}, '', path);
        const link = document.createElement('link');
        link.rel = 'alternate';
        link.type = 'application/ld+json';
        link.href = `/api/1/datasets/${id}/rdf.jsonld`;
        document.head.append(link);
        document.title = 'Catalogue des données de data.gouv.fr - data.gouv.fr';
      },
      { path: new URL(CATALOGUE.pageUrl).pathname, id: CATALOGUE.id },
    );
    expect(page.url()).toBe(CATALOGUE.pageUrl);
    const tabId = await suite.ext.tabIdFor(page);
    expect(tabId).toBe(orgTab);
    await expect.poll(() => suite.ext.badgeText(tabId), { timeout: 10_000 }).toBe('✓');

    const popup = await suite.ext.openPopupFor(tabId, 'fr');
    await expectCatalogue(popup, 'fr');
    // The dataset page itself was never loaded: the badge came from the in-page navigation alone.
    expect(suite.server.requests.filter((r) => r.url === CATALOGUE.pageUrl)).toEqual([]);
  });
});
