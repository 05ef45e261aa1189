import { describe, expect, it } from 'vitest';
import { lookupLicence } from '../../../lib/licences/catalogue';
import { normaliseText, normaliseUrl } from '../../../lib/licences/normalise';
import { type PublishedFields, resolveLicence } from '../../../lib/licences/resolve';
import portalCases from '../../fixtures/licences/portal-licences.json';

/**
 * The ids, titles and URLs portals publish for each licence (data.gouv.fr `/api/1/datasets/licenses/`, CKAN
 * `ckan/model/license.py`, the Open Definition licence service, OpenDataSoft `metas.license`, Socrata `licenseId`),
 * row by row.
 * `assumed` marks the rows the notes flag ⚠ (no version in the string): they resolve with versionAssumed.
 */
const ALIAS_TABLE: Array<{ key: string; assumed?: boolean; strings: string[] }> = [
  {
    key: 'etalab-2.0',
    strings: [
      'lov2',
      'etalab-2.0',
      'Licence Ouverte / Open Licence version 2.0',
      'License Etalab v2',
      'License Etalab v2.0',
      'Licence Ouverte v2',
      'Licence Ouverte v2.0',
      'Licence Ouverte v2.0 (Etalab)',
      'Licence Ouverte version 2.0',
      'Licence Ouverte / Open Licence v2',
      'Licence Ouverte / Open Licence v2.0',
      'Licence Ouverte / Open License version 2.0',
      'Licence Ouverte / Open License v2.0',
      'Licence Ouverte / Open License v2',
      'Licence Ouverte / Open License version 2',
      'License Ouverte v2.0 (Etalab)',
      'Licence Etalab v2.0',
      'Licence Etalab version 2.0',
      'Licence Ouverte Version 2.0',
      'Licence Ouverte version 2.0  https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf',
      'Licence Ouverte — version 2.0',
      'Etalab Open License 2.0',
      'LO-FR-2.0',
      'LO-2.0',
      'https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf',
      'https://www.etalab.gouv.fr/wp-content/uploads/2018/11/open-licence.pdf',
      'https://github.com/etalab/Licence-Ouverte/blob/master/LO.md',
      'github.com/DISIC/politique-de-contribution-open-source/blob/master/LICENSE.pdf',
      'raw.githubusercontent.com/DISIC/politique-de-contribution-open-source/master/LICENSE',
      'spdx.org/licenses/etalab-2.0',
      'spdx.org/licenses/etalab-2.0.html',
    ],
  },
  {
    key: 'etalab-2.0',
    assumed: true,
    strings: [
      'License Etalab',
      'Licence Etalab',
      'Licence Ouverte (Etalab)',
      'License Ouverte',
      'Licence Ouverte',
      // The bare Etalab title and Etalab's page name the family, not a version (issue 11).
      'Licence Ouverte / Open Licence',
      'Licence ouverte / Open Licence',
      'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
      'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      'http://www.etalab.gouv.fr/licence-ouverte-open-licence',
    ],
  },
  {
    key: 'lo-1.0',
    strings: [
      'fr-lo',
      'LO/OL',
      'Licence Ouverte Version 1.0',
      'Licence Ouverte 1.0',
      'Licence Ouverte — version 1.0',
      'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf',
      'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Open_Licence.pdf',
      'http://www.data.gouv.fr/Licence-Ouverte-Open-Licence',
      'http://www.etalab.gouv.fr/pages/Licence_ouverte_Open_licence-5899923.html',
    ],
  },
  {
    key: 'ODbL-1.0',
    strings: [
      'odc-odbl',
      'ODbL-1.0',
      'ODbL',
      'Open Data Commons Open Database License (ODbL)',
      'Open Database License (ODbL) 1.0',
      'Open Data Commons Open Database License 1.0',
      'Open Database License',
      'Open Database License (ODbL)',
      'Open Data Commons Open Database License v1.0',
      'ODC Open Database License (ODbL) version 1.0',
      'Open Data Commons Database License 1.0 (ODbL)',
      'http://opendatacommons.org/licenses/odbl/summary/',
      'http://opendatacommons.org/licenses/odbl/1.0/',
      'https://opendatacommons.org/licenses/odbl/1-0/',
      'http://opendefinition.org/licenses/odc-odbl',
      'https://www.opendefinition.org/licenses/odc-odbl',
      'spdx.org/licenses/ODbL-1.0',
      'spdx.org/licenses/ODbL-1.0.html',
      'http://publications.europa.eu/resource/authority/licence/ODC_BL',
    ],
  },
  {
    key: 'dbcl-1.0',
    strings: [
      'https://opendatacommons.org/licenses/dbcl/1-0/',
      'Database Contents License (DbCL) v1.0',
      'Open Data Commons Database Contents License',
    ],
  },
  {
    key: 'ODC-By-1.0',
    strings: [
      'odc-by',
      'ODC-By-1.0',
      'ODC-BY-1.0',
      'Open Data Commons Attribution License',
      'ODC Attribution License (ODC-By)',
      'http://opendatacommons.org/licenses/by/summary/',
      'https://opendatacommons.org/licenses/by/1.0/',
      'http://www.opendefinition.org/licenses/odc-by',
      'https://opendefinition.org/licenses/odc-by',
      'http://publications.europa.eu/resource/authority/licence/ODC_BY',
    ],
  },
  {
    key: 'PDDL-1.0',
    strings: [
      'odc-pddl',
      'PDDL-1.0',
      'ODC-PDDL-1.0',
      'Open Data Commons Public Domain Dedication and Licence (PDDL)',
      'Open Data Commons Public Domain Dedication and License (PDDL)',
      'http://opendatacommons.org/licenses/pddl/summary/',
      'http://opendatacommons.org/licenses/pddl/1.0/',
      'http://publications.europa.eu/resource/authority/licence/ODC_PDDL',
    ],
  },
  {
    key: 'CC0-1.0',
    strings: [
      'cc-zero',
      'CC0-1.0',
      'CC0',
      'Creative Commons CCZero',
      'CC0 1.0',
      'http://www.opendefinition.org/licenses/cc-zero',
      'https://creativecommons.org/publicdomain/zero/1.0/',
      'http://publications.europa.eu/resource/authority/licence/CC0',
    ],
  },
  {
    key: 'CC-BY-4.0',
    assumed: true,
    strings: [
      'cc-by',
      'CC-BY',
      'Creative Commons Attribution',
      'http://www.opendefinition.org/licenses/cc-by',
      'http://publications.europa.eu/resource/authority/licence/CC_BY',
    ],
  },
  {
    key: 'CC-BY-4.0',
    strings: [
      'CC-BY-4.0',
      'CC BY 4.0',
      'Creative Commons Attribution 4.0',
      'Creative Commons Attribution 4.0 International',
      'https://creativecommons.org/licenses/by/4.0/',
      'https://creativecommons.org/licenses/by/4.0/legalcode',
      'https://creativecommons.org/licenses/by/4.0/legalcode.fr',
      'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0',
    ],
  },
  {
    key: 'CC-BY-SA-4.0',
    assumed: true,
    strings: [
      'cc-by-sa',
      'CC-BY-SA',
      'Creative Commons Attribution Share-Alike',
      'http://www.opendefinition.org/licenses/cc-by-sa',
    ],
  },
  {
    key: 'CC-BY-SA-4.0',
    strings: [
      'CC-BY-SA-4.0',
      'Creative Commons Attribution Share-Alike 4.0',
      'Creative Commons Attribution – Partage dans les Mêmes Conditions 4.0 International',
      'https://creativecommons.org/licenses/by-sa/4.0/',
      'https://creativecommons.org/licenses/by-sa/4.0/legalcode',
      'https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr',
      'http://publications.europa.eu/resource/authority/licence/CC_BYSA_4_0',
    ],
  },
  {
    key: 'cc-by-3.0-fr',
    strings: [
      'https://creativecommons.org/licenses/by/3.0/fr/',
      'https://creativecommons.org/licenses/by/3.0/fr/legalcode',
      'Creative Commons Attribution 3.0 France',
      'CC BY 3.0 FR',
    ],
  },
  {
    key: 'cc-by-2.0-fr',
    strings: ['https://creativecommons.org/licenses/by/2.0/fr/', 'Paternité - 2.0', 'CC BY 2.0 FR'],
  },
  {
    key: 'OGL-UK-3.0',
    strings: [
      'OGL-UK-3.0',
      'Open Government Licence v3.0',
      'Open Government Licence 3.0 (United Kingdom)',
      'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      'http://publications.europa.eu/resource/authority/licence/OGL_3_0',
    ],
  },
  {
    key: 'OGL-UK-3.0',
    assumed: true,
    strings: ['uk-ogl', 'UK Open Government Licence (OGL)', 'http://reference.data.gov.uk/id/open-government-licence'],
  },
  {
    key: 'DL-DE-BY-2.0',
    strings: [
      'DL-DE-BY-2.0',
      'dl-de-by-2.0',
      'dl-de/by-2-0',
      'Datenlizenz Deutschland – Namensnennung – Version 2.0',
      'Datenlizenz Deutschland Namensnennung 2.0',
      'Data licence Germany – attribution – version 2.0',
      'https://www.govdata.de/dl-de/by-2-0',
      'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
    ],
  },
  {
    key: 'DL-DE-ZERO-2.0',
    strings: [
      'DL-DE-ZERO-2.0',
      'dl-de-zero-2.0',
      'dl-de/zero-2-0',
      'Datenlizenz Deutschland – Zero – Version 2.0',
      'https://www.govdata.de/dl-de/zero-2-0',
      'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
    ],
  },
  {
    key: 'OGL-Canada-2.0',
    strings: [
      'OGL-Canada-2.0',
      'OGL-CA-2.0',
      'Open Government Licence - Canada',
      'Open Government License 2.0 (Canada)',
      'Licence du gouvernement ouvert – Canada',
      'https://open.canada.ca/en/open-government-licence-canada',
      'https://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada',
    ],
  },
  {
    key: 'NLOD-2.0',
    strings: [
      'NLOD-2.0',
      'NLOD20',
      'Norwegian Licence for Open Government Data (NLOD) 2.0',
      'http://data.norge.no/nlod/en/2.0',
      'http://data.norge.no/nlod/no/2.0',
      'https://data.norge.no/nlod/no/2.0',
      'http://publications.europa.eu/resource/authority/licence/NLOD_2_0',
    ],
  },
  { key: 'NLOD-2.0', assumed: true, strings: ['Norsk lisens for offentlige data'] },
  {
    key: 'NLOD-1.0',
    strings: [
      'NLOD-1.0',
      'http://data.norge.no/nlod/en/1.0',
      'http://data.norge.no/nlod/no/1.0',
      'http://publications.europa.eu/resource/authority/licence/NLOD_1_0',
    ],
  },
  {
    key: 'iodl-2.0',
    strings: [
      'IODL 2.0',
      'IODL-2.0',
      'Italian Open Data License v2.0',
      'Italian Open Data License 2.0 (IODL 2.0)',
      'https://www.dati.gov.it/iodl/2.0',
      'https://www.dati.gov.it/content/italian-open-data-license-v20',
      'http://publications.europa.eu/resource/authority/licence/IODL_2_0',
      'https://w3id.org/italia/controlled-vocabulary/licences/A29_IODL20',
    ],
  },
  { key: 'other-at', strings: ['other-at', 'Other (Attribution)', 'Autre (Attribution)'] },
  { key: 'other-open', strings: ['other-open', 'Other (Open)', 'Autre (Ouvert)'] },
  { key: 'other-pd', strings: ['other-pd', 'Other (Public Domain)', 'Autre (Domaine Public)'] },
  {
    key: 'notspecified',
    strings: ['notspecified', 'License Not Specified', 'License not specified', 'Licence non spécifiée'],
  },
];

/** A string alone, as a portal would publish it in the field its shape suggests. */
function asPublished(s: string): PublishedFields {
  if (/^(https?:\/\/|[a-z0-9-]+\.[a-z.]+\/)/i.test(s)) return { url: s };
  return /\s/.test(s) ? { title: s } : { id: s };
}

describe('resolveLicence: the aliases portals publish', () => {
  const rows = ALIAS_TABLE.flatMap((row) => row.strings.map((s) => ({ s, key: row.key, assumed: !!row.assumed })));
  it.each(rows)('$s → $key', ({ s, key, assumed }) => {
    const r = resolveLicence(asPublished(s));
    expect(r.key).toBe(key);
    expect(r.versionAssumed).toBe(assumed);
  });

  it('resolves the same strings whatever field they come in', () => {
    expect(resolveLicence({ title: 'lov2' }).key).toBe('etalab-2.0');
    expect(resolveLicence({ id: 'Open Database License (ODbL)' }).key).toBe('ODbL-1.0');
    expect(resolveLicence({ title: 'https://creativecommons.org/licenses/by/4.0/' }).key).toBe('CC-BY-4.0');
  });

  it('lets a URL naming a version settle a versionless title (the notes’ ⚠ rule)', () => {
    const v1 = resolveLicence({
      title: 'Licence Ouverte (Etalab)',
      url: 'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf',
    });
    expect(v1).toEqual({ key: 'lo-1.0', versionAssumed: false, matchedBy: 'url' });
    const v2 = resolveLicence({
      title: 'Licence Ouverte (Etalab)',
      url: 'https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf',
    });
    expect(v2).toEqual({ key: 'etalab-2.0', versionAssumed: false, matchedBy: 'url' });
    expect(resolveLicence({ title: 'Licence Ouverte (Etalab)' })).toEqual({
      key: 'etalab-2.0',
      versionAssumed: true,
      matchedBy: 'title',
    });
    expect(resolveLicence({ id: 'cc-by', url: 'https://creativecommons.org/licenses/by/3.0/fr/' })).toMatchObject({
      key: 'cc-by-3.0-fr',
      versionAssumed: false,
    });
  });

  it('keeps an INSPIRE access constraint from passing for a licence', () => {
    expect(resolveLicence({ title: "Pas de restriction d'accès public" }).key).toBeNull();
    expect(resolveLicence({ id: 'noLimitations' }).key).toBeNull();
  });
});

describe('resolveLicence: every licence value in the recorded portal answers', () => {
  it.each(portalCases.cases)('$from $field → $key', (c) => {
    const r = resolveLicence(c.published);
    expect(r.key).toBe(c.key);
    if ('versionAssumed' in c) expect(r.versionAssumed).toBe(c.versionAssumed);
    if ('reason' in c) expect(r.reason).toBe(c.reason);
  });
});

describe('resolveLicence: names too broad to resolve stay unknown, with the reason', () => {
  // Issue 11: "Open License 2.0" → etalab-2.0 was too broad; the name is generic.
  it.each([
    'Open License 2.0',
    'Open Licence v2',
    'Open Licence v2.0',
    'Open Licence version 2.0',
    'Open License v2.0',
  ])('%s', (title) => {
    expect(resolveLicence({ title })).toEqual({
      key: null,
      versionAssumed: false,
      matchedBy: null,
      reason: 'licences.vague.openLicence2',
    });
  });
  it('the Etalab title and the Etalab page together are the Licence Ouverte family, not a conflict', () => {
    expect(
      resolveLicence({
        title: 'Licence Ouverte / Open Licence',
        url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
      }),
    ).toEqual({ key: 'etalab-2.0', versionAssumed: true, matchedBy: 'title' });
    expect(resolveLicence({ id: 'lov2', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence' })).toEqual({
      key: 'etalab-2.0',
      versionAssumed: false,
      matchedBy: 'id',
    });
  });
  it('a real licence named beside a vague name wins', () => {
    expect(resolveLicence({ id: 'lov2', title: 'Open License 2.0' }).key).toBe('etalab-2.0');
  });
});

describe('resolveLicence: vague or unknown strings stay unknown', () => {
  const VAGUE = [
    '',
    '   ',
    'Open',
    'Licence',
    'License',
    'Libre',
    'Licence libre',
    'Open Licence',
    'Open Data',
    'Données ouvertes',
    'See Terms of Use',
    'Terms of use',
    'Other',
    'Autre',
    'Attribution',
    'Creative Commons',
    'Creative Commons License',
    'CC',
    'CC BY 5.0',
    'CC BY-NC 3.5',
    'Licence Ouverte v3',
    'Licence Ouverte 3.0',
    'ODbL 2.0',
    'Open Data Commons',
    'Open Government Licence',
    'OGL',
    'Etalab',
    'IODL',
    'Datenlizenz Deutschland',
    'Copyright',
    'All rights reserved',
    'Tous droits réservés',
    'Ayant droit IGN Bénéficiaires du RGE',
    'NonCommercialAllowed-CommercialWithPermission-ReferenceRequired',
    'https://example.org/terms',
    'https://creativecommons.org/licenses/',
    'https://creativecommons.org/licenses/by/3.0/de/',
    'https://www.data.gouv.fr/',
  ];
  it.each(VAGUE)('%j → null', (s) => {
    expect(resolveLicence({ title: s })).toEqual({ key: null, versionAssumed: false, matchedBy: null });
    expect(resolveLicence({ id: s }).key).toBeNull();
  });

  it('does not fuzzy-match a near miss onto another licence', () => {
    expect(resolveLicence({ title: 'CC BY-SA 4.1' }).key).toBeNull();
    expect(resolveLicence({ title: 'ODbL 1.1' }).key).toBeNull();
    expect(resolveLicence({ id: 'lov3' }).key).toBeNull();
  });

  it('maps a bare "Public Domain" (Socrata’s menu entry) to the generic other-pd, never to CC0 or PDDL', () => {
    expect(resolveLicence({ title: 'Public Domain' }).key).toBe('other-pd');
  });
});

describe('resolveLicence: contradictions and generic ids', () => {
  it('gives null, with the candidates, when fields name different licences', () => {
    const r = resolveLicence({
      id: 'lov2',
      url: 'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf',
    });
    expect(r.key).toBeNull();
    expect(r.conflicting).toEqual(['etalab-2.0', 'lo-1.0']);
    expect(
      resolveLicence({ title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' }).key,
    ).toBeNull();
    expect(
      resolveLicence({ title: 'Licence Ouverte', url: 'https://opendatacommons.org/licenses/odbl/1-0/' }).key,
    ).toBeNull();
    expect(resolveLicence({ id: 'cc-by', title: 'Licence Ouverte' }).key).toBeNull();
  });

  it('prefers a real licence over a generic id, and keeps the generic id alone', () => {
    expect(resolveLicence({ id: 'other-at', url: 'https://creativecommons.org/licenses/by/4.0/' })).toEqual({
      key: 'CC-BY-4.0',
      versionAssumed: false,
      matchedBy: 'url',
    });
    expect(resolveLicence({ id: 'notspecified', title: 'License Not Specified' })).toEqual({
      key: 'notspecified',
      versionAssumed: false,
      matchedBy: 'id',
    });
  });

  it('reads free text around a URL and HTML fragments', () => {
    expect(resolveLicence({ title: 'Licence : ODbL' }).key).toBe('ODbL-1.0');
    expect(resolveLicence({ title: 'Licensed under the Open Government Licence v3.0.' }).key).toBe('OGL-UK-3.0');
    expect(resolveLicence({ title: '<p>CC&nbsp;BY 4.0</p>' }).key).toBe('CC-BY-4.0');
  });

  it('only returns keys that exist in the catalogue', () => {
    for (const row of ALIAS_TABLE) expect(lookupLicence(row.key)?.key).toBe(row.key);
  });
});

describe('normalise', () => {
  it('drops case, accents, punctuation, version markers and a trailing .0', () => {
    expect(normaliseText('Licence Ouverte v2.0 (Etalab)')).toBe('license ouverte 2 etalab');
    expect(normaliseText('LICENSE OUVERTE VERSION 2')).toBe('license ouverte 2');
    expect(normaliseText('Paternité – 2.0')).toBe('paternite 2');
    expect(normaliseText('CC BY 3.0')).not.toBe(normaliseText('CC BY 4.0'));
  });

  it('reduces a URL to host and path without scheme, www, query, deed or legal-code suffix', () => {
    const canonical = 'creativecommons.org/licenses/by/4.0';
    for (const u of [
      'https://creativecommons.org/licenses/by/4.0/',
      'http://www.creativecommons.org/licenses/by/4.0',
      'https://creativecommons.org/licenses/by/4.0/deed.fr',
      'https://creativecommons.org/licenses/by/4.0/deed.pt-BR',
      'https://creativecommons.org/licenses/by/4.0/legalcode.fr',
      'https://creativecommons.org/licenses/by/4.0/legalcode',
      'https://creativecommons.org/licenses/by/4.0/?ref=chooser-v1',
      'HTTPS://CreativeCommons.org/licenses/by/4.0/#x',
    ]) {
      expect(normaliseUrl(u)).toBe(canonical);
    }
    expect(normaliseUrl('http://opendatacommons.org/licenses/odbl/summary/')).toBe('opendatacommons.org/licenses/odbl');
  });
});
