import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { browserProfile, findFirefox } from '../harness/find-browser';
import type { PopupLang } from '../harness/launch';
import { BLANK_PAGE_PATH, type ReplayServer } from '../harness/replay-server';
import type { ServerSuite } from '../harness/suite';
import { ConnectProxy } from './connect-proxy';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** `npm run build:e2e-firefox`: the Firefox build, plus popup.html reachable from web pages (see wxt.config.ts). */
export const FIREFOX_EXTENSION_DIR = resolve(REPO_ROOT, '.output-firefox-test/firefox-mv3');
const SCREENSHOT_DIR = resolve(REPO_ROOT, 'tests/e2e/screenshots');

/** The add-on id of the build: Firefox keys the pinned UUID (and the kept storage) on it. */
function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
    web_accessible_resources?: { resources: string[] }[];
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir} is not a Firefox build (no gecko id)`);
  if (!manifest.web_accessible_resources?.some((r) => r.resources.includes('popup.html'))) {
    throw new Error(`${extensionDir} does not expose popup.html: build it with "npm run build:e2e-firefox"`);
  }
  return id;
}

export interface FirefoxExtension {
  browser: Browser;
  /** The moz-extension:// host, pinned by a pref so that the harness knows it before the add-on starts. */
  uuid: string;
  /** The replayed hosts' CONNECT proxy: `refused` lists every tunnel asked for a host that is not replayed. */
  proxy: ConnectProxy;
  /** Opens `url` in a new tab and waits for its load event. */
  openDatasetTab(url: string): Promise<Page>;
  /** The extension's tab id for the tab showing `page`, asked of `browser.tabs.query` from an extension page. */
  tabIdFor(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /**
   * The popup, opened as a page for that tab, once it has left its `loading` state; in `lang`, or with null in
   * the browser's own language (French: the profile asks for it and CI installs firefox-esr-l10n-fr).
   */
  openPopupFor(tabId: number, lang: PopupLang | null): Promise<Page>;
  popupState(popup: Page): Promise<string | null>;
  /** Runs `fn(arg)` in an extension page (with `browser.*`), e.g. to read `browser.storage.local`. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  closeTabs(): Promise<void>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  firefoxPath: string;
  server: ReplayServer;
  extensionDir?: string;
  /** A profile to reuse across launches (the caller removes it); else a fresh one, removed on close. */
  userDataDir?: string;
  /** The moz-extension UUID to pin; a profile reused across launches must keep the same one. */
  uuid?: string;
}

/** Navigation to `moz-extension://` goes through a web page: Firefox refuses it to the driver itself. */
async function openExtensionPage(page: Page, server: ReplayServer, url: string): Promise<void> {
  await page.goto(`https://${server.workingHost()}${BLANK_PAGE_PATH}`);
  await page.evaluate((target) => {
    location.href = target;
  }, url);
  await expect
    .poll(() => page.evaluate(() => location.href).catch(() => ''), { timeout: 10_000, interval: 100 })
    .toBe(url);
}

/**
 * Starts Firefox on a profile whose HTTPS goes through a CONNECT proxy to the replay server (so the pages and the
 * extension use the real host names and nothing else), then installs the test build as a temporary add-on.
 */
export async function launchFirefoxExtension({
  firefoxPath,
  server,
  extensionDir = FIREFOX_EXTENSION_DIR,
  userDataDir: givenProfile,
  uuid = randomUUID(),
}: FirefoxLaunchOptions): Promise<FirefoxExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no Firefox test build in ${extensionDir}: run "npm run build:e2e-firefox" first`);
  }
  const id = geckoId(extensionDir);
  const profile = browserProfile(givenProfile, 'provenance-e2e-firefox-');
  const proxy = await ConnectProxy.start(server.hosts, server.port);
  let firefox: Browser;
  try {
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      userDataDir: profile.dir,
      // The replay server's certificate is made at test time for the replayed hosts.
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
        // A temporary add-on is uninstalled when Firefox quits, and uninstalling wipes its storage: these keep
        // it, as a normal install keeps it, so that a relaunch on the same profile sees what was stored.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        // Lets a page read the clipboard without Firefox's paste prompt, so a test can check what Copy wrote.
        'dom.events.testing.asyncClipboard': true,
        'services.settings.server': 'http://127.0.0.1:9/',
        'intl.locale.requested': 'fr',
      },
    });
  } catch (error) {
    await proxy.close();
    profile.remove();
    throw error;
  }
  await firefox.installExtension(extensionDir);

  const opened = new Set<Page>();
  const track = async (): Promise<Page> => {
    const page = await firefox.newPage();
    opened.add(page);
    page.once('close', () => opened.delete(page));
    return page;
  };

  /** One extension page kept open to ask `browser.*` things, on a popup aimed at no tab. */
  let control: Page | undefined;
  const inExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    if (!control || control.isClosed()) {
      control = await firefox.newPage();
      await openExtensionPage(control, server, `moz-extension://${uuid}/popup.html?tab=999999999&lang=en`);
    }
    return control.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>;
  };

  return {
    browser: firefox,
    uuid,
    proxy,
    inExtension,
    async openDatasetTab(url) {
      const page = await track();
      await page.goto(url);
      return page;
    },
    async tabIdFor(page) {
      const url = page.url();
      const ids = await inExtension(
        async (target) => (await browser.tabs.query({})).filter((t) => t.url === target).map((t) => t.id),
        url,
      );
      if (ids.length !== 1 || ids[0] === undefined) {
        throw new Error(`expected exactly one tab showing ${url}, found ${ids.length}: close the others first`);
      }
      return ids[0];
    },
    badgeText(tabId) {
      return inExtension((tab) => browser.action.getBadgeText({ tabId: tab }), tabId);
    },
    async openPopupFor(tabId, lang) {
      const popup = await track();
      await popup.setViewport({ width: 400, height: 600 });
      const query = lang === null ? `tab=${tabId}` : `tab=${tabId}&lang=${lang}`;
      await openExtensionPage(popup, server, `moz-extension://${uuid}/popup.html?${query}`);
      await popup.waitForSelector('main#app[data-state]:not([data-state="loading"])');
      return popup;
    },
    popupState(popup) {
      return popup.$eval('main#app', (el) => el.getAttribute('data-state'));
    },
    async closeTabs() {
      await Promise.all([...opened].map((page) => page.close()));
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `firefox-${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await firefox.close();
      await proxy.close();
      profile.remove();
    },
  };
}

export interface FirefoxSuite extends ServerSuite {
  readonly ff: FirefoxExtension;
}

/** Firefox with the test build in front of `servers`'s replay server for one `describe`; tabs and routes reset after each test. */
export function useFirefox(
  servers: ServerSuite,
  resetBetweenTests?: (ff: FirefoxExtension) => Promise<void>,
): FirefoxSuite {
  let ff: FirefoxExtension | undefined;
  beforeAll(async () => {
    const found = findFirefox();
    if (!found.ok) throw new Error(`e2e: ${found.reason}`);
    ff = await launchFirefoxExtension({ firefoxPath: found.path, server: servers.server });
  });
  afterAll(async () => {
    await ff?.close();
  });
  afterEach(async () => {
    await suite.ff.closeTabs();
    await resetBetweenTests?.(suite.ff);
    servers.server.reset();
  });
  const suite: FirefoxSuite = {
    get server() {
      return servers.server;
    },
    get ff() {
      if (!ff) throw new Error('Firefox is only there once beforeAll has run');
      return ff;
    },
  };
  return suite;
}

/** Opens `url` and waits until the extension has recognised a dataset there (the ✓ badge). */
export async function openBadgedTab(ff: FirefoxExtension, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ff.openDatasetTab(url);
  const tabId = await ff.tabIdFor(page);
  await expect.poll(() => ff.badgeText(tabId), { timeout: 10_000 }).toBe('✓');
  return { page, tabId };
}
