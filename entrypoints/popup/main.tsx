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
import { askFirst } from './tab-client';
import { popupTarget } from './target';
import { FIRST_RENDER_MARK, markWhenContentPainted } from './timing';

const root = document.getElementById('root')!;
markWhenContentPainted(root, () => {
  // The sections load once the header is on screen, never before it.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(preloadSections, { timeout: 1000 });
  else setTimeout(preloadSections, 50);
});
const target = popupTarget(new URL(location.href));
// Both start before Preact mounts: the background's answer and the catalogue the header's verdict reads.
const first = askFirst(target);
licenceCatalogue.load().catch(() => undefined);
render(<App target={target} first={first} />, root);
performance.mark(FIRST_RENDER_MARK);
