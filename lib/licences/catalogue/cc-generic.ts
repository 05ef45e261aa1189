import type { Clause, LicenceEntry, Localized } from '../schema';

/*
 * The Creative Commons licences 1.0, 2.0, 2.5 (Generic) and 3.0 (Unported) that portals still name, apart from
 * CC BY 2.0/3.0 and CC BY-SA 3.0 (`cc-legacy.ts`). Their texts share one layout (legal codes at
 * creativecommons.org/licenses/<elements>/<version>/legalcode; SPDX `CC-BY-NC-2.5.xml`…): §3 grants the rights
 * (adaptations only without ND); §4(a) sets the general restrictions (a copy or the URI of the licence with every
 * copy, no sub-licensing, no added terms or technological measures); then, in this order, the share-alike
 * clause, the non-commercial clause, and the attribution clause. 1.0 asks no URI in the credit. `open`: the Open
 * Definition approves CC BY and CC BY-SA 1.0–3.0; NC and ND licences restrict use and are not open.
 */

type Version = '1.0' | '2.0' | '2.5' | '3.0';
type Elements = '' | 'sa' | 'nc' | 'nd' | 'nc-sa' | 'nc-nd';

const ELEMENT_NAMES: Record<Elements, { short: string; en: string; fr: string }> = {
  '': { short: 'BY', en: 'Attribution', fr: 'Attribution' },
  sa: { short: 'BY-SA', en: 'Attribution-ShareAlike', fr: 'Attribution - Partage dans les Mêmes Conditions' },
  nc: { short: 'BY-NC', en: 'Attribution-NonCommercial', fr: 'Attribution - Pas d’Utilisation Commerciale' },
  nd: { short: 'BY-ND', en: 'Attribution-NoDerivs', fr: 'Attribution - Pas de Modification' },
  'nc-sa': {
    short: 'BY-NC-SA',
    en: 'Attribution-NonCommercial-ShareAlike',
    fr: 'Attribution - Pas d’Utilisation Commerciale - Partage dans les Mêmes Conditions',
  },
  'nc-nd': {
    short: 'BY-NC-ND',
    en: 'Attribution-NonCommercial-NoDerivs',
    fr: 'Attribution - Pas d’Utilisation Commerciale - Pas de Modification',
  },
};

const SCOPE: Record<Version, Localized> = {
  '1.0': { en: 'Generic', fr: 'Générique' },
  '2.0': { en: 'Generic', fr: 'Générique' },
  '2.5': { en: 'Generic', fr: 'Générique' },
  '3.0': { en: 'Unported', fr: 'non transposée' },
};

/** Where adapted works may go under each version's share-alike clause. */
const SHARE_ALIKE: Record<Version, Localized> = {
  '1.0': {
    fr: 'Diffuser vos œuvres dérivées uniquement sous les termes de cette licence.',
    en: 'Distribute your derivative works only under the terms of this licence.',
  },
  '2.0': {
    fr: 'Diffuser vos œuvres dérivées uniquement sous cette licence, une version ultérieure aux mêmes éléments ou une transposition nationale aux mêmes éléments.',
    en: 'Distribute your derivative works only under this licence, a later version with the same elements or a jurisdiction port with the same elements.',
  },
  '2.5': {
    fr: 'Diffuser vos œuvres dérivées uniquement sous cette licence, une version ultérieure aux mêmes éléments ou une transposition nationale aux mêmes éléments.',
    en: 'Distribute your derivative works only under this licence, a later version with the same elements or a jurisdiction port with the same elements.',
  },
  '3.0': {
    fr: 'Diffuser vos adaptations uniquement sous cette licence, une version ultérieure aux mêmes éléments, une transposition nationale aux mêmes éléments ou une licence déclarée compatible.',
    en: 'Distribute your adaptations only under this licence, a later version with the same elements, a jurisdiction port with the same elements or a licence declared compatible.',
  },
};

/** The §4 letter of each clause: (a) general, then share-alike, then non-commercial, then attribution. */
function letters(elements: Elements): { sa?: string; nc?: string; attribution: string } {
  const clauses = [
    'general',
    ...(elements.includes('sa') ? ['sa'] : []),
    ...(elements.includes('nc') ? ['nc'] : []),
    'attribution',
  ];
  const letter = (name: string) => String.fromCharCode('a'.charCodeAt(0) + clauses.indexOf(name));
  return {
    ...(clauses.includes('sa') ? { sa: letter('sa') } : {}),
    ...(clauses.includes('nc') ? { nc: letter('nc') } : {}),
    attribution: letter('attribution'),
  };
}

export interface CcGenericSpec {
  elements: Elements;
  version: Version;
  /** Ids, titles and URLs portals publish for it beyond the ones every entry gets. */
  aliases?: string[];
}

/** The legal code's path: CC named the 1.0 NonCommercial-NoDerivs licence `by-nd-nc`. */
function pathOf(elements: Elements, version: Version): string {
  if (elements === 'nc-nd' && version === '1.0') return 'by-nd-nc';
  return elements ? `by-${elements}` : 'by';
}

export function ccGeneric({ elements, version, aliases = [] }: CcGenericSpec): LicenceEntry {
  const name = ELEMENT_NAMES[elements];
  const nc = elements.includes('nc');
  const nd = elements.includes('nd');
  const spdx = `CC-${name.short}-${version}`;
  const short = `CC ${name.short} ${version}`;
  const at = (section: string) => `${short} §${section}`;
  const clause = letters(elements);
  const path = pathOf(elements, version);
  const work =
    version === '3.0' ? { fr: 'adaptations', en: 'adaptations' } : { fr: 'œuvres dérivées', en: 'derivative works' };
  const ncOnly: Localized = nc
    ? { fr: ', à des fins non commerciales uniquement', en: ', for non-commercial purposes only' }
    : { fr: ', y compris à des fins commerciales', en: ', including commercially' };

  const permissions: Clause[] = [
    {
      text: {
        fr: `Reproduire l’œuvre, l’intégrer dans des recueils et la diffuser${ncOnly.fr}.`,
        en: `Reproduce the work, incorporate it into collections and distribute it${ncOnly.en}.`,
      },
      source: at('3'),
    },
  ];
  if (!nd) {
    permissions.push({
      text: {
        fr: `Créer et diffuser des ${work.fr} de l’œuvre${ncOnly.fr}.`,
        en: `Create and distribute ${work.en} of the work${ncOnly.en}.`,
      },
      source: at('3'),
    });
  }

  const credit: Localized =
    version === '1.0'
      ? {
          fr: 'Conserver les mentions de droit d’auteur et citer l’auteur original et le titre de l’œuvre s’ils sont fournis.',
          en: 'Keep the copyright notices and credit the original author and the title of the work, if supplied.',
        }
      : {
          fr: `Conserver les mentions de droit d’auteur et citer l’auteur (ou les parties désignées), le titre de l’œuvre s’il est fourni et, si possible, l’adresse (URI) indiquée par le concédant${nd ? '' : ` ; pour les ${work.fr}, mentionner l’usage de l’œuvre d’origine`}.`,
          en: `Keep the copyright notices and credit the author (or designated parties), the title of the work if supplied and, where practicable, the URI the licensor specifies${nd ? '' : `; for ${work.en}, credit the use of the original work`}.`,
        };
  const conditions: Clause[] = [
    { text: credit, source: at(`4(${clause.attribution})`) },
    {
      text: {
        fr: 'Joindre un exemplaire de la licence ou son adresse (URI) à chaque copie diffusée.',
        en: 'Include a copy of the licence or its URI with every copy you distribute.',
      },
      source: at('4(a)'),
    },
  ];
  if (clause.sa) conditions.push({ text: SHARE_ALIKE[version], source: at(`4(${clause.sa})`) });

  const prohibitions: Clause[] = [
    {
      text: {
        fr: 'Sous-licencier l’œuvre, ou imposer des conditions ou des mesures techniques qui restreignent les droits accordés par la licence.',
        en: 'Sub-license the work, or impose terms or technological measures that restrict the rights the licence grants.',
      },
      source: at('4(a)'),
    },
  ];
  if (clause.nc) {
    prohibitions.unshift({
      text: {
        fr: 'Utiliser l’œuvre d’une manière principalement destinée à obtenir un avantage commercial ou une compensation financière privée.',
        en: 'Use the work in any manner primarily intended for or directed toward commercial advantage or private monetary compensation.',
      },
      source: at(`4(${clause.nc})`),
    });
  }
  if (nd) {
    prohibitions.unshift({
      text: {
        fr: 'Créer ou diffuser des œuvres dérivées : la licence ne les permet pas.',
        en: 'Create or distribute derivative works: the licence does not allow them.',
      },
      source: at('3'),
    });
  }

  return {
    key: spdx,
    spdx,
    names: {
      fr: `Creative Commons ${name.fr} ${version} ${SCOPE[version].fr} (CC ${name.short} ${version})`,
      en: `Creative Commons ${name.en} ${version} ${SCOPE[version].en} (CC ${name.short} ${version})`,
    },
    version,
    urls: { fr: null, en: `https://creativecommons.org/licenses/${path}/${version}/legalcode` },
    aliases: [
      spdx,
      `CC ${name.short} ${version}`,
      `Creative Commons ${name.en} ${version}`,
      `Creative Commons ${name.en} ${version} ${SCOPE[version].en}`,
      `https://creativecommons.org/licenses/${path}/${version}/`,
      `https://spdx.org/licenses/${spdx}.html`,
      // The deed's own title: "Attribution-NonCommercial 3.0 Unported (CC BY-NC 3.0)".
      `${name.en} ${version} ${SCOPE[version].en} (CC ${name.short} ${version})`,
      ...aliases,
    ],
    open: !nc && !nd,
    frenchAdministrations: false,
    permissions,
    conditions,
    prohibitions,
    attribution: {
      style: 'cc',
      elements: ['producer', 'title', 'link', 'licence', 'licenceLink', 'modified'],
      summary: {
        fr: 'L’auteur, le titre s’il est fourni, l’adresse indiquée par le concédant, la licence (texte ou adresse) et, pour une œuvre dérivée, la mention de l’usage de l’œuvre d’origine.',
        en: 'The author, the title if supplied, the URI the licensor specifies, the licence (text or URI) and, for a derivative work, a credit of the original work’s use.',
      },
      source: at(`4(a), §4(${clause.attribution})`),
    },
    shareAlike: clause.sa
      ? {
          scope: {
            fr: `Les ${work.fr} que vous diffusez ; pas l’œuvre intégrée sans modification dans un recueil.`,
            en: `${work.en[0]!.toUpperCase()}${work.en.slice(1)} you distribute; not the work included unmodified in a collection.`,
          },
          source: at(`4(${clause.sa})`),
        }
      : null,
    compatibility: [],
  };
}

/** The Socrata licence ids (`licenseId`) and EU vocabulary URIs portals publish for the 3.0 licences. */
export const CC_GENERIC_LICENCES: readonly LicenceEntry[] = [
  ccGeneric({ elements: '', version: '1.0' }),
  ccGeneric({ elements: '', version: '2.5', aliases: ['Creative Commons Attribution 2.5 Generic'] }),
  ccGeneric({ elements: 'sa', version: '1.0' }),
  ccGeneric({ elements: 'sa', version: '2.0' }),
  ccGeneric({ elements: 'sa', version: '2.5' }),
  ccGeneric({ elements: 'nc', version: '1.0' }),
  ccGeneric({ elements: 'nc', version: '2.0' }),
  ccGeneric({ elements: 'nc', version: '2.5' }),
  ccGeneric({
    elements: 'nc',
    version: '3.0',
    aliases: ['CC_30_BY_NC', 'http://publications.europa.eu/resource/authority/licence/CC_BYNC_3_0'],
  }),
  ccGeneric({ elements: 'nd', version: '1.0' }),
  ccGeneric({ elements: 'nd', version: '2.0' }),
  ccGeneric({ elements: 'nd', version: '2.5' }),
  ccGeneric({
    elements: 'nd',
    version: '3.0',
    aliases: ['CC_30_BY_ND', 'http://publications.europa.eu/resource/authority/licence/CC_BYND_3_0'],
  }),
  ccGeneric({ elements: 'nc-sa', version: '1.0' }),
  ccGeneric({ elements: 'nc-sa', version: '2.0' }),
  ccGeneric({ elements: 'nc-sa', version: '2.5' }),
  ccGeneric({
    elements: 'nc-sa',
    version: '3.0',
    aliases: ['CC_30_BY_NC_SA', 'http://publications.europa.eu/resource/authority/licence/CC_BYNCSA_3_0'],
  }),
  ccGeneric({
    elements: 'nc-nd',
    version: '1.0',
    aliases: ['Creative Commons Attribution-NoDerivs-NonCommercial 1.0'],
  }),
  ccGeneric({ elements: 'nc-nd', version: '2.0' }),
  ccGeneric({ elements: 'nc-nd', version: '2.5' }),
  ccGeneric({
    elements: 'nc-nd',
    version: '3.0',
    aliases: ['CC_30_BY_NC_ND', 'http://publications.europa.eu/resource/authority/licence/CC_BYNCND_3_0'],
  }),
];
