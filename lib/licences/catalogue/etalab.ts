import type { LicenceEntry } from '../schema';

/*
 * Licence Ouverte / Open Licence, the French government's licence. Quotes: the PDF wording reproduced in SPDX
 * `etalab-2.0.xml` (2.0), `etalab/licence-ouverte:open-licence.md` (2.0 in English) and
 * `etalab/datagouvfr-pages:pages/legal/licences/etalab-1.0.md` (1.0).
 * `open`: the Open Definition has not reviewed either version (`LO-FR-2.0` « not reviewed »); data.gouv.fr
 * flags both `okd_compliant`, and both grant every use on the sole condition of attribution, like CC BY.
 */

export const LO_2_0: LicenceEntry = {
  key: 'etalab-2.0',
  spdx: 'etalab-2.0',
  names: { fr: 'Licence Ouverte / Open Licence version 2.0', en: 'Open Licence version 2.0 (Etalab)' },
  version: '2.0',
  urls: {
    fr: 'https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf',
    en: 'https://www.etalab.gouv.fr/wp-content/uploads/2018/11/open-licence.pdf',
  },
  aliases: [
    'lov2',
    'etalab-2.0',
    'Licence Ouverte Etalab 2.0',
    'Licence Ouverte / Open Licence version 2.0',
    'Licence Ouverte / Open Licence v2',
    'Licence Ouverte / Open Licence v2.0',
    'Licence Ouverte / Open License version 2.0',
    'Licence Ouverte / Open License v2.0',
    'Licence Ouverte / Open License v2',
    'Licence Ouverte / Open Licence version 2',
    'Licence Ouverte / Open License version 2',
    'License Etalab v2',
    'License Etalab v2.0',
    'Licence Etalab version 2.0',
    'Licence Ouverte v2',
    'Licence Ouverte v2.0',
    'Licence Ouverte v2.0 (Etalab)',
    'License Ouverte v2.0 (Etalab)',
    'Licence Ouverte version 2.0',
    'Licence Ouverte — version 2.0',
    'Etalab Open License 2.0',
    'LO-FR-2.0',
    'LO-2.0',
    'LO 2.0',
    'https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf',
    'https://www.etalab.gouv.fr/wp-content/uploads/2018/11/open-licence.pdf',
    'https://github.com/etalab/Licence-Ouverte/blob/master/LO.md',
    'https://github.com/etalab/licence-ouverte/blob/master/open-licence.md',
    'https://github.com/DISIC/politique-de-contribution-open-source/blob/master/LICENSE.pdf',
    'https://raw.githubusercontent.com/DISIC/politique-de-contribution-open-source/master/LICENSE',
    'https://spdx.org/licenses/etalab-2.0.html',
    'https://opendefinition.org/licenses/LO-FR-2.0',
  ],
  open: true,
  frenchAdministrations: true,
  permissions: [
    {
      text: {
        fr: 'Reproduire, copier, publier et diffuser les données.',
        en: 'Reproduce, copy, publish and distribute the data.',
      },
      source: 'LO 2.0, « Réutilisation de l’Information sous cette licence »',
    },
    {
      text: {
        fr: 'Adapter, modifier, extraire et transformer les données pour créer des informations dérivées, des produits ou des services.',
        en: 'Adapt, modify, extract and transform the data to create derived information, products or services.',
      },
      source: 'LO 2.0, « Réutilisation de l’Information sous cette licence »',
    },
    {
      text: {
        fr: 'En faire un usage commercial, partout dans le monde et sans limite de durée.',
        en: 'Use them commercially, worldwide and for an unlimited period.',
      },
      source: 'LO 2.0, « Réutilisation de l’Information sous cette licence »',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Mentionner la paternité des données : leur source (au moins le nom du « Concédant ») et la date de leur dernière mise à jour.',
        en: 'Acknowledge the authorship of the data: their source (at least the name of the “Grantor”) and the date of their most recent update.',
      },
      source: 'LO 2.0, « Réutilisation de l’Information sous cette licence »',
    },
    {
      text: {
        fr: 'Respecter le cadre légal de la protection des données à caractère personnel si les données en contiennent (le « Concédant » signale leur présence).',
        en: 'Respect the legal framework for the protection of personal data if the data contain any (the “Grantor” says when they do).',
      },
      source: 'LO 2.0, « Données à caractère personnel »',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Suggérer que le « Concédant » ou une autre entité publique reconnaît ou cautionne votre réutilisation, ou lui donne un caractère officiel.',
        en: 'Suggest that the “Grantor” or any other public body acknowledges or endorses you or your reuse, or gives it official status.',
      },
      source: 'LO 2.0, « Réutilisation de l’Information sous cette licence »',
    },
    {
      text: {
        fr: 'Induire en erreur sur le contenu des données, leur source ou leur date de mise à jour.',
        en: 'Mislead others about the content of the data, their source or their date of update.',
      },
      source: 'LO 2.0, « Responsabilité »',
    },
  ],
  attribution: {
    style: 'etalab',
    elements: ['producer', 'date'],
    summary: {
      fr: 'La source (au moins le nom du « Concédant ») et la date de dernière mise à jour ; un lien vers les données est une façon de le faire.',
      en: 'The source (at least the name of the “Grantor”) and the date of the last update; a link to the data is one way to do it.',
    },
    source: 'LO 2.0, « Réutilisation de l’Information sous cette licence »',
  },
  shareAlike: null,
  compatibility: [
    {
      with: 'lo-1.0',
      statement: {
        fr: 'Compatible avec la version antérieure de la Licence Ouverte.',
        en: 'Compatible with the previous version of the Open Licence.',
      },
      source: 'LO 2.0, « Compatibilité de la présente licence »',
    },
    {
      with: 'OGL-UK-3.0',
      statement: {
        fr: 'Compatible avec l’« Open Government Licence » (OGL) du Royaume-Uni.',
        en: 'Compatible with the United Kingdom “Open Government Licence” (OGL).',
      },
      source: 'LO 2.0, « Compatibilité de la présente licence »',
    },
    {
      with: 'CC-BY-4.0',
      statement: {
        fr: 'Compatible avec la licence « Creative Commons Attribution » (CC-BY), sans précision de version.',
        en: 'Compatible with the “Creative Commons Attribution” (CC-BY) licence, no version stated.',
      },
      source: 'LO 2.0, « Compatibilité de la présente licence »',
    },
    {
      with: 'ODC-By-1.0',
      statement: {
        fr: 'Compatible avec la licence « Open Data Commons Attribution » (ODC-BY).',
        en: 'Compatible with the “Open Data Commons Attribution” (ODC-BY) licence.',
      },
      source: 'LO 2.0, « Compatibilité de la présente licence »',
    },
  ],
};

export const LO_1_0: LicenceEntry = {
  key: 'lo-1.0',
  spdx: null,
  names: { fr: 'Licence Ouverte / Open Licence (version 1.0)', en: 'Open Licence (version 1.0, Etalab)' },
  version: '1.0',
  urls: {
    fr: 'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf',
    en: 'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Open_Licence.pdf',
  },
  aliases: [
    'fr-lo',
    'lo-1.0',
    'Licence Ouverte / Open Licence version 1.0',
    'Licence Ouverte / Open Licence v1.0',
    'LO/OL',
    'Licence Ouverte Version 1.0',
    'Licence Ouverte v1.0',
    'Licence Ouverte 1.0',
    'Licence Ouverte — version 1.0',
    'Open Licence 1.0',
    'Open Licence version 1.0',
    'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf',
    'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Open_Licence.pdf',
    'http://www.data.gouv.fr/Licence-Ouverte-Open-Licence',
    'http://www.etalab.gouv.fr/pages/Licence_ouverte_Open_licence-5899923.html',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Reproduire, copier, publier, transmettre, diffuser et redistribuer les données.',
        en: 'Reproduce, copy, publish, transmit, distribute and redistribute the data.',
      },
      source: 'LO 1.0, « La réutilisation de l’information diffusée sous cette licence »',
    },
    {
      text: {
        fr: 'Adapter, modifier, extraire et transformer les données, notamment pour créer des informations dérivées.',
        en: 'Adapt, modify, extract and transform the data, in particular to create derived information.',
      },
      source: 'LO 1.0, « La réutilisation de l’information diffusée sous cette licence »',
    },
    {
      text: {
        fr: 'En faire un usage commercial, par exemple en les combinant avec d’autres informations ou dans votre propre produit.',
        en: 'Use them commercially, for example by combining them with other information or in your own product.',
      },
      source: 'LO 1.0, « La réutilisation de l’information diffusée sous cette licence »',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Mentionner la source des données (au moins le nom du producteur) et la date de leur dernière mise à jour.',
        en: 'Acknowledge the source of the data (at least the name of the producer) and the date of their last update.',
      },
      source: 'LO 1.0, « La réutilisation de l’information diffusée sous cette licence »',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Donner un caractère officiel à votre réutilisation ou suggérer une reconnaissance ou une caution du producteur ou d’une entité publique.',
        en: 'Give your reuse official status or suggest that the producer or any public body acknowledges or endorses it.',
      },
      source: 'LO 1.0, « La réutilisation de l’information diffusée sous cette licence »',
    },
    {
      text: {
        fr: 'Induire en erreur sur le contenu des données, leur source ou leur date de mise à jour.',
        en: 'Mislead others about the content of the data, their source or their date of update.',
      },
      source: 'LO 1.0, « Responsabilité »',
    },
  ],
  attribution: {
    style: 'etalab',
    elements: ['producer', 'date'],
    summary: {
      fr: 'La source (au moins le nom du producteur) et la date de dernière mise à jour ; un lien vers les données est une façon de le faire.',
      en: 'The source (at least the name of the producer) and the date of the last update; a link to the data is one way to do it.',
    },
    source: 'LO 1.0, « La réutilisation de l’information diffusée sous cette licence »',
  },
  shareAlike: null,
  compatibility: [
    {
      with: 'OGL-UK-3.0',
      statement: {
        fr: 'Compatible avec l’« Open Government Licence » (OGL) du Royaume-Uni.',
        en: 'Compatible with the United Kingdom “Open Government Licence” (OGL).',
      },
      source: 'LO 1.0, « Compatibilité de la présente licence »',
    },
    {
      with: 'CC-BY-2.0',
      statement: {
        fr: 'Compatible avec la licence « Creative Commons Attribution 2.0 » (CC-BY 2.0).',
        en: 'Compatible with the “Creative Commons Attribution 2.0” (CC-BY 2.0) licence.',
      },
      source: 'LO 1.0, « Compatibilité de la présente licence »',
    },
    {
      with: 'ODC-By-1.0',
      statement: {
        fr: 'Compatible avec la licence « Open Data Commons Attribution » (ODC-BY).',
        en: 'Compatible with the “Open Data Commons Attribution” (ODC-BY) licence.',
      },
      source: 'LO 1.0, « Compatibilité de la présente licence »',
    },
  ],
};

export const ETALAB_LICENCES: readonly LicenceEntry[] = [LO_2_0, LO_1_0];
