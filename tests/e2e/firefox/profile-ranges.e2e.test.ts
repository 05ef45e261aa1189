import { describe, expect, it } from 'vitest';
import { formatBytes, t } from '../../../lib/i18n';
import { MIN_SPLIT_BYTES } from '../../../lib/preview/profile-ranges';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from '../harness/datagouv-routes';
import { firefoxForE2E } from '../harness/find-browser';
import { useFrenchCsvFile } from '../harness/french-csv';
import { FIRST_FILE, tabularNotIndexed } from '../harness/preview-routes';
import { useReplayServer } from '../harness/suite';
import { plain } from '../harness/text';
import { openBadgedTab, useFirefox } from './harness';

const firefoxPath = firefoxForE2E();

describe.skipIf(!firefoxPath)('whole-file profile in two workers in Firefox ESR (e2e)', () => {
  const datagouv = useReplayServer(DATAGOUV_HOSTS, datagouvRoutes());
  const suite = useFirefox(datagouv);
  const csvFile = useFrenchCsvFile(MIN_SPLIT_BYTES + 512 * 1024);

  it('e2e firefox: a file past 8 MiB on a Range server is profiled by two module workers', async () => {
    for (const [url, answer] of Object.entries(tabularNotIndexed(FIRST_FILE.id))) suite.server.route(url, answer);
    suite.server.route(FIRST_FILE.url, { file: csvFile.path, headers: { 'content-type': 'text/csv' }, range: true });
    const { tabId } = await openBadgedTab(suite.ff, CATALOGUE.pageUrl);
    const popup = await suite.ff.openPopupFor(tabId, 'fr');
    for (const handle of await popup.$$('[role="tab"]')) {
      if ((await handle.evaluate((el) => el.textContent?.trim())) === t('fr', 'common.tabPreview'))
        await handle.click();
    }
    await popup.waitForSelector('.pv-preview[data-preview-state="ready"]', { timeout: 30_000 });
    const before = suite.server.requests.length;
    for (const handle of await popup.$$('button')) {
      if ((await handle.evaluate((el) => el.textContent?.trim())) === t('fr', 'preview.view.profileWholeFile')) {
        await handle.click();
      }
    }
    const done = plain(
      t('fr', 'preview.profile.done', {
        count: csvFile.csv.rows,
        read: formatBytes(csvFile.csv.bytes.length, 'fr') ?? '',
      }),
    );
    const status = () =>
      popup.$eval('.pv-profile-controls [role="status"]', (el) => el.textContent ?? '').catch(() => '');
    await expect.poll(async () => plain(await status()), { timeout: 90_000 }).toBe(done);
    const reads = suite.server.requests.slice(before).filter((r) => r.url === FIRST_FILE.url);
    expect(reads.map((r) => [r.range, r.status])).toEqual([
      ['bytes=0-', 206],
      [`bytes=${Math.floor(csvFile.csv.bytes.length / 2)}-`, 206],
    ]);
    await suite.ff.screenshot(popup, 'profile-two-workers-fr');
  }, 180_000);
});
