import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBytes, type Lang, t } from '../../../lib/i18n';
import { lookupLicence } from '../../../lib/licences/catalogue';
import { DEFAULT_PREVIEW_ROWS } from '../../../lib/preview/csv-preview';
import { DEFAULT_BUDGET } from '../../../lib/preview/read-bytes';
import { ODBL_DATASET, odblDatasetRoutes } from '../harness/datagouv-odbl-routes';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes, LICENCES_URL } from '../harness/datagouv-routes';
import { findFirefox, firefoxForE2E } from '../harness/find-browser';
import { FRENCH_CSV_HEADER, useFrenchCsvFile } from '../harness/french-csv';
import { FIRST_FILE, tabularApiUrls, tabularNotIndexed } from '../harness/preview-routes';
import { FIXTURES_DIR } from '../harness/replay-server';
import { useReplayServer } from '../harness/suite';
import { plain } from '../harness/text';
import { type FirefoxExtension, launchFirefoxExtension, openBadgedTab, useFirefox } from './harness';

const firefoxPath = firefoxForE2E();
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = resolve(REPO_ROOT, 'node_modules/.bin/provenance');
const CATALOGUE_TITLE = 'Catalogue des données de data.gouv.fr';
const API_PREFIX = 'https://www.data.gouv.fr/api/';

/** What `provenance attribution` prints, without the final newline (as in attribution.e2e.test.ts). */
async function cliAttribution(url: string, metadata: string, lang: Lang): Promise<string> {
  const { stdout } = await promisify(execFile)(CLI, ['attribution', url, '--metadata', metadata, '--lang', lang], {
    cwd: REPO_ROOT,
  });
  return stdout.replace(/\n$/, '');
}

/** Runs in the page: the text a person reads (hidden text left out, blocks apart), as harness/text.ts's textOf. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads.
const renderedText = (el: Element) => (el as HTMLElement).innerText;

const textOf = async (page: Page, selector: string) => plain(await page.$eval(selector, renderedText));

/** The rendered text of every element matching `selector` (one `$eval` each: the helper cannot cross into `$$eval`). */
async function textsOf(page: Page, selector: string): Promise<string[]> {
  return Promise.all((await page.$$(selector)).map(async (handle) => plain(await handle.evaluate(renderedText))));
}

/** Clicks the element matching `selector` whose text is exactly `name`, as a person would find it. */
async function clickNamed(page: Page, selector: string, name: string): Promise<void> {
  const handles = await page.$$(selector);
  for (const handle of handles) {
    if ((await handle.evaluate((el) => el.textContent?.trim())) === name) {
      await handle.click();
      return;
    }
  }
  throw new Error(`no ${selector} named "${name}"`);
}

async function openSection(
  popup: Page,
  lang: Lang,
  key: 'tabLicence' | 'tabAttribution' | 'tabCredits' | 'tabPreview',
) {
  await clickNamed(popup, '[role="tab"]', t(lang, `common.${key}`));
  await popup.waitForSelector('[role="tab"][aria-selected="true"]');
  expect(await textOf(popup, '[role="tab"][aria-selected="true"]')).toBe(plain(t(lang, `common.${key}`)));
}

async function openReadyPopup(ff: FirefoxExtension, url: string, lang: Lang): Promise<Page> {
  const { tabId } = await openBadgedTab(ff, url);
  const popup = await ff.openPopupFor(tabId, lang);
  expect(await ff.popupState(popup)).toBe('ready');
  return popup;
}

const status = (popup: Page) => popup.$eval('[role="status"]', (el) => el.textContent ?? '');

describe.skipIf(!firefoxPath)('main journeys in Firefox ESR (e2e)', () => {
  const datagouv = useReplayServer(DATAGOUV_HOSTS, { ...datagouvRoutes(), ...odblDatasetRoutes() });
  const expected = { textFr: '', odblFr: '' };
  const generated = useFrenchCsvFile(6 * 1024 * 1024);

  beforeAll(async () => {
    [expected.textFr, expected.odblFr] = await Promise.all([
      cliAttribution(
        'https://www.data.gouv.fr/datasets/catalogue-des-donnees-de-data-gouv-fr',
        resolve(FIXTURES_DIR, CATALOGUE.answer.file),
        'fr',
      ),
      cliAttribution(
        `https://www.data.gouv.fr/datasets/${ODBL_DATASET.slug}`,
        resolve(FIXTURES_DIR, ODBL_DATASET.metadataFile),
        'fr',
      ),
    ]);
  });

  describe('one Firefox for the popup journeys', () => {
    const suite = useFirefox(datagouv, async (ff) => {
      await ff.inExtension(() => browser.storage.local.clear(), null);
    });

    it('e2e firefox: a data.gouv.fr dataset page gets the ✓ badge and the popup shows the dataset in French', async () => {
      const popup = await openReadyPopup(suite.ff, CATALOGUE.pageUrl, 'fr');
      expect(await popup.$eval('[data-field="title"]', (el) => el.tagName)).toBe('H1');
      expect(await textOf(popup, '[data-field="title"]')).toBe(CATALOGUE_TITLE);
      expect(await textOf(popup, '[data-field="publisher"]')).toContain('data.gouv.fr');
      expect(await textOf(popup, '[data-field="licence"]')).toContain('Licence Ouverte / Open Licence version 2.0');
      expect(await textOf(popup, '[data-field="updated"]')).toContain('7 avril 2025');
      expect(await popup.$$eval('[data-field="files"] li', (items) => items.length)).toBe(8);
      expect(await textOf(popup, '[data-field="files"] li')).toContain('176,7 Mo');
      await suite.ff.screenshot(popup, 'popup-ready-fr');

      // Only the dataset and the licence list were asked, of replayed hosts only.
      const asked = suite.server.requestsTo(API_PREFIX).map((r) => r.url);
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.every((url) => CATALOGUE.apiUrls.includes(url) || url === LICENCES_URL)).toBe(true);
      expect(suite.server.unrouted()).toEqual([]);
      expect(suite.ff.proxy.refused.filter((r) => /data\.gouv\.fr/.test(r))).toEqual([]);
    });

    it('e2e firefox: a second opening paints the header the first one left, then the live view takes its place', async () => {
      const painted = (popup: Page, mark: string) =>
        popup.waitForFunction((name) => performance.getEntriesByName(name).length > 0, {}, mark);
      const source = (popup: Page) =>
        popup.evaluate(
          () => (performance.getEntriesByName('provenance:content-painted')[0] as PerformanceMark | undefined)?.detail,
        );
      const { tabId } = await openBadgedTab(suite.ff, CATALOGUE.pageUrl);
      const first = await suite.ff.openPopupFor(tabId, 'fr');
      await painted(first, 'provenance:content-painted');
      expect(await source(first)).toBe('live');
      // Saved for the next opening in session storage, tied to this tab.
      await expect
        .poll(() =>
          suite.ff.inExtension(async () => {
            const stored = (await browser.storage.session.get('popup-snapshots'))['popup-snapshots'];
            return Array.isArray(stored) ? stored.map((s: { tabId: number }) => s.tabId) : [];
          }, null),
        )
        .toContain(tabId);
      await first.close();

      const second = await suite.ff.openPopupFor(tabId, 'fr');
      await painted(second, 'provenance:live-content');
      expect(await source(second)).toBe('snapshot');
      expect(await second.$$eval('#root[data-snapshot]', (roots) => roots.length)).toBe(0);
      expect(await second.$$eval('[data-field="title"]', (titles) => titles.length)).toBe(1);
      expect(await textOf(second, '[data-field="title"]')).toBe(CATALOGUE_TITLE);
    });

    it('e2e firefox: without a language asked, the popup speaks Firefox’s own: French from its language pack', async () => {
      expect(await suite.ff.inExtension(() => browser.i18n.getUILanguage(), null)).toBe('fr');
      const { tabId } = await openBadgedTab(suite.ff, CATALOGUE.pageUrl);
      const popup = await suite.ff.openPopupFor(tabId, null);
      expect(await suite.ff.popupState(popup)).toBe('ready');
      const tabs = await textsOf(popup, '[role="tab"]');
      expect(tabs).toContain(plain(t('fr', 'common.tabOverview')));
      expect(tabs).toContain(plain(t('fr', 'common.tabPreview')));
      expect(tabs).not.toContain(plain(t('en', 'common.tabPreview')));
      expect(await textOf(popup, '[data-field="updated"]')).toContain('7 avril 2025');
    });

    it('e2e firefox: the licence tab shows the Licence Ouverte 2.0 card with what you must do', async () => {
      const popup = await openReadyPopup(suite.ff, CATALOGUE.pageUrl, 'en');
      await openSection(popup, 'en', 'tabLicence');
      await popup.waitForSelector('section.pv-licence');
      expect(await popup.$eval('section.pv-licence', (el) => el.getAttribute('data-licence-key'))).toBe('etalab-2.0');
      const lo = lookupLicence('etalab-2.0')!;
      const must = await textsOf(popup, 'section.pv-licence__list--must li');
      expect(must.length).toBe(lo.conditions.length);
      expect(must[0]).toContain(plain(lo.conditions[0]!.text.en));
      await suite.ff.screenshot(popup, 'licence-card-en');
    });

    it('e2e firefox: Copy puts exactly the CLI notice on the clipboard and says so', async () => {
      const popup = await openReadyPopup(suite.ff, CATALOGUE.pageUrl, 'fr');
      await openSection(popup, 'fr', 'tabAttribution');
      expect(await popup.$eval('[data-testid="attribution-preview"]', (el) => el.textContent)).toBe(expected.textFr);
      await clickNamed(popup, 'button', t('fr', 'attribution.panel.copy'));
      await expect.poll(() => status(popup)).toBe(t('fr', 'attribution.panel.copied'));
      expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(expected.textFr);
      await suite.ff.screenshot(popup, 'attribution-copied-fr');
    });

    it('e2e firefox: the Preview tab reads the French CSV with one Range request of one budget', async () => {
      for (const [url, answer] of Object.entries(tabularNotIndexed(FIRST_FILE.id))) suite.server.route(url, answer);
      suite.server.route(FIRST_FILE.url, {
        file: generated.path,
        headers: { 'content-type': 'text/csv' },
        range: true,
      });
      const popup = await openReadyPopup(suite.ff, CATALOGUE.pageUrl, 'fr');
      await openSection(popup, 'fr', 'tabPreview');
      // Past the first rows too: those are shown before the sample is complete, then confirmed or corrected.
      await popup.waitForSelector(
        '.pv-preview[data-preview-state]:not([data-preview-state="loading"]):not([data-preview-state="first-rows"])',
        { timeout: 30_000 },
      );
      expect(await popup.$eval('.pv-preview', (el) => el.getAttribute('data-preview-state'))).toBe('ready');
      expect(await popup.$eval('.pv-dialect select', (el) => (el as HTMLSelectElement).value)).toBe('windows-1252');
      const names = await popup.$$eval('.pv-table thead th .pv-colname', (cells) => cells.map((c) => c.textContent));
      expect(names).toEqual([...FRENCH_CSV_HEADER]);
      expect(await popup.$$eval('.pv-table tbody tr', (rows) => rows.length)).toBe(DEFAULT_PREVIEW_ROWS);
      const firstRowName = await popup.$eval('.pv-table tbody tr:nth-child(1) td:nth-child(2)', (c) => c.textContent);
      expect(firstRowName).toBe('L’Abergement-Clémenciat');
      expect(await textOf(popup, '[data-field="rows"]')).toContain(`${DEFAULT_PREVIEW_ROWS} lignes affichées`);
      expect(await textOf(popup, '[data-field="rows"]')).toContain(plain(formatBytes(DEFAULT_BUDGET, 'fr') ?? ''));
      await suite.ff.screenshot(popup, 'preview-range-fr');

      const reads = suite.server.requests.filter((r) => r.url === FIRST_FILE.url);
      expect(reads).toHaveLength(1);
      expect(reads[0]).toMatchObject({ method: 'GET', range: `bytes=0-${DEFAULT_BUDGET - 1}`, status: 206 });
      expect(reads[0]!.headers.cookie).toBeUndefined();
      expect(
        suite.server.requests.filter((r) => r.url === tabularApiUrls(FIRST_FILE.id).profile).map((r) => r.status),
      ).toEqual([404]);
      expect(suite.server.unrouted()).toEqual([]);
    });
  });

  describe('the credits basket across a Firefox restart', () => {
    let profile: string;
    let ff: FirefoxExtension | undefined;
    const uuid = '0d6f1c2e-5b7a-4c3d-9e8f-a1b2c3d4e5f6';

    beforeAll(() => {
      profile = mkdtempSync(join(tmpdir(), 'provenance-e2e-firefox-basket-'));
    });

    afterAll(async () => {
      await ff?.close();
      rmSync(profile, { recursive: true, force: true });
    });

    const launch = () => {
      const found = findFirefox();
      if (!found.ok) throw new Error(found.reason);
      return launchFirefoxExtension({ firefoxPath: found.path, server: datagouv.server, userDataDir: profile, uuid });
    };

    const storedTitles = (current: FirefoxExtension) =>
      current.inExtension(async () => {
        const stored = (await browser.storage.local.get('credits-basket'))['credits-basket'] as
          | { items?: { dataset: { title: string } }[] }
          | undefined;
        return (stored?.items ?? []).map((i) => i.dataset.title);
      }, null);

    it('e2e firefox: two datasets added to the credits are still there after Firefox restarts on the same profile', async () => {
      ff = await launch();
      for (const url of [CATALOGUE.pageUrl, ODBL_DATASET.pageUrl]) {
        const popup = await openReadyPopup(ff, url, 'fr');
        await openSection(popup, 'fr', 'tabAttribution');
        await clickNamed(popup, 'button', t('fr', 'attribution.panel.addToCredits'));
        await expect.poll(() => status(popup)).toBe(t('fr', 'attribution.panel.added'));
      }
      await expect.poll(() => storedTitles(ff!)).toEqual([CATALOGUE_TITLE, ODBL_DATASET.title]);
      await ff.close();
      ff = undefined;

      ff = await launch();
      const popup = await openReadyPopup(ff, CATALOGUE.pageUrl, 'fr');
      await openSection(popup, 'fr', 'tabCredits');
      await expect.poll(() => popup.$$eval('[data-testid="credits-list"] li', (items) => items.length)).toBe(2);
      const items = await textsOf(popup, '[data-testid="credits-list"] li');
      expect(items[0]).toContain(CATALOGUE_TITLE);
      expect(items[1]).toContain(ODBL_DATASET.title);
      const block = (await popup.$eval('[data-testid="credits-preview"]', (el) => el.textContent)) ?? '';
      expect(block.split('\n')).toEqual(expect.arrayContaining([`- ${expected.textFr}`, `- ${expected.odblFr}`]));
      await ff.screenshot(popup, 'credits-after-restart-fr');
      // Two Firefox launches and two installs: about 45 s here, more on a busy machine.
    }, 180_000);
  });
});
