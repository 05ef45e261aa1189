import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectSignalsHtml } from '../../lib/detect/collect-signals';
import { LANGS, type Lang, t } from '../../lib/i18n';
import { CKAN_HOST, ckanRoutes, NSW_LGA } from './harness/ckan-routes';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes, ORGANIZATION_URL } from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import { type ExtensionBrowser, GRANTED_EXTENSION_DIR } from './harness/launch';
import { FIRST_FILE, RESOURCES_FILE, tabularNotIndexed, tabularRecorded } from './harness/preview-routes';
import { openBadgedTab, useExtension, useReplayServer } from './harness/suite';
import { plain, textOf } from './harness/text';
import { docsScreenshot, overflowingLabels, seriousAxeViolations } from './harness/ux-checks';

/** The service worker's namespace, inside `evaluate`d functions (see launch.ts). */
declare const chrome: typeof browser;

const browserPath = browserForE2E();

/** A town's page linking to a data file, on a host no portal claims: where a context menu is the way in. */
const TOWN_HOST = 'www.example-ville.fr';
const FILES_HOST = 'files.example-ville.fr';
const TOWN_PAGE = `https://${TOWN_HOST}/donnees.html`;
const TOWN_FILE = `https://${FILES_HOST}/exports/equipements-sportifs.csv`;
const TOWN_CSV = [
  'nom;commune;surface_m2',
  'Gymnase Jean Moulin;Rennes;1250',
  'Piscine Bréquigny;Rennes;2400',
  '',
].join('\r\n');

function routes() {
  return {
    ...datagouvRoutes(),
    ...tabularRecorded(RESOURCES_FILE.id),
    // The file the Preview section opens on: not in the tabular API, read from the file host with Range.
    ...tabularNotIndexed(FIRST_FILE.id),
    [FIRST_FILE.url]: { file: 'preview/quoted-fields.csv', headers: { 'content-type': 'text/csv' }, range: true },
    [TOWN_PAGE]: {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<!doctype html><html lang="fr"><head><title>Données de la ville</title></head><body><h1>Données</h1><p><a id="file" href="${TOWN_FILE}">Équipements sportifs (CSV)</a></p></body></html>`,
    },
    [TOWN_FILE]: { headers: { 'content-type': 'text/csv; charset=utf-8' }, body: TOWN_CSV },
  };
}

type Scheme = 'light' | 'dark';

async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await seriousAxeViolations(page), `axe on ${what}`).toEqual([]);
}

async function expectNoOverflow(page: Page, what: string): Promise<void> {
  expect(await overflowingLabels(page), `overflow at 400 px on ${what}`).toEqual([]);
}

/** An extension page opened like the popup (400 × 600), in a colour scheme, waiting for it to leave `loading`. */
async function openExtensionPage(
  ext: ExtensionBrowser,
  path: string,
  scheme: Scheme,
  size = { width: 400, height: 600 },
): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  await page.waitForSelector('main#app[data-state]:not([data-state="loading"])');
  return page;
}

const SECTIONS = ['tabOverview', 'tabPreview', 'tabLicence', 'tabAttribution', 'tabCredits'] as const;

async function openSection(popup: Page, lang: Lang, key: (typeof SECTIONS)[number]): Promise<void> {
  const tab = popup.getByRole('tab', { name: t(lang, `common.${key}`), exact: true });
  await tab.click();
  expect(await tab.getAttribute('aria-selected')).toBe('true');
}

describe.skipIf(!browserPath)('popup, viewer and options: accessibility, 400 px, keyboard, context menu (e2e)', () => {
  const server = useReplayServer([...DATAGOUV_HOSTS, TOWN_HOST, FILES_HOST], routes());
  const suite = useExtension(server, {
    extensionDir: GRANTED_EXTENSION_DIR,
    resetBetweenTests: async (ext) => {
      await (await ext.worker()).evaluate(() =>
        Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear()]),
      );
    },
  });

  beforeAll(async () => {
    await suite.ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  for (const lang of LANGS) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`e2e: every popup state, the viewer and the options page pass axe and fit 400 px (${lang}, ${scheme})`, {
        timeout: 240_000,
      }, async () => {
        const { ext } = suite;
        // Loading: the portal answers slowly, so the skeleton is there to be checked.
        for (const url of CATALOGUE.apiUrls) server.server.route(url, { ...CATALOGUE.answer, delayMs: 4000 });
        const { tabId, page: datasetTab } = await openBadgedTab(ext, CATALOGUE.pageUrl);
        const loading = await ext.context.newPage();
        await loading.setViewportSize({ width: 400, height: 600 });
        await loading.emulateMedia({ colorScheme: scheme });
        await loading.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}&lang=${lang}`);
        await loading.waitForSelector('main#app[data-state="loading"] .pv-skeleton');
        await expectAccessible(loading, `popup loading (${lang}, ${scheme})`);
        await expectNoOverflow(loading, 'popup loading');
        await loading.waitForSelector('main#app[data-state="ready"]', { timeout: 20_000 });
        await loading.close();

        // Ready: the header and each section.
        const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}&lang=${lang}`, scheme);
        expect(await ext.popupState(popup)).toBe('ready');
        for (const key of SECTIONS) {
          await openSection(popup, lang, key);
          if (key === 'tabPreview') await popup.waitForSelector('.pv-preview[data-preview-state="ready"]');
          await expectAccessible(popup, `popup ${key} (${lang}, ${scheme})`);
          await expectNoOverflow(popup, `popup ${key} (${lang})`);
          if (lang === 'en' && scheme === 'light') {
            const picture = {
              tabOverview: 'dataset',
              tabPreview: 'preview',
              tabLicence: 'licence',
              tabAttribution: 'attribution',
            }[key as string];
            if (picture) await docsScreenshot(popup, picture, key === 'tabOverview' ? undefined : '.pv-tabs');
          }
          if (lang === 'en' && scheme === 'dark' && key === 'tabOverview') await docsScreenshot(popup, 'dark-mode');
        }
        // A chip's explanation open, as a reader would have it.
        await popup.locator('[data-chip]').first().click();
        await expectAccessible(popup, `popup verdict explanation (${lang}, ${scheme})`);
        await popup.close();
        await datasetTab.close();

        // Error: the portal fails.
        for (const url of CATALOGUE.apiUrls) server.server.route(url, { status: 500, body: 'Internal Server Error' });
        const broken = await openBadgedTab(ext, CATALOGUE.pageUrl);
        const error = await openExtensionPage(ext, `popup.html?tab=${broken.tabId}&lang=${lang}`, scheme);
        expect(await ext.popupState(error)).toBe('error');
        await expectAccessible(error, `popup error (${lang}, ${scheme})`);
        await expectNoOverflow(error, 'popup error');
        await error.close();
        await broken.page.close();
        for (const url of CATALOGUE.apiUrls) server.server.route(url, CATALOGUE.answer);

        // No dataset: the explanation, the portals and the address field, with a problem reported.
        const org = await ext.openDatasetTab(ORGANIZATION_URL);
        const none = await openExtensionPage(ext, `popup.html?tab=${await ext.tabIdFor(org)}&lang=${lang}`, scheme);
        expect(await ext.popupState(none)).toBe('none');
        await none.getByRole('textbox').fill('pas une adresse');
        await none.getByRole('button', { name: t(lang, 'shell.pasteOpen'), exact: true }).click();
        await expectAccessible(none, `popup none (${lang}, ${scheme})`);
        await expectNoOverflow(none, 'popup none');
        await none.close();

        // The viewer, wide, on the dataset's resources export, and on a file alone.
        const viewerQuery = new URLSearchParams({ page: CATALOGUE.pageUrl, resource: RESOURCES_FILE.id, lang });
        const viewer = await openExtensionPage(ext, `viewer.html?${viewerQuery}`, scheme, { width: 1280, height: 800 });
        expect(await ext.popupState(viewer)).toBe('ready');
        await viewer.waitForSelector('.pv-preview[data-preview-state="ready"] table');
        await expectAccessible(viewer, `viewer (${lang}, ${scheme})`);
        if (lang === 'en' && scheme === 'light') await docsScreenshot(viewer, 'viewer');
        await viewer.close();
        const file = await openExtensionPage(
          ext,
          `viewer.html?${new URLSearchParams({ file: TOWN_FILE, lang })}`,
          scheme,
          { width: 1280, height: 800 },
        );
        expect(await ext.popupState(file)).toBe('file');
        await file.waitForSelector('.pv-preview[data-preview-state="ready"] table');
        await expectAccessible(file, `viewer on a file (${lang}, ${scheme})`);
        await file.close();

        // Options.
        const options = await openExtensionPage(ext, `options.html?lang=${lang}`, scheme, { width: 800, height: 900 });
        await expectAccessible(options, `options (${lang}, ${scheme})`);
        await options.close();
      });
    }
  }

  it('e2e: keyboard only — read the verdict, copy the attribution, open the preview in the viewer', async () => {
    const { ext } = suite;
    const { tabId } = await openBadgedTab(ext, CATALOGUE.pageUrl);
    const popup = await ext.openPopupFor(tabId, 'en');
    const focused = () =>
      popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          chip: el?.dataset.chip ?? null,
          action: el?.dataset.action ?? null,
          role: el?.getAttribute('role') ?? null,
          href: el?.getAttribute('href') ?? null,
        };
      });
    /** Tabs forward until `match` holds for the focused element; fails after 30 presses. */
    const tabTo = async (match: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string) => {
      for (let i = 0; i < 30; i++) {
        await popup.keyboard.press('Tab');
        if (match(await focused())) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };

    await tabTo((f) => f.chip === 'credit', 'the "Credit required" chip');
    await popup.keyboard.press('Enter');
    const explanation = popup.locator('.pv-verdict__explain');
    expect(await explanation.isVisible()).toBe(true);
    expect(await textOf(explanation)).toContain(plain(t('en', 'glance.explain.credit', { summary: '' }).trim()));

    await tabTo((f) => f.action === 'copy-attribution', 'Copy attribution');
    await popup.keyboard.press('Enter');
    await expect.poll(() => textOf(popup.locator('.pv-glance__status'))).toBe(t('en', 'glance.copied'));
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Catalogue des données de data.gouv.fr');
    expect(copied).toContain('Open Licence');

    // The Files section is open: each file has its link to the viewer.
    await tabTo(
      (f) => f.href?.includes(`resource=${RESOURCES_FILE.id}`) ?? false,
      'the resources export’s preview link',
    );
    const [viewer] = await Promise.all([ext.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
    await viewer.waitForSelector('main#app[data-state="ready"]');
    const address = new URL(viewer.url());
    expect(address.pathname).toBe('/viewer.html');
    expect(address.searchParams.get('page')).toBe(CATALOGUE.pageUrl);
    expect(address.searchParams.get('resource')).toBe(RESOURCES_FILE.id);
    await viewer.waitForSelector('.pv-preview[data-preview-state="ready"] table');
    expect(
      await viewer.getByRole('tab', { name: t('en', 'common.tabPreview'), exact: true }).getAttribute('aria-selected'),
    ).toBe('true');
    // The viewer is keyboard-operable too: the table's scrolling region takes the focus.
    await viewer.locator('.pv-table-scroll').focus();
    expect(await viewer.evaluate(() => document.activeElement?.classList.contains('pv-table-scroll'))).toBe(true);
    await viewer.close();
  });

  it('e2e: "Preview with Provenance" on a replayed file link opens the viewer on that file', async () => {
    const { ext } = suite;
    const page = await ext.openDatasetTab(TOWN_PAGE);
    const linkUrl = await page.locator('#file').evaluate((a) => (a as HTMLAnchorElement).href);
    const tabId = await ext.frontTabId(page);
    // Headless Chromium cannot open its native context menu; the test build exposes the listener's own click path
    // (`onPreviewLinkClicked`, what `contextMenus.onClicked` calls), which this drives with the link's address.
    const [viewer] = await Promise.all([
      ext.context.waitForEvent('page'),
      (await ext.worker()).evaluate(
        ({ url, id }) =>
          (
            globalThis as unknown as {
              provenanceTestHooks: { onPreviewLinkClicked: (u: string, t: number) => Promise<void> };
            }
          ).provenanceTestHooks.onPreviewLinkClicked(url, id),
        { url: linkUrl, id: tabId },
      ),
    ]);
    await viewer.waitForSelector('main#app[data-state="file"]');
    expect(new URL(viewer.url()).searchParams.get('file')).toBe(TOWN_FILE);
    await viewer.waitForSelector('.pv-preview[data-preview-state="ready"] table');
    const cells = await viewer.locator('.pv-table tbody tr').first().locator('td').allInnerTexts();
    expect(cells.map(plain)).toEqual(['Gymnase Jean Moulin', 'Rennes', expect.stringMatching(/^1[ ,.]?250$/)]);
    expect(server.server.requestsTo(TOWN_FILE).length).toBeGreaterThan(0);
  });

  it('e2e: the menu entry is registered for links to data files', async () => {
    const manifest = await (await suite.ext.worker()).evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('contextMenus');
    // `contextMenus.update` fails on an id that was never created: it proves the entry exists.
    const updated = await (await suite.ext.worker()).evaluate(() =>
      chrome.contextMenus.update('provenance-preview-link', {}).then(
        () => true,
        () => false,
      ),
    );
    expect(updated).toBe(true);
  });

  for (const lang of LANGS) {
    it(`e2e: a dataset page pasted on a page without a dataset shows that dataset (${lang})`, async () => {
      const { ext } = suite;
      const org = await ext.openDatasetTab(ORGANIZATION_URL);
      const popup = await ext.openPopupFor(await ext.tabIdFor(org), lang);
      expect(await ext.popupState(popup)).toBe('none');
      await popup.getByRole('textbox', { name: t(lang, 'shell.pasteLabel') }).fill(CATALOGUE.pageUrl);
      await popup.getByRole('button', { name: t(lang, 'shell.pasteOpen'), exact: true }).click();
      await popup.waitForSelector('main#app[data-state="ready"]');
      expect(await textOf(popup.locator('[data-field="title"]'))).toBe('Catalogue des données de data.gouv.fr');
      expect(await popup.locator('[data-chip]').count()).toBeGreaterThan(0);
      await expectNoOverflow(popup, `pasted dataset (${lang})`);
    });
  }

  it('e2e: a pasted file address opens the viewer on that file; another page is refused with a reason', async () => {
    const { ext } = suite;
    const org = await ext.openDatasetTab(ORGANIZATION_URL);
    const popup = await ext.openPopupFor(await ext.tabIdFor(org), 'fr');
    const field = popup.getByRole('textbox', { name: t('fr', 'shell.pasteLabel') });
    await field.fill(TOWN_PAGE);
    await popup.getByRole('button', { name: t('fr', 'shell.pasteOpen'), exact: true }).click();
    expect(await textOf(popup.getByRole('alert'))).toBe(plain(t('fr', 'shell.paste.unrecognised')));
    await field.fill(TOWN_FILE);
    const [viewer] = await Promise.all([
      ext.context.waitForEvent('page'),
      popup.getByRole('button', { name: t('fr', 'shell.pasteOpen'), exact: true }).click(),
    ]);
    await viewer.waitForSelector('main#app[data-state="file"]');
    expect(new URL(viewer.url()).searchParams.get('file')).toBe(TOWN_FILE);
    await viewer.waitForSelector('.pv-preview[data-preview-state="ready"] table');
  });

  it('e2e: a setting changed on the options page reaches an open popup at once', async () => {
    const { ext } = suite;
    const org = await ext.openDatasetTab(ORGANIZATION_URL);
    const tabId = await ext.tabIdFor(org);
    // No `lang` in the address: the popup follows the settings.
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main#app[data-state="none"]');
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html?lang=en`);
    await options.getByRole('combobox', { name: t('en', 'options.uiLang') }).selectOption('fr');
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('fr');
    expect(await textOf(popup.getByRole('heading', { level: 1 }))).toBe(plain(t('fr', 'common.noDataset')));
    await options.getByRole('combobox', { name: t('en', 'options.uiLang') }).selectOption('en');
    await expect.poll(() => textOf(popup.getByRole('heading', { level: 1 }))).toBe(t('en', 'common.noDataset'));
  });
});

describe.skipIf(!browserPath)('the permission state, in the product build (e2e)', () => {
  const suite = useExtension(useReplayServer([CKAN_HOST], ckanRoutes()));

  it('e2e: asking for a portal that is not built in passes axe and fits 400 px (fr, en, light, dark)', async () => {
    const { ext } = suite;
    const page = await ext.openDatasetTab(NSW_LGA.pageUrl);
    // No permission on this host: the tab in front is the way to its id (see permissions.e2e.test.ts).
    const tabId = await ext.frontTabId(page);
    const popup = await ext.openPopupFor(tabId, 'en');
    // Headless Chromium cannot click the toolbar button: send what the popup sends after its activeTab injection.
    const html = await page.evaluate(collectSignalsHtml);
    await popup.evaluate((message) => chrome.runtime.sendMessage(message), {
      type: 'page-signals',
      tabId,
      url: page.url(),
      html,
    } as const);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 10_000 }).toBe('✓');
    for (const lang of LANGS) {
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}&lang=${lang}`);
        await popup.waitForSelector('main#app[data-state="permission"]');
        await expectAccessible(popup, `popup permission (${lang}, ${scheme})`);
        await expectNoOverflow(popup, `popup permission (${lang})`);
      }
    }
  });
});
