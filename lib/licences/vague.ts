/**
 * Names that look like a licence but cannot honestly be resolved to one entry: they stay unknown, with the
 * reason shown to the reader (a locale key). Each was seen resolving to a wrong, over-precise licence.
 */
export interface VagueName {
  /** `licences.vague.*`: why the name does not say which licence, and what to check. */
  reason: string;
  aliases: readonly string[];
  /**
   * URLs a portal's licence register fills in by itself for this name (CKAN links `cc-nc` to CC BY-NC 2.0):
   * beside the name they say nothing about the producer's choice, so they do not settle it.
   */
  registerUrls?: readonly string[];
}

const PORT_ELEMENTS = [
  {
    path: 'by-sa',
    short: 'BY-SA',
    en: 'Attribution-ShareAlike',
    fr: 'Attribution - Partage dans les Mêmes Conditions',
  },
  { path: 'by-nc', short: 'BY-NC', en: 'Attribution-NonCommercial', fr: 'Attribution - Pas d’Utilisation Commerciale' },
  { path: 'by-nd', short: 'BY-ND', en: 'Attribution-NoDerivs', fr: 'Attribution - Pas de Modification' },
  {
    path: 'by-nc-sa',
    short: 'BY-NC-SA',
    en: 'Attribution-NonCommercial-ShareAlike',
    fr: 'Attribution - Pas d’Utilisation Commerciale - Partage dans les Mêmes Conditions',
  },
  {
    path: 'by-nc-nd',
    short: 'BY-NC-ND',
    en: 'Attribution-NonCommercial-NoDerivs',
    fr: 'Attribution - Pas d’Utilisation Commerciale - Pas de Modification',
  },
];

/**
 * The French ports (2.0 and 3.0 France) of CC BY-SA and of the NC/ND licences: their texts number and word
 * their clauses differently from the generic ones, and the catalogue does not describe them yet. Named
 * exactly, they stay unknown with the reason rather than borrowing the generic licence's clauses.
 */
function frenchPortAliases(): string[] {
  return PORT_ELEMENTS.flatMap((e) =>
    ['2.0', '3.0'].flatMap((v) => [
      `https://creativecommons.org/licenses/${e.path}/${v}/fr/`,
      `CC ${e.short} ${v} FR`,
      `CC-${e.short}-${v}-FR`,
      `Creative Commons ${e.en} ${v} France`,
      `Creative Commons ${e.fr} ${v} France`,
    ]),
  );
}

export const VAGUE_NAMES: readonly VagueName[] = [
  { reason: 'licences.vague.ccFrenchPort', aliases: frenchPortAliases() },
  {
    // « Paternité » is how CC BY was called in French up to 3.0 (generic 1.0–3.0, or the French ports 2.0 and
    // 3.0); 4.0 says « Attribution ». Without a version the texts, and the database right, differ.
    reason: 'licences.vague.ccPaternite',
    aliases: ['Creative Commons Paternité', 'Creative Commons - Paternité', 'CC Paternité', 'Paternité'],
  },
  {
    // CKAN's default list: "Creative Commons Non-Commercial (Any)" covers BY-NC, BY-NC-SA and BY-NC-ND, any version.
    reason: 'licences.vague.ccNonCommercialAny',
    registerUrls: ['http://creativecommons.org/licenses/by-nc/2.0/'],
    aliases: [
      'cc-nc',
      'Creative Commons Non-Commercial (Any)',
      'Creative Commons Non-Commercial',
      'http://www.opendefinition.org/licenses/cc-nc',
      'https://opendefinition.org/licenses/cc-nc',
    ],
  },
  {
    // The Open Definition's title for Licence Ouverte 2.0, but a generic name other "open licences 2.0" share
    // (OGL – Canada 2.0, Open Government Licence 2.0…): the id or the link decides.
    reason: 'licences.vague.openLicence2',
    aliases: ['Open License 2.0'],
  },
];
