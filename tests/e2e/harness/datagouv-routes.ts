import type { RouteAnswer, Routes } from './replay-server';

/** Every host a data.gouv.fr dataset page leads the extension to: the site and API, files, tabular API. */
export const DATAGOUV_HOSTS = ['www.data.gouv.fr', 'data.gouv.fr', 'static.data.gouv.fr', 'tabular-api.data.gouv.fr'];

export const CATALOGUE = {
  id: '5d13a8b6634f41070a43dff3',
  slug: 'catalogue-des-donnees-de-data-gouv-fr',
  pageUrl: 'https://www.data.gouv.fr/fr/datasets/catalogue-des-donnees-de-data-gouv-fr/',
  /** Both URLs the background may ask: by slug (from the URL alone) or by id (from the page's JSON-LD link). */
  apiUrls: [
    'https://www.data.gouv.fr/api/2/datasets/5d13a8b6634f41070a43dff3/',
    'https://www.data.gouv.fr/api/2/datasets/catalogue-des-donnees-de-data-gouv-fr/',
  ],
  answer: { file: 'portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json' } satisfies RouteAnswer,
};

export const SESSION_COOKIE = 'session';

export const ORGANIZATION_URL = 'https://www.data.gouv.fr/fr/organizations/data-gouv-fr/';
export const LICENCES_URL = 'https://www.data.gouv.fr/api/1/datasets/licenses/';

/** The recorded site as the tests find it before they change a route. */
export function datagouvRoutes(): Routes {
  return {
    [CATALOGUE.pageUrl]: {
      file: 'pages/datagouv/catalogue-des-donnees-de-data-gouv-fr.html',
      // A visitor's session cookie, as the real site sets one: the extension's own requests must not carry it.
      headers: { 'set-cookie': `${SESSION_COOKIE}=e2e-visitor; Path=/; Secure; HttpOnly; SameSite=Lax` },
    },
    [ORGANIZATION_URL]: { file: 'pages/datagouv/organization-data-gouv-fr.html' },
    // Browsers ask for it on every page; answering spares the log a request nobody made on purpose.
    'https://www.data.gouv.fr/favicon.ico': { status: 204 },
    [LICENCES_URL]: { file: 'portals/udata/data.gouv.fr_api1_datasets_licenses.json' },
    ...Object.fromEntries(CATALOGUE.apiUrls.map((url) => [url, CATALOGUE.answer])),
  };
}
