import type { AttributionElement, AttributionStyle, LicenceEntry } from '../../../lib/licences/schema';
import type { Dataset } from '../../../lib/model/dataset';

/**
 * Catalogue entries built here from the licence texts (names, URLs and required elements as
 * /work/shared/research/licences.md quotes them), so the generator is tested against the texts and not
 * against whatever the catalogue says.
 */
function entry(
  key: string,
  style: AttributionStyle,
  elements: AttributionElement[],
  names: { fr: string; en: string },
  url: string | null,
  shareAlike = false,
): LicenceEntry {
  const clause = { fr: 'x', en: 'x' };
  return {
    key,
    spdx: key,
    names,
    version: null,
    urls: { fr: url, en: url },
    aliases: [],
    open: true,
    frenchAdministrations: false,
    permissions: [],
    conditions: [],
    prohibitions: [],
    attribution: { style, elements, summary: clause, source: key },
    shareAlike: shareAlike ? { scope: clause, source: key } : null,
    compatibility: [],
  };
}

export const LICENCES = {
  // LO 2.0: « sa source (au moins le nom du « Concédant ») et la date de dernière mise à jour ».
  'etalab-2.0': entry(
    'etalab-2.0',
    'etalab',
    ['producer', 'date'],
    { fr: 'Licence Ouverte / Open Licence version 2.0', en: 'Open Licence 2.0' },
    'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
  ),
  // LO 1.0: « sa source (a minima le nom du « Producteur ») et la date de sa dernière mise à jour ».
  'lo-1.0': entry(
    'lo-1.0',
    'etalab',
    ['producer', 'date'],
    { fr: 'Licence Ouverte / Open Licence (version 1.0)', en: 'Open Licence (version 1.0)' },
    'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf',
  ),
  // ODbL §4.3a: the database name with a hyperlink to it, "Open Database License" with a hyperlink to the text.
  'ODbL-1.0': entry(
    'ODbL-1.0',
    'odbl',
    ['title', 'link', 'licence', 'licenceLink'],
    { fr: 'Open Database License (ODbL) 1.0', en: 'Open Database License (ODbL) 1.0' },
    'https://opendatacommons.org/licenses/odbl/1-0/',
    true,
  ),
  // ODC-BY §4.3a: same notice, "ODC Attribution License".
  'ODC-By-1.0': entry(
    'ODC-By-1.0',
    'odc-by',
    ['title', 'link', 'licence', 'licenceLink'],
    { fr: 'Open Data Commons Attribution License (ODC-BY) 1.0', en: 'ODC Attribution License 1.0' },
    'https://opendatacommons.org/licenses/by/1.0/',
  ),
  // CC BY 4.0 §3(a)(1): creator (A)(i), URI (A)(v), modified (B), licence + URI (C).
  'CC-BY-4.0': entry(
    'CC-BY-4.0',
    'cc',
    ['producer', 'link', 'licence', 'licenceLink', 'modified'],
    { fr: 'CC BY 4.0', en: 'CC BY 4.0' },
    'https://creativecommons.org/licenses/by/4.0/',
  ),
  // CC BY 3.0: the title is required too (≤3.0).
  'CC-BY-3.0': entry(
    'CC-BY-3.0',
    'cc',
    ['title', 'producer', 'link', 'licence', 'licenceLink', 'modified'],
    { fr: 'CC BY 3.0', en: 'CC BY 3.0' },
    'https://creativecommons.org/licenses/by/3.0/',
  ),
  'CC-BY-SA-4.0': entry(
    'CC-BY-SA-4.0',
    'cc',
    ['producer', 'link', 'licence', 'licenceLink', 'modified'],
    { fr: 'CC BY-SA 4.0', en: 'CC BY-SA 4.0' },
    'https://creativecommons.org/licenses/by-sa/4.0/',
    true,
  ),
  // OGL: the provider's statement or the default one, and "where possible, provide a link to this licence".
  'OGL-UK-3.0': entry(
    'OGL-UK-3.0',
    'ogl-uk',
    ['providerStatement', 'licenceLink'],
    { fr: 'Licence gouvernementale ouverte v3.0', en: 'Open Government Licence v3.0' },
    'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  ),
  'OGL-Canada-2.0': entry(
    'OGL-Canada-2.0',
    'ogl-canada',
    ['providerStatement', 'licenceLink'],
    { fr: 'Licence du gouvernement ouvert – Canada', en: 'Open Government Licence – Canada' },
    'https://open.canada.ca/en/open-government-licence-canada',
  ),
  // DL-DE-BY §(2): provider, the note "dl-de/by-2-0" with the licence link, the dataset URI; §(3) changes.
  'DL-DE-BY-2.0': entry(
    'DL-DE-BY-2.0',
    'dl-de',
    ['producer', 'licence', 'licenceLink', 'link', 'modified'],
    {
      fr: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
      en: 'Data licence Germany – attribution – version 2.0',
    },
    'https://www.govdata.de/dl-de/by-2-0',
  ),
  // NLOD §5: the licensor, a reference to the licence, links to it and to the source, changes indicated.
  'NLOD-2.0': entry(
    'NLOD-2.0',
    'nlod',
    ['producer', 'licence', 'licenceLink', 'link', 'modified'],
    {
      fr: 'licence norvégienne pour les données publiques ouvertes (NLOD) 2.0',
      en: 'Norwegian licence for Open Government data (NLOD) 2.0',
    },
    'http://data.norge.no/nlod/en/2.0',
  ),
  // IODL 2.0: « indicare la fonte delle Informazioni e il nome del Licenziante, includendo, se possibile … un link ».
  'iodl-2.0': entry(
    'iodl-2.0',
    'iodl',
    ['producer', 'link', 'licence'],
    { fr: 'Italian Open Data License v2.0', en: 'Italian Open Data License v2.0' },
    'https://www.dati.gov.it/iodl/2.0',
  ),
  'CC0-1.0': entry(
    'CC0-1.0',
    'public-domain',
    [],
    { fr: 'CC0 1.0 Universel', en: 'CC0 1.0 Universal' },
    'https://creativecommons.org/publicdomain/zero/1.0/',
  ),
  'PDDL-1.0': entry(
    'PDDL-1.0',
    'public-domain',
    [],
    { fr: 'ODC Public Domain Dedication and Licence 1.0', en: 'ODC Public Domain Dedication and Licence 1.0' },
    'https://opendatacommons.org/licenses/pddl/1-0/',
  ),
  'other-pd': entry(
    'other-pd',
    'public-domain',
    [],
    { fr: 'Autre (domaine public)', en: 'Other (Public Domain)' },
    null,
  ),
  'other-at': entry(
    'other-at',
    'generic',
    ['producer'],
    { fr: 'Autre (attribution)', en: 'Other (Attribution)' },
    null,
  ),
  notspecified: entry(
    'notspecified',
    'crpa',
    ['producer', 'date'],
    { fr: 'Licence non spécifiée', en: 'License Not Specified' },
    null,
  ),
} satisfies Record<string, LicenceEntry>;

export type LicenceKey = keyof typeof LICENCES;

/** A dataset as an adapter would normalize it; `over` replaces any field. */
export function makeDataset(over: Partial<Dataset> = {}): Dataset {
  return {
    portal: 'udata',
    origin: 'https://data.example.org',
    id: '42',
    slug: 'equipements-publics',
    pageUrl: 'https://data.example.org/datasets/equipements-publics/',
    permalink: 'https://data.example.org/datasets/42',
    title: 'Équipements publics',
    description: null,
    publisher: { name: 'Ville de Nantes', url: null },
    licence: {
      id: null,
      title: null,
      url: null,
      versionAssumed: false,
      published: { id: null, title: null, url: null },
    },
    dates: { created: null, metadataModified: null, dataUpdated: '2025-10-06T09:00:00+02:00' },
    frequency: null,
    resources: [],
    tags: [],
    sourceUrl: null,
    doi: null,
    status: { archived: false, deleted: false, private: false },
    publicSector: null,
    missing: [],
    ...over,
  };
}
