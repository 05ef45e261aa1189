import type { LicenceEntry } from '../schema';

/*
 * Open Data Commons licences. Quotes: SPDX `ODbL-1.0.xml`, `ODC-By-1.0.xml`, `PDDL-1.0.xml` and
 * `okfn/opendatacommons.org:content/licenses/dbcl/1-0/contents.lr`. The legal texts exist in English only,
 * so `urls.fr` is null and the French sentences are this project's translation.
 */

export const ODBL_1_0: LicenceEntry = {
  key: 'ODbL-1.0',
  spdx: 'ODbL-1.0',
  names: {
    fr: 'Open Database License (ODbL) version 1.0',
    en: 'Open Data Commons Open Database License (ODbL) 1.0',
  },
  version: '1.0',
  urls: { fr: null, en: 'https://opendatacommons.org/licenses/odbl/1-0/' },
  aliases: [
    'odc-odbl',
    'ODbL-1.0',
    'ODbL',
    'ODbL 1.0',
    'ODbL (Open Database License)',
    'Open Data Commons Open Database License (ODbL)',
    'Open Database License (ODbL) 1.0',
    'Open Data Commons Open Database License 1.0',
    'Open Data Commons Open Database License v1.0',
    'Open Database License',
    'Open Database License (ODbL)',
    'Open Database License 1.0',
    'ODC Open Database License (ODbL) version 1.0',
    'ODC Open Database License (ODbL)',
    'Open Data Commons Database License 1.0 (ODbL)',
    // opendata.paris.fr labels its ODbL this way (OpenDataSoft `metas.license`).
    'ODbL Paris',
    'http://opendatacommons.org/licenses/odbl/summary/',
    'http://opendatacommons.org/licenses/odbl/',
    'http://www.opendatacommons.org/licenses/odbl/1.0/',
    'https://opendatacommons.org/licenses/odbl/1-0/',
    'https://opendatacommons.org/licenses/odbl/1.0/',
    'http://www.opendefinition.org/licenses/odc-odbl',
    'https://opendefinition.org/licenses/odc-odbl',
    'https://opendefinition.org/licenses/ODbL-1.0',
    'https://spdx.org/licenses/ODbL-1.0.html',
    'http://publications.europa.eu/resource/authority/licence/ODC_BL',
  ],
  open: true,
  frenchAdministrations: true,
  permissions: [
    {
      text: {
        fr: 'Extraire et réutiliser tout ou partie substantielle du contenu de la base de données.',
        en: 'Extract and re-use the whole or a substantial part of the contents of the database.',
      },
      source: 'ODbL 1.0 §3.1(a)',
    },
    {
      text: {
        fr: 'Créer des bases de données dérivées et des bases de données collectives.',
        en: 'Create derivative databases and collective databases.',
      },
      source: 'ODbL 1.0 §3.1(b)–(c)',
    },
    {
      text: {
        fr: 'Copier, diffuser et mettre à disposition du public la base de données, y compris à des fins commerciales.',
        en: 'Copy, distribute and make the database available to the public, including for commercial use.',
      },
      source: 'ODbL 1.0 §3.1(d)–(e)',
    },
    {
      text: {
        fr: 'Produire des œuvres (cartes, graphiques, articles…) à partir de la base sans qu’elles soient soumises au partage à l’identique.',
        en: 'Make produced works (maps, charts, articles…) from the database without share-alike applying to them.',
      },
      source: 'ODbL 1.0 §4.5(b)',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Si vous utilisez publiquement une œuvre produite à partir de la base, indiquer que son contenu provient de la base et qu’elle est disponible sous l’ODbL.',
        en: 'If you publicly use a work produced from the database, say that its content was obtained from the database and that it is available under the ODbL.',
      },
      source: 'ODbL 1.0 §4.3',
    },
    {
      text: {
        fr: 'Si vous diffusez la base ou une base dérivée, joindre le texte de la licence ou son adresse et conserver intactes les mentions de droits et de licence.',
        en: 'If you convey the database or a derivative database, include the licence text or its URI and keep intact the copyright, database right and licence notices.',
      },
      source: 'ODbL 1.0 §4.2',
    },
    {
      text: {
        fr: 'Si vous utilisez publiquement une base de données dérivée (y compris en utilisant publiquement une œuvre produite à partir d’elle), la proposer uniquement sous l’ODbL, une version ultérieure de l’ODbL d’esprit similaire, ou une licence compatible.',
        en: 'If you publicly use a derivative database (including by publicly using a produced work made from it), offer it only under the ODbL, a later version of the ODbL similar in spirit, or a compatible licence.',
      },
      source: 'ODbL 1.0 §4.4(a)–(c)',
    },
    {
      text: {
        fr: 'Si vous utilisez publiquement une base dérivée, ou une œuvre produite à partir d’elle, mettre à disposition dans un format lisible par machine la base dérivée entière, ou un fichier des modifications apportées à la base ou de la méthode utilisée pour les faire.',
        en: 'If you publicly use a derivative database, or a work produced from one, offer in machine-readable form the whole derivative database, or a file of the alterations made to the database or of the method of making them.',
      },
      source: 'ODbL 1.0 §4.6',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Sous-licencier la base de données.',
        en: 'Sublicense the database.',
      },
      source: 'ODbL 1.0 §4.8',
    },
    {
      text: {
        fr: 'Diffuser la base avec des mesures techniques (DRM) ou des conditions supplémentaires sans en proposer aussi une version libre de ces restrictions.',
        en: 'Distribute the database with technological measures (DRM) or extra terms unless you also offer a version without them.',
      },
      source: 'ODbL 1.0 §4.7',
    },
  ],
  attribution: {
    style: 'odbl',
    elements: ['title', 'link', 'licence', 'licenceLink'],
    summary: {
      fr: 'Indiquer que les données proviennent de la base (son nom, avec un lien) et qu’elle est disponible sous l’Open Database License (avec un lien).',
      en: 'Say the content was obtained from the database (its name, with a link) and that it is available under the Open Database License (with a link).',
    },
    source: 'ODbL 1.0 §4.3',
  },
  shareAlike: {
    scope: {
      fr: 'Les bases de données dérivées que vous utilisez publiquement (y compris via une œuvre produite à partir d’elles) ; pas les œuvres produites ni les bases collectives.',
      en: 'Derivative databases you publicly use (including through a work produced from them); not produced works or collective databases.',
    },
    source: 'ODbL 1.0 §4.4–4.5',
  },
  compatibility: [
    {
      with: 'ODbL-1.0',
      statement: {
        fr: 'Une base dérivée peut aussi être diffusée sous une version ultérieure similaire de l’ODbL ou sous une licence compatible.',
        en: 'A derivative database may also be offered under a later, similar version of the ODbL or under a compatible licence.',
      },
      source: 'ODbL 1.0 §4.4(a)',
    },
  ],
};

export const DBCL_1_0: LicenceEntry = {
  key: 'dbcl-1.0',
  spdx: null,
  names: { fr: 'Database Contents License (DbCL) 1.0', en: 'Open Data Commons Database Contents License (DbCL) 1.0' },
  version: '1.0',
  urls: { fr: null, en: 'https://opendatacommons.org/licenses/dbcl/1-0/' },
  aliases: [
    'dbcl-1.0',
    'odc-dbcl',
    'DbCL',
    'Database Contents License (DbCL) v1.0',
    'Database Contents License (DbCL) 1.0',
    'Open Data Commons Database Contents License',
    'Open Data Commons Database Contents License 1.0',
    'https://opendatacommons.org/licenses/dbcl/1-0/',
    'https://opendatacommons.org/licenses/dbcl/1.0/',
    'http://opendatacommons.org/licenses/dbcl/',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Faire tout acte relevant du droit d’auteur sur les contenus, y compris un usage commercial.',
        en: 'Do any act restricted by copyright over the contents, including commercial use.',
      },
      source: 'DbCL 1.0 §2.1',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Respecter l’ODbL, qui couvre la base de données elle-même.',
        en: 'Comply with the ODbL, which covers the database itself.',
      },
      source: 'DbCL 1.0 §2.2',
    },
  ],
  prohibitions: [],
  attribution: {
    style: 'odbl',
    elements: ['title', 'link', 'licence', 'licenceLink'],
    summary: {
      fr: 'Celle de l’ODbL : indiquer que les données proviennent de la base et qu’elle est disponible sous l’ODbL.',
      en: 'The ODbL’s: say the content was obtained from the database and that it is available under the ODbL.',
    },
    source: 'DbCL 1.0 §2.2; ODbL 1.0 §4.3',
  },
  shareAlike: {
    scope: {
      fr: 'Celui de l’ODbL : les bases de données dérivées utilisées publiquement.',
      en: 'The ODbL’s: derivative databases you publicly use.',
    },
    source: 'DbCL 1.0 §2.2; ODbL 1.0 §4.4',
  },
  compatibility: [
    {
      with: 'ODbL-1.0',
      statement: {
        fr: 'Les contenus s’utilisent en respectant l’ODbL.',
        en: 'The contents are used in compliance with the ODbL.',
      },
      source: 'DbCL 1.0 §2.2',
    },
  ],
};

export const ODC_BY_1_0: LicenceEntry = {
  key: 'ODC-By-1.0',
  spdx: 'ODC-By-1.0',
  names: {
    fr: 'Open Data Commons Attribution License (ODC-By) 1.0',
    en: 'Open Data Commons Attribution License (ODC-By) 1.0',
  },
  version: '1.0',
  urls: { fr: null, en: 'https://opendatacommons.org/licenses/by/1-0/' },
  aliases: [
    'odc-by',
    'ODC-By-1.0',
    'ODC-BY',
    'ODC-By 1.0',
    'Open Data Commons Attribution License',
    'Open Data Commons Attribution License 1.0',
    'Open Data Commons Attribution License v1.0',
    'ODC Attribution License (ODC-By)',
    'ODC Attribution License',
    'http://opendatacommons.org/licenses/by/summary/',
    'http://opendatacommons.org/licenses/by/',
    'https://opendatacommons.org/licenses/by/1.0/',
    'https://opendatacommons.org/licenses/by/1-0/',
    'http://www.opendefinition.org/licenses/odc-by',
    'https://opendefinition.org/licenses/odc-by',
    'https://spdx.org/licenses/ODC-By-1.0.html',
    'http://publications.europa.eu/resource/authority/licence/ODC_BY',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Extraire et réutiliser tout ou partie substantielle du contenu de la base de données.',
        en: 'Extract and re-use the whole or a substantial part of the contents of the database.',
      },
      source: 'ODC-By 1.0 §3.1(a)',
    },
    {
      text: {
        fr: 'Créer des bases de données dérivées et collectives, les copier et les diffuser, y compris à des fins commerciales.',
        en: 'Create derivative and collective databases, copy and distribute them, including for commercial use.',
      },
      source: 'ODC-By 1.0 §3.1',
    },
  ],
  conditions: [
    {
      text: {
        fr: 'Si vous utilisez publiquement une œuvre produite à partir de la base, indiquer que son contenu provient de la base et qu’elle est disponible sous cette licence.',
        en: 'If you publicly use a work produced from the database, say that its content was obtained from the database and that it is available under this licence.',
      },
      source: 'ODC-By 1.0 §4.3',
    },
    {
      text: {
        fr: 'Si vous diffusez publiquement la base ou une base dérivée (seule ou dans une base collective), le faire uniquement sous les termes de cette licence.',
        en: 'If you publicly convey the database or a derivative database (alone or in a collective database), do so only under the terms of this licence.',
      },
      source: 'ODC-By 1.0 §4.2(a)',
    },
    {
      text: {
        fr: 'Si vous diffusez la base ou une base dérivée, joindre le texte de la licence ou son adresse et conserver intactes les mentions de droits et de licence.',
        en: 'If you convey the database or a derivative database, include the licence text or its URI and keep intact the copyright, database right and licence notices.',
      },
      source: 'ODC-By 1.0 §4.2(b)–(c)',
    },
  ],
  prohibitions: [
    {
      text: {
        fr: 'Sous-licencier la base de données ou imposer des restrictions supplémentaires.',
        en: 'Sublicense the database or impose any further restrictions.',
      },
      source: 'ODC-By 1.0 §4.4',
    },
  ],
  attribution: {
    style: 'odc-by',
    elements: ['title', 'link', 'licence', 'licenceLink'],
    summary: {
      fr: 'Indiquer que les données proviennent de la base (son nom, avec un lien) et qu’elle est disponible sous l’ODC Attribution License (avec un lien).',
      en: 'Say the content was obtained from the database (its name, with a link) and that it is available under the ODC Attribution License (with a link).',
    },
    source: 'ODC-By 1.0 §4.3',
  },
  shareAlike: null,
  compatibility: [],
};

export const PDDL_1_0: LicenceEntry = {
  key: 'PDDL-1.0',
  spdx: 'PDDL-1.0',
  names: {
    fr: 'Open Data Commons Public Domain Dedication and License (PDDL) 1.0',
    en: 'Open Data Commons Public Domain Dedication and License (PDDL) 1.0',
  },
  version: '1.0',
  urls: { fr: null, en: 'https://opendatacommons.org/licenses/pddl/1-0/' },
  aliases: [
    'odc-pddl',
    'PDDL-1.0',
    'ODC-PDDL-1.0',
    'PDDL',
    'Open Data Commons Public Domain Dedication and Licence (PDDL)',
    'Open Data Commons Public Domain Dedication and License (PDDL)',
    'Open Data Commons Public Domain Dedication and License',
    'Open Data Commons Public Domain Dedication & License 1.0',
    'http://opendatacommons.org/licenses/pddl/summary/',
    'http://opendatacommons.org/licenses/pddl/1.0/',
    'https://opendatacommons.org/licenses/pddl/1-0/',
    'https://opendatacommons.org/licenses/pddl/',
    'http://www.opendefinition.org/licenses/odc-pddl',
    'https://opendefinition.org/licenses/odc-pddl',
    'https://spdx.org/licenses/PDDL-1.0.html',
    'http://publications.europa.eu/resource/authority/licence/ODC_PDDL',
  ],
  open: true,
  frenchAdministrations: false,
  permissions: [
    {
      text: {
        fr: 'Partager, modifier et utiliser les données pour tout usage, sans restriction : le titulaire renonce à ses droits d’auteur et droits sur la base.',
        en: 'Share, modify and use the data for any purpose without restrictions: the rightsholder relinquishes copyright and database rights.',
      },
      source: 'PDDL 1.0 §3.1',
    },
  ],
  conditions: [],
  prohibitions: [],
  attribution: {
    style: 'public-domain',
    elements: ['producer', 'title', 'link', 'licence', 'licenceLink'],
    summary: {
      fr: 'Aucune mention n’est exigée ; citer la source reste une bonne pratique (normes communautaires, non contraignantes).',
      en: 'No attribution is required; crediting the source remains good practice (community norms, not binding).',
    },
    source: 'PDDL 1.0, preamble and §4.1',
  },
  shareAlike: null,
  compatibility: [],
};

export const ODC_LICENCES: readonly LicenceEntry[] = [ODBL_1_0, DBCL_1_0, ODC_BY_1_0, PDDL_1_0];
