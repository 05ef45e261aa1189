import { render } from 'preact';
import '../../components/theme.css';
import '../../components/licence/licence-card.css';
import '../../components/attribution/attribution.css';
import '../../components/preview/preview.css';
import '../../components/preview/formats.css';
import '../../components/shell/shell.css';
import './popup.css';
import { App } from './App';
import { licenceCatalogue, preloadSections } from './chunks';
import { saveSnapshot } from './save-snapshot';
import { bootSettled, hasSnapshot, snapshotHtml } from './snapshot';
import { askFirst } from './tab-client';
import { popupTarget } from './target';
import {
  CONTENT_PAINTED_MARK,
  CONTENT_SELECTOR,
  FIRST_RENDER_MARK,
  LIVE_CONTENT_MARK,
  markAfterPaint,
  SCRIPT_START_MARK,
  SETTLED_SELECTOR,
  whenShown,
} from './timing';

performance.mark(SCRIPT_START_MARK);
const page = document.getElementById('root')!;
const target = popupTarget(new URL(location.href));
// Both start before Preact mounts: the background's answer and the catalogue the header's verdict reads.
const first = askFirst(target);
licenceCatalogue.load().catch(() => undefined);

// When popup-boot.ts painted the last opening's snapshot, the live view is built beside it and takes its place
// once it has an answer to show, so the header never blinks through a loading skeleton.
void bootSettled().then(() => {
  const fromSnapshot = hasSnapshot(page);
  const root = fromSnapshot ? document.createElement('div') : page;
  root.id = 'root';
  whenShown(root, SETTLED_SELECTOR, () => {
    if (fromSnapshot) page.replaceWith(root);
    if (!root.querySelector(CONTENT_SELECTOR)) return;
    // Kept as it is now, before the sections fill in, for the next opening: a popup may close at any moment.
    const html = snapshotHtml(root);
    const lang = document.documentElement.lang;
    void first.then(({ tabId }) => {
      if (tabId !== null && (lang === 'fr' || lang === 'en')) void saveSnapshot(html, tabId, lang);
    });
    markAfterPaint(fromSnapshot ? LIVE_CONTENT_MARK : CONTENT_PAINTED_MARK, 'live', () => {
      // The sections load once the header is on screen, never before it.
      if (typeof requestIdleCallback === 'function') requestIdleCallback(preloadSections, { timeout: 1000 });
      else setTimeout(preloadSections, 50);
    });
  });
  render(<App target={target} first={first} />, root);
  performance.mark(FIRST_RENDER_MARK);
});
