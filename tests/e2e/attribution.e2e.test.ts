import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, t } from '../../lib/i18n';
import { lookupLicence } from '../../lib/licences/catalogue';
import { ODBL_DATASET, odblDatasetRoutes } from './harness/datagouv-odbl-routes';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import { type ExtensionBrowser, launchExtension } from './harness/launch';
import { FIXTURES_DIR } from './harness/replay-server';
import { openBadgedTab, useExtension, useReplayServer } from './harness/suite';
import { plain, textOf } from './harness/text';

/** The service worker's namespace, inside `evaluate`d functions (see launch.ts). */
declare const chrome: typeof browser;

const browserPath = browserForE2E();
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = resolve(REPO_ROOT, 'node_modules/.bin/provenance');
const CATALOGUE_METADATA = resolve(FIXTURES_DIR, 'portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json');
/** The URL a reader would paste into the CLI: the page without its language prefix. */
const CATALOGUE_URL = 'https://www.data.gouv.fr/datasets/catalogue-des-donnees-de-data-gouv-fr';
const MODIFIER = 'Jeanne Martin';

/** What `provenance attribution` prints, without the final newline: the text a CLI user would paste. */
async function cliAttribution(url: string, metadata: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(CLI, ['attribution', url, '--metadata', metadata, ...args], {
    cwd: REPO_ROOT,
  });
  return stdout.replace(/\n$/, '');
}

async function openDatasetPopup(
  ext: ExtensionBrowser,
  pageUrl: string,
  lang: Lang,
): Promise<{ popup: Page; tabId: number }> {
  const { tabId } = await openBadgedTab(ext, pageUrl);
  const popup = await ext.openPopupFor(tabId, lang);
  expect(await ext.popupState(popup)).toBe('ready');
  return { popup, tabId };
}

async function openSection(popup: Page, lang: Lang, key: 'tabAttribution' | 'tabCredits'): Promise<void> {
  const tab = popup.getByRole('tab', { name: t(lang, `common.${key}`), exact: true });
  await tab.click();
  expect(await tab.getAttribute('aria-selected')).toBe('true');
}

describe.skipIf(!browserPath)('attribution panel and credits basket in Chromium (e2e)', () => {
  const datagouv = useReplayServer(DATAGOUV_HOSTS, { ...datagouvRoutes(), ...odblDatasetRoutes() });
  /** The CLI's output for the same dataset, the reference the popup must match character for character. */
  const expected = { textFr: '', markdownEn: '', modifiedFr: '', odblFr: '' };

  beforeAll(async () => {
    [expected.textFr, expected.markdownEn, expected.modifiedFr, expected.odblFr] = await Promise.all([
      cliAttribution(CATALOGUE_URL, CATALOGUE_METADATA, ['--lang', 'fr']),
      cliAttribution(CATALOGUE_URL, CATALOGUE_METADATA, ['--format', 'markdown', '--lang', 'en']),
      cliAttribution(CATALOGUE_URL, CATALOGUE_METADATA, ['--modified', MODIFIER, '--lang', 'fr']),
      cliAttribution(
        `https://www.data.gouv.fr/datasets/${ODBL_DATASET.slug}`,
        resolve(FIXTURES_DIR, ODBL_DATASET.metadataFile),
        ['--lang', 'fr'],
      ),
    ]);
  });

  it('e2e: the CLI reference notices are the ones this file expects (LO 2.0 in French, ODbL)', () => {
    // Guards the comparisons below against a CLI that printed nothing or an error on stdout.
    expect(expected.textFr).toMatch(/^data\.gouv\.fr – Catalogue des données de data\.gouv\.fr – Données originales/);
    expect(expected.textFr).toContain('Licence Ouverte / Open Licence version 2.0');
    expect(expected.markdownEn).toContain('Original data downloaded from');
    expect(expected.markdownEn).toContain('](<https://');
    expect(expected.modifiedFr).toContain(t('fr', 'attribution.modified.named', { who: MODIFIER }));
    expect(expected.odblFr).toContain(`«\u202F${ODBL_DATASET.title}\u202F»`);
    expect(expected.odblFr).toContain('Open Database License (ODbL)');
  });

  describe('the attribution panel', () => {
    const suite = useExtension(datagouv, {
      // The panel remembers its choices in storage; each test starts from the defaults.
      resetBetweenTests: async (ext) => {
        await (await ext.worker()).evaluate(() => chrome.storage.local.clear());
      },
    });

    beforeAll(async () => {
      // Reading back what Copy wrote. CDP refuses an extension origin ("opaque"), so the grant is for every origin.
      await suite.ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    });

    const clipboard = (popup: Page) => popup.evaluate(() => navigator.clipboard.readText());

    it('e2e: Copy puts exactly the CLI notice on the clipboard (text, French) and says so', async () => {
      const { popup } = await openDatasetPopup(suite.ext, CATALOGUE.pageUrl, 'fr');
      await openSection(popup, 'fr', 'tabAttribution');
      const preview = popup.getByTestId('attribution-preview');
      expect(await preview.textContent()).toBe(expected.textFr);
      const status = popup.getByRole('status');
      expect(await status.textContent()).toBe('');

      await popup.getByRole('button', { name: t('fr', 'attribution.panel.copy'), exact: true }).click();
      await expect.poll(() => status.textContent()).toBe(t('fr', 'attribution.panel.copied'));
      expect(await clipboard(popup)).toBe(expected.textFr);
      await suite.ext.screenshot(popup, 'attribution-copied-text-fr');
    });

    it('e2e: after switching to Markdown and English, Copy gives the CLI’s --format markdown --lang en', async () => {
      const { popup, tabId } = await openDatasetPopup(suite.ext, CATALOGUE.pageUrl, 'fr');
      await openSection(popup, 'fr', 'tabAttribution');
      const preview = popup.getByTestId('attribution-preview');
      // Not `exact`: a select inside its label adds its current value to its name (« Format Texte »).
      await popup.getByRole('combobox', { name: t('fr', 'attribution.panel.format') }).selectOption('markdown');
      await popup.getByRole('radio', { name: t('fr', 'attribution.lang.en'), exact: true }).check();
      await expect.poll(() => preview.textContent()).toBe(expected.markdownEn);
      expect(await preview.getAttribute('lang')).toBe('en');

      await popup.getByRole('button', { name: t('fr', 'attribution.panel.copy'), exact: true }).click();
      await expect.poll(() => popup.getByRole('status').textContent()).toBe(t('fr', 'attribution.panel.copied'));
      expect(await clipboard(popup)).toBe(expected.markdownEn);
      await suite.ext.screenshot(popup, 'attribution-copied-markdown-en');

      // The choice is remembered: a new popup opens on Markdown in English.
      const again = await suite.ext.openPopupFor(tabId, 'fr');
      await openSection(again, 'fr', 'tabAttribution');
      await expect.poll(() => again.getByTestId('attribution-preview').textContent()).toBe(expected.markdownEn);
    });

    it('e2e: "I modified the data" with a name adds the « modifiées par » sentence, as the CLI’s --modified', async () => {
      const { popup } = await openDatasetPopup(suite.ext, CATALOGUE.pageUrl, 'fr');
      await openSection(popup, 'fr', 'tabAttribution');
      const preview = popup.getByTestId('attribution-preview');
      const sentence = t('fr', 'attribution.modified.named', { who: MODIFIER });
      expect(await preview.textContent()).not.toContain('modifiées');

      await popup.getByRole('checkbox', { name: t('fr', 'attribution.panel.modified'), exact: true }).check();
      expect(await preview.textContent()).toContain(t('fr', 'attribution.modified.anonymous'));
      await popup.getByLabel(t('fr', 'attribution.panel.modifiedBy'), { exact: true }).fill(MODIFIER);
      await expect.poll(() => preview.textContent()).toBe(expected.modifiedFr);
      expect(await preview.textContent()).toContain(sentence);
      await suite.ext.screenshot(popup, 'attribution-modified-fr');

      await popup.getByRole('button', { name: t('fr', 'attribution.panel.copy'), exact: true }).click();
      await expect.poll(() => popup.getByRole('status').textContent()).toBe(t('fr', 'attribution.panel.copied'));
      expect(await clipboard(popup)).toBe(expected.modifiedFr);

      await popup.getByRole('checkbox', { name: t('fr', 'attribution.panel.modified'), exact: true }).uncheck();
      await expect.poll(() => preview.textContent()).toBe(expected.textFr);
      // A changed option makes the old confirmation wrong: it goes.
      expect(await popup.getByRole('status').textContent()).toBe('');
    });
  });

  describe('the credits basket', () => {
    let profile: string;
    let ext: ExtensionBrowser | undefined;

    beforeAll(() => {
      profile = mkdtempSync(join(tmpdir(), 'provenance-e2e-basket-'));
    });

    afterAll(async () => {
      await ext?.close();
      rmSync(profile, { recursive: true, force: true });
    });

    const storedItems = async (browserExt: ExtensionBrowser) =>
      (await browserExt.worker()).evaluate(async () => {
        const stored = (await chrome.storage.local.get('credits-basket'))['credits-basket'] as
          | { items?: { dataset: { title: string } }[] }
          | undefined;
        return (stored?.items ?? []).map((i) => i.dataset.title);
      });

    it('e2e: two datasets added to the credits survive a browser restart, with their combined ODbL terms, and one can be removed', async () => {
      ext = await launchExtension({ browserPath: browserPath!, server: datagouv.server, userDataDir: profile });
      let last: Page | undefined;
      for (const pageUrl of [CATALOGUE.pageUrl, ODBL_DATASET.pageUrl]) {
        const { popup } = await openDatasetPopup(ext, pageUrl, 'fr');
        last = popup;
        await openSection(popup, 'fr', 'tabAttribution');
        await popup.getByRole('button', { name: t('fr', 'attribution.panel.addToCredits'), exact: true }).click();
        await expect.poll(() => popup.getByRole('status').textContent()).toBe(t('fr', 'attribution.panel.added'));
      }
      await ext.screenshot(last!, 'credits-added-second-fr');
      // Written to storage before the browser goes: the restart must find it on disk, not in a popup's memory.
      await expect.poll(() => storedItems(ext!)).toEqual(['Catalogue des données de data.gouv.fr', ODBL_DATASET.title]);
      await ext.close();
      ext = undefined;

      ext = await launchExtension({ browserPath: browserPath!, server: datagouv.server, userDataDir: profile });
      const { popup } = await openDatasetPopup(ext, CATALOGUE.pageUrl, 'fr');
      await openSection(popup, 'fr', 'tabCredits');
      const items = popup.getByTestId('credits-list').locator('li');
      await expect.poll(() => items.count()).toBe(2);
      expect(await textOf(items.nth(0))).toContain('Catalogue des données de data.gouv.fr');
      expect(await textOf(items.nth(1))).toContain(ODBL_DATASET.title);
      expect(await textOf(popup.locator('.pv-credits header'))).toContain(
        plain(t('fr', 'attribution.basket.count', { count: 2 })),
      );

      const odbl = lookupLicence('ODbL-1.0');
      expect(odbl).toBeDefined();
      const shareAlike = t('fr', 'licences.combine.shareAlikeOdbl', { licence: odbl!.names.fr });
      const obligations = popup.locator('.pv-credits__obligations');
      expect(await textOf(obligations)).toContain(plain(shareAlike));

      const block = (await popup.getByTestId('credits-preview').textContent()) ?? '';
      expect(block.split('\n')).toEqual(expect.arrayContaining([`- ${expected.textFr}`, `- ${expected.odblFr}`]));
      // The block is one line per obligation, its spaces flattened (escape.ts `oneLine`): compare the words.
      expect(plain(block)).toContain(plain(shareAlike));
      await ext.screenshot(popup, 'credits-two-datasets-fr');

      // "Download" saves exactly the block shown.
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.getByRole('button', { name: t('fr', 'attribution.basket.export'), exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('credits.txt');
      expect(readFileSync(await download.path(), 'utf8')).toBe(block);

      await popup
        .getByRole('button', { name: t('fr', 'attribution.basket.remove', { title: ODBL_DATASET.title }), exact: true })
        .click();
      await expect.poll(() => items.count()).toBe(1);
      expect(await textOf(items.first())).toContain('Catalogue des données de data.gouv.fr');
      const after = (await popup.getByTestId('credits-preview').textContent()) ?? '';
      expect(after).toContain(`- ${expected.textFr}`);
      expect(after).not.toContain(expected.odblFr);
      expect(after).not.toContain(shareAlike);
      await expect.poll(() => storedItems(ext!)).toEqual(['Catalogue des données de data.gouv.fr']);
      await ext.screenshot(popup, 'credits-one-removed-fr');
    });
  });
});
