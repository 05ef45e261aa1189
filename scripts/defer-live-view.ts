import type { Plugin } from 'vite';
import { parkLiveView } from '../entrypoints/popup/live-view';

/**
 * Vite plugin for the build: in the popup's page, the live view's module script and preloads wait in a template
 * for the boot script to start them (`entrypoints/popup/live-view.ts`). Runs after Vite has written the built tags.
 * `wxt dev` keeps them in the page: the boot script then has nothing to start and the live view waits for it.
 */
export function deferLiveView(): Plugin {
  return {
    name: 'provenance:defer-live-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { filename }) =>
        /[\\/]entrypoints[\\/]popup[\\/]index\.html$/.test(filename) ? parkLiveView(html) : html,
    },
  };
}
