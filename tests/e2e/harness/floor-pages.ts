import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { EXTENSION_DIR } from './launch';

/** The `elementtiming` identifier of the title the floor page paints. */
export const FLOOR_TITLE_TIMING = 'floor-title';
/** The page, at the root of the extension. */
export const FLOOR_PAGE = 'e2e-floor.html';

/**
 * The least any popup that shows a dataset from session storage can do: an extension page whose classic script,
 * run from its head as popup-boot.js is, asks session storage for one key and, once the document is parsed,
 * paints a title. No module, no style, no Preact: what is left is the browser's own cost of opening an extension
 * page, running a script in it, one storage round trip and one frame.
 */
const FLOOR_HTML = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>floor</title>
    <script src="/e2e-floor.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const FLOOR_JS = `chrome.storage.session.get(['popup-snapshots']).then(() => {
  const paint = () => {
    const title = document.createElement('h1');
    title.setAttribute('elementtiming', '${FLOOR_TITLE_TIMING}');
    title.textContent = 'Catalogue des données de data.gouv.fr';
    document.getElementById('root').append(title);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', paint, { once: true });
  else paint();
});
`;

/**
 * The product build copied with the floor page added, for the enclosing suite to load (`extensionDir`): the page
 * ships in no build. The copy is made before the suite's browser starts (hooks run in the order they were
 * declared: call this before `useExtensionSuite`) and removed after.
 */
export function useBuildWithFloorPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-e2e-floor-'));
  beforeAll(() => {
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    writeFileSync(join(dir, FLOOR_PAGE), FLOOR_HTML);
    writeFileSync(join(dir, 'e2e-floor.js'), FLOOR_JS);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
