import type { RouteAnswer, Routes } from './replay-server';

/**
 * A second data.gouv.fr dataset, under the ODbL: the recorded catalogue answer with another id, slug, title and
 * licence (see the fixture's `.source.txt`), so that a credits basket can hold two licences that combine.
 */
export const ODBL_DATASET = {
  id: '6571f0dbe2a1c3d4e5f60718',
  slug: 'equipements-sportifs-variante-odbl',
  title: 'Équipements sportifs (variante ODbL)',
  pageUrl: 'https://www.data.gouv.fr/fr/datasets/equipements-sportifs-variante-odbl/',
  /** Both URLs the background may ask, as for the catalogue: by slug (from the URL) or by id (from the page). */
  apiUrls: [
    'https://www.data.gouv.fr/api/2/datasets/6571f0dbe2a1c3d4e5f60718/',
    'https://www.data.gouv.fr/api/2/datasets/equipements-sportifs-variante-odbl/',
  ],
  /** Under `tests/fixtures/`, for the replay server and for the CLI's `--metadata`. */
  metadataFile: 'portals/udata/data.gouv.fr_api1_dataset_odbl_variant.json',
  answer: { file: 'portals/udata/data.gouv.fr_api1_dataset_odbl_variant.json' } satisfies RouteAnswer,
};

/** Its page and its API answers, to add to `datagouvRoutes()`. */
export function odblDatasetRoutes(): Routes {
  return {
    [ODBL_DATASET.pageUrl]: { file: 'pages/datagouv/equipements-sportifs-variante-odbl.html' },
    ...Object.fromEntries(ODBL_DATASET.apiUrls.map((url) => [url, ODBL_DATASET.answer])),
  };
}
