import type { LicenceEntry } from '../schema';

/*
 * The generic ids of the CKAN and udata licence lists (`ckan/ckan:ckan/model/license.py`,
 * `opendatateam/udata:udata/core/dataset/constants.py`, data.gouv.fr `/api/1/datasets/licenses/`). They say
 * what kind of terms the producer chose, not the terms themselves: every clause below is only what the id
 * itself claims, and the card sends the reader to the producer's own terms. `open` follows the Open
 * Definition's service (`other-at`, `other-open`, `other-pd` approved as generic; `other-nc`, `other-closed`
 * non-open by their very name; `notspecified` says nothing).
 */

const CKAN_LIST = 'CKAN/udata licence list';

export const NOT_SPECIFIED: LicenceEntry = {
  key: 'notspecified',
  spdx: null,
  names: { fr: 'Licence non spécifiée', en: 'Licence not specified' },
  version: null,
  urls: { fr: null, en: null },
  aliases: ['notspecified', 'License Not Specified', 'Licence non spécifiée', 'Not specified', 'Non spécifiée'],
  open: null,
  frenchAdministrations: false,
  permissions: [],
  conditions: [],
  prohibitions: [],
  attribution: {
    style: 'crpa',
    elements: ['producer', 'date'],
    summary: {
      fr: 'Aucune licence ne le dit ; pour une administration française, la loi exige la mention des sources et de la date de dernière mise à jour (CRPA, art. L322-1).',
      en: 'No licence says; for a French public administration, the law requires the sources and the date of last update to be mentioned (CRPA, art. L322-1).',
    },
    source: 'Code des relations entre le public et l’administration, art. L322-1',
  },
  shareAlike: null,
  compatibility: [],
};

export const OTHER_AT: LicenceEntry = {
  key: 'other-at',
  spdx: null,
  names: { fr: 'Autre licence (Attribution)', en: 'Other licence (Attribution)' },
  version: null,
  urls: { fr: null, en: null },
  aliases: ['other-at', 'Other (Attribution)', 'Autre (Attribution)'],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Réutiliser les données dans les conditions ouvertes du producteur (d’après la catégorie choisie).',
        en: 'Reuse the data on the producer’s open terms (according to the category chosen).',
      },
      source: `${CKAN_LIST}: other-at « Other (Attribution) »`,
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Créditer le producteur comme ses propres conditions le demandent.',
        en: 'Credit the producer as its own terms require.',
      },
      source: `${CKAN_LIST}: other-at « Other (Attribution) »`,
    },
  ],
  prohibitions: [],
  attribution: {
    style: 'generic',
    elements: ['producer', 'title', 'link', 'date', 'licence'],
    summary: {
      fr: 'Une mention du producteur est exigée ; sa forme exacte est dans les conditions du producteur.',
      en: 'Crediting the producer is required; the exact form is in the producer’s terms.',
    },
    source: `${CKAN_LIST}: other-at « Other (Attribution) »`,
  },
  shareAlike: null,
  compatibility: [],
};

export const OTHER_OPEN: LicenceEntry = {
  key: 'other-open',
  spdx: null,
  names: { fr: 'Autre licence (Ouverte)', en: 'Other licence (Open)' },
  version: null,
  urls: { fr: null, en: null },
  aliases: ['other-open', 'Other (Open)', 'Autre (Ouvert)', 'Autre (Ouverte)'],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Réutiliser les données dans les conditions ouvertes du producteur (d’après la catégorie choisie).',
        en: 'Reuse the data on the producer’s open terms (according to the category chosen).',
      },
      source: `${CKAN_LIST}: other-open « Other (Open) »`,
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Respecter les conditions du producteur, qui peuvent exiger une mention ou un partage à l’identique.',
        en: 'Follow the producer’s terms, which may require attribution or share-alike.',
      },
      source: `${CKAN_LIST}: other-open « Other (Open) »`,
    },
  ],
  prohibitions: [],
  attribution: {
    style: 'generic',
    elements: ['producer', 'title', 'link', 'date', 'licence'],
    summary: {
      fr: 'Ce qu’exigent les conditions du producteur ; citer le producteur, le titre, le lien et la date est le plus sûr.',
      en: 'Whatever the producer’s terms require; citing the producer, title, link and date is the safe choice.',
    },
    source: `${CKAN_LIST}: other-open « Other (Open) »`,
  },
  shareAlike: null,
  compatibility: [],
};

export const OTHER_PD: LicenceEntry = {
  key: 'other-pd',
  spdx: null,
  names: { fr: 'Autre (Domaine public)', en: 'Other (Public Domain)' },
  version: null,
  urls: { fr: null, en: null },
  // Socrata's licence menu offers a bare "Public Domain"; it is the producer's claim, like `other-pd`.
  aliases: ['other-pd', 'Other (Public Domain)', 'Autre (Domaine Public)', 'Public Domain', 'Domaine public'],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Le producteur déclare les données dans le domaine public : tout usage, sans condition de licence.',
        en: 'The producer declares the data to be in the public domain: any use, with no licence condition.',
      },
      source: `${CKAN_LIST}: other-pd « Other (Public Domain) »`,
    },
  ],
  conditions: [],
  prohibitions: [],
  attribution: {
    style: 'public-domain',
    elements: ['producer', 'title', 'link'],
    summary: {
      fr: 'Aucune mention n’est exigée ; citer la source reste une bonne pratique.',
      en: 'No attribution is required; crediting the source remains good practice.',
    },
    source: `${CKAN_LIST}: other-pd « Other (Public Domain) »`,
  },
  shareAlike: null,
  compatibility: [],
};

export const OTHER_NC: LicenceEntry = {
  key: 'other-nc',
  spdx: null,
  names: { fr: 'Autre licence (Non commerciale)', en: 'Other licence (Non-Commercial)' },
  version: null,
  urls: { fr: null, en: null },
  aliases: ['other-nc', 'Other (Non-Commercial)', 'Autre (Non commercial)'],
  open: false,
  frenchAdministrations: false,
  permissions: [],
  conditions: [
    {
      text: {
        fr: 'Respecter les conditions du producteur, seules à dire ce qui est permis.',
        en: 'Follow the producer’s terms, which alone say what is allowed.',
      },
      source: `${CKAN_LIST}: other-nc « Other (Non-Commercial) »`,
    },
  ],
  prohibitions: [
    {
      text: { fr: 'Un usage commercial.', en: 'Commercial use.' },
      source: `${CKAN_LIST}: other-nc « Other (Non-Commercial) »`,
    },
  ],
  attribution: {
    style: 'generic',
    elements: ['producer', 'title', 'link', 'date', 'licence'],
    summary: {
      fr: 'Ce qu’exigent les conditions du producteur.',
      en: 'Whatever the producer’s terms require.',
    },
    source: `${CKAN_LIST}: other-nc « Other (Non-Commercial) »`,
  },
  shareAlike: null,
  compatibility: [],
};

export const OTHER_CLOSED: LicenceEntry = {
  key: 'other-closed',
  spdx: null,
  names: { fr: 'Autre licence (Non ouverte)', en: 'Other licence (Not Open)' },
  version: null,
  urls: { fr: null, en: null },
  aliases: ['other-closed', 'Other (Not Open)', 'Autre (Non ouvert)', 'Autre (Non ouverte)'],
  open: false,
  frenchAdministrations: false,
  permissions: [],
  conditions: [
    {
      text: {
        fr: 'Respecter les conditions du producteur, seules à dire ce qui est permis.',
        en: 'Follow the producer’s terms, which alone say what is allowed.',
      },
      source: `${CKAN_LIST}: other-closed « Other (Not Open) »`,
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Tout usage que les conditions du producteur n’autorisent pas expressément.',
        en: 'Any use the producer’s terms do not expressly allow.',
      },
      source: `${CKAN_LIST}: other-closed « Other (Not Open) »`,
    },
  ],
  attribution: {
    style: 'generic',
    elements: ['producer', 'title', 'link', 'date', 'licence'],
    summary: {
      fr: 'Ce qu’exigent les conditions du producteur.',
      en: 'Whatever the producer’s terms require.',
    },
    source: `${CKAN_LIST}: other-closed « Other (Not Open) »`,
  },
  shareAlike: null,
  compatibility: [],
};

export const GENERIC_LICENCES: readonly LicenceEntry[] = [
  NOT_SPECIFIED,
  OTHER_AT,
  OTHER_OPEN,
  OTHER_PD,
  OTHER_NC,
  OTHER_CLOSED,
];

/** Keys that name a kind of terms rather than a licence text: resolution prefers a real licence over them. */
export const GENERIC_KEYS: ReadonlySet<string> = new Set(GENERIC_LICENCES.map((l) => l.key));
