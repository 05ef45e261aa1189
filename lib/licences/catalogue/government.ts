import type { LicenceEntry } from '../schema';

/*
 * Licences written by governments for their open data. Quotes: SPDX `OGL-UK-3.0.xml`, `OGL-UK-2.0.xml`,
 * `OGL-Canada-2.0.xml`, `DL-DE-BY-2.0.xml`, `DL-DE-ZERO-2.0.xml`, `NLOD-2.0.xml`, `NLOD-1.0.xml` and
 * `okfn/opendefinition:licenses-md/inreview/IODL-2.0.md`. These texts have no section numbers except
 * NLOD and DL-DE, so sources name the heading the clause sits under.
 * `open`: the Open Definition approves OGL-UK 2.0/3.0 and OGL-Canada 2.0 and lists both DL-DE 2.0 licences
 * as conformant; it has not reviewed NLOD or IODL 2.0, which grant every use on the sole condition of
 * attribution, like CC BY.
 */

export const OGL_UK_3_0: LicenceEntry = {
  key: 'OGL-UK-3.0',
  spdx: 'OGL-UK-3.0',
  names: {
    fr: 'Open Government Licence v3.0 (Royaume-Uni)',
    en: 'Open Government Licence v3.0 (United Kingdom)',
  },
  version: '3.0',
  urls: { fr: null, en: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
  aliases: [
    'OGL-UK-3.0',
    // Socrata's licence id (`licenseId`).
    'UK_OGLV3.0',
    'OGL UK 3.0',
    'OGL v3.0',
    'Open Government Licence v3.0',
    'Open Government Licence version 3.0',
    'Open Government Licence 3.0 (United Kingdom)',
    'UK Open Government Licence v3.0',
    'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    'https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/',
    'https://spdx.org/licenses/OGL-UK-3.0.html',
    'https://opendefinition.org/licenses/OGL-UK-3.0',
    'http://publications.europa.eu/resource/authority/licence/OGL_3_0',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Copier, publier, diffuser et transmettre les informations.',
        en: 'Copy, publish, distribute and transmit the information.',
      },
      source: 'OGL v3.0, « You are free to »',
    },
    {
      text: { fr: 'Adapter les informations.', en: 'Adapt the information.' },
      source: 'OGL v3.0, « You are free to »',
    },
    {
      text: {
        fr: 'Les exploiter à des fins commerciales ou non, par exemple en les combinant avec d’autres informations ou dans votre propre produit.',
        en: 'Exploit them commercially and non-commercially, for example by combining them with other information or in your own product.',
      },
      source: 'OGL v3.0, « You are free to »',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Mentionner la source en reprenant la mention d’attribution indiquée par le fournisseur, et, si possible, donner un lien vers la licence.',
        en: 'Acknowledge the source by including the attribution statement specified by the provider and, where possible, link to the licence.',
      },
      source: 'OGL v3.0, « You must (where you do any of the above) »',
    },
    {
      text: {
        fr: 'À défaut de mention fournie par le fournisseur, utiliser : « Contains public sector information licensed under the Open Government Licence v3.0. »',
        en: 'If the provider gives no attribution statement, use: “Contains public sector information licensed under the Open Government Licence v3.0.”',
      },
      source: 'OGL v3.0, « You must (where you do any of the above) »',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Utiliser les informations d’une manière qui suggère un caractère officiel ou un soutien du fournisseur ou du concédant.',
        en: 'Use the information in a way that suggests any official status or that the provider or licensor endorses you or your use.',
      },
      source: 'OGL v3.0, « Non-endorsement »',
    },
    {
      text: {
        fr: 'Vous prévaloir de la licence pour les données personnelles, logos, blasons, insignes militaires, droits de tiers, brevets, marques ou documents d’identité : elle ne les couvre pas.',
        en: 'Rely on the licence for personal data, logos, crests, military insignia, third-party rights, patents, trade marks or identity documents: it does not cover them.',
      },
      source: 'OGL v3.0, « Exemptions »',
    },
  ],
  attribution: {
    style: 'ogl-uk',
    elements: ['providerStatement', 'licenceLink'],
    statementName: { fr: 'Open Government Licence v3.0', en: 'Open Government Licence v3.0' },
    summary: {
      fr: 'La mention d’attribution du fournisseur, ou à défaut « Contains public sector information licensed under the Open Government Licence v3.0. », avec un lien vers la licence si possible.',
      en: 'The provider’s attribution statement, or else “Contains public sector information licensed under the Open Government Licence v3.0.”, with a link to the licence where possible.',
    },
    source: 'OGL v3.0, « You must (where you do any of the above) »',
  },
  shareAlike: null,
  compatibility: [
    {
      with: 'CC-BY-4.0',
      statement: {
        fr: 'Compatible avec la licence Creative Commons Attribution 4.0 : diffuser une adaptation sous CC BY 4.0 en la respectant satisfait les conditions de l’OGL.',
        en: 'Compatible with the Creative Commons Attribution License 4.0: licensing an adaptation under CC BY 4.0 and complying with it satisfies the OGL.',
      },
      source: 'OGL v3.0, « About the Open Government Licence »',
    },
    {
      with: 'ODC-By-1.0',
      statement: {
        fr: 'Compatible avec l’Open Data Commons Attribution License : diffuser une adaptation sous ODC-By en la respectant satisfait les conditions de l’OGL.',
        en: 'Compatible with the Open Data Commons Attribution License: licensing an adaptation under ODC-By and complying with it satisfies the OGL.',
      },
      source: 'OGL v3.0, « About the Open Government Licence »',
    },
  ],
};

export const OGL_UK_2_0: LicenceEntry = {
  key: 'OGL-UK-2.0',
  spdx: 'OGL-UK-2.0',
  names: {
    fr: 'Open Government Licence v2.0 (Royaume-Uni)',
    en: 'Open Government Licence v2.0 (United Kingdom)',
  },
  version: '2.0',
  urls: { fr: null, en: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/' },
  aliases: [
    'OGL-UK-2.0',
    'OGL UK 2.0',
    'OGL v2.0',
    'Open Government Licence v2.0',
    'Open Government Licence version 2.0',
    'Open Government Licence 2.0 (United Kingdom)',
    'Open Government License (UK) v2.0',
    'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/',
    'https://spdx.org/licenses/OGL-UK-2.0.html',
    'https://opendefinition.org/licenses/OGL-UK-2.0',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Copier, publier, diffuser, transmettre et adapter les informations.',
        en: 'Copy, publish, distribute, transmit and adapt the information.',
      },
      source: 'OGL v2.0, « You are free to »',
    },
    {
      text: {
        fr: 'Les exploiter à des fins commerciales ou non, par exemple en les combinant avec d’autres informations ou dans votre propre produit.',
        en: 'Exploit them commercially and non-commercially, for example by combining them with other information or in your own product.',
      },
      source: 'OGL v2.0, « You are free to »',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Mentionner la source en reprenant la mention d’attribution indiquée par le fournisseur, et, si possible, donner un lien vers la licence ; à défaut de mention, vous pouvez utiliser : « Contains public sector information licensed under the Open Government Licence v2.0. »',
        en: 'Acknowledge the source by including the attribution statement specified by the provider and, where possible, link to the licence; without such a statement you may use: “Contains public sector information licensed under the Open Government Licence v2.0.”',
      },
      source: 'OGL v2.0, « You must, where you do any of the above »',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Utiliser les informations d’une manière qui suggère un caractère officiel ou un soutien du fournisseur.',
        en: 'Use the information in a way that suggests any official status or that the provider endorses you or your use.',
      },
      source: 'OGL v2.0, « Non-endorsement »',
    },
    {
      text: {
        fr: 'Vous prévaloir de la licence pour les données personnelles, logos, blasons, insignes militaires, droits de tiers, brevets, marques ou documents d’identité : elle ne les couvre pas.',
        en: 'Rely on the licence for personal data, logos, crests, military insignia, third-party rights, patents, trade marks or identity documents: it does not cover them.',
      },
      source: 'OGL v2.0, « Exemptions »',
    },
  ],
  attribution: {
    style: 'ogl-uk',
    elements: ['providerStatement', 'licenceLink'],
    statementName: { fr: 'Open Government Licence v2.0', en: 'Open Government Licence v2.0' },
    summary: {
      fr: 'La mention d’attribution du fournisseur, ou « Contains public sector information licensed under the Open Government Licence v2.0. », avec un lien vers la licence si possible.',
      en: 'The provider’s attribution statement, or “Contains public sector information licensed under the Open Government Licence v2.0.”, with a link to the licence where possible.',
    },
    source: 'OGL v2.0, « You must, where you do any of the above »',
  },
  shareAlike: null,
  compatibility: [
    {
      with: 'CC-BY-4.0',
      statement: {
        fr: 'Compatible avec la licence Creative Commons Attribution 4.0 : diffuser une adaptation sous CC BY 4.0 en la respectant satisfait les conditions de l’OGL.',
        en: 'Compatible with the Creative Commons Attribution License 4.0: licensing an adaptation under CC BY 4.0 and complying with it satisfies the OGL.',
      },
      source: 'OGL v2.0, « About the Open Government Licence »',
    },
    {
      with: 'ODC-By-1.0',
      statement: {
        fr: 'Compatible avec l’Open Data Commons Attribution License : diffuser une adaptation sous ODC-By en la respectant satisfait les conditions de l’OGL.',
        en: 'Compatible with the Open Data Commons Attribution License: licensing an adaptation under ODC-By and complying with it satisfies the OGL.',
      },
      source: 'OGL v2.0, « About the Open Government Licence »',
    },
  ],
};

/*
 * OGL v1.0 (September 2010), the historical page `doc/open-government-licence/open-government-licence.htm`,
 * now `…/version/1/`. Unlike v3.0 it lists "do not mislead" and the Data Protection Act among the conditions,
 * and its default statement is a suggestion (« you may consider using the following »).
 */
export const OGL_UK_1_0: LicenceEntry = {
  key: 'OGL-UK-1.0',
  spdx: 'OGL-UK-1.0',
  names: {
    fr: 'Open Government Licence v1.0 (Royaume-Uni)',
    en: 'Open Government Licence v1.0 (United Kingdom)',
  },
  version: '1.0',
  urls: { fr: null, en: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/' },
  aliases: [
    'OGL-UK-1.0',
    'OGL UK 1.0',
    'OGL v1.0',
    'Open Government Licence v1.0',
    'Open Government Licence v.1.0',
    'Open Government Licence version 1.0',
    'Open Government Licence 1.0 (United Kingdom)',
    'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/',
    'https://www.nationalarchives.gov.uk/doc/open-government-licence/open-government-licence.htm',
    'https://spdx.org/licenses/OGL-UK-1.0.html',
    'https://opendefinition.org/licenses/OGL-UK-1.0',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Copier, publier, diffuser, transmettre et adapter les informations.',
        en: 'Copy, publish, distribute, transmit and adapt the information.',
      },
      source: 'OGL v1.0, « You are free to »',
    },
    {
      text: {
        fr: 'Les exploiter à des fins commerciales, par exemple en les combinant avec d’autres informations ou dans votre propre produit.',
        en: 'Exploit them commercially, for example by combining them with other information or in your own product.',
      },
      source: 'OGL v1.0, « You are free to »',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Mentionner la source en reprenant la mention d’attribution indiquée par le fournisseur et, si possible, donner un lien vers la licence ; à défaut de mention, vous pouvez utiliser : « Contains public sector information licensed under the Open Government Licence v1.0. »',
        en: 'Acknowledge the source by including the attribution statement specified by the provider and, where possible, link to the licence; without such a statement you may use: “Contains public sector information licensed under the Open Government Licence v1.0.”',
      },
      source: 'OGL v1.0, « You must, where you do any of the above »',
    },
    {
      text: {
        fr: 'Ne pas induire autrui en erreur ni déformer les informations ou leur source.',
        en: 'Do not mislead others or misrepresent the information or its source.',
      },
      source: 'OGL v1.0, « You must, where you do any of the above »',
    },
    {
      text: {
        fr: 'Respecter la loi britannique sur la protection des données (Data Protection Act 1998) et le règlement de 2003 sur la vie privée dans les communications électroniques.',
        en: 'Do not breach the Data Protection Act 1998 or the Privacy and Electronic Communications (EC Directive) Regulations 2003.',
      },
      source: 'OGL v1.0, « You must, where you do any of the above »',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Utiliser les informations d’une manière qui suggère un caractère officiel ou un soutien du fournisseur.',
        en: 'Use the information in a way that suggests any official status or that the provider endorses you or your use.',
      },
      source: 'OGL v1.0, « You must, where you do any of the above »',
    },
    {
      text: {
        fr: 'Vous prévaloir de la licence pour les données personnelles, logos, blasons, insignes militaires, droits de tiers, brevets, marques ou documents d’identité : elle ne les couvre pas.',
        en: 'Rely on the licence for personal data, logos, crests, military insignia, third-party rights, patents, trade marks or identity documents: it does not cover them.',
      },
      source: 'OGL v1.0, « Exemptions »',
    },
  ],
  attribution: {
    style: 'ogl-uk',
    elements: ['providerStatement', 'licenceLink'],
    statementName: { fr: 'Open Government Licence v1.0', en: 'Open Government Licence v1.0' },
    summary: {
      fr: 'La mention d’attribution du fournisseur, ou « Contains public sector information licensed under the Open Government Licence v1.0. », avec un lien vers la licence si possible.',
      en: 'The provider’s attribution statement, or “Contains public sector information licensed under the Open Government Licence v1.0.”, with a link to the licence where possible.',
    },
    source: 'OGL v1.0, « You must, where you do any of the above »',
  },
  shareAlike: null,
  compatibility: [],
};

export const OGL_CANADA_2_0: LicenceEntry = {
  key: 'OGL-Canada-2.0',
  spdx: 'OGL-Canada-2.0',
  names: {
    fr: 'Licence du gouvernement ouvert – Canada (version 2.0)',
    en: 'Open Government Licence – Canada (version 2.0)',
  },
  version: '2.0',
  urls: {
    fr: 'https://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada',
    en: 'https://open.canada.ca/en/open-government-licence-canada',
  },
  aliases: [
    'OGL-Canada-2.0',
    'OGL-CA-2.0',
    // open.canada.ca's CKAN id (`ckanext-canada` licenses.json) and Socrata's `licenseId`.
    'ca-ogl-lgo',
    'OGL_CANADA',
    'Open Government Licence - Canada',
    'Open Government Licence – Canada 2.0',
    'Open Government License 2.0 (Canada)',
    'Licence du gouvernement ouvert – Canada',
    'https://open.canada.ca/en/open-government-licence-canada',
    'https://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada',
    'https://spdx.org/licenses/OGL-Canada-2.0.html',
    'https://opendefinition.org/licenses/OGL-Canada-2.0',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Copier, modifier, publier, traduire, adapter, diffuser ou utiliser autrement les informations, sur tout support, à toute fin légale.',
        en: 'Copy, modify, publish, translate, adapt, distribute or otherwise use the information in any medium, mode or format for any lawful purpose.',
      },
      source: 'OGL – Canada 2.0, « Using Information under this licence »',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Mentionner la source en reprenant la mention d’attribution indiquée par le fournisseur et, si possible, donner un lien vers la licence.',
        en: 'Acknowledge the source by including the attribution statement specified by the provider and, where possible, link to the licence.',
      },
      source: 'OGL – Canada 2.0, « Using Information under this licence »',
    },
    {
      text: {
        fr: 'À défaut de mention fournie, ou avec plusieurs sources, utiliser : « Contient des informations visées par la Licence du gouvernement ouvert – Canada. »',
        en: 'If the provider gives no statement, or with several providers, use: “Contains information licensed under the Open Government Licence – Canada.”',
      },
      source: 'OGL – Canada 2.0, « Using Information under this licence »',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Utiliser les informations d’une manière qui suggère un caractère officiel ou un soutien du fournisseur.',
        en: 'Use the information in a way that suggests any official status or that the provider endorses you or your use.',
      },
      source: 'OGL – Canada 2.0, « Non-endorsement »',
    },
    {
      text: {
        fr: 'Vous prévaloir de la licence pour les renseignements personnels, les droits de tiers, les noms, blasons, logos et symboles officiels : elle ne les couvre pas.',
        en: 'Rely on the licence for personal information, third-party rights, names, crests, logos or other official symbols: it does not cover them.',
      },
      source: 'OGL – Canada 2.0, « Exemptions »',
    },
  ],
  attribution: {
    style: 'ogl-canada',
    elements: ['providerStatement', 'licenceLink'],
    statementName: { fr: 'Licence du gouvernement ouvert – Canada', en: 'Open Government Licence – Canada' },
    summary: {
      fr: 'La mention d’attribution du fournisseur, ou à défaut « Contient des informations visées par la Licence du gouvernement ouvert – Canada. », avec un lien vers la licence si possible.',
      en: 'The provider’s attribution statement, or else “Contains information licensed under the Open Government Licence – Canada.”, with a link to the licence where possible.',
    },
    source: 'OGL – Canada 2.0, « Using Information under this licence »',
  },
  shareAlike: null,
  compatibility: [],
};

export const DL_DE_BY_2_0: LicenceEntry = {
  key: 'DL-DE-BY-2.0',
  spdx: 'DL-DE-BY-2.0',
  names: {
    fr: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (licence de données Allemagne – attribution)',
    en: 'Data licence Germany – attribution – version 2.0',
  },
  version: '2.0',
  urls: { fr: null, en: 'https://www.govdata.de/dl-de/by-2-0' },
  aliases: [
    'DL-DE-BY-2.0',
    'dl-de/by-2-0',
    'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    'Datenlizenz Deutschland Namensnennung 2.0',
    'Data licence Germany – attribution – version 2.0',
    'Data licence Germany attribution 2.0',
    'https://www.govdata.de/dl-de/by-2-0',
    'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
    'https://spdx.org/licenses/DL-DE-BY-2.0.html',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Copier, imprimer, présenter, modifier, traiter et transmettre les données et métadonnées à des tiers, à des fins commerciales ou non.',
        en: 'Copy, print, present, alter, process and transmit the data and metadata to third parties, for commercial and non-commercial use.',
      },
      source: 'DL-DE-BY 2.0 §(1)',
    },
    {
      text: {
        fr: 'Les combiner avec vos données et celles d’autres pour former de nouveaux jeux de données, et les intégrer à des produits et applications.',
        en: 'Merge them with your own and others’ data into new datasets, and integrate them into products and applications.',
      },
      source: 'DL-DE-BY 2.0 §(1)',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Indiquer comme mention de source : le fournisseur (selon ses indications), la mention « Datenlizenz Deutschland – Namensnennung – Version 2.0 » ou « dl-de/by-2-0 » avec un renvoi au texte de la licence, et un renvoi au jeu de données (URI), dans la mesure où l’organisme détenteur des données fournit ces éléments.',
        en: 'Give as a source note: the provider (as it specifies), the note “Data licence Germany – attribution – version 2.0” or “dl-de/by-2-0” with a reference to the licence text, and a reference to the dataset (URI), as far as the data holder provides these elements.',
      },
      source: 'DL-DE-BY 2.0 §(2)',
    },
    {
      text: {
        fr: 'Signaler dans la mention de source que les données ont été modifiées si vous les avez changées ou retravaillées.',
        en: 'State in the source note that the data were changed if you altered or processed them.',
      },
      source: 'DL-DE-BY 2.0 §(3)',
    },
  ],
  prohibitions: [],
  attribution: {
    style: 'dl-de',
    elements: ['producer', 'licence', 'licenceLink', 'link', 'modified'],
    summary: {
      fr: 'Le fournisseur, la mention « dl-de/by-2-0 » avec un lien vers la licence et un lien vers le jeu de données, dans la mesure où l’organisme détenteur des données les fournit, et, si vous les avez modifiées, que les données ont été modifiées.',
      en: 'The provider, the note “dl-de/by-2-0” with a link to the licence and a link to the dataset, as far as the data holder provides them, and, if you changed them, that the data were changed.',
    },
    source: 'DL-DE-BY 2.0 §(2)–(3)',
  },
  shareAlike: null,
  compatibility: [],
};

export const DL_DE_ZERO_2_0: LicenceEntry = {
  key: 'DL-DE-ZERO-2.0',
  spdx: 'DL-DE-ZERO-2.0',
  names: {
    fr: 'Datenlizenz Deutschland – Zero – Version 2.0 (licence de données Allemagne – zéro)',
    en: 'Data licence Germany – Zero – version 2.0',
  },
  version: '2.0',
  urls: { fr: null, en: 'https://www.govdata.de/dl-de/zero-2-0' },
  aliases: [
    'DL-DE-ZERO-2.0',
    'dl-de/zero-2-0',
    'Datenlizenz Deutschland – Zero – Version 2.0',
    'Datenlizenz Deutschland Zero 2.0',
    'Data licence Germany – Zero – version 2.0',
    'https://www.govdata.de/dl-de/zero-2-0',
    'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
    'https://spdx.org/licenses/DL-DE-ZERO-2.0.html',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Tout usage, sans restriction ni condition, y compris commercial.',
        en: 'Any use, without restrictions or conditions, including commercial use.',
      },
      source: 'DL-DE-Zero 2.0 §(1)',
    },
  ],
  conditions: [],
  prohibitions: [],
  attribution: {
    style: 'public-domain',
    elements: ['producer', 'title', 'link', 'licence', 'licenceLink'],
    summary: {
      fr: 'Aucune mention n’est exigée ; citer la source reste une bonne pratique.',
      en: 'No attribution is required; crediting the source remains good practice.',
    },
    source: 'DL-DE-Zero 2.0 §(1)',
  },
  shareAlike: null,
  compatibility: [],
};

export const NLOD_2_0: LicenceEntry = {
  key: 'NLOD-2.0',
  spdx: 'NLOD-2.0',
  names: {
    fr: 'Licence norvégienne pour les données publiques ouvertes (NLOD) 2.0',
    en: 'Norwegian Licence for Open Government Data (NLOD) 2.0',
  },
  version: '2.0',
  urls: { fr: null, en: 'https://data.norge.no/nlod/en/2.0' },
  aliases: [
    'NLOD-2.0',
    'NLOD20',
    'NLOD 2.0',
    'Norwegian Licence for Open Government Data (NLOD) 2.0',
    'Norwegian Licence for Open Government Data 2.0',
    'Norsk lisens for offentlige data (NLOD) 2.0',
    'https://data.norge.no/nlod/en/2.0',
    'https://data.norge.no/nlod/no/2.0',
    'https://spdx.org/licenses/NLOD-2.0.html',
    'http://publications.europa.eu/resource/authority/licence/NLOD_2_0',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Copier et diffuser les informations, les modifier ou les combiner avec d’autres, et diffuser le résultat, à toute fin et dans tout contexte.',
        en: 'Copy and distribute the information, modify it or combine it with other information, and distribute the result, for any purpose and in all contexts.',
      },
      source: 'NLOD 2.0 §2',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Citer le concédant comme il l’indique et faire référence à la licence ; si possible, donner un lien vers la licence et vers la source.',
        en: 'Attribute the licensor as it specifies and refer to the licence; where practicable, link to the licence and to the source.',
      },
      source: 'NLOD 2.0 §5',
    },
    {
      text: {
        fr: 'À défaut d’indication, écrire : « Contains data under the Norwegian licence for Open Government data (NLOD) distributed by [nom du concédant] ».',
        en: 'Without instructions, state: “Contains data under the Norwegian licence for Open Government data (NLOD) distributed by [name of licensor]”.',
      },
      source: 'NLOD 2.0 §5',
    },
    {
      text: {
        fr: 'Indiquer clairement que vous avez modifié les informations si c’est le cas.',
        en: 'Clearly indicate that you changed the information if you did.',
      },
      source: 'NLOD 2.0 §5',
    },
    {
      text: {
        fr: 'Si le concédant a limité l’usage des informations à cette version de la licence, l’indiquer aussi.',
        en: 'If the licensor made the information available only under this version of the licence, state that too.',
      },
      source: 'NLOD 2.0 §5',
    },
  ],
  prohibitions: [
    {
      text: { fr: 'Sous-licencier ou céder la licence.', en: 'Sub-license or transfer the licence.' },
      source: 'NLOD 2.0 §2',
    },
    {
      text: {
        fr: 'Présenter les informations de manière trompeuse, déformée ou inexacte.',
        en: 'Present the information in a misleading, distorted or incorrect manner.',
      },
      source: 'NLOD 2.0 §6',
    },
    {
      text: {
        fr: 'Utiliser les noms ou marques du concédant pour soutenir, recommander ou promouvoir vos produits ou services.',
        en: 'Use the licensor’s names or trademarks to support, recommend or market you or your products or services.',
      },
      source: 'NLOD 2.0 §6',
    },
  ],
  attribution: {
    style: 'nlod',
    elements: ['providerStatement', 'producer', 'licence', 'licenceLink', 'link', 'modified'],
    summary: {
      fr: 'Le concédant comme il l’indique (à défaut : « Contains data under the Norwegian licence for Open Government data (NLOD) distributed by … »), la licence, des liens vers la licence et la source, et vos modifications.',
      en: 'The licensor as it specifies (else: “Contains data under the Norwegian licence for Open Government data (NLOD) distributed by …”), the licence, links to the licence and the source, and your changes.',
    },
    source: 'NLOD 2.0 §5',
  },
  shareAlike: null,
  compatibility: [
    {
      with: 'OGL-UK-3.0',
      statement: {
        fr: 'Une œuvre adaptée ou combinée peut être diffusée sous l’Open Government Licence 1.0, 2.0 ou 3.0.',
        en: 'An adapted or combined work may be distributed under the Open Government Licence 1.0, 2.0 or 3.0.',
      },
      source: 'NLOD 2.0 §9',
    },
    {
      with: 'CC-BY-4.0',
      statement: {
        fr: 'Une œuvre adaptée ou combinée peut être diffusée sous CC BY 4.0 ; sous CC BY 1.0 à 3.0 pour les parties qui ne sont pas des bases de données.',
        en: 'An adapted or combined work may be distributed under CC BY 4.0; under CC BY 1.0 to 3.0 for the parts that are not databases.',
      },
      source: 'NLOD 2.0 §9',
    },
    {
      with: 'ODC-By-1.0',
      statement: {
        fr: 'Les parties qui sont des bases de données peuvent être diffusées sous ODC-By 1.0.',
        en: 'The parts that are databases may be distributed under ODC-By 1.0.',
      },
      source: 'NLOD 2.0 §9',
    },
  ],
};

export const NLOD_1_0: LicenceEntry = {
  key: 'NLOD-1.0',
  spdx: 'NLOD-1.0',
  names: {
    fr: 'Licence norvégienne pour les données publiques ouvertes (NLOD) 1.0',
    en: 'Norwegian Licence for Open Government Data (NLOD) 1.0',
  },
  version: '1.0',
  urls: { fr: null, en: 'https://data.norge.no/nlod/en/1.0' },
  aliases: [
    'NLOD-1.0',
    'NLOD 1.0',
    'Norwegian Licence for Open Government Data (NLOD) 1.0',
    'https://data.norge.no/nlod/en/1.0',
    'https://data.norge.no/nlod/no/1.0',
    'https://spdx.org/licenses/NLOD-1.0.html',
    'http://publications.europa.eu/resource/authority/licence/NLOD_1_0',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Copier et diffuser les informations, les modifier ou les combiner avec d’autres, et diffuser le résultat, à toute fin et dans tout contexte.',
        en: 'Copy and distribute the information, modify it or combine it with other information, and distribute the result, for any purpose and in all contexts.',
      },
      source: 'NLOD 1.0 §2',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Citer le concédant comme il l’indique et faire référence à la licence ; si possible, donner un lien vers la licence et vers la source.',
        en: 'Attribute the licensor as it specifies and refer to the licence; where practicable, link to the licence and to the source.',
      },
      source: 'NLOD 1.0 §5',
    },
    {
      text: {
        fr: 'À défaut d’indication, écrire : « Contains data under the Norwegian licence for Open Government data (NLOD) distributed by [nom du concédant] ».',
        en: 'Without instructions, state: “Contains data under the Norwegian licence for Open Government data (NLOD) distributed by [name of licensor]”.',
      },
      source: 'NLOD 1.0 §5',
    },
    {
      text: {
        fr: 'Indiquer clairement que vous avez modifié les informations si c’est le cas.',
        en: 'Clearly indicate that you changed the information if you did.',
      },
      source: 'NLOD 1.0 §5',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Présenter les informations de manière trompeuse, déformée ou inexacte.',
        en: 'Present the information in a misleading, distorted or incorrect manner.',
      },
      source: 'NLOD 1.0 §6',
    },
    {
      text: {
        fr: 'Utiliser les noms ou marques du concédant pour soutenir, recommander ou promouvoir vos produits ou services.',
        en: 'Use the licensor’s names or trademarks to support, recommend or market you or your products or services.',
      },
      source: 'NLOD 1.0 §6',
    },
    {
      text: { fr: 'Sous-licencier ou céder la licence.', en: 'Sub-license or transfer the licence.' },
      source: 'NLOD 1.0 §2',
    },
  ],
  attribution: {
    style: 'nlod',
    elements: ['providerStatement', 'producer', 'licence', 'licenceLink', 'link', 'modified'],
    summary: {
      fr: 'Le concédant comme il l’indique (à défaut : « Contains data under the Norwegian licence for Open Government data (NLOD) distributed by … »), la licence, des liens vers la licence et la source, et vos modifications.',
      en: 'The licensor as it specifies (else: “Contains data under the Norwegian licence for Open Government data (NLOD) distributed by …”), the licence, links to the licence and the source, and your changes.',
    },
    source: 'NLOD 1.0 §5',
  },
  shareAlike: null,
  compatibility: [
    {
      with: 'NLOD-2.0',
      statement: {
        fr: 'Les informations peuvent être utilisées sous toute nouvelle version officielle de la NLOD, sauf si le concédant a limité l’usage à la version 1.0.',
        en: 'The information may be used under any new official version of the NLOD, unless the licensor stated that only version 1.0 may be used.',
      },
      source: 'NLOD 1.0 §10',
    },
    {
      with: 'CC-BY-3.0',
      statement: {
        fr: 'Pour les parties qui ne sont pas des bases de données, une œuvre adaptée ou combinée peut être diffusée sous CC BY 1.0, 2.0, 2.5 ou 3.0 non transposée.',
        en: 'For the parts that are not databases, an adapted or combined work may be distributed under CC BY 1.0, 2.0, 2.5 or 3.0 unported.',
      },
      source: 'NLOD 1.0 §9',
    },
    {
      with: 'ODC-By-1.0',
      statement: {
        fr: 'Les parties qui sont des bases de données peuvent être diffusées sous ODC-By 1.0.',
        en: 'The parts that are databases may be distributed under ODC-By 1.0.',
      },
      source: 'NLOD 1.0 §9',
    },
  ],
};

export const IODL_2_0: LicenceEntry = {
  key: 'iodl-2.0',
  spdx: null,
  names: { fr: 'Italian Open Data License v2.0 (IODL 2.0)', en: 'Italian Open Data License v2.0 (IODL 2.0)' },
  version: '2.0',
  urls: { fr: null, en: null },
  otherText: { lang: 'it', url: 'https://www.dati.gov.it/iodl/2.0' },
  aliases: [
    'iodl-2.0',
    'IODL 2.0',
    'IODL v2.0',
    'Italian Open Data License v2.0',
    'Italian Open Data License 2.0',
    'Italian Open Data License 2.0 (IODL 2.0)',
    'https://www.dati.gov.it/iodl/2.0',
    'https://www.dati.gov.it/content/italian-open-data-license-v20',
    'http://publications.europa.eu/resource/authority/licence/IODL_2_0',
    'https://w3id.org/italia/controlled-vocabulary/licences/A29_IODL20',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Reproduire, diffuser, communiquer au public, extraire et réutiliser les informations.',
        en: 'Reproduce, distribute, communicate to the public, extract and re-use the information.',
      },
      source: 'IODL 2.0 art. 2',
    },
    {
      text: {
        fr: 'Créer des œuvres dérivées, par exemple en combinant les informations avec d’autres (mashup), et les diffuser.',
        en: 'Create derivative works, for example by combining the information with other information (mashup), and distribute them.',
      },
      source: 'IODL 2.0 art. 2',
    },
    {
      text: {
        fr: 'Exercer ces droits gratuitement, y compris à des fins commerciales.',
        en: 'Exercise these rights free of charge, including for commercial purposes.',
      },
      source: 'IODL 2.0 art. 3',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Indiquer la source des informations et le nom du concédant, en joignant si possible une copie de la licence ou un lien vers celle-ci.',
        en: 'State the source of the information and the name of the licensor, including where possible a copy of the licence or a link to it.',
      },
      source: 'IODL 2.0 art. 2',
    },
    {
      text: {
        fr: 'Prendre toute mesure raisonnable pour que vos usages n’induisent personne en erreur et que les informations ne soient pas dénaturées.',
        en: 'Take every reasonable step so that your uses do not mislead others and the information is not misrepresented.',
      },
      source: 'IODL 2.0 art. 2',
    },
    {
      text: {
        fr: 'Respecter le droit d’auteur et la protection des données personnelles.',
        en: 'Respect copyright law and the protection of personal data.',
      },
      source: 'IODL 2.0 art. 5',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Réutiliser les informations d’une manière qui suggère un caractère officiel ou l’approbation de votre usage par le concédant.',
        en: 'Re-use the information in a way that suggests it is official or that the licensor approves your use.',
      },
      source: 'IODL 2.0 art. 2',
    },
  ],
  attribution: {
    style: 'iodl',
    elements: ['producer', 'link', 'licence', 'licenceLink'],
    summary: {
      fr: 'La source des informations et le nom du concédant, avec si possible un lien vers la licence.',
      en: 'The source of the information and the name of the licensor, with a link to the licence where possible.',
    },
    source: 'IODL 2.0 art. 2',
  },
  shareAlike: null,
  compatibility: [],
};

export const GOVERNMENT_LICENCES: readonly LicenceEntry[] = [
  OGL_UK_3_0,
  OGL_UK_2_0,
  OGL_UK_1_0,
  OGL_CANADA_2_0,
  DL_DE_BY_2_0,
  DL_DE_ZERO_2_0,
  NLOD_2_0,
  NLOD_1_0,
  IODL_2_0,
];
