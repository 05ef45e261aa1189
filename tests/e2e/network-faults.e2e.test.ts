import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Lang, t } from '../../lib/i18n';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import type { RouteAnswer } from './harness/replay-server';
import { openBadgedTab, useExtensionSuite } from './harness/suite';
import { plain, textOf } from './harness/text';

const browserPath = browserForE2E();
const HOST = 'www.data.gouv.fr';

/**
 * Broken networks between the extension and the portal, made by the replay server. Failures that other files
 * already cover are not repeated here: 429 with Retry-After, 503, a request that never answers and invalid JSON
 * (failures.e2e.test.ts), 500 (datagouv.e2e.test.ts), a Range request answered with 200 and an HTML page served
 * as a CSV (preview.e2e.test.ts).
 */
describe.skipIf(!browserPath)('network faults the popup explains and recovers from, in Chromium (e2e)', () => {
  const suite = useExtensionSuite({ hosts: DATAGOUV_HOSTS, routes: datagouvRoutes() });

  const routeDataset = (answer: RouteAnswer) => {
    for (const url of CATALOGUE.apiUrls) suite.server.route(url, answer);
  };

  /** The popup shows `message` in its alert, with an enabled Retry; once the API is back, Retry shows the dataset. */
  async function expectErrorThenRecovery(popup: Page, lang: Lang, message: string, shot: string): Promise<void> {
    await popup.waitForSelector('main#app[data-state="error"]', { timeout: 30_000 });
    expect(await textOf(popup.getByRole('alert'))).toBe(plain(message));
    expect(await popup.locator('[data-field="title"]').count()).toBe(0);
    const retry = popup.locator('button[data-action="retry"]');
    expect(await retry.isEnabled()).toBe(true);
    await suite.ext.screenshot(popup, shot);

    suite.server.reset();
    await retry.click();
    await popup.waitForSelector('main#app[data-state="ready"]', { timeout: 20_000 });
    expect(await textOf(popup.locator('[data-field="title"]'))).toBe('Catalogue des données de data.gouv.fr');
    expect(t(lang, 'common.retry')).not.toBe('');
  }

  async function popupOnCatalogue(lang: Lang): Promise<Page> {
    const { tabId } = await openBadgedTab(suite.ext, CATALOGUE.pageUrl);
    const popup = await suite.ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${suite.ext.extensionId}/popup.html?tab=${tabId}&lang=${lang}`);
    return popup;
  }

  it('e2e fault: an answer that drips in a few bytes at a time ends in the timeout message, then Retry works', async () => {
    routeDataset({ ...CATALOGUE.answer, dripMs: 250 });
    const popup = await popupOnCatalogue('fr');
    try {
      await expectErrorThenRecovery(
        popup,
        'fr',
        t('fr', 'errors.timeout', { host: HOST, seconds: 15 }),
        'fault-slow-drip-fr',
      );
    } finally {
      await popup.close();
    }
  });

  it('e2e fault: a connection dropped in the middle of the body says the portal could not be reached', async () => {
    routeDataset({ ...CATALOGUE.answer, resetAfterBytes: 512 });
    const popup = await popupOnCatalogue('en');
    try {
      await expectErrorThenRecovery(popup, 'en', t('en', 'errors.network', { host: HOST }), 'fault-reset-en');
      expect(suite.server.requestsTo(`https://${HOST}/api/`).length).toBeGreaterThan(0);
    } finally {
      await popup.close();
    }
  });

  it('e2e fault: an HTML page sent with status 200 where JSON was expected is named as a web page', async () => {
    routeDataset({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!doctype html><html><head><title>Maintenance</title></head><body>Back soon</body></html>',
    });
    const popup = await popupOnCatalogue('fr');
    try {
      await expectErrorThenRecovery(popup, 'fr', t('fr', 'errors.html-not-json', { host: HOST }), 'fault-html-fr');
    } finally {
      await popup.close();
    }
  });

  it('e2e fault: the dataset sent with a wrong content type (text/plain) is still read, since the body is validated', async () => {
    routeDataset({ ...CATALOGUE.answer, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const { tabId } = await openBadgedTab(suite.ext, CATALOGUE.pageUrl);
    const popup = await suite.ext.openPopupFor(tabId, 'en');
    expect(await suite.ext.popupState(popup)).toBe('ready');
    expect(await textOf(popup.locator('[data-field="title"]'))).toBe('Catalogue des données de data.gouv.fr');
  });

  it('e2e fault: a gzip answer cut in half gives a clear message, not a blank popup', async () => {
    routeDataset({ ...CATALOGUE.answer, gzip: 'truncated' });
    const popup = await popupOnCatalogue('en');
    try {
      await popup.waitForSelector('main#app[data-state="error"]', { timeout: 30_000 });
      const alert = plain(await textOf(popup.getByRole('alert')));
      // The browser either refuses the broken stream (network) or hands over what it could decode (bad JSON).
      expect([t('en', 'errors.network', { host: HOST }), t('en', 'errors.invalid-json', { host: HOST })]).toContain(
        alert,
      );
      await expectErrorThenRecovery(popup, 'en', alert, 'fault-truncated-gzip-en');
    } finally {
      await popup.close();
    }
  });

  it('e2e fault: a whole gzip answer (Content-Encoding) is read as the dataset', async () => {
    routeDataset({ ...CATALOGUE.answer, gzip: 'whole' });
    const { tabId } = await openBadgedTab(suite.ext, CATALOGUE.pageUrl);
    const popup = await suite.ext.openPopupFor(tabId, 'en');
    expect(await suite.ext.popupState(popup)).toBe('ready');
  });

  it('e2e fault: a TLS handshake failure says the portal could not be reached, then Retry works', async () => {
    const { tabId } = await openBadgedTab(suite.ext, CATALOGUE.pageUrl);
    suite.server.breakTls(HOST);
    const popup = await suite.ext.context.newPage();
    try {
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${suite.ext.extensionId}/popup.html?tab=${tabId}&lang=fr`);
      await expectErrorThenRecovery(popup, 'fr', t('fr', 'errors.network', { host: HOST }), 'fault-tls-fr');
    } finally {
      await popup.close();
    }
  });
});
