import { TABULAR_API_ROOT } from '../../../lib/portals/udata';
import type { Routes } from './replay-server';

/** A file of the recorded catalogue dataset (`data.gouv.fr_api1_dataset_catalogue_lov2.json`): its id and URL. */
export interface CatalogueFile {
  id: string;
  url: string;
}

/** The first main CSV of the catalogue: the file the Preview tab opens on when the page names none. */
export const FIRST_FILE: CatalogueFile = {
  id: 'f868cca6-8da1-4369-a78d-47463f19a9a3',
  url: 'https://static.data.gouv.fr/resources/catalogue-des-donnees-de-data-gouv-fr/20250407-054928/export-dataset-20250407-054928.csv',
};

/** The catalogue's export of resources: the file the recorded tabular API answers describe (`links.profile`). */
export const RESOURCES_FILE: CatalogueFile = {
  id: '4babf5f2-6a9c-45b5-9144-ca5eae6a7a6d',
  url: 'https://static.data.gouv.fr/resources/catalogue-des-donnees-de-data-gouv-fr/20250407-060343/export-resource-20250407-060343.csv',
};

/** The two tabular API URLs the popup asks about a file (see `readUdataTabular`); the data URL has a query. */
export function tabularApiUrls(id: string): { profile: string; data: string } {
  return { profile: `${TABULAR_API_ROOT}/${id}/profile/`, data: `${TABULAR_API_ROOT}/${id}/data/` };
}

/** The API has not indexed the file (HTTP 404), so the popup must read the file itself. */
export function tabularNotIndexed(id: string): Routes {
  const urls = tabularApiUrls(id);
  // The popup only looks at the status; the body says what it is for a person reading the log.
  const answer = { status: 404, json: { message: 'Resource not found (replayed for the e2e tests)' } };
  return { [urls.profile]: answer, [urls.data]: answer };
}

/** The recorded answers of the tabular API for the resources export: its profile and a first page of 20 rows. */
export function tabularRecorded(id: string): Routes {
  const urls = tabularApiUrls(id);
  return {
    [urls.profile]: { file: 'portals/udata/tabular-api_profile_semicolon_utf8.json' },
    [urls.data]: { file: 'portals/udata/tabular-api_data_page1.json' },
  };
}
