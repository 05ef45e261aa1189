import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { findBrowser } from './find-browser';
import { type ExtensionBrowser, launchExtension } from './launch';
import { ReplayServer, type Routes } from './replay-server';

/** The replay server of a `describe`, there from its `beforeAll` on. */
export interface ServerSuite {
  readonly server: ReplayServer;
}

/** The browser with the built extension of a `describe`, there from its `beforeAll` on. */
export interface ExtensionSuite extends ServerSuite {
  readonly ext: ExtensionBrowser;
}

/**
 * Starts a replay server for `hosts` before the enclosing `describe` and closes it after. Registered as hooks, so
 * what it returns is read inside tests and hooks (a getter), not when the `describe` is declared.
 */
export function useReplayServer(hosts: readonly string[], routes: Routes, port?: number): ServerSuite {
  let server: ReplayServer | undefined;
  beforeAll(async () => {
    server = await ReplayServer.start(hosts, routes, port);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the replay server is only there once beforeAll has run');
      return server;
    },
  };
}

export interface ExtensionOptions {
  /** Another build than the product one, e.g. `GRANTED_EXTENSION_DIR`. */
  extensionDir?: string;
  /** What else goes back to a clean state after each test, once its tabs are closed and before the log is cleared. */
  resetBetweenTests?: (ext: ExtensionBrowser) => Promise<void>;
}

/**
 * Launches Chromium with the built extension, pointed at `servers`'s replay server, before the enclosing
 * `describe`; after each test closes its tabs and clears the server's log and overrides, so that every test starts
 * from the recorded answers; closes the browser at the end.
 */
export function useExtension(servers: ServerSuite, options: ExtensionOptions = {}): ExtensionSuite {
  let ext: ExtensionBrowser | undefined;
  beforeAll(async () => {
    // The same lookup as the `describe.skipIf(!browserPath)` around it, which has already said why it skips.
    const browser = findBrowser();
    if (!browser.ok) throw new Error(`e2e: ${browser.reason}`);
    ext = await launchExtension({
      browserPath: browser.path,
      server: servers.server,
      extensionDir: options.extensionDir,
    });
  });
  afterAll(async () => {
    await ext?.close();
  });
  afterEach(async () => {
    const current = suite.ext;
    await current.closeTabs();
    await options.resetBetweenTests?.(current);
    servers.server.reset();
  });
  const suite: ExtensionSuite = {
    get server() {
      return servers.server;
    },
    get ext() {
      if (!ext) throw new Error('the browser is only there once beforeAll has run');
      return ext;
    },
  };
  return suite;
}

/** A replay server for `hosts` answering `routes`, and the extension in Chromium in front of it, for one `describe`. */
export function useExtensionSuite({
  hosts,
  routes,
  ...options
}: { hosts: readonly string[]; routes: Routes } & ExtensionOptions): ExtensionSuite {
  return useExtension(useReplayServer(hosts, routes), options);
}

/** Opens `url` in a new tab and waits until the extension has recognised a dataset there (the ✓ badge). */
export async function openBadgedTab(ext: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.openDatasetTab(url);
  const tabId = await ext.tabIdFor(page);
  await expect.poll(() => ext.badgeText(tabId), { timeout: 10_000 }).toBe('✓');
  return { page, tabId };
}
