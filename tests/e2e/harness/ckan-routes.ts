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

/**
 * The recorded data.gov.au answer as this install would give it: CKAN writes its own root in `help`, which the
 * adapter reads to build page links, so that one URL moves to the replayed host; nothing else changes.
 */
export function ckanPackageShow(change: (result: Record<string, unknown>) => void = () => {}): unknown {
  const answer = JSON.parse(readFileSync(resolve(FIXTURES_DIR, RECORDED), 'utf8')) as {
    help: string;
    result: Record<string, unknown>;
  };
  answer.help = `${ROOT}/api/3/action/help_show?name=package_show`;
  change(answer.result);
  return answer;
}

export const NSW_LGA = {
  name: 'nsw-local-government-areas',
  pageUrl: `${ROOT}/dataset/nsw-local-government-areas`,
  apiUrl: `${ROOT}/api/3/action/package_show?id=nsw-local-government-areas`,
  answer: (): RouteAnswer => ({ json: ckanPackageShow() }),
};

export function ckanRoutes(): Routes {
  return {
    [NSW_LGA.pageUrl]: { file: 'pages/ckan/data.example-ville.fr_opendata_nsw-local-government-areas.html' },
    [`https://${CKAN_HOST}/favicon.ico`]: { status: 204 },
    [NSW_LGA.apiUrl]: NSW_LGA.answer(),
  };
}
