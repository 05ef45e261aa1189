/**
 * Names and URLs that say which licence but not which version (`cc-by`, « Licence Ouverte (Etalab) »,
 * `uk-ogl`). They resolve to the family's current version with `versionAssumed: true`, unless a URL or
 * another field names a member exactly. Sources: data.gouv.fr and CKAN licence lists, the Open Definition
 * service, the EU licence vocabulary, OpenDataSoft `metas.license`, ArcGIS Hub feeds.
 */
export interface LicenceFamily {
  /** The version assumed when nothing says which: the latest. */
  assumed: string;
  /** Every version a versionless mention may stand for. */
  members: readonly string[];
  aliases: readonly string[];
}

export const LICENCE_FAMILIES: readonly LicenceFamily[] = [
  {
    assumed: 'etalab-2.0',
    members: ['etalab-2.0', 'lo-1.0'],
    aliases: [
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
    assumed: 'CC-BY-4.0',
    members: ['CC-BY-4.0', 'CC-BY-3.0', 'CC-BY-2.0', 'cc-by-3.0-fr', 'cc-by-2.0-fr'],
    aliases: [
      'cc-by',
      'Creative Commons Attribution',
      'Creative Commons Attribution (CC BY)',
      'Creative Commons Paternité',
      'http://www.opendefinition.org/licenses/cc-by',
      'https://opendefinition.org/licenses/cc-by',
      'https://creativecommons.org/licenses/by/',
      'http://publications.europa.eu/resource/authority/licence/CC_BY',
    ],
  },
  {
    assumed: 'CC-BY-SA-4.0',
    members: ['CC-BY-SA-4.0', 'CC-BY-SA-3.0'],
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
    assumed: 'CC-BY-NC-4.0',
    members: ['CC-BY-NC-4.0'],
    aliases: [
      'cc-by-nc',
      'cc-nc',
      'Creative Commons Non-Commercial (Any)',
      'Creative Commons Attribution-NonCommercial',
      'Creative Commons Attribution Non-Commercial',
      'http://www.opendefinition.org/licenses/cc-nc',
      'https://creativecommons.org/licenses/by-nc/',
    ],
  },
  {
    assumed: 'CC-BY-ND-4.0',
    members: ['CC-BY-ND-4.0'],
    aliases: [
      'cc-by-nd',
      'Creative Commons Attribution-NoDerivatives',
      'Creative Commons Attribution-NoDerivs',
      'https://creativecommons.org/licenses/by-nd/',
    ],
  },
  {
    assumed: 'CC-BY-NC-SA-4.0',
    members: ['CC-BY-NC-SA-4.0'],
    aliases: [
      'cc-by-nc-sa',
      'Creative Commons Attribution-NonCommercial-ShareAlike',
      'https://creativecommons.org/licenses/by-nc-sa/',
    ],
  },
  {
    assumed: 'CC-BY-NC-ND-4.0',
    members: ['CC-BY-NC-ND-4.0'],
    aliases: [
      'cc-by-nc-nd',
      'Creative Commons Attribution-NonCommercial-NoDerivatives',
      'Creative Commons Attribution-NonCommercial-NoDerivs',
      'https://creativecommons.org/licenses/by-nc-nd/',
    ],
  },
  {
    assumed: 'OGL-UK-3.0',
    members: ['OGL-UK-3.0', 'OGL-UK-2.0'],
    aliases: [
      'uk-ogl',
      'OGL-UK',
      'UK Open Government Licence (OGL)',
      'UK Open Government Licence',
      'Open Government Licence (UK)',
      'http://reference.data.gov.uk/id/open-government-licence',
      'https://www.nationalarchives.gov.uk/doc/open-government-licence',
      'https://www.nationalarchives.gov.uk/doc/open-government-licence/open-government-licence.htm',
    ],
  },
  {
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
];
