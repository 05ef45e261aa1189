import type { Routes } from './replay-server';

/** A site that is no portal and describes its dataset only with schema.org JSON-LD in the page. */
export const JSONLD_HOST = 'www.example-agglo.fr';

export const AIR_QUALITY = {
  pageUrl: 'https://www.example-agglo.fr/donnees/indices-qualite-air-2024',
};

export function jsonldRoutes(): Routes {
  return {
    [AIR_QUALITY.pageUrl]: { file: 'pages/jsonld/www.example-agglo.fr_qualite-de-l-air.html' },
    [`https://${JSONLD_HOST}/favicon.ico`]: { status: 204 },
  };
}
