import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import {
  FILE_TITLE,
  HOSTILE_CSV,
  HOSTILE_CSV_COLUMNS,
  hostileAnswer,
  IMG,
  PARSED_MARKUP,
  PRODUCER,
  TITLE,
  unsafeLinks,
} from './harness/hostile-answers';
import { FIRST_FILE, tabularNotIndexed } from './harness/preview-routes';
import { openBadgedTab, useExtensionSuite } from './harness/suite';

const browserPath = browserForE2E();

describe.skipIf(!browserPath)('hostile markup in portal answers and files, in Chromium (e2e)', () => {
  const suite = useExtensionSuite({ hosts: DATAGOUV_HOSTS, routes: datagouvRoutes() });

  /** Nothing ran, no dialog opened, and every link is http(s) or an anchor. */
  async function expectInert(popup: Page, dialogs: string[]): Promise<void> {
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const hrefs = await popup.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    // Our own viewer page is the one other link allowed, and never on a file that is not http(s).
    expect(unsafeLinks(hrefs, `chrome-extension://${suite.ext.extensionId}/viewer.html?`)).toEqual([]);
    // Markup from outside is shown as text: no element of ours carries an event handler or came from it.
    expect(await popup.locator(PARSED_MARKUP).count()).toBe(0);
  }

  it('e2e hostile: markup and javascript: links in title, producer, description and file names stay text', async () => {
    for (const url of CATALOGUE.apiUrls) suite.server.route(url, { json: hostileAnswer() });
    const { tabId } = await openBadgedTab(suite.ext, CATALOGUE.pageUrl);
    const popup = await suite.ext.context.newPage();
    const dialogs: string[] = [];
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${suite.ext.extensionId}/popup.html?tab=${tabId}&lang=fr`);
    await popup.waitForSelector('main#app[data-state="ready"]');

    expect(await popup.locator('[data-field="title"]').textContent()).toBe(TITLE);
    expect(await popup.locator('[data-field="publisher"]').textContent()).toContain(PRODUCER);
    expect(await popup.locator('[data-field="files"] li').first().textContent()).toContain(FILE_TITLE);
    await expectInert(popup, dialogs);

    for (const key of ['tabLicence', 'tabAttribution', 'tabCredits'] as const) {
      await popup.getByRole('tab', { name: t('fr', `common.${key}`), exact: true }).click();
      await expectInert(popup, dialogs);
    }
    await suite.ext.screenshot(popup, 'hostile-markup-fr');
    await popup.close();
  });

  it('e2e hostile: markup in a CSV’s column headers and cells stays text in the preview table', async () => {
    for (const [url, answer] of Object.entries(tabularNotIndexed(FIRST_FILE.id))) suite.server.route(url, answer);
    suite.server.route(FIRST_FILE.url, { body: HOSTILE_CSV, headers: { 'content-type': 'text/csv' }, range: true });
    const { tabId } = await openBadgedTab(suite.ext, CATALOGUE.pageUrl);
    const popup = await suite.ext.openPopupFor(tabId, 'fr');
    const dialogs: string[] = [];
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await popup.getByRole('tab', { name: t('fr', 'common.tabPreview'), exact: true }).click();
    await popup.waitForSelector('.pv-preview[data-preview-state="ready"]', { timeout: 30_000 });
    const names = await popup.locator('.pv-table thead th .pv-colname').allTextContents();
    expect(names).toEqual(HOSTILE_CSV_COLUMNS);
    expect(await popup.locator('.pv-table tbody tr').first().locator('td').nth(1).textContent()).toBe(IMG);
    await expectInert(popup, dialogs);
    await suite.ext.screenshot(popup, 'hostile-csv-fr');
  });
});
