import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { browserProfile } from './find-browser';
import type { ReplayServer } from './replay-server';

/**
 * The service worker's own namespace, used inside `evaluate`d functions. In MV3 its calls return promises, as the
 * polyfilled `browser` whose types it borrows.
 */
declare const chrome: typeof browser;

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');
/** `npm run build:e2e-granted`: the same code holding every https host up front (headless cannot answer a prompt). */
export const GRANTED_EXTENSION_DIR = resolve(REPO_ROOT, '.output-granted/chrome-mv3');
export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'tests/e2e/screenshots');

/** The toolbar popup's size in Chromium at most; screenshots of the popup page are taken at this width. */
const POPUP_VIEWPORT = { width: 400, height: 600 };

/**
 * As the machine probe found: without the background-networking flags Chromium keeps knocking on a closed
 * network (updates, sync, field trials), which is slow and noisy at best.
 */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type PopupLang = 'fr' | 'en';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Opens `url` in a new tab and waits for its load event. */
  openDatasetTab(url: string): Promise<Page>;
  /** The extension's id for the tab showing `page`, asked of the background with `chrome.tabs.query`. */
  tabIdFor(page: Page): Promise<number>;
  /**
   * The id of the tab showing `page`, found as the tab in front once `page` is brought there: on a host the
   * extension holds no permission for, the browser hides tab URLs from it, so `tabIdFor` cannot match them.
   */
  frontTabId(page: Page): Promise<number>;
  /** `chrome.action.getBadgeText` for that tab, read in the service worker. */
  badgeText(tabId: number): Promise<string>;
  /** The popup as a page for that tab, once it has left its `loading` state. */
  openPopupFor(tabId: number, lang: PopupLang): Promise<Page>;
  /** The state `<main id="app">` says it is in. */
  popupState(popup: Page): Promise<string | null>;
  /** Closes every tab the helpers opened: call it between tests so that `tabIdFor` finds one tab per URL. */
  closeTabs(): Promise<void>;
  /** Saves a PNG under `tests/e2e/screenshots/` and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /**
   * The extension's service worker, to `evaluate` in it what the helpers above do not cover. Asked for afresh each
   * time: Chromium may stop an idle worker and start a new one.
   */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  browserPath: string;
  server: ReplayServer;
  extensionDir?: string;
  /**
   * A profile to reuse, e.g. to relaunch the browser on what an earlier launch stored. The caller owns it: it is
   * left in place on close. Without it each launch gets a fresh profile, removed on close.
   */
  userDataDir?: string;
}

function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`no built extension in ${dir}: run "npm run build" first ("npm run test:e2e" does it for you)`);
  }
}

/** Loads the unpacked build into a fresh Chromium profile that can only reach the replay server. */
export async function launchExtension({
  browserPath,
  server,
  extensionDir = EXTENSION_DIR,
  userDataDir: givenProfile,
}: LaunchOptions): Promise<ExtensionBrowser> {
  assertBuilt(extensionDir);
  const profile = browserProfile(givenProfile, 'provenance-e2e-profile-');
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: browserPath,
    // Extensions only load in the new headless mode, which Playwright does not ask for by itself here.
    headless: false,
    // Playwright's defaults include `--disable-extensions`, which would beat `--load-extension`.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      ...QUIET_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${server.resolverRules()}`,
      '--ignore-certificate-errors',
    ],
  });
  let extensionId: string;
  try {
    extensionId = new URL((await firstWorker(context)).url()).host;
  } catch (error) {
    await context.close();
    profile.remove();
    throw error;
  }

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    return live ?? context.waitForEvent('serviceworker', { timeout: 10_000 });
  };

  const opened = new Set<Page>();
  const track = async (): Promise<Page> => {
    const page = await context.newPage();
    opened.add(page);
    page.once('close', () => opened.delete(page));
    return page;
  };

  return {
    context,
    extensionId,
    worker,
    async openDatasetTab(url) {
      const page = await track();
      await page.goto(url);
      return page;
    },
    async tabIdFor(page) {
      const url = page.url();
      const ids = await (await worker()).evaluate(
        async (target) => (await chrome.tabs.query({})).filter((t) => t.url === target).map((t) => t.id),
        url,
      );
      if (ids.length !== 1 || ids[0] === undefined) {
        throw new Error(`expected exactly one tab showing ${url}, found ${ids.length}: close the others first`);
      }
      return ids[0];
    },
    async frontTabId(page) {
      await page.bringToFront();
      const ids = await (await worker()).evaluate(async () =>
        (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id),
      );
      if (ids.length !== 1 || ids[0] === undefined) throw new Error(`expected one tab in front, found ${ids.length}`);
      return ids[0];
    },
    async badgeText(tabId) {
      return (await worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async openPopupFor(tabId, lang) {
      const popup = await track();
      await popup.setViewportSize(POPUP_VIEWPORT);
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}&lang=${lang}`);
      await popup.waitForSelector('main#app[data-state]:not([data-state="loading"])');
      return popup;
    },
    popupState(popup) {
      return popup.locator('main#app').getAttribute('data-state');
    },
    async closeTabs() {
      await Promise.all([...opened].map((page) => page.close()));
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      profile.remove();
    },
  };
}

async function firstWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { timeout: 15_000 });
  } catch {
    throw new Error(
      'the extension did not start its service worker: is the build a Chrome MV3 one, and is this Chromium (not branded Chrome ≥137, which ignores --load-extension)?',
    );
  }
}
