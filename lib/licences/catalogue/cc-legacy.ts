import type { LicenceEntry } from '../schema';

/*
 * CC0 and the Creative Commons licences before 4.0 that open data portals still use. Quotes: SPDX
 * `CC0-1.0.xml`, `CC-BY-3.0.xml`, `CC-BY-2.0.xml`, `CC-BY-SA-3.0.xml`; the French ports from
 * `creativecommons/cc-legal-tools-data` (`legacy/legalcode/by_2.0_fr.html`, `docs/licenses/by/3.0/fr/legalcode.fr.html`).
 * SPDX has no id for the French ports of CC BY (only `CC-BY-NC-SA-2.0-FR`), hence project keys for them.
 * `open`: the Open Definition approves CC0 and lists CC BY and CC BY-SA 1.0–3.0 « including all jurisdiction
 * ports » as conformant.
 */

export const CC0_1_0: LicenceEntry = {
  key: 'CC0-1.0',
  spdx: 'CC0-1.0',
  names: { fr: 'Creative Commons Zero v1.0 Universel (CC0 1.0)', en: 'Creative Commons Zero v1.0 Universal (CC0 1.0)' },
  version: '1.0',
  urls: {
    fr: 'https://creativecommons.org/publicdomain/zero/1.0/legalcode.fr',
    en: 'https://creativecommons.org/publicdomain/zero/1.0/legalcode.en',
  },
  aliases: [
    'cc-zero',
    'CC0-1.0',
    'CC0',
    'CC0 1.0',
    'CC0 1.0 Universal',
    'CC-0',
    'CC0 1.0 Universal (CC0 1.0) Public Domain Dedication',
    // Socrata's licence id (`licenseId`).
    'CC0_10',
    'Creative Commons CCZero',
    'Creative Commons Zero',
    'Creative Commons Zero v1.0 Universal',
    'CC0 1.0 Universal Public Domain Dedication',
    'Creative Commons 1.0 Universal (Public Domain Dedication)',
    'https://creativecommons.org/publicdomain/zero/1.0/',
    'http://www.opendefinition.org/licenses/cc-zero',
    'https://opendefinition.org/licenses/cc-zero',
    'https://spdx.org/licenses/CC0-1.0.html',
    'http://publications.europa.eu/resource/authority/licence/CC0',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Copier, modifier, diffuser et utiliser les données pour tout usage, y compris commercial : l’auteur a renoncé à ses droits d’auteur et droits voisins.',
        en: 'Copy, modify, distribute and use the data for any purpose, including commercially: the author has waived copyright and related rights.',
      },
      source: 'CC0 1.0 §2–3',
    },
  ],
  conditions: [],
  prohibitions: [
    {
      text: {
        fr: 'Vous prévaloir de CC0 pour les marques ou brevets de l’auteur : ils ne font pas l’objet de la renonciation.',
        en: 'Rely on CC0 for the author’s trademarks or patents: they are not waived.',
      },
      source: 'CC0 1.0 §4(a)',
    },
  ],
  attribution: {
    style: 'public-domain',
    elements: ['producer', 'title', 'link', 'licence', 'licenceLink'],
    summary: {
      fr: 'Aucune mention n’est exigée ; citer la source reste une bonne pratique.',
      en: 'No attribution is required; crediting the source remains good practice.',
    },
    source: 'CC0 1.0 §2',
  },
  shareAlike: null,
  compatibility: [],
};

export const CC_BY_3_0: LicenceEntry = {
  key: 'CC-BY-3.0',
  spdx: 'CC-BY-3.0',
  names: {
    fr: 'Creative Commons Attribution 3.0 non transposée (CC BY 3.0)',
    en: 'Creative Commons Attribution 3.0 Unported (CC BY 3.0)',
  },
  version: '3.0',
  urls: { fr: null, en: 'https://creativecommons.org/licenses/by/3.0/legalcode' },
  aliases: [
    'CC-BY-3.0',
    'CC BY 3.0',
    // Socrata's licence id (`licenseId`).
    'CC_30_BY',
    'Attribution 3.0 Unported (CC BY 3.0)',
    'Creative Commons Attribution 3.0',
    'Creative Commons Attribution 3.0 Unported',
    'Creative Commons Attribution 3.0 Unported (CC BY 3.0)',
    'https://creativecommons.org/licenses/by/3.0/',
    'https://spdx.org/licenses/CC-BY-3.0.html',
    'http://publications.europa.eu/resource/authority/licence/CC_BY_3_0',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Reproduire l’œuvre, l’intégrer dans des recueils et la diffuser, y compris à des fins commerciales.',
        en: 'Reproduce the work, incorporate it into collections and distribute it, including commercially.',
      },
      source: 'CC BY 3.0 §3(a), §3(c)',
    },
    {
      text: {
        fr: 'Créer et diffuser des adaptations de l’œuvre.',
        en: 'Create and distribute adaptations of the work.',
      },
      source: 'CC BY 3.0 §3(b), §3(d)',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Conserver les mentions de droit d’auteur et citer l’auteur (ou les parties désignées), le titre de l’œuvre s’il est fourni et, si possible, l’adresse (URI) indiquée par le concédant.',
        en: 'Keep the copyright notices and credit the author (or designated parties), the title of the work if supplied and, where practicable, the URI the licensor specifies.',
      },
      source: 'CC BY 3.0 §4(b)',
    },
    {
      text: {
        fr: 'Joindre un exemplaire de la licence ou son adresse (URI) à chaque copie diffusée.',
        en: 'Include a copy of the licence or its URI with every copy you distribute.',
      },
      source: 'CC BY 3.0 §4(a)',
    },
    {
      text: {
        fr: 'Dans une adaptation, indiquer clairement que des modifications ont été faites et mentionner l’usage de l’œuvre d’origine.',
        en: 'In an adaptation, clearly identify that changes were made and credit the use of the original work.',
      },
      source: 'CC BY 3.0 §3(b), §4(b)(iv)',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Laisser entendre un lien avec l’auteur ou le concédant, ou leur soutien, sans leur autorisation écrite.',
        en: 'Imply any connection with, sponsorship or endorsement by the author or licensor without their written permission.',
      },
      source: 'CC BY 3.0 §4(b)',
    },
    {
      text: {
        fr: 'Imposer des conditions ou des mesures techniques (DRM) qui restreignent les droits accordés par la licence.',
        en: 'Impose terms or technological measures (DRM) that restrict the rights the licence grants.',
      },
      source: 'CC BY 3.0 §4(a)',
    },
  ],
  attribution: {
    style: 'cc',
    elements: ['producer', 'title', 'link', 'licence', 'licenceLink', 'modified'],
    summary: {
      fr: 'L’auteur, le titre s’il est fourni, l’adresse indiquée par le concédant, la licence (texte ou adresse) et, pour une adaptation, la mention des modifications.',
      en: 'The author, the title if supplied, the URI the licensor specifies, the licence (text or URI) and, for an adaptation, a note of the changes.',
    },
    source: 'CC BY 3.0 §4(a)–(b)',
  },
  shareAlike: null,
  compatibility: [],
};

export const CC_BY_2_0: LicenceEntry = {
  key: 'CC-BY-2.0',
  spdx: 'CC-BY-2.0',
  names: {
    fr: 'Creative Commons Attribution 2.0 générique (CC BY 2.0)',
    en: 'Creative Commons Attribution 2.0 Generic (CC BY 2.0)',
  },
  version: '2.0',
  urls: { fr: null, en: 'https://creativecommons.org/licenses/by/2.0/legalcode' },
  aliases: [
    'CC-BY-2.0',
    'CC BY 2.0',
    'Attribution 2.0 Generic (CC BY 2.0)',
    'Creative Commons Attribution 2.0',
    'Creative Commons Attribution 2.0 Generic',
    'https://creativecommons.org/licenses/by/2.0/',
    'https://spdx.org/licenses/CC-BY-2.0.html',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Reproduire, diffuser et communiquer l’œuvre au public, y compris à des fins commerciales.',
        en: 'Reproduce, distribute and publicly display the work, including commercially.',
      },
      source: 'CC BY 2.0 §3(a), §3(c)',
    },
    {
      text: {
        fr: 'Créer et diffuser des œuvres dérivées.',
        en: 'Create and distribute derivative works.',
      },
      source: 'CC BY 2.0 §3(b), §3(d)',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Conserver les mentions de droit d’auteur et citer l’auteur, le titre de l’œuvre s’il est fourni et, si possible, l’adresse (URI) indiquée par le concédant ; pour une œuvre dérivée, mentionner l’usage de l’œuvre d’origine.',
        en: 'Keep the copyright notices and credit the author, the title of the work if supplied and, where practicable, the URI the licensor specifies; for a derivative work, credit the use of the original work.',
      },
      source: 'CC BY 2.0 §4(b)',
    },
    {
      text: {
        fr: 'Joindre un exemplaire de la licence ou son adresse (URI) à chaque copie diffusée.',
        en: 'Include a copy of the licence or its URI with every copy you distribute.',
      },
      source: 'CC BY 2.0 §4(a)',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Imposer des conditions ou des mesures techniques (DRM) qui restreignent les droits accordés par la licence.',
        en: 'Impose terms or technological measures (DRM) that restrict the rights the licence grants.',
      },
      source: 'CC BY 2.0 §4(a)',
    },
  ],
  attribution: {
    style: 'cc',
    elements: ['producer', 'title', 'link', 'licence', 'licenceLink', 'modified'],
    summary: {
      fr: 'L’auteur, le titre s’il est fourni, l’adresse indiquée par le concédant, la licence (texte ou adresse) et, pour une œuvre dérivée, la mention de l’usage de l’œuvre d’origine.',
      en: 'The author, the title if supplied, the URI the licensor specifies, the licence (text or URI) and, for a derivative work, a credit of the original work’s use.',
    },
    source: 'CC BY 2.0 §4(a)–(b)',
  },
  shareAlike: null,
  compatibility: [],
};

export const CC_BY_3_0_FR: LicenceEntry = {
  key: 'cc-by-3.0-fr',
  spdx: null,
  names: {
    fr: 'Creative Commons Attribution 3.0 France (CC BY 3.0 FR)',
    en: 'Creative Commons Attribution 3.0 France (CC BY 3.0 FR)',
  },
  version: '3.0',
  urls: { fr: 'https://creativecommons.org/licenses/by/3.0/fr/legalcode', en: null },
  aliases: [
    'cc-by-3.0-fr',
    'CC BY 3.0 FR',
    'Creative Commons Attribution 3.0 France',
    'Creative Commons Paternité 3.0 France',
    'https://creativecommons.org/licenses/by/3.0/fr/',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Reproduire l’œuvre, l’intégrer dans des collections, créer des adaptations et les diffuser, y compris à des fins commerciales.',
        en: 'Reproduce the work, include it in collections, create adaptations and distribute them, including commercially.',
      },
      source: 'CC BY 3.0 FR §3',
    },
    {
      text: {
        fr: 'Réutiliser librement une base de données : l’offrant renonce à son droit sui generis de producteur de bases de données.',
        en: 'Reuse a database freely: the licensor waives its sui generis database producer right.',
      },
      source: 'CC BY 3.0 FR §3 (fin), §4(c)',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Garder intacts les avertissements sur les droits d’auteur et citer le titulaire des droits (ou les parties désignées), le titre de l’œuvre s’il est mentionné et, si possible, l’adresse (URI) indiquée par l’offrant.',
        en: 'Keep the copyright notices intact and credit the rights holder (or designated parties), the title of the work if given and, where practicable, the URI the licensor specifies.',
      },
      source: 'CC BY 3.0 FR §4(b)',
    },
    {
      text: {
        fr: 'Joindre un exemplaire de la licence ou son adresse (URI).',
        en: 'Include a copy of the licence or its URI.',
      },
      source: 'CC BY 3.0 FR §4(a)',
    },
    {
      text: {
        fr: 'Dans une adaptation, signaler que l’œuvre originaire a été modifiée et mentionner son usage.',
        en: 'In an adaptation, state that the original work was modified and credit its use.',
      },
      source: 'CC BY 3.0 FR §3(b), §4(b)(iv)',
    },
    {
      text: {
        fr: 'Respecter le droit moral de l’auteur : ne pas déformer, mutiler ou modifier l’œuvre d’une manière qui porterait atteinte à son honneur ou à sa réputation.',
        en: 'Respect the author’s moral rights: do not distort, mutilate or modify the work in a way that would harm their honour or reputation.',
      },
      source: 'CC BY 3.0 FR §4(d)',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Affirmer ou laisser supposer une relation, un parrainage ou un aval de l’auteur ou de l’offrant.',
        en: 'Assert or imply any connection with, sponsorship or endorsement by the author or licensor.',
      },
      source: 'CC BY 3.0 FR §4(b)',
    },
    {
      text: {
        fr: 'Octroyer des sous-licences sur l’œuvre, ou proposer ou imposer des conditions ou des mesures techniques qui restreignent les droits accordés par le contrat aux autres destinataires.',
        en: 'Sub-license the work, or offer or impose terms or technological measures that restrict the rights the licence grants to other recipients.',
      },
      source: 'CC BY 3.0 FR §4(a)',
    },
  ],
  attribution: {
    style: 'cc',
    elements: ['producer', 'title', 'link', 'licence', 'licenceLink', 'modified'],
    summary: {
      fr: 'Le titulaire des droits, le titre s’il est mentionné, l’adresse indiquée par l’offrant, la licence et, pour une adaptation, la mention des modifications (non exigé pour la seule part protégée par le droit des bases de données).',
      en: 'The rights holder, the title if given, the URI the licensor specifies, the licence and, for an adaptation, a note of the changes (not required for the part protected only by the database right).',
    },
    source: 'CC BY 3.0 FR §4(a)–(c)',
  },
  shareAlike: null,
  compatibility: [],
};

export const CC_BY_2_0_FR: LicenceEntry = {
  key: 'cc-by-2.0-fr',
  spdx: null,
  names: {
    fr: 'Creative Commons Paternité 2.0 France (CC BY 2.0 FR)',
    en: 'Creative Commons Attribution 2.0 France (CC BY 2.0 FR)',
  },
  version: '2.0',
  urls: { fr: 'https://creativecommons.org/licenses/by/2.0/fr/legalcode', en: null },
  aliases: [
    'cc-by-2.0-fr',
    'CC BY 2.0 FR',
    'Paternité 2.0 France',
    'Paternité - 2.0',
    'Creative Commons Paternité 2.0 France',
    'Creative Commons Attribution 2.0 France',
    'https://creativecommons.org/licenses/by/2.0/fr/',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Reproduire, distribuer et communiquer l’œuvre au public, créer des œuvres dérivées et les diffuser, y compris à des fins commerciales.',
        en: 'Reproduce, distribute and communicate the work to the public, create derivative works and distribute them, including commercially.',
      },
      source: 'CC BY 2.0 FR §3',
    },
    {
      text: {
        fr: 'Lorsque l’œuvre est une base de données, en extraire et réutiliser des parties substantielles.',
        en: 'Where the work is a database, extract and reuse substantial parts of it.',
      },
      source: 'CC BY 2.0 FR §3(e)',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Conserver intactes les informations sur le régime des droits et citer l’auteur original, le titre de l’œuvre s’il est indiqué et, si possible, l’adresse (URI) spécifiée par l’offrant ; pour une œuvre dérivée, indiquer l’utilisation de l’œuvre.',
        en: 'Keep the rights information intact and credit the original author, the title of the work if given and, where possible, the URI the licensor specifies; for a derivative work, identify the use of the work.',
      },
      source: 'CC BY 2.0 FR §4(b)',
    },
    {
      text: {
        fr: 'Joindre un exemplaire du contrat ou son adresse (URI) et conserver les informations qui y renvoient et l’exonération de responsabilité.',
        en: 'Include a copy of the licence or its URI and keep the notices referring to it and to the disclaimer intact.',
      },
      source: 'CC BY 2.0 FR §4(a)',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Imposer des conditions ou des mesures techniques qui restreignent les droits accordés par le contrat.',
        en: 'Impose terms or technological measures that restrict the rights the licence grants.',
      },
      source: 'CC BY 2.0 FR §4(a)',
    },
  ],
  attribution: {
    style: 'cc',
    elements: ['producer', 'title', 'link', 'licence', 'licenceLink', 'modified'],
    summary: {
      fr: 'L’auteur original, le titre s’il est indiqué, l’adresse spécifiée par l’offrant, le contrat (texte ou adresse) et, pour une œuvre dérivée, l’utilisation de l’œuvre.',
      en: 'The original author, the title if given, the URI the licensor specifies, the licence (text or URI) and, for a derivative work, the use made of the work.',
    },
    source: 'CC BY 2.0 FR §4(a)–(b)',
  },
  shareAlike: null,
  compatibility: [],
};

export const CC_BY_SA_3_0: LicenceEntry = {
  key: 'CC-BY-SA-3.0',
  spdx: 'CC-BY-SA-3.0',
  names: {
    fr: 'Creative Commons Attribution - Partage dans les Mêmes Conditions 3.0 non transposée (CC BY-SA 3.0)',
    en: 'Creative Commons Attribution-ShareAlike 3.0 Unported (CC BY-SA 3.0)',
  },
  version: '3.0',
  urls: { fr: null, en: 'https://creativecommons.org/licenses/by-sa/3.0/legalcode' },
  aliases: [
    'CC-BY-SA-3.0',
    'CC BY-SA 3.0',
    'CC_30_BY_SA',
    'Attribution-ShareAlike 3.0 Unported (CC BY-SA 3.0)',
    'Creative Commons Attribution Share-Alike 3.0',
    'Creative Commons Attribution-ShareAlike 3.0',
    'Creative Commons Attribution-ShareAlike 3.0 Unported',
    'Creative Commons Attribution Share Alike 3.0 Unported',
    'https://creativecommons.org/licenses/by-sa/3.0/',
    'https://spdx.org/licenses/CC-BY-SA-3.0.html',
    'http://publications.europa.eu/resource/authority/licence/CC_BYSA_3_0',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Reproduire l’œuvre, l’intégrer dans des recueils et la diffuser, y compris à des fins commerciales.',
        en: 'Reproduce the work, incorporate it into collections and distribute it, including commercially.',
      },
      source: 'CC BY-SA 3.0 §3(a), §3(c)',
    },
    {
      text: {
        fr: 'Créer et diffuser des adaptations de l’œuvre.',
        en: 'Create and distribute adaptations of the work.',
      },
      source: 'CC BY-SA 3.0 §3(b), §3(d)',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Diffuser vos adaptations uniquement sous cette licence, une version ultérieure aux mêmes éléments, une transposition nationale aux mêmes éléments ou une licence déclarée compatible.',
        en: 'Distribute your adaptations only under this licence, a later version with the same elements, a jurisdiction port with the same elements or a licence declared compatible.',
      },
      source: 'CC BY-SA 3.0 §4(b)',
    },
    {
      text: {
        fr: 'Conserver les mentions de droit d’auteur et citer l’auteur (ou les parties désignées), le titre de l’œuvre s’il est fourni et, si possible, l’adresse (URI) indiquée par le concédant.',
        en: 'Keep the copyright notices and credit the author (or designated parties), the title of the work if supplied and, where practicable, the URI the licensor specifies.',
      },
      source: 'CC BY-SA 3.0 §4(c)',
    },
    {
      text: {
        fr: 'Joindre un exemplaire de la licence ou son adresse (URI) à chaque copie diffusée.',
        en: 'Include a copy of the licence or its URI with every copy you distribute.',
      },
      source: 'CC BY-SA 3.0 §4(a)',
    },
    {
      text: {
        fr: 'Dans une adaptation, indiquer clairement que des modifications ont été faites et mentionner l’usage de l’œuvre d’origine.',
        en: 'In an adaptation, clearly identify that changes were made and credit the use of the original work.',
      },
      source: 'CC BY-SA 3.0 §3(b), §4(c)(iv)',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Laisser entendre un lien avec l’auteur ou le concédant, ou leur soutien, sans leur autorisation écrite.',
        en: 'Imply any connection with, sponsorship or endorsement by the author or licensor without their written permission.',
      },
      source: 'CC BY-SA 3.0 §4(c)',
    },
    {
      text: {
        fr: 'Imposer des conditions ou des mesures techniques (DRM) qui restreignent les droits accordés par la licence.',
        en: 'Impose terms or technological measures (DRM) that restrict the rights the licence grants.',
      },
      source: 'CC BY-SA 3.0 §4(a)',
    },
  ],
  attribution: {
    style: 'cc',
    elements: ['producer', 'title', 'link', 'licence', 'licenceLink', 'modified'],
    summary: {
      fr: 'L’auteur, le titre s’il est fourni, l’adresse indiquée par le concédant, la licence (texte ou adresse) et, pour une adaptation, la mention des modifications.',
      en: 'The author, the title if supplied, the URI the licensor specifies, the licence (text or URI) and, for an adaptation, a note of the changes.',
    },
    source: 'CC BY-SA 3.0 §4(a), §4(c)',
  },
  shareAlike: {
    scope: {
      fr: 'Les adaptations que vous diffusez ; pas l’œuvre intégrée sans modification dans un recueil.',
      en: 'Adaptations you distribute; not the work included unmodified in a collection.',
    },
    source: 'CC BY-SA 3.0 §4(b)',
  },
  compatibility: [
    {
      with: 'CC-BY-SA-4.0',
      statement: {
        fr: 'Les adaptations peuvent être diffusées sous une version ultérieure de la licence aux mêmes éléments.',
        en: 'Adaptations may be distributed under a later version of the licence with the same elements.',
      },
      source: 'CC BY-SA 3.0 §4(b)(ii)',
    },
  ],
};

export const CC_LEGACY_LICENCES: readonly LicenceEntry[] = [
  CC0_1_0,
  CC_BY_3_0,
  CC_BY_2_0,
  CC_BY_3_0_FR,
  CC_BY_2_0_FR,
  CC_BY_SA_3_0,
];
