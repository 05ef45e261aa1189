import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate, t } from '../../lib/i18n';
import { lookupLicence } from '../../lib/licences/catalogue';
import { ODBL_DATASET, odblDatasetRoutes } from './harness/datagouv-odbl-routes';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import type { ExtensionBrowser } from './harness/launch';
import { FIXTURES_DIR, type RouteAnswer } from './harness/replay-server';
import { openBadgedTab, useExtensionSuite } from './harness/suite';
import { plain, textOf } from './harness/text';
import { seriousAxeViolations } from './harness/ux-checks';

/** The service worker's namespace, inside `evaluate`d functions (see launch.ts). */
declare const chrome: typeof browser;

const browserPath = browserForE2E();
const RECORDED = JSON.parse(readFileSync(resolve(FIXTURES_DIR, CATALOGUE.answer.file), 'utf8'));
const NEW_DATE = '2026-11-30T08:00:00+00:00';
const TITLE = 'Catalogue des données de data.gouv.fr';

/** The catalogue's portal answers something else from now on (both URLs the ref may name). */
function answerCatalogue(server: { route(url: string, answer: RouteAnswer): void }, answer: RouteAnswer): void {
  for (const url of CATALOGUE.apiUrls) server.route(url, answer);
}

/** "A day later": the stored item was last checked two days ago, so the next popup checks it again. */
async function aDayLater(ext: ExtensionBrowser): Promise<void> {
  await (await ext.worker()).evaluate(async (at) => {
    const stored = (await chrome.storage.local.get('credits-basket'))['credits-basket'] as {
      items: { check: { lastCheckedAt: string | null } }[];
    };
    for (const item of stored.items) item.check.lastCheckedAt = at;
    await chrome.storage.local.set({ 'credits-basket': stored });
  }, new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString());
}

/** The basket, seen from another dataset's popup (the catalogue's own page would show its own answer failing). */
async function openBasket(ext: ExtensionBrowser): Promise<Page> {
  const { tabId } = await openBadgedTab(ext, ODBL_DATASET.pageUrl);
  const popup = await ext.openPopupFor(tabId, 'en');
  expect(await ext.popupState(popup)).toBe('ready');
  await popup.getByRole('tab', { name: t('en', 'common.tabCredits'), exact: true }).click();
  return popup;
}

const item = (popup: Page) => popup.getByTestId('credits-list').locator('li').filter({ hasText: TITLE });

describe.skipIf(!browserPath)('credits that stay right, in Chromium (e2e)', () => {
  const suite = useExtensionSuite({ hosts: DATAGOUV_HOSTS, routes: { ...datagouvRoutes(), ...odblDatasetRoutes() } });

  it('e2e: a credited dataset that changed its date, then its licence, is flagged; offline it says it could not check', async () => {
    const { ext, server } = suite;
    // Credit the catalogue from its page.
    const { tabId } = await openBadgedTab(ext, CATALOGUE.pageUrl);
    const first = await ext.openPopupFor(tabId, 'en');
    await first.getByRole('tab', { name: t('en', 'common.tabAttribution'), exact: true }).click();
    await first.getByRole('button', { name: t('en', 'attribution.panel.addToCredits'), exact: true }).click();
    await expect.poll(() => first.getByRole('status').first().textContent()).toBe(t('en', 'attribution.panel.added'));
    await ext.closeTabs();

    // Checked when added: opening the basket the same day asks the portal nothing about it.
    server.reset();
    let popup = await openBasket(ext);
    await expect.poll(() => item(popup).count()).toBe(1);
    await expect.poll(() => popup.locator('.pv-credits__checking').textContent()).toBe('');
    expect(server.requests.filter((r) => CATALOGUE.apiUrls.includes(r.url))).toEqual([]);
    expect(await item(popup).getByTestId('credit-updated').count()).toBe(0);
    await ext.closeTabs();

    // A day later the portal has a new update date.
    answerCatalogue(server, { json: { ...RECORDED, last_update: NEW_DATE } });
    await aDayLater(ext);
    popup = await openBasket(ext);
    const updated = item(popup).getByTestId('credit-updated');
    await expect.poll(() => updated.count(), { timeout: 10_000 }).toBe(1);
    expect(await textOf(updated)).toContain(plain(formatDate(NEW_DATE, 'en') ?? NEW_DATE));
    expect(await item(popup).getByTestId('credit-licence-changed').count()).toBe(0);
    expect(server.requests.some((r) => CATALOGUE.apiUrls.includes(r.url))).toBe(true);
    await updated.scrollIntoViewIfNeeded();
    await ext.screenshot(popup, 'credits-updated-since-en');
    await ext.closeTabs();

    // Then it moves to the ODbL: "licence changed", prominently, with both licences and what it means.
    answerCatalogue(server, { json: { ...RECORDED, last_update: NEW_DATE, license: 'odc-odbl' } });
    await aDayLater(ext);
    popup = await openBasket(ext);
    const changed = item(popup).getByTestId('credit-licence-changed');
    await expect.poll(() => changed.count(), { timeout: 10_000 }).toBe(1);
    const note = await textOf(changed);
    expect(note).toContain(t('en', 'credits.flag.licenceChanged'));
    expect(note).toContain(lookupLicence('etalab-2.0')!.names.en);
    expect(note).toContain(lookupLicence('ODbL-1.0')!.names.en);
    expect(note).toContain(t('en', 'credits.change.shareAlikeNow'));
    expect(await item(popup).getByTestId('credit-updated').count()).toBe(1);
    // Said at the top of the basket as well, above the combined obligations.
    expect(await textOf(popup.getByTestId('credits-licence-alert'))).toContain(TITLE);
    // The credits block already names the licence the data is under now.
    expect(await popup.getByTestId('credits-preview').textContent()).toContain('Open Database License');
    await changed.scrollIntoViewIfNeeded();
    await ext.screenshot(popup, 'credits-licence-changed-en');
    // The flags keep AA contrast and their names in both colour schemes.
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await seriousAxeViolations(popup), colorScheme).toEqual([]);
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    // Accepting re-records the credit: the flags go, and stay gone.
    await item(popup)
      .getByRole('button', { name: t('en', 'credits.acknowledgeLabel', { title: TITLE }), exact: true })
      .click();
    await expect.poll(() => changed.count()).toBe(0);
    expect(await popup.getByTestId('credits-licence-alert').count()).toBe(0);
    expect(await item(popup).getByTestId('credit-updated').count()).toBe(0);
    await ext.closeTabs();

    // Offline for that portal's answer (the connection drops): "could not check", the basket intact.
    answerCatalogue(server, { ...CATALOGUE.answer, resetAfterBytes: 0 });
    await aDayLater(ext);
    popup = await openBasket(ext);
    const unchecked = item(popup).getByTestId('credit-unchecked');
    await expect.poll(() => unchecked.count(), { timeout: 10_000 }).toBe(1);
    expect(await textOf(unchecked)).toContain(plain(t('en', 'credits.flag.couldNotCheck', { reason: '' })).trim());
    expect(await item(popup).count()).toBe(1);
    expect(await item(popup).getByTestId('credit-licence-changed').count()).toBe(0);
    expect(await popup.getByTestId('credits-preview').textContent()).toContain('Open Database License');
    await unchecked.scrollIntoViewIfNeeded();
    await ext.screenshot(popup, 'credits-could-not-check-en');
    expect(server.unrouted()).toEqual([]);
  });
});
