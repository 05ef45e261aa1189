import { collectSignalsHtml } from '../lib/detect/collect-signals';

/** Late head changes of single-page portals (cdata injects its JSON-LD link after rendering) need a second look. */
const SETTLE_MS = 1500;

export default defineContentScript({
  // wxt.config.ts widens this to every built-in portal at build time, so this script stays free of the adapters.
  matches: ['https://www.data.gouv.fr/*'],
  runAt: 'document_idle',
  main(ctx) {
    const send = () => {
      browser.runtime
        .sendMessage({ type: 'page-signals', url: location.href, html: collectSignalsHtml() })
        .catch(() => {
          // The background restarts with the extension; the next navigation sends again.
        });
    };
    send();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      send();
      ctx.setTimeout(send, SETTLE_MS);
    });
  },
});
