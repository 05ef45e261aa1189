import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR, type RouteAnswer, type Routes } from './replay-server';

/**
 * A CKAN that is not built in, mounted under a sub-path: the extension only knows it is CKAN from what the page
 * says about itself, and may only read it once the user grants the host.
 */
export const CKAN_HOST = 'data.example-ville.fr';
const ROOT = `https://${CKAN_HOST}/opendata`;

const RECORDED = 'portals/ckan/data.gov.au_package_show_nsw-lga_cc-by-4.0_zip-shp.json';

/** Where the answer was recorded: a built-in CKAN, itself under a sub-path. */
export const DATAGOV_AU_HOST = 'data.gov.au';
const DATAGOV_AU_ROOT = `https://${DATAGOV_AU_HOST}/data`;

/**
 * The recorded data.gov.au answer as the install at `root` would give it: CKAN writes its own root in `help`,
 * which the adapter reads to build page links, so that one URL follows the install; `change` edits the dataset.
 */
export function ckanPackageShow(
  root: string = ROOT,
  change: (result: Record<string, unknown>) => void = () => {},
): unknown {
  const answer = JSON.parse(readFileSync(resolve(FIXTURES_DIR, RECORDED), 'utf8')) as {
    help: string;
    result: Record<string, unknown>;
  };
  answer.help = `${root}/api/3/action/help_show?name=package_show`;
  change(answer.result);
  return answer;
}

export const NSW_LGA = {
  name: 'nsw-local-government-areas',
  pageUrl: `${ROOT}/dataset/nsw-local-government-areas`,
  apiUrl: `${ROOT}/api/3/action/package_show?id=nsw-local-government-areas`,
  answer: (): RouteAnswer => ({ json: ckanPackageShow() }),
};

/** The same dataset at home on data.gov.au, a built-in portal (the content script runs there). */
export const NSW_LGA_AT_HOME = {
  pageUrl: `${DATAGOV_AU_ROOT}/dataset/nsw-local-government-areas`,
  apiUrl: `${DATAGOV_AU_ROOT}/api/3/action/package_show?id=nsw-local-government-areas`,
  answer: (change?: (result: Record<string, unknown>) => void): RouteAnswer => ({
    json: ckanPackageShow(DATAGOV_AU_ROOT, change),
  }),
};

export function datagovAuRoutes(): Routes {
  return {
    [NSW_LGA_AT_HOME.pageUrl]: { file: 'pages/ckan/data.gov.au_dataset_nsw-local-government-areas.html' },
    [`https://${DATAGOV_AU_HOST}/favicon.ico`]: { status: 204 },
    [NSW_LGA_AT_HOME.apiUrl]: NSW_LGA_AT_HOME.answer(),
  };
}

export function ckanRoutes(): Routes {
  return {
    [NSW_LGA.pageUrl]: { file: 'pages/ckan/data.example-ville.fr_opendata_nsw-local-government-areas.html' },
    [`https://${CKAN_HOST}/favicon.ico`]: { status: 204 },
    [NSW_LGA.apiUrl]: NSW_LGA.answer(),
  };
}
