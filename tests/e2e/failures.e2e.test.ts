import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang, t } from '../../lib/i18n';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import { ODS_HOST, opendatasoftRoutes, SO_COLISSIMO } from './harness/opendatasoft-routes';
import { FIXTURES_DIR, type RouteAnswer } from './harness/replay-server';
import { openBadgedTab, useExtensionSuite } from './harness/suite';
import { plain, textOf } from './harness/text';

const browserPath = browserForE2E();

/** Every udata failure names the API host the extension asked. */
const HOST = 'www.data.gouv.fr';

/** The recorded data.gouv.fr answer, changed the way a test needs (a flag set, a part broken). */
function catalogueAnswer(change: (dataset: Record<string, unknown>) => void): RouteAnswer {
  const file = resolve(FIXTURES_DIR, CATALOGUE.answer.file);
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(dataset);
  return { json: dataset };
}

describe.skipIf(!browserPath)('failures the popup explains, in Chromium with the built extension (e2e)', () => {
  const suite = useExtensionSuite({
    hosts: [...DATAGOUV_HOSTS, ODS_HOST],
    routes: { ...datagouvRoutes(), ...opendatasoftRoutes() },
  });

  const routeDataset = (answer: RouteAnswer) => {
    for (const url of CATALOGUE.apiUrls) suite.server.route(url, answer);
  };

  const openTab = async (url: string) => (await openBadgedTab(suite.ext, url)).tabId;

  /** The popup in `lang`, in the error state, showing exactly `message` and never a dataset. */
  async function expectError(tabId: number, lang: Lang, message: string, shot: string): Promise<Page> {
    const popup = await suite.ext.openPopupFor(tabId, lang);
    expect(await suite.ext.popupState(popup)).toBe('error');
    expect(await textOf(popup.getByRole('heading', { level: 1 }))).toBe(t(lang, 'common.errorTitle'));
    expect(await textOf(popup.getByRole('alert'))).toBe(plain(message));
    expect(await popup.locator('[data-field="title"]').count()).toBe(0);
    await suite.ext.screenshot(popup, shot);
    return popup;
  }

  /** The popup in `lang`, showing the dataset with one warning note about its status. */
  async function expectDatasetWithNotice(tabId: number, lang: Lang, notice: string, shot: string): Promise<void> {
    const popup = await suite.ext.openPopupFor(tabId, lang);
    expect(await suite.ext.popupState(popup)).toBe('ready');
    expect(await textOf(popup.locator('[data-field="title"]'))).toBe('Catalogue des données de data.gouv.fr');
    const notes = popup.locator('.pv-glance .pv-notice--warn[role="note"]');
    expect(await notes.count()).toBe(1);
    expect(await textOf(notes)).toBe(plain(notice));
    // The notice comes before the facts, where it is read first.
    expect(await notes.evaluate((n) => n.previousElementSibling?.getAttribute('data-field'))).toBe('title');
    expect(await popup.locator('[data-field="files"] li').count()).toBe(8);
    await suite.ext.screenshot(popup, shot);
  }

  it('e2e: a 410 from the API says the dataset was deleted, in both languages', async () => {
    routeDataset({ status: 410, json: { message: 'Dataset deleted', status: 410 } });
    const tabId = await openTab(CATALOGUE.pageUrl);
    for (const lang of LANGS) {
      await expectError(tabId, lang, t(lang, 'errors.gone', { host: HOST }), `failure-gone-410-${lang}`);
    }
  });

  it('e2e: a dataset the API still answers with `deleted` set is shown with the "deleted" notice', async () => {
    routeDataset(
      catalogueAnswer((d) => {
        d.deleted = '2025-05-02T09:12:44.118000+00:00';
      }),
    );
    const tabId = await openTab(CATALOGUE.pageUrl);
    for (const lang of LANGS) {
      await expectDatasetWithNotice(tabId, lang, t(lang, 'errors.deleted'), `failure-deleted-flag-${lang}`);
    }
  });

  it('e2e: an archived dataset is shown with the "archived" notice', async () => {
    routeDataset(
      catalogueAnswer((d) => {
        d.archived = '2025-06-30T00:00:00+00:00';
      }),
    );
    const tabId = await openTab(CATALOGUE.pageUrl);
    for (const lang of LANGS) {
      await expectDatasetWithNotice(tabId, lang, t(lang, 'errors.archived'), `failure-archived-${lang}`);
    }
  });

  it('e2e: a 401 or 403 says access was refused and the dataset may be private', async () => {
    for (const [status, lang] of [
      [401, 'en'],
      [403, 'fr'],
    ] as const) {
      routeDataset({ status, json: { message: 'Unauthorized', status } });
      const tabId = await openTab(CATALOGUE.pageUrl);
      await expectError(
        tabId,
        lang,
        t(lang, 'errors.auth-required', { host: HOST, status }),
        `failure-auth-${status}-${lang}`,
      );
      await suite.ext.closeTabs();
    }
  });

  it('e2e: a 429 with Retry-After counts down on a disabled Retry button, then Retry shows the dataset', async () => {
    const seconds = 4;
    routeDataset({ status: 429, headers: { 'retry-after': String(seconds) }, json: { message: 'Too Many Requests' } });
    const tabId = await openTab(CATALOGUE.pageUrl);
    const popup = await suite.ext.openPopupFor(tabId, 'en');
    expect(await suite.ext.popupState(popup)).toBe('error');
    // Every label the button shows, with its state, from now until it can be used.
    await popup.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('button[data-action="retry"]')!;
      const seen: Array<{ label: string; disabled: boolean }> = [];
      const note = () => seen.push({ label: button.textContent ?? '', disabled: button.disabled });
      note();
      new MutationObserver(note).observe(button, {
        childList: true,
        characterData: true,
        subtree: true,
        attributes: true,
      });
      (window as unknown as { retryLabels: typeof seen }).retryLabels = seen;
    });
    expect(await textOf(popup.getByRole('alert'))).toBe(
      plain(t('en', 'errors.rate-limited-wait', { host: HOST, seconds })),
    );
    const retry = popup.locator('button[data-action="retry"]');
    expect(await retry.isDisabled()).toBe(true);
    expect(await textOf(retry)).toMatch(/^Try again in [1-4] s$/);
    await suite.ext.screenshot(popup, 'failure-429-countdown-en');

    await expect.poll(() => retry.isEnabled(), { timeout: (seconds + 5) * 1000 }).toBe(true);
    expect(await textOf(retry)).toBe(t('en', 'common.retry'));
    const labels = await popup.evaluate(
      () => (window as unknown as { retryLabels: Array<{ label: string; disabled: boolean }> }).retryLabels,
    );
    const distinct = labels.filter(
      (l, i) => i === 0 || l.label !== labels[i - 1]?.label || l.disabled !== labels[i - 1]?.disabled,
    );
    const countdown = distinct.slice(0, -1);
    const counts = countdown.map((l) => Number(/in (\d+) s$/.exec(l.label)?.[1]));
    // One second at a time down to 1, disabled all along, then the plain label, enabled.
    expect(countdown.every((l) => l.disabled)).toBe(true);
    expect(counts.length).toBeGreaterThanOrEqual(2);
    expect(counts).toEqual(counts.map((_, i) => counts.length - i));
    expect(distinct.at(-1)).toEqual({ label: t('en', 'common.retry'), disabled: false });

    routeDataset(CATALOGUE.answer);
    await retry.click();
    await popup.waitForSelector('main#app[data-state="ready"]');
    expect(await textOf(popup.locator('[data-field="title"]'))).toBe('Catalogue des données de data.gouv.fr');
  });

  it('e2e: a 503 says the portal had an internal error, with its status, in both languages', async () => {
    routeDataset({ status: 503, body: 'Service Unavailable' });
    const tabId = await openTab(CATALOGUE.pageUrl);
    for (const lang of LANGS) {
      const popup = await expectError(
        tabId,
        lang,
        t(lang, 'errors.server', { host: HOST, status: 503 }),
        `failure-server-503-${lang}`,
      );
      const retry = popup.locator('button[data-action="retry"]');
      expect(await retry.isEnabled()).toBe(true);
      expect(await textOf(retry)).toBe(t(lang, 'common.retry'));
    }
  });

  it('e2e: an API that never answers ends in the timeout message after the background gives up', async () => {
    routeDataset({ hang: true });
    const tabId = await openTab(CATALOGUE.pageUrl);
    // Opened by hand to see the loading state, which `openPopupFor` waits past.
    const popup = await suite.ext.context.newPage();
    try {
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${suite.ext.extensionId}/popup.html?tab=${tabId}&lang=fr`);
      await popup.waitForSelector('main#app[data-state="loading"]');
      expect(await textOf(popup.getByRole('status'))).toBe(plain(t('fr', 'common.loading')));
      await suite.ext.screenshot(popup, 'failure-timeout-loading-fr');

      await popup.waitForSelector('main#app[data-state="error"]', { timeout: 30_000 });
      expect(await textOf(popup.getByRole('alert'))).toBe(
        plain(t('fr', 'errors.timeout', { host: HOST, seconds: 15 })),
      );
      expect(await popup.locator('button[data-action="retry"]').isEnabled()).toBe(true);
      await suite.ext.screenshot(popup, 'failure-timeout-fr');
      // The request reached the portal and was the one left hanging.
      expect(suite.server.requests.some((r) => CATALOGUE.apiUrls.includes(r.url) && r.status === null)).toBe(true);
    } finally {
      await popup.close();
    }
  });

  it('e2e: an answer that is not valid JSON is reported as such, in both languages', async () => {
    routeDataset({
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"id": "5d13a8b6634f41070a43dff3", "title": "Catalogue des données de data.gouv.fr", "resources": [',
    });
    const tabId = await openTab(CATALOGUE.pageUrl);
    for (const lang of LANGS) {
      await expectError(tabId, lang, t(lang, 'errors.invalid-json', { host: HOST }), `failure-invalid-json-${lang}`);
    }
  });

  it('e2e: an answer broken in optional parts shows what is usable and says what it lacks', async () => {
    routeDataset(
      catalogueAnswer((d) => {
        d.organization = 'data.gouv.fr';
        d.last_update = 20250407;
        d.resources = { count: 8 };
      }),
    );
    const tabId = await openTab(CATALOGUE.pageUrl);
    for (const lang of LANGS) {
      const popup = await suite.ext.openPopupFor(tabId, lang);
      expect(await suite.ext.popupState(popup)).toBe('ready');
      expect(await textOf(popup.locator('[data-field="title"]'))).toBe('Catalogue des données de data.gouv.fr');
      // What survived is shown as usual.
      expect(await textOf(popup.locator('[data-field="licence"]'))).toBe(
        lang === 'fr' ? 'Licence Ouverte / Open Licence version 2.0' : 'Open Licence version 2.0 (Etalab)',
      );
      // What broke is said to be missing, never made up.
      expect(await textOf(popup.locator('[data-field="publisher"]'))).toBe(t(lang, 'common.producerUnknown'));
      expect(await textOf(popup.locator('[data-field="updated"]'))).toBe(t(lang, 'common.dateUnknown'));
      expect(await popup.locator('[data-field="files"]').count()).toBe(0);
      const fields = ['dates.dataUpdated', 'publisher', 'resources'].map((f) => t(lang, `common.field.${f}`));
      expect(await textOf(popup.locator('.pv-overview .pv-notice[role="note"]'))).toBe(
        plain(t(lang, 'common.missingFields', { fields: fields.join(', ') })),
      );
      await suite.ext.screenshot(popup, `failure-partial-${lang}`);
    }
  });

  it('e2e: an answer without its core (no title) is reported as malformed, naming what is missing', async () => {
    routeDataset(
      catalogueAnswer((d) => {
        delete d.title;
      }),
    );
    const tabId = await openTab(CATALOGUE.pageUrl);
    for (const lang of LANGS) {
      const popup = await expectError(
        tabId,
        lang,
        t(lang, 'errors.malformed', { host: HOST, detail: 'title' }),
        `failure-malformed-${lang}`,
      );
      // The schema's own words are there for the curious, folded away.
      const detail = popup.locator('details.pv-detail');
      expect(await detail.getAttribute('open')).toBeNull();
      expect(await textOf(detail.locator('summary'))).toBe(t(lang, 'common.technicalDetail'));
      expect(await detail.locator('code').textContent()).toContain('title');
    }
  });

  it('e2e: a 404 from an Opendatasoft portal says the dataset was not found there, in both languages', async () => {
    suite.server.route(SO_COLISSIMO.apiUrl, {
      status: 404,
      json: { error_code: 'DatasetNotFound', message: `Unknown dataset: ${SO_COLISSIMO.id}` },
    });
    const tabId = await openTab(SO_COLISSIMO.pageUrl);
    for (const lang of LANGS) {
      await expectError(tabId, lang, t(lang, 'errors.not-found', { host: ODS_HOST }), `failure-not-found-ods-${lang}`);
    }
  });
});
