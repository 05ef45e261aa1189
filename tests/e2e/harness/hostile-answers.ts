import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOGUE } from './datagouv-routes';
import { FIXTURES_DIR } from './replay-server';

/**
 * Hostile portal answers and files for the hostile-markup suites of both browsers: markup that runs code if it is
 * ever parsed as HTML, and says so by setting `window.__pwned`.
 */
export const IMG = '<img src=x onerror="window.__pwned=1">';
export const SCRIPT = '<script>window.__pwned=1</script>';
export const JS_URL = 'javascript:window.__pwned=1';
const hostile = (label: string) => `${label} ${IMG}${SCRIPT}<b>gras</b>`;

export const TITLE = hostile('Titre');
export const PRODUCER = hostile('Producteur');
export const FILE_TITLE = hostile('fichier.csv');

/** The recorded data.gouv.fr answer with markup in every displayed field and script URLs in every link. */
export function hostileAnswer(): unknown {
  const dataset = JSON.parse(readFileSync(resolve(FIXTURES_DIR, CATALOGUE.answer.file), 'utf8')) as {
    title: string;
    description: string;
    organization: { name: string; page: string };
    resources: { title: string; url: string; latest: string; description: string }[];
  };
  dataset.title = TITLE;
  dataset.description = `${hostile('Description')} [clic](${JS_URL}) <a href="${JS_URL}">lien</a>`;
  dataset.organization.name = PRODUCER;
  dataset.organization.page = JS_URL;
  const [first, second] = dataset.resources;
  first!.title = FILE_TITLE;
  first!.description = hostile('Ressource');
  second!.url = JS_URL;
  second!.latest = JS_URL;
  second!.title = hostile('second');
  return dataset;
}

/** A CSV whose header cells are markup. */
export const HOSTILE_CSV = [
  `code;${IMG};${SCRIPT};<a href="${JS_URL}">x</a>`,
  `1;${IMG};b;c`,
  '2;d;e;f',
  '3;g;h;i',
].join('\n');

/** The column names the preview must show, as text. */
export const HOSTILE_CSV_COLUMNS = ['code', IMG, SCRIPT, `<a href="${JS_URL}">x</a>`];

/**
 * The links a popup may carry: http(s), or the extension's own viewer (`viewerPrefix`) on an http(s) file.
 * Returns the ones that break the rule.
 */
export function unsafeLinks(hrefs: string[], viewerPrefix: string): string[] {
  return hrefs.filter((href) => {
    if (/^https?:\/\//i.test(href)) return false;
    if (!href.startsWith(viewerPrefix)) return true;
    const file = new URLSearchParams(href.slice(viewerPrefix.length)).get('file');
    return file !== null && !/^https?:\/\//i.test(file);
  });
}

/** Elements that only hostile markup parsed as HTML would have put in a popup. */
export const PARSED_MARKUP = 'img, script:not([src]), [onerror], b';
