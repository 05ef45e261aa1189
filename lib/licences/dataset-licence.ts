import type { Lang } from '../i18n';
import type { Dataset } from '../model/dataset';
import { lookupLicence, officialText } from './catalogue';
import { assumedFamily, licenceName } from './display-name';
import { resolveLicence } from './resolve';

/**
 * The dataset with its licence resolved against the catalogue: `licence.id` becomes the canonical key (or null),
 * title and URL become the catalogue's in `lang`, and `licence.published` keeps what the portal said.
 */
export function withResolvedLicence(dataset: Dataset, lang: Lang): Dataset {
  const published = dataset.licence.published;
  const resolution = resolveLicence(published);
  const entry = resolution.key ? lookupLicence(resolution.key) : undefined;
  // A versionless name (`cc-by`, « Licence Ouverte ») is shown without a version, and linked to what the
  // producer linked: the assumed version's text would state a version the producer did not give.
  const versionless = assumedFamily(entry, resolution.versionAssumed) !== null;
  return {
    ...dataset,
    licence: {
      id: resolution.key,
      title: entry ? licenceName(entry, resolution.versionAssumed, lang) : published.title,
      // Generic entries have no text of their own: the producer's link is the best there is.
      url: (entry && !versionless && officialText(entry, lang)?.url) || published.url,
      versionAssumed: resolution.versionAssumed,
      published,
    },
  };
}
