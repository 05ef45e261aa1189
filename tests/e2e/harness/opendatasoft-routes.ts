import type { RouteAnswer, Routes } from './replay-server';

/** An Opendatasoft portal among the built-in ones: the page and the Explore API v2.1 live on the same host. */
export const ODS_HOST = 'data.iledefrance.fr';

export const SO_COLISSIMO = {
  id: 'liste-des-espaces-de-retrait-so-colissimo-sans-horaires',
  pageUrl:
    'https://data.iledefrance.fr/explore/dataset/liste-des-espaces-de-retrait-so-colissimo-sans-horaires/information/',
  /** What the adapter asks: `<origin>/api/explore/v2.1/catalog/datasets/<dataset_id>`. */
  apiUrl:
    'https://data.iledefrance.fr/api/explore/v2.1/catalog/datasets/liste-des-espaces-de-retrait-so-colissimo-sans-horaires',
  answer: {
    file: 'portals/opendatasoft/ods_api-v2.1_dataset_datailedefrance_licence-ouverte.built.json',
  } satisfies RouteAnswer,
};

export function opendatasoftRoutes(): Routes {
  return {
    [SO_COLISSIMO.pageUrl]: { file: 'pages/opendatasoft/data.iledefrance.fr_so-colissimo_information.html' },
    [`https://${ODS_HOST}/favicon.ico`]: { status: 204 },
    [SO_COLISSIMO.apiUrl]: SO_COLISSIMO.answer,
  };
}
