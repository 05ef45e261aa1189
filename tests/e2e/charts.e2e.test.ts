import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noticeInputOf } from '../../lib/attribution/input';
import { renderAttribution } from '../../lib/attribution/render';
import { snapshotOf } from '../../lib/attribution/snapshot';
import { extractPageSignals } from '../../lib/detect/page-signals';
import { type Lang, t } from '../../lib/i18n';
import { parseDataset } from '../../lib/pipeline/load-dataset';
import { detectDataset } from '../../lib/portals/registry';
import { pngSize } from '../support/png-size';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import { FIRST_FILE, tabularNotIndexed } from './harness/preview-routes';
import { FIXTURES_DIR } from './harness/replay-server';
import { openBadgedTab, useExtensionSuite } from './harness/suite';

const browserPath = browserForE2E();

/** The notice the popup must put in the picture: the catalogue's, in `lang`, marked modified (a chart aggregates). */
function expectedNotice(lang: Lang): string {
  const raw = JSON.parse(
    readFileSync(`${FIXTURES_DIR}portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json`, 'utf8'),
  );
  const ref = detectDataset(extractPageSignals(CATALOGUE.pageUrl, ''));
  if (!ref) throw new Error('the catalogue page must be detected');
  const dataset = parseDataset(ref, raw, { lang });
  if (!dataset.ok) throw new Error('the recorded catalogue must parse');
  return renderAttribution(noticeInputOf(snapshotOf(dataset.value)), { lang, format: 'text', modified: true }).text;
}

/** Text nodes of the SVG's `<text>` elements, joined: the credit is wrapped over several of them. */
const visibleText = (svg: string) =>
  [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe.skipIf(!browserPath)('charts from a CSV preview in Chromium (e2e)', () => {
  const suite = useExtensionSuite({ hosts: DATAGOUV_HOSTS, routes: datagouvRoutes() });

  async function openChart(lang: Lang): Promise<Page> {
    for (const [url, answer] of Object.entries(tabularNotIndexed(FIRST_FILE.id))) suite.server.route(url, answer);
    suite.server.route(FIRST_FILE.url, {
      file: 'charts/communes.csv',
      headers: { 'content-type': 'text/csv' },
      range: true,
    });
    const { tabId } = await openBadgedTab(suite.ext, CATALOGUE.pageUrl);
    const popup = await suite.ext.openPopupFor(tabId, lang);
    await popup.getByRole('tab', { name: t(lang, 'common.tabPreview'), exact: true }).click();
    await popup.waitForSelector('.pv-preview[data-preview-state="ready"]', { timeout: 30_000 });
    await popup.getByRole('button', { name: t(lang, 'charts.panel.open'), exact: true }).click();
    await popup.waitForSelector('.ch-panel__picture');
    return popup;
  }

  it('e2e: a bar chart of the CSV preview, downloaded as SVG, carries the dataset notice', async () => {
    const popup = await openChart('fr');
    const panel = popup.locator('.ch-panel');
    expect(await panel.getByLabel(t('fr', 'charts.panel.x'), { exact: true }).inputValue()).toBe('region');
    expect(await panel.getByLabel(t('fr', 'charts.panel.kind'), { exact: true }).inputValue()).toBe('bar');
    await suite.ext.screenshot(popup, 'chart-bar-fr');
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: t('fr', 'charts.panel.svg') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('catalogue-des-donnees-de-data-gouv-fr-chart.svg');
    const path = await download.path();
    const svg = readFileSync(path, 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(visibleText(svg)).toContain(expectedNotice('fr'));
    expect(visibleText(svg)).toContain('Lignes par valeur de «\u202fregion\u202f»');
    expect(
      await popup
        .getByRole('status')
        .filter({ hasText: t('fr', 'charts.panel.saved') })
        .count(),
    ).toBe(1);
    // Nothing but the page, its API and the file: no charting service, no font.
    expect(suite.server.unrouted()).toEqual([]);
  });

  it('e2e: the PNG is rasterised in the popup at twice the SVG size, and the English credit follows the choice', async () => {
    const popup = await openChart('en');
    const picture = popup.locator('.ch-panel__picture');
    const width = Number(await picture.getAttribute('width'));
    const height = Number(await picture.getAttribute('height'));
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: t('en', 'charts.panel.png') }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = new Uint8Array(readFileSync(await download.path()));
    expect(pngSize(png)).toEqual({ width: 2 * width, height: 2 * height });
    const [svgDownload] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: t('en', 'charts.panel.svg') }).click(),
    ]);
    expect(visibleText(readFileSync(await svgDownload.path(), 'utf8'))).toContain(expectedNotice('en'));
  });
});
