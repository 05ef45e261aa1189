import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatBytes, t } from '../../../lib/i18n';
import type { FrenchCsv } from './french-csv';
import { plain, textOf } from './text';

/**
 * Clicks "Profile the whole file" in the French popup's preview and waits until the profile says it read every
 * row and byte of `csv`.
 */
export async function profileWholeFile(popup: Page, csv: FrenchCsv, timeoutMs: number): Promise<void> {
  await popup.getByRole('button', { name: t('fr', 'preview.view.profileWholeFile'), exact: true }).click();
  const done = plain(
    t('fr', 'preview.profile.done', { count: csv.rows, read: formatBytes(csv.bytes.length, 'fr') ?? '' }),
  );
  await expect
    .poll(() => textOf(popup.locator('.pv-profile-controls [role="status"]')), { timeout: timeoutMs })
    .toBe(done);
}
