import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { type Lang, t } from '../../../lib/i18n';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from '../harness/datagouv-routes';
import { firefoxForE2E } from '../harness/find-browser';
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
} from '../harness/hostile-answers';
import { FIRST_FILE, tabularNotIndexed } from '../harness/preview-routes';
import type { RouteAnswer } from '../harness/replay-server';
import { useReplayServer } from '../harness/suite';
import { plain } from '../harness/text';
import { openBadgedTab, useFirefox } from './harness';

const firefoxPath = firefoxForE2E();
const HOST = 'www.data.gouv.fr';

/** Runs in the page: the text a person reads, as harness/text.ts's textOf. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads.
const renderedText = (el: Element) => (el as HTMLElement).innerText;
const textOf = async (page: Page, selector: string) => plain(await page.$eval(selector, renderedText));

async function clickNamed(page: Page, selector: string, name: string): Promise<void> {
  for (const handle of await page.$$(selector)) {
    if ((await handle.evaluate((el) => el.textContent?.trim())) === name) {
      await handle.click();
      return;
    }
  }
  throw new Error(`no ${selector} named "${name}"`);
}

/**
 * The Chromium suites network-faults.e2e.test.ts and hostile-markup.e2e.test.ts, in Firefox ESR: the same broken
 * answers from the same replay server (reached through the harness's CONNECT proxy), the same expectations. One
 * Firefox for both, to keep the run short.
 */
describe.skipIf(!firefoxPath)('network faults and hostile markup, in Firefox ESR (e2e)', () => {
  const suite = useFirefox(useReplayServer(DATAGOUV_HOSTS, datagouvRoutes()));

  const routeDataset = (answer: RouteAnswer) => {
    for (const url of CATALOGUE.apiUrls) suite.server.route(url, answer);
  };

  async function popupOnCatalogue(lang: Lang): Promise<Page> {
    const { tabId } = await openBadgedTab(suite.ff, CATALOGUE.pageUrl);
    return suite.ff.openPopupFor(tabId, lang);
  }

  /** The popup shows `message` in its alert, with an enabled Retry; once the API is back, Retry shows the dataset. */
  async function expectErrorThenRecovery(popup: Page, message: string, shot: string): Promise<void> {
    await popup.waitForSelector('main#app[data-state="error"]', { timeout: 30_000 });
    expect(await textOf(popup, '[role="alert"]')).toBe(plain(message));
    expect(await popup.$('[data-field="title"]')).toBeNull();
    const retry = await popup.waitForSelector('button[data-action="retry"]:not([disabled])');
    await suite.ff.screenshot(popup, shot);

    suite.server.reset();
    await retry?.click();
    await popup.waitForSelector('main#app[data-state="ready"]', { timeout: 20_000 });
    expect(await textOf(popup, '[data-field="title"]')).toBe('Catalogue des données de data.gouv.fr');
  }

  it('e2e fault: an answer that drips in a few bytes at a time ends in the timeout message, then Retry works', async () => {
    routeDataset({ ...CATALOGUE.answer, dripMs: 250 });
    const popup = await popupOnCatalogue('fr');
    await popup.waitForSelector('main#app[data-state="error"]', { timeout: 30_000 });
    await expectErrorThenRecovery(popup, t('fr', 'errors.timeout', { host: HOST, seconds: 15 }), 'fault-slow-drip-fr');
  });

  it('e2e fault: a connection dropped in the middle of the body says the portal could not be reached', async () => {
    routeDataset({ ...CATALOGUE.answer, resetAfterBytes: 512 });
    const popup = await popupOnCatalogue('en');
    await expectErrorThenRecovery(popup, t('en', 'errors.network', { host: HOST }), 'fault-reset-en');
  });

  it('e2e fault: an HTML page sent with status 200 where JSON was expected is named as a web page', async () => {
    routeDataset({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!doctype html><html><head><title>Maintenance</title></head><body>Back soon</body></html>',
    });
    const popup = await popupOnCatalogue('fr');
    await expectErrorThenRecovery(popup, t('fr', 'errors.html-not-json', { host: HOST }), 'fault-html-fr');
  });

  it('e2e fault: the dataset sent as text/plain, or as a whole gzip answer, is still read', async () => {
    for (const answer of [
      { ...CATALOGUE.answer, headers: { 'content-type': 'text/plain; charset=utf-8' } },
      { ...CATALOGUE.answer, gzip: 'whole' as const },
    ]) {
      routeDataset(answer);
      const popup = await popupOnCatalogue('en');
      expect(await suite.ff.popupState(popup)).toBe('ready');
      expect(await textOf(popup, '[data-field="title"]')).toBe('Catalogue des données de data.gouv.fr');
      await suite.ff.closeTabs();
    }
  });

  it('e2e fault: a gzip answer cut in half gives a clear message, not a blank popup', async () => {
    routeDataset({ ...CATALOGUE.answer, gzip: 'truncated' });
    const popup = await popupOnCatalogue('en');
    await popup.waitForSelector('main#app[data-state="error"]', { timeout: 30_000 });
    const alert = await textOf(popup, '[role="alert"]');
    // The browser either refuses the broken stream (network) or hands over what it could decode (bad JSON).
    expect([t('en', 'errors.network', { host: HOST }), t('en', 'errors.invalid-json', { host: HOST })]).toContain(
      alert,
    );
    await expectErrorThenRecovery(popup, alert, 'fault-truncated-gzip-en');
  });

  it('e2e fault: a TLS handshake failure says the portal could not be reached, then Retry works', async () => {
    const { tabId } = await openBadgedTab(suite.ff, CATALOGUE.pageUrl);
    suite.server.breakTls(HOST);
    const popup = await suite.ff.openPopupFor(tabId, 'fr');
    await expectErrorThenRecovery(popup, t('fr', 'errors.network', { host: HOST }), 'fault-tls-fr');
  });

  /** Nothing ran, no dialog opened, and every link is http(s) or our viewer on an http(s) file. */
  async function expectInert(popup: Page, dialogs: string[]): Promise<void> {
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const hrefs = await popup.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(unsafeLinks(hrefs, `moz-extension://${suite.ff.uuid}/viewer.html?`)).toEqual([]);
    expect(await popup.$$(PARSED_MARKUP)).toHaveLength(0);
  }

  const recordDialogs = (popup: Page) => {
    const dialogs: string[] = [];
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    return dialogs;
  };

  it('e2e hostile: markup and javascript: links in title, producer, description and file names stay text', async () => {
    routeDataset({ json: hostileAnswer() });
    const popup = await popupOnCatalogue('fr');
    const dialogs = recordDialogs(popup);
    expect(await suite.ff.popupState(popup)).toBe('ready');
    expect(await popup.$eval('[data-field="title"]', (el) => el.textContent)).toBe(TITLE);
    expect(await popup.$eval('[data-field="publisher"]', (el) => el.textContent)).toContain(PRODUCER);
    expect(await popup.$eval('[data-field="files"] li', (el) => el.textContent)).toContain(FILE_TITLE);
    await expectInert(popup, dialogs);
    for (const key of ['tabLicence', 'tabAttribution', 'tabCredits'] as const) {
      await clickNamed(popup, '[role="tab"]', t('fr', `common.${key}`));
      await expectInert(popup, dialogs);
    }
    await suite.ff.screenshot(popup, 'hostile-markup-fr');
  });

  it('e2e hostile: markup in a CSV’s column headers and cells stays text in the preview table', async () => {
    for (const [url, answer] of Object.entries(tabularNotIndexed(FIRST_FILE.id))) suite.server.route(url, answer);
    suite.server.route(FIRST_FILE.url, { body: HOSTILE_CSV, headers: { 'content-type': 'text/csv' }, range: true });
    const popup = await popupOnCatalogue('fr');
    const dialogs = recordDialogs(popup);
    await clickNamed(popup, '[role="tab"]', t('fr', 'common.tabPreview'));
    await popup.waitForSelector('.pv-preview[data-preview-state="ready"]', { timeout: 30_000 });
    const names = await popup.$$eval('.pv-table thead th .pv-colname', (els) => els.map((el) => el.textContent));
    expect(names).toEqual(HOSTILE_CSV_COLUMNS);
    expect(await popup.$eval('.pv-table tbody tr', (tr) => tr.querySelectorAll('td')[1]?.textContent)).toBe(IMG);
    await expectInert(popup, dialogs);
    await suite.ff.screenshot(popup, 'hostile-csv-fr');
  });
});
