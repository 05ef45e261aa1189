import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { DEFAULT_BUDGET } from '../../lib/preview/read-bytes';
import { communesCsv } from '../fixtures/formats/make-fixtures-data';
import { writeZip } from '../fixtures/formats/zip-writer';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import { FIXTURES_DIR, type Routes } from './harness/replay-server';
import { openBadgedTab, useExtensionSuite } from './harness/suite';

const browserPath = browserForE2E();
const KIB = 1024;
const BASE = 'https://static.data.gouv.fr/resources/formats-e2e';

let workDir: string;
let bigZipPath: string;
let centralDirectory: number;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'provenance-e2e-formats-'));
  // About 12 MB of CSV deflated to several MB: far more than one budget, so reading it all would show.
  const csv = new TextEncoder().encode(communesCsv(250_000));
  const zip = writeZip([
    { name: 'LISEZMOI.txt', data: new TextEncoder().encode('Données inventées.\n') },
    { name: 'communes.csv', data: csv },
  ]);
  bigZipPath = join(workDir, 'communes.zip');
  writeFileSync(bigZipPath, zip);
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  centralDirectory = v.getUint32(zip.length - 22 + 12, true);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const RESOURCES = [
  { id: 'e2e-zip', title: 'Communes (zip)', format: 'zip', mime: 'application/zip', file: 'communes.zip' },
  { id: 'e2e-xlsx', title: 'Communes (xlsx)', format: 'xlsx', mime: null, file: 'communes.xlsx' },
  {
    id: 'e2e-geojson',
    title: 'Lieux (geojson)',
    format: 'geojson',
    mime: 'application/geo+json',
    file: 'mixed.geojson',
  },
  { id: 'e2e-parquet', title: 'Communes (parquet)', format: 'parquet', mime: null, file: 'communes.parquet' },
];

/** The catalogue dataset with its files replaced by one file of each format, served with Range. */
function routes(): Routes {
  const dataset = JSON.parse(readFileSync(join(FIXTURES_DIR, CATALOGUE.answer.file), 'utf8'));
  const template = dataset.resources[0];
  dataset.resources = RESOURCES.map((r) => ({
    ...template,
    id: r.id,
    title: r.title,
    format: r.format,
    mime: r.mime,
    url: `${BASE}/${r.file}`,
    latest: `${BASE}/${r.file}`,
    filesize: null,
    extras: {},
    type: 'main',
  }));
  const files: Routes = Object.fromEntries(
    RESOURCES.map((r) => [
      `${BASE}/${r.file}`,
      {
        file: r.id === 'e2e-zip' ? bigZipPath : `formats/${r.file}`,
        range: true,
        headers: { 'content-type': 'application/octet-stream' },
      },
    ]),
  );
  return {
    ...datagouvRoutes(),
    ...Object.fromEntries(CATALOGUE.apiUrls.map((url) => [url, { json: dataset }])),
    ...files,
  };
}

const COPIES = 'https://object.files.data.gouv.fr/hydra-parquet/hydra-parquet';
const CONVERTED_CSV = `${BASE}/communes-converties.csv`;

/**
 * The catalogue dataset with one CSV that data.gouv.fr converted to Parquet, GeoJSON and PMTiles (resource
 * extras as hydra writes them). The CSV itself answers 500: rows must come from the copy.
 */
function conversionRoutes(geojson: 'ok' | 'gone'): Routes {
  const dataset = JSON.parse(readFileSync(join(FIXTURES_DIR, CATALOGUE.answer.file), 'utf8'));
  dataset.resources = [
    {
      ...dataset.resources[0],
      id: 'e2e-converted',
      title: 'Communes converties (csv)',
      format: 'csv',
      mime: 'text/csv',
      url: CONVERTED_CSV,
      latest: CONVERTED_CSV,
      filesize: 52_000_000,
      type: 'main',
      extras: {
        'analysis:parsing:parquet_url': `${COPIES}/communes.parquet`,
        'analysis:parsing:parquet_size': 40_000,
        'analysis:parsing:geojson_url': `${COPIES}/communes.geojson`,
        'analysis:parsing:pmtiles_url': `${COPIES}/communes.pmtiles`,
      },
    },
  ];
  const copy = (file: string) => ({
    file: `formats/${file}`,
    range: true,
    headers: { 'content-type': 'application/octet-stream' },
  });
  return {
    ...datagouvRoutes(),
    ...Object.fromEntries(CATALOGUE.apiUrls.map((url) => [url, { json: dataset }])),
    [CONVERTED_CSV]: { status: 500, body: 'no' },
    [`${COPIES}/communes.parquet`]: copy('communes.parquet'),
    [`${COPIES}/communes.geojson`]: geojson === 'ok' ? copy('mixed.geojson') : { status: 410, body: 'gone' },
    [`${COPIES}/communes.pmtiles`]: copy('saint-etienne.pmtiles'),
  };
}

describe.skipIf(!browserPath)('file formats in the popup (e2e)', () => {
  const suite = useExtensionSuite({ hosts: [...DATAGOUV_HOSTS, 'object.files.data.gouv.fr'], routes: {} });

  async function openPreview(answers: Routes = routes()): Promise<Page> {
    for (const [url, answer] of Object.entries(answers)) suite.server.route(url, answer);
    const { tabId } = await openBadgedTab(suite.ext, CATALOGUE.pageUrl);
    const popup = await suite.ext.openPopupFor(tabId, 'fr');
    await popup.getByRole('tab', { name: t('fr', 'common.tabPreview'), exact: true }).click();
    return popup;
  }

  const pick = (popup: Page, id: string) => popup.getByLabel(t('fr', 'preview.view.pickFile')).selectOption(id);

  it('e2e: a zipped CSV served with Range lists its entries and shows rows for a budget plus the directory', async () => {
    const popup = await openPreview();
    await popup.waitForSelector('.pv-format[data-format="csv"] .pv-table tbody tr', { timeout: 20_000 });
    expect(await popup.locator('.pv-entries summary').textContent()).toBe(
      t('fr', 'formats.view.entries', { count: 2 }),
    );
    expect(await popup.locator('.pv-table tbody tr').first().locator('td').first().textContent()).toBe('01001');
    const reads = suite.server.requests.filter((r) => r.url.endsWith('/communes.zip'));
    expect(reads.every((r) => r.status === 206)).toBe(true);
    const sent = reads.reduce((n, r) => n + r.bytesSent, 0);
    expect(sent).toBeLessThanOrEqual(DEFAULT_BUDGET + 64 * KIB + centralDirectory);
    await suite.ext.screenshot(popup, 'formats-zip-fr');
  });

  it('e2e: a workbook switches sheets', async () => {
    const popup = await openPreview();
    await pick(popup, 'e2e-xlsx');
    const sheet = popup.getByLabel(t('fr', 'formats.view.sheet'));
    await sheet.waitFor({ timeout: 20_000 });
    expect(await popup.locator('.pv-table thead .pv-colname').first().textContent()).toBe('code');
    await sheet.selectOption('Notes');
    await popup.waitForFunction(
      () => document.querySelector('.pv-table thead .pv-colname')?.textContent === 'Remarque',
    );
    await suite.ext.screenshot(popup, 'formats-xlsx-fr');
  });

  it('e2e: a GeoJSON shows its map', async () => {
    const popup = await openPreview();
    await pick(popup, 'e2e-geojson');
    // Scoped to the GeoJSON view: the zipped CSV shown first may have its own point map.
    const map = popup.locator('.pv-format[data-format="geojson"] .pv-map svg');
    await map.waitFor({ timeout: 20_000 });
    expect(await map.locator('path').count()).toBe(5);
    expect(await map.locator('circle').count()).toBe(2);
    await suite.ext.screenshot(popup, 'formats-geojson-fr');
  });

  it('e2e: a Parquet file shows its first rows', async () => {
    const popup = await openPreview();
    await pick(popup, 'e2e-parquet');
    await popup.waitForSelector('.pv-format[data-format="parquet"] .pv-table tbody tr', { timeout: 20_000 });
    const first = await popup
      .locator('.pv-format[data-format="parquet"] .pv-table')
      .first()
      .locator('tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    expect(first.slice(0, 2)).toEqual(['01001', 'Commune n°0 — Saint-Étienne']);
    await suite.ext.screenshot(popup, 'formats-parquet-fr');
  });

  it('e2e: a CSV converted by data.gouv.fr shows rows from its Parquet copy and the map from its GeoJSON copy', async () => {
    const popup = await openPreview(conversionRoutes('ok'));
    await popup.waitForSelector('.pv-preview[data-preview-state="ready"] .pv-table tbody tr', { timeout: 20_000 });
    const first = await popup.locator('.pv-table tbody tr').first().locator('td').allTextContents();
    expect(first.slice(0, 2)).toEqual(['01001', 'Commune n°0 — Saint-Étienne']);
    expect(await popup.locator('[data-field="rows"]').textContent()).toContain(t('fr', 'sources.parquetConversion'));
    const map = popup.locator('.pv-geo[data-geo-provenance="sources.geojsonConversion"] .pv-map svg');
    await map.waitFor({ timeout: 20_000 });
    expect(await map.locator('path').count()).toBe(5);
    expect(suite.server.requestsTo(CONVERTED_CSV)).toEqual([]);
    const parquet = suite.server.requestsTo(`${COPIES}/communes.parquet`);
    expect(parquet.length).toBeGreaterThan(0);
    expect(parquet.every((r) => r.status === 206)).toBe(true);
    expect(suite.server.requestsTo(`${COPIES}/communes.pmtiles`)).toEqual([]);
    await suite.ext.screenshot(popup, 'formats-conversions-fr');
  });

  it('e2e: when the GeoJSON copy is gone, the extent comes from the PMTiles header alone', async () => {
    const popup = await openPreview(conversionRoutes('gone'));
    const geo = popup.locator('.pv-geo[data-geo-provenance="sources.pmtilesConversion"]');
    await geo.waitFor({ timeout: 20_000 });
    expect(await geo.textContent()).toContain(t('fr', 'sources.pmtilesConversion'));
    expect(await geo.locator('svg').count()).toBe(0);
    const tiles = suite.server.requestsTo(`${COPIES}/communes.pmtiles`);
    expect(tiles.map((r) => [r.status, r.bytesSent])).toEqual([[206, 127]]);
  });
});
