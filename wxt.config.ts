import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { builtInHostPermissions, knownPortalHostPatterns } from './lib/portals/known-hosts';
import { deferLiveView } from './scripts/defer-live-view';

// Test builds (PROVENANCE_TEST_HOSTS=1) grant the e2e hosts up front: headless Chromium cannot answer a
// permission prompt, so the granted path is covered by a build that already holds the permission.
// It goes to its own folder so that it can never be mistaken for the product build.
const grantedTestBuild = Boolean(process.env.PROVENANCE_TEST_HOSTS);
const testHosts = grantedTestBuild ? ['https://*/*'] : [];
// Firefox will not let a test driver navigate to moz-extension:// pages, but a page may open a resource the
// extension declares web-accessible. Only the Firefox test build (PROVENANCE_FIREFOX_TEST=1, its own folder)
// declares the popup so: the product never exposes its pages to websites.
const firefoxTestBuild = Boolean(process.env.PROVENANCE_FIREFOX_TEST);
const outDir = firefoxTestBuild ? '.output-firefox-test' : grantedTestBuild ? '.output-granted' : '.output';

/**
 * The add-on's id on addons.mozilla.org: it names the extension for good (storage, updates, reviews), so it
 * never changes. The Firefox e2e harness reads it from the build.
 */
const GECKO_ID = 'provenance@opendata-provenance.eu';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir,
  hooks: {
    // The content script runs on every built-in portal; listing them here keeps the adapters out of its bundle.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.matches = knownPortalHostPatterns();
    },
  },
  vite: () => ({
    plugins: [preact(), deferLiveView()],
    // Test hooks (the context menu's click path) exist only in the granted test build, never in the product.
    define: { 'import.meta.env.PROVENANCE_TEST_BUILD': JSON.stringify(grantedTestBuild) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No `tabs`: the URLs we need are those of portals we hold a permission for, or of the tab the user clicked on.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [...builtInHostPermissions(), ...testHosts],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    icons: {
      16: 'icons/active-16.png',
      32: 'icons/active-32.png',
      48: 'icons/active-48.png',
      128: 'icons/active-128.png',
    },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/idle-16.png', 32: 'icons/idle-32.png' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (the current ESR) is the first Firefox to read data_collection_permissions, and
            // optional_host_permissions needs 128; on Android the declaration arrived in 142.
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    ...(firefoxTestBuild
      ? { web_accessible_resources: [{ resources: ['popup.html'], matches: ['https://*/*'] }] }
      : {}),
  }),
});
