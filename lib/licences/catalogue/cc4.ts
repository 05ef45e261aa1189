import type { Clause, LicenceEntry, Localized } from '../schema';

/*
 * The Creative Commons 4.0 suite. The six licences share one text with sections switched on by their
 * elements (SPDX `CC-BY-4.0.xml`, `CC-BY-SA-4.0.xml`, `CC-BY-NC-SA-4.0.xml`…; French legal code
 * `creativecommons/cc-legal-tools-data:docs/licenses/*\/4.0/legalcode.fr.html`), so one description per
 * clause is written once here and each licence lists its own elements, names and aliases below.
 * `open`: the Open Definition approves CC BY 4.0 and CC BY-SA 4.0 and rejects the NC and ND licences.
 */

interface Cc4 {
  /** Licence elements after BY: `sa`, `nc`, `nd`, `nc-sa`, `nc-nd`, or '' for BY alone. */
  elements: '' | 'sa' | 'nc' | 'nd' | 'nc-sa' | 'nc-nd';
  short: string;
  names: Localized;
  /** Letter of the NonCommercial definition in §1, which moves with the other definitions. */
  ncDefinition?: string;
  aliases: string[];
}

function cc4({ elements, short, names, ncDefinition, aliases }: Cc4): LicenceEntry {
  const nc = elements.includes('nc');
  const nd = elements.includes('nd');
  const sa = elements.includes('sa');
  const path = elements ? `by-${elements}` : 'by';
  const spdx = `CC-BY${elements ? `-${elements.toUpperCase()}` : ''}-4.0`;
  const at = (section: string) => `${short} §${section}`;
  const ncOnly: Localized = nc
    ? { fr: ', à des fins non commerciales uniquement', en: ', for non-commercial purposes only' }
    : { fr: ', y compris à des fins commerciales', en: ', including commercially' };

  const permissions: Clause[] = [
    {
      text: {
        fr: `Copier et partager le matériel, en tout ou partie, sur tout support${ncOnly.fr}.`,
        en: `Copy and share the material, in whole or in part, in any medium${ncOnly.en}.`,
      },
      source: at('2(a)(1)(A)'),
    },
    nd
      ? {
          text: {
            fr: `Adapter le matériel pour votre propre usage, sans partager l’adaptation${nc ? ', à des fins non commerciales uniquement' : ''}.`,
            en: `Adapt the material for your own use, without sharing the adaptation${nc ? ', for non-commercial purposes only' : ''}.`,
          },
          source: at('2(a)(1)(B)'),
        }
      : {
          text: {
            fr: `Adapter le matériel (remixer, transformer, créer à partir de lui) et partager vos adaptations${ncOnly.fr}.`,
            en: `Adapt the material (remix, transform, build upon it) and share your adaptations${ncOnly.en}.`,
          },
          source: at('2(a)(1)(B)'),
        },
  ];
  // §4(a) grants the database contents in every licence of the suite; the ND ones only as long as no Adapted
  // Material is shared.
  permissions.push(
    nd
      ? {
          text: {
            fr: `Extraire, réutiliser, reproduire et partager tout ou partie substantielle du contenu d’une base de données${ncOnly.fr}, à condition de ne pas partager de matériel adapté.`,
            en: `Extract, reuse, reproduce and share all or a substantial portion of the contents of a database${ncOnly.en}, provided you do not share adapted material.`,
          },
          source: at('4(a)'),
        }
      : {
          text: {
            fr: `Extraire, réutiliser et partager tout ou partie substantielle du contenu d’une base de données${ncOnly.fr}.`,
            en: `Extract, reuse and share all or a substantial portion of the contents of a database${ncOnly.en}.`,
          },
          source: at('4(a)'),
        },
  );

  const conditions: Clause[] = [
    {
      text: {
        fr: 'Créditer l’auteur et les personnes désignées, conserver les mentions de droit d’auteur, de licence et d’exclusion de garantie fournies, et donner un lien vers le matériel si c’est raisonnablement possible.',
        en: 'Credit the creator and anyone designated, keep the copyright, licence and disclaimer notices supplied, and link to the material where reasonably practicable.',
      },
      source: at('3(a)(1)(A)'),
    },
    {
      text: {
        fr: 'Indiquer si vous avez modifié le matériel et conserver la mention des modifications antérieures.',
        en: 'Indicate if you modified the material and keep any indication of previous modifications.',
      },
      source: at('3(a)(1)(B)'),
    },
    {
      text: {
        fr: 'Indiquer que le matériel est sous cette licence et en donner le texte ou un lien vers celui-ci.',
        en: 'Indicate that the material is under this licence and include its text or a link to it.',
      },
      source: at('3(a)(1)(C)'),
    },
    {
      text: {
        fr: 'Retirer ces mentions, dans la mesure du raisonnable, si le concédant le demande.',
        en: 'Remove this credit information, to the extent reasonably practicable, if the licensor asks you to.',
      },
      source: at('3(a)(3)'),
    },
  ];
  if (sa) {
    conditions.push({
      text: {
        fr: `Partager vos adaptations sous une licence Creative Commons aux mêmes éléments (${short} ou version ultérieure) ou une licence déclarée compatible, et en donner le texte ou un lien.`,
        en: `Share your adaptations under a Creative Commons licence with the same elements (${short} or a later version) or a licence declared compatible, and include its text or a link to it.`,
      },
      source: at('3(b)(1)–(2)'),
    });
  }

  const prohibitions: Clause[] = [
    {
      text: {
        fr: 'Laisser entendre que le concédant vous soutient, vous cautionne ou donne un caractère officiel à votre usage.',
        en: 'Imply that the licensor endorses or sponsors you or your use, or grants it official status.',
      },
      source: at('2(a)(6)'),
    },
    {
      text: {
        fr: 'Imposer des conditions supplémentaires ou des mesures techniques (DRM) qui restreignent les droits des autres destinataires.',
        en: 'Impose additional terms or technological measures (DRM) that restrict other recipients’ rights.',
      },
      // "No downstream restrictions" is (5)(B); the SA licences insert the additional offer for Adapted Material
      // as (5)(B), which moves it to (5)(C).
      source: at(sa ? '2(a)(5)(C), §3(b)(3)' : '2(a)(5)(B)'),
    },
  ];
  if (nc) {
    prohibitions.unshift({
      text: {
        fr: 'Utiliser le matériel principalement en vue d’un avantage commercial ou d’une compensation financière.',
        en: 'Use the material primarily for commercial advantage or monetary compensation.',
      },
      source: at(`1(${ncDefinition}), §2(a)(1)`),
    });
  }
  if (nd) {
    prohibitions.unshift({
      text: {
        fr: 'Partager une version modifiée ou adaptée du matériel.',
        en: 'Share a modified or adapted version of the material.',
      },
      source: at('2(a)(1)(B)'),
    });
  }

  return {
    key: spdx,
    spdx,
    names,
    version: '4.0',
    urls: {
      fr: `https://creativecommons.org/licenses/${path}/4.0/legalcode.fr`,
      en: `https://creativecommons.org/licenses/${path}/4.0/legalcode.en`,
    },
    aliases: [
      spdx,
      `https://creativecommons.org/licenses/${path}/4.0/`,
      `https://spdx.org/licenses/${spdx}.html`,
      // The deed's own title: "Attribution 4.0 International (CC BY 4.0)".
      names.en.replace(/^Creative Commons /, ''),
      names.fr.replace(/^Creative Commons /, ''),
      ...aliases,
    ],
    open: !nc && !nd,
    frenchAdministrations: false,
    permissions,
    conditions,
    prohibitions,
    attribution: {
      style: 'cc',
      elements: ['producer', 'link', 'licence', 'licenceLink', 'modified'],
      summary: {
        fr: 'Le nom de l’auteur (et des personnes désignées), les mentions fournies, un lien vers les données, la licence avec son lien et, le cas échéant, l’indication des modifications.',
        en: 'The creator’s name (and anyone designated), the notices supplied, a link to the data, the licence with its link and, where relevant, an indication of changes.',
      },
      source: at('3(a)(1)'),
    },
    shareAlike: sa
      ? {
          scope: {
            fr: 'Le matériel adapté que vous partagez (pour une base de données : la base dans laquelle vous avez des droits sui generis, pas ses contenus individuels) ; pas le matériel partagé sans modification.',
            en: 'Adapted material you share (for a database: the database in which you hold sui generis rights, not its individual contents); not material shared unmodified.',
          },
          source: at('3(b), §4(b)'),
        }
      : null,
    compatibility: sa
      ? [
          {
            with: spdx,
            statement: {
              fr: `Les adaptations peuvent être diffusées sous une version ultérieure aux mêmes éléments ou sous une licence déclarée compatible par Creative Commons (creativecommons.org/compatiblelicenses).`,
              en: `Adaptations may be licensed under a later version with the same elements or under a licence Creative Commons lists as compatible (creativecommons.org/compatiblelicenses).`,
            },
            source: at('3(b)(1)'),
          },
        ]
      : [],
  };
}

export const CC_BY_4_0 = cc4({
  elements: '',
  short: 'CC BY 4.0',
  names: {
    fr: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    en: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  },
  aliases: [
    // Socrata's licence ids (`licenseId`).
    'CC_40_BY',
    'CC BY 4.0',
    'CC-BY 4.0',
    'Creative Commons Attribution 4.0',
    'Creative Commons Attribution 4.0 International',
    'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    'Creative Commons Attribution 4.0 International Public License',
    'Attribution 4.0 International',
    'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0',
  ],
});

export const CC_BY_SA_4_0 = cc4({
  elements: 'sa',
  short: 'CC BY-SA 4.0',
  names: {
    fr: 'Creative Commons Attribution - Partage dans les Mêmes Conditions 4.0 International (CC BY-SA 4.0)',
    en: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
  },
  aliases: [
    'CC_40_BY_SA',
    'CC BY-SA 4.0',
    'Creative Commons Attribution Share-Alike 4.0',
    'Creative Commons Attribution-ShareAlike 4.0',
    'Creative Commons Attribution-ShareAlike 4.0 International',
    'Creative Commons Attribution Share Alike 4.0 International',
    'Creative Commons Attribution – Partage dans les Mêmes Conditions 4.0 International',
    'Attribution - Partage dans les Mêmes Conditions 4.0 International',
    'http://publications.europa.eu/resource/authority/licence/CC_BYSA_4_0',
  ],
});

export const CC_BY_NC_4_0 = cc4({
  elements: 'nc',
  short: 'CC BY-NC 4.0',
  ncDefinition: 'i',
  names: {
    fr: 'Creative Commons Attribution - Pas d’Utilisation Commerciale 4.0 International (CC BY-NC 4.0)',
    en: 'Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)',
  },
  aliases: [
    'CC BY-NC 4.0',
    'Creative Commons Attribution Non Commercial 4.0',
    'Creative Commons Attribution-NonCommercial 4.0',
    'Creative Commons Attribution-NonCommercial 4.0 International',
    'Creative Commons Attribution Noncommercial 4.0 International',
    'Attribution - Pas d’Utilisation Commerciale 4.0 International',
    'http://publications.europa.eu/resource/authority/licence/CC_BYNC_4_0',
  ],
});

export const CC_BY_ND_4_0 = cc4({
  elements: 'nd',
  short: 'CC BY-ND 4.0',
  names: {
    fr: 'Creative Commons Attribution - Pas de Modification 4.0 International (CC BY-ND 4.0)',
    en: 'Creative Commons Attribution-NoDerivatives 4.0 International (CC BY-ND 4.0)',
  },
  aliases: [
    'CC BY-ND 4.0',
    'CC_40_BY_ND',
    'Creative Commons Attribution No Derivatives 4.0',
    'Creative Commons Attribution-NoDerivatives 4.0',
    'Creative Commons Attribution-NoDerivatives 4.0 International',
    'Creative Commons Attribution No Derivative Works 4.0 International',
    'Attribution - Pas de Modification 4.0 International',
    'http://publications.europa.eu/resource/authority/licence/CC_BYND_4_0',
  ],
});

export const CC_BY_NC_SA_4_0 = cc4({
  elements: 'nc-sa',
  short: 'CC BY-NC-SA 4.0',
  ncDefinition: 'k',
  names: {
    fr: 'Creative Commons Attribution - Pas d’Utilisation Commerciale - Partage dans les Mêmes Conditions 4.0 International (CC BY-NC-SA 4.0)',
    en: 'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International (CC BY-NC-SA 4.0)',
  },
  aliases: [
    'CC BY-NC-SA 4.0',
    'Creative Commons Attribution Non Commercial Share Alike 4.0',
    'Creative Commons Attribution-NonCommercial-ShareAlike 4.0',
    'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International',
    'Creative Commons Attribution Noncommercial Share Alike 4.0 International',
    'Attribution - Pas d’Utilisation Commerciale - Partage dans les Mêmes Conditions 4.0 International',
    'http://publications.europa.eu/resource/authority/licence/CC_BYNCSA_4_0',
  ],
});

export const CC_BY_NC_ND_4_0 = cc4({
  elements: 'nc-nd',
  short: 'CC BY-NC-ND 4.0',
  ncDefinition: 'h',
  names: {
    fr: 'Creative Commons Attribution - Pas d’Utilisation Commerciale - Pas de Modification 4.0 International (CC BY-NC-ND 4.0)',
    en: 'Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International (CC BY-NC-ND 4.0)',
  },
  aliases: [
    'CC BY-NC-ND 4.0',
    'Creative Commons Attribution Non Commercial No Derivatives 4.0',
    'Creative Commons Attribution-NonCommercial-NoDerivatives 4.0',
    'Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International',
    'Creative Commons Attribution Noncommercial No Derivative Works 4.0 International',
    'Attribution - Pas d’Utilisation Commerciale - Pas de Modification 4.0 International',
    'http://publications.europa.eu/resource/authority/licence/CC_BYNCND_4_0',
  ],
});

export const CC4_LICENCES: readonly LicenceEntry[] = [
  CC_BY_4_0,
  CC_BY_SA_4_0,
  CC_BY_NC_4_0,
  CC_BY_ND_4_0,
  CC_BY_NC_SA_4_0,
  CC_BY_NC_ND_4_0,
];
