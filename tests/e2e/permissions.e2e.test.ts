import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectSignalsHtml } from '../../lib/detect/collect-signals';
import { type Lang, t } from '../../lib/i18n';
import { CKAN_HOST, ckanRoutes, NSW_LGA } from './harness/ckan-routes';
import { browserForE2E } from './harness/find-browser';
import { EXTENSION_DIR, GRANTED_EXTENSION_DIR } from './harness/launch';
import { useExtension, useReplayServer } from './harness/suite';
import { plain, textOf } from './harness/text';

const browserPath = browserForE2E();

/** The extension pages' own namespace, used inside `evaluate`d functions; in MV3 its calls return promises. */
declare const chrome: typeof browser;

const ORIGIN_PATTERN = `https://${CKAN_HOST}/*`;
const API_PREFIX = `https://${CKAN_HOST}/opendata/api/`;

/**
 * What the stand-in for `chrome.permissions.request` saw: its arguments, the event being dispatched (a prompt
 * only shows from a trusted user input) and whether the page had transient user activation.
 */
interface GrantCall {
  permissions: unknown;
  event: { type: string; isTrusted: boolean } | null;
  userActive: boolean;
}

/** The hosts the product build may read without asking: its manifest's host permissions, as the store shows. */
function manifestHosts(): string[] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    host_permissions: string[];
  };
  return manifest.host_permissions.map((p) => p.replace(/^https:\/\//, '').replace(/\/\*$/, ''));
}

describe.skipIf(!browserPath)('asking for a portal that is not built in (e2e)', () => {
  const ckan = useReplayServer([CKAN_HOST], ckanRoutes());

  describe('product build', () => {
    const suite = useExtension(ckan);

    /**
     * Headless Chromium cannot click the toolbar button, whose activeTab grant lets the popup read the page once.
     * The test stands in for that injection: it collects the same markup with the same function, and sends the
     * message the popup sends after injecting (tab-client.ts `collectFromTab`), from the popup page itself.
     */
    async function standInForToolbarClick(page: Page, popup: Page, tabId: number): Promise<void> {
      const html = await page.evaluate(collectSignalsHtml);
      expect(html).toContain('ckan 2.10.4');
      await popup.evaluate((message) => chrome.runtime.sendMessage(message), {
        type: 'page-signals',
        tabId,
        url: page.url(),
        html,
      } as const);
    }

    async function reloadPopup(popup: Page): Promise<void> {
      await popup.reload();
      await popup.waitForSelector('main#app[data-state]:not([data-state="loading"])');
    }

    async function expectPermissionAsked(popup: Page, lang: Lang): Promise<Locator> {
      expect(await suite.ext.popupState(popup)).toBe('permission');
      const section = popup.locator('section.pv-state--permission');
      expect(await textOf(section.getByRole('heading', { level: 1 }))).toBe(plain(t(lang, 'common.permissionTitle')));
      const body = await textOf(section);
      // Why (the host), what is read (public metadata only), and how to take it back (the options).
      expect(body).toContain(plain(t(lang, 'common.permissionWhy', { host: CKAN_HOST })));
      expect(body).toContain(plain(t(lang, 'common.permissionPrivacy')));
      expect(body).toContain(
        lang === 'fr' ? 'retirer cet accès dans les options' : 'revoke this access in the options',
      );
      const grant = section.getByRole('button', { name: t(lang, 'common.permissionGrant', { host: CKAN_HOST }) });
      expect(await grant.isEnabled()).toBe(true);
      expect(await section.getByRole('alert').count()).toBe(0);
      return grant;
    }

    it('e2e: an unknown CKAN host asks for access, explains why, and requests exactly that origin from the click', async () => {
      const page = await suite.ext.openDatasetTab(NSW_LGA.pageUrl);
      // No permission on this host: the browser hides the tab's URL from the extension, hence the tab in front.
      const tabId = await suite.ext.frontTabId(page);
      expect(await suite.ext.badgeText(tabId)).toBe('');

      // Opened without the toolbar click, the popup may not read the page: it says so instead of guessing.
      const popup = await suite.ext.openPopupFor(tabId, 'en');
      expect(await suite.ext.popupState(popup)).toBe('none');

      await standInForToolbarClick(page, popup, tabId);
      await expect.poll(() => suite.ext.badgeText(tabId), { timeout: 10_000 }).toBe('✓');
      await reloadPopup(popup);
      const grant = await expectPermissionAsked(popup, 'en');
      await suite.ext.screenshot(popup, 'permission-ask-en');
      const fr = await suite.ext.openPopupFor(tabId, 'fr');
      await expectPermissionAsked(fr, 'fr');
      await suite.ext.screenshot(fr, 'permission-ask-fr');
      await fr.close();

      // Chromium would show its prompt here, which headless cannot answer: record the call and say "no".
      await popup.evaluate(() => {
        const calls: GrantCall[] = [];
        (window as unknown as { grantCalls: GrantCall[] }).grantCalls = calls;
        const refuse = (permissions: unknown, callback?: (granted: boolean) => void) => {
          const event = window.event ? { type: window.event.type, isTrusted: window.event.isTrusted } : null;
          calls.push({ permissions, event, userActive: navigator.userActivation.isActive });
          if (typeof callback === 'function') {
            callback(false);
            return undefined;
          }
          return Promise.resolve(false);
        };
        // The polyfill calls `chrome.*` with a callback; a browser with its own `browser.*` would be called directly.
        const namespaces = [chrome, (globalThis as { browser?: typeof chrome }).browser];
        for (const api of namespaces) if (api?.permissions) Object.assign(api.permissions, { request: refuse });
      });
      await grant.click();

      const alert = popup.getByRole('alert');
      await alert.waitFor();
      expect(await textOf(alert)).toBe(plain(t('en', 'common.permissionDenied', { host: CKAN_HOST })));
      const calls = await popup.evaluate(() => (window as unknown as { grantCalls: GrantCall[] }).grantCalls);
      // Called once, synchronously inside the trusted click's handler: the one moment Chromium shows its prompt.
      expect(calls).toEqual([
        { permissions: { origins: [ORIGIN_PATTERN] }, event: { type: 'click', isTrusted: true }, userActive: true },
      ]);
      // Still asking, the button still there for a second try.
      expect(await suite.ext.popupState(popup)).toBe('permission');
      expect(await grant.isVisible()).toBe(true);
      await suite.ext.screenshot(popup, 'permission-denied-en');

      // Nothing was read from the portal's API without the grant.
      expect(suite.server.requestsTo(API_PREFIX)).toEqual([]);
      expect(
        await (await suite.ext.worker()).evaluate(
          (origin) => chrome.permissions.contains({ origins: [origin] }),
          ORIGIN_PATTERN,
        ),
      ).toBe(false);
    });

    it('e2e: the options page lists the built-in portals and says no other portal was allowed yet', async () => {
      const page = await suite.ext.openDatasetTab(NSW_LGA.pageUrl);
      const popup = await suite.ext.openPopupFor(await suite.ext.frontTabId(page), 'en');
      // The popup's ⚙ button is the way to the options, where the permission text says access can be revoked.
      const [options] = await Promise.all([
        suite.ext.context.waitForEvent('page'),
        popup.getByRole('button', { name: t('en', 'common.options') }).click(),
      ]);
      try {
        await options.waitForLoadState();
        expect(options.url()).toBe(`chrome-extension://${suite.ext.extensionId}/options.html`);
        await options.waitForSelector('main.pv-options h1');
        const lang = (await options.locator('html').getAttribute('lang')) as Lang;
        expect(['fr', 'en']).toContain(lang);
        expect(await textOf(options.getByRole('heading', { level: 1 }))).toBe(t(lang, 'options.title'));

        const granted = options.locator('section[aria-labelledby="pv-granted"]');
        expect(await textOf(granted.getByRole('heading'))).toBe(t(lang, 'options.grantedTitle'));
        expect(await textOf(granted)).toContain(t(lang, 'options.grantedNone'));
        expect(await granted.getByRole('listitem').count()).toBe(0);

        const builtIn = options.locator('section[aria-labelledby="pv-builtin"]');
        expect(await textOf(builtIn.getByRole('heading'))).toBe(t(lang, 'options.builtInTitle'));
        const hosts = (await builtIn.getByRole('listitem').allInnerTexts()).map(plain);
        expect(hosts).toEqual(manifestHosts());
        expect(hosts).toContain('www.data.gouv.fr');
        expect(hosts).toContain('data.iledefrance.fr');
        expect(hosts).not.toContain(CKAN_HOST);
        await suite.ext.screenshot(options, `options-builtin-${lang}`);
      } finally {
        await options.close();
      }
    });
  });

  describe('granted build', () => {
    const suite = useExtension(ckan, { extensionDir: GRANTED_EXTENSION_DIR });

    it('e2e: once the host is granted, the same page shows its dataset and no permission is asked', async () => {
      const page = await suite.ext.openDatasetTab(NSW_LGA.pageUrl);
      const tabId = await suite.ext.tabIdFor(page);
      expect(
        await (await suite.ext.worker()).evaluate(
          (origin) => chrome.permissions.contains({ origins: [origin] }),
          ORIGIN_PATTERN,
        ),
      ).toBe(true);
      const popup = await suite.ext.openPopupFor(tabId, 'en');
      expect(await suite.ext.popupState(popup)).toBe('ready');
      expect(await textOf(popup.locator('[data-field="title"]'))).toBe(
        'NSW Local Government Areas - Geoscape Administrative Boundaries',
      );
      expect(await popup.locator('section.pv-state--permission').count()).toBe(0);
      await suite.ext.screenshot(popup, 'permission-granted-ready-en');
      expect(suite.server.requests.filter((r) => r.url === NSW_LGA.apiUrl).length).toBeGreaterThan(0);
    });
  });
});
