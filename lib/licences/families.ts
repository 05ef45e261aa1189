import type { Localized } from './schema';

/**
 * Names and URLs that say which licence but not which version (`cc-by`, « Licence Ouverte (Etalab) »,
 * `uk-ogl`). They resolve to the family's current version with `versionAssumed: true`, unless a URL or
 * another field names a member exactly. Sources: data.gouv.fr and CKAN licence lists, the Open Definition
 * service, the EU licence vocabulary, OpenDataSoft `metas.license`, ArcGIS Hub feeds.
 */
export interface LicenceFamily {
  /** The family's name without a version, for notices that must not state one the producer did not give. */
  names: Localized;
  /** The version assumed when nothing says which: the latest. */
  assumed: string;
  /** Every version a versionless mention may stand for. */
  members: readonly string[];
  aliases: readonly string[];
}

export const LICENCE_FAMILIES: readonly LicenceFamily[] = [
  {
    names: { fr: 'Licence Ouverte / Open Licence', en: 'Etalab Open Licence' },
    assumed: 'etalab-2.0',
    members: ['etalab-2.0', 'lo-1.0'],
    aliases: [
      // The 1.0 text bears this title, but so does the family (2.0 is « … / Open Licence version 2.0 »), and
      // Etalab's page has presented each version in turn: the id, a PDF or a version in the title settles it.
      'Licence Ouverte / Open Licence',
      'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
      'Licence Ouverte',
      'License Ouverte',
      'Licence Ouverte (Etalab)',
      'Licence Ouverte Etalab',
      'License Etalab',
      'Licence Etalab',
      'Open Licence (Etalab)',
      'licence-ouverte',
    ],
  },
  {
    names: { fr: 'Creative Commons Attribution (CC BY)', en: 'Creative Commons Attribution (CC BY)' },
    assumed: 'CC-BY-4.0',
    members: ['CC-BY-4.0', 'CC-BY-3.0', 'CC-BY-2.5', 'CC-BY-2.0', 'CC-BY-1.0', 'cc-by-3.0-fr', 'cc-by-2.0-fr'],
    aliases: [
      'cc-by',
      'Creative Commons Attribution',
      'Creative Commons Attribution (CC BY)',
      'http://www.opendefinition.org/licenses/cc-by',
      'https://opendefinition.org/licenses/cc-by',
      'https://creativecommons.org/licenses/by/',
      'http://publications.europa.eu/resource/authority/licence/CC_BY',
    ],
  },
  {
    names: {
      fr: 'Creative Commons Attribution - Partage dans les Mêmes Conditions (CC BY-SA)',
      en: 'Creative Commons Attribution-ShareAlike (CC BY-SA)',
    },
    assumed: 'CC-BY-SA-4.0',
    members: ['CC-BY-SA-4.0', 'CC-BY-SA-3.0', 'CC-BY-SA-2.5', 'CC-BY-SA-2.0', 'CC-BY-SA-1.0'],
    aliases: [
      'cc-by-sa',
      'Creative Commons Attribution Share-Alike',
      'Creative Commons Attribution-ShareAlike',
      'Creative Commons Attribution Share Alike',
      'http://www.opendefinition.org/licenses/cc-by-sa',
      'https://opendefinition.org/licenses/cc-by-sa',
      'https://creativecommons.org/licenses/by-sa/',
      'http://publications.europa.eu/resource/authority/licence/CC_BYSA',
    ],
  },
  {
    names: {
      fr: 'Creative Commons Attribution - Pas d’Utilisation Commerciale (CC BY-NC)',
      en: 'Creative Commons Attribution-NonCommercial (CC BY-NC)',
    },
    assumed: 'CC-BY-NC-4.0',
    members: ['CC-BY-NC-4.0', 'CC-BY-NC-3.0', 'CC-BY-NC-2.5', 'CC-BY-NC-2.0', 'CC-BY-NC-1.0'],
    aliases: [
      'cc-by-nc',
      'Creative Commons Attribution-NonCommercial',
      'Creative Commons Attribution Non-Commercial',
      'https://creativecommons.org/licenses/by-nc/',
    ],
  },
  {
    names: {
      fr: 'Creative Commons Attribution - Pas de Modification (CC BY-ND)',
      en: 'Creative Commons Attribution-NoDerivatives (CC BY-ND)',
    },
    assumed: 'CC-BY-ND-4.0',
    members: ['CC-BY-ND-4.0', 'CC-BY-ND-3.0', 'CC-BY-ND-2.5', 'CC-BY-ND-2.0', 'CC-BY-ND-1.0'],
    aliases: [
      'cc-by-nd',
      'Creative Commons Attribution-NoDerivatives',
      'Creative Commons Attribution-NoDerivs',
      'https://creativecommons.org/licenses/by-nd/',
    ],
  },
  {
    names: {
      fr: 'Creative Commons Attribution - Pas d’Utilisation Commerciale - Partage dans les Mêmes Conditions (CC BY-NC-SA)',
      en: 'Creative Commons Attribution-NonCommercial-ShareAlike (CC BY-NC-SA)',
    },
    assumed: 'CC-BY-NC-SA-4.0',
    members: ['CC-BY-NC-SA-4.0', 'CC-BY-NC-SA-3.0', 'CC-BY-NC-SA-2.5', 'CC-BY-NC-SA-2.0', 'CC-BY-NC-SA-1.0'],
    aliases: [
      'cc-by-nc-sa',
      'Creative Commons Attribution-NonCommercial-ShareAlike',
      'https://creativecommons.org/licenses/by-nc-sa/',
    ],
  },
  {
    names: {
      fr: 'Creative Commons Attribution - Pas d’Utilisation Commerciale - Pas de Modification (CC BY-NC-ND)',
      en: 'Creative Commons Attribution-NonCommercial-NoDerivatives (CC BY-NC-ND)',
    },
    assumed: 'CC-BY-NC-ND-4.0',
    members: ['CC-BY-NC-ND-4.0', 'CC-BY-NC-ND-3.0', 'CC-BY-NC-ND-2.5', 'CC-BY-NC-ND-2.0', 'CC-BY-NC-ND-1.0'],
    aliases: [
      'cc-by-nc-nd',
      'Creative Commons Attribution-NonCommercial-NoDerivatives',
      'Creative Commons Attribution-NonCommercial-NoDerivs',
      'https://creativecommons.org/licenses/by-nc-nd/',
    ],
  },
  {
    names: { fr: 'Open Government Licence', en: 'Open Government Licence' },
    assumed: 'OGL-UK-3.0',
    members: ['OGL-UK-3.0', 'OGL-UK-2.0', 'OGL-UK-1.0'],
    aliases: [
      'uk-ogl',
      'OGL-UK',
      'UK Open Government Licence (OGL)',
      'UK Open Government Licence',
      'Open Government Licence (UK)',
      'http://reference.data.gov.uk/id/open-government-licence',
      'https://www.nationalarchives.gov.uk/doc/open-government-licence',
    ],
  },
  {
    names: {
      fr: 'Licence norvégienne pour les données publiques ouvertes (NLOD)',
      en: 'Norwegian Licence for Open Government Data (NLOD)',
    },
    assumed: 'NLOD-2.0',
    members: ['NLOD-2.0', 'NLOD-1.0'],
    aliases: [
      'NLOD',
      'Norwegian Licence for Open Government Data',
      'Norwegian Licence for Open Government Data (NLOD)',
      'Norsk lisens for offentlige data',
      'Norsk lisens for offentlige data (NLOD)',
    ],
  },
  {
    names: { fr: 'Datenlizenz Deutschland – Namensnennung', en: 'Data licence Germany – attribution' },
    assumed: 'DL-DE-BY-2.0',
    members: ['DL-DE-BY-2.0'],
    aliases: [
      'Datenlizenz Deutschland Namensnennung',
      'Datenlizenz Deutschland – Namensnennung',
      'dl-de-by',
      'dl-by-de',
    ],
  },
];

/** The family whose versionless names resolved to `key`, if any. */
export function familyAssuming(key: string): LicenceFamily | undefined {
  return LICENCE_FAMILIES.find((f) => f.assumed === key);
}
