import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { MIN_SPLIT_BYTES } from '../../lib/preview/profile-ranges';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import { useFrenchCsvFile } from './harness/french-csv';
import { FIRST_FILE, tabularNotIndexed } from './harness/preview-routes';
import { openBadgedTab, useExtensionSuite } from './harness/suite';
import { profileWholeFile } from './harness/whole-file-profile';

const browserPath = browserForE2E();

// Just past the size from which the popup profiles a file in two workers.
const csvFile = useFrenchCsvFile(MIN_SPLIT_BYTES + 512 * 1024);

describe.skipIf(!browserPath)('whole-file profile in two workers over byte ranges (e2e)', () => {
  const suite = useExtensionSuite({ hosts: DATAGOUV_HOSTS, routes: datagouvRoutes() });

  /**
   * Opens the popup on the file, profiles the whole file and returns every column's profile as shown, and the
   * requests for the file that the profile made.
   */
  async function profiledPopup(range: boolean) {
    suite.server.route(FIRST_FILE.url, { file: csvFile.path, headers: { 'content-type': 'text/csv' }, range });
    for (const [url, answer] of Object.entries(tabularNotIndexed(FIRST_FILE.id))) suite.server.route(url, answer);
    const { page, tabId } = await openBadgedTab(suite.ext, CATALOGUE.pageUrl);
    const popup = await suite.ext.openPopupFor(tabId, 'fr');
    await popup.getByRole('tab', { name: t('fr', 'common.tabPreview'), exact: true }).click();
    await popup.waitForSelector('.pv-preview[data-preview-state="ready"]', { timeout: 30_000 });
    const before = suite.server.requests.length;
    await profileWholeFile(popup, csvFile.csv, 90_000);
    const profiles = await popup.locator('.pv-profile').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
    const reads = suite.server.requests.slice(before).filter((r) => r.url === FIRST_FILE.url);
    return { page, popup, profiles, reads };
  }

  it('e2e: a file past 8 MiB on a Range server is read by two workers, with the single pass’s figures', async () => {
    const split = await profiledPopup(true);
    const { reads } = split;
    // One request from the first byte (cut at the first row after the middle), one from the middle on.
    const half = Math.floor(csvFile.csv.bytes.length / 2);
    expect(reads.map((r) => [r.range, r.status])).toEqual([
      ['bytes=0-', 206],
      [`bytes=${half}-`, 206],
    ]);
    expect(reads[1]).toMatchObject({ bytesSent: csvFile.csv.bytes.length - half, closedEarly: false });
    await suite.ext.screenshot(split.popup, 'profile-two-workers-fr');
    await split.popup.close();
    // One tab on the dataset page at a time, for the next popup to find it.
    await split.page.close();

    // The same file on a server that ignores Range: one pass over one answer.
    const single = await profiledPopup(false);
    expect(single.reads.map((r) => [r.range, r.status, r.bytesSent])).toEqual([
      ['bytes=0-', 200, csvFile.csv.bytes.length],
    ]);
    expect(split.profiles).toHaveLength(7);
    expect(split.profiles).toEqual(single.profiles);
  }, 240_000);
});
