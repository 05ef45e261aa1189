import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupLicence } from '../../../lib/licences/catalogue';
import { withResolvedLicence } from '../../../lib/licences/dataset-licence';
import { crpaDefaultApplies, outsideDecreeList } from '../../../lib/licences/public-sector';
import type { Dataset } from '../../../lib/model/dataset';
import { parseDataset } from '../../../lib/pipeline/load-dataset';

const raw = JSON.parse(
  readFileSync(
    new URL('../../fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json', import.meta.url),
    'utf8',
  ),
);
const ref = {
  portal: 'udata' as const,
  origin: 'https://www.data.gouv.fr',
  id: 'x',
  pageUrl: 'https://www.data.gouv.fr/datasets/x',
  apiBase: 'https://www.data.gouv.fr',
};

function datasetWith(published: Dataset['licence']['published']): Dataset {
  const parsed = parseDataset(ref, raw, { lang: 'fr' });
  if (!parsed.ok) throw new Error('fixture should parse');
  return { ...parsed.value, licence: { ...published, versionAssumed: false, published } };
}

describe('the pipeline resolves the licence (parseDataset)', () => {
  it('puts the canonical key, the catalogue’s title and text, and keeps what was published', () => {
    const fr = parseDataset(ref, raw, { lang: 'fr' });
    const en = parseDataset(ref, raw, { lang: 'en' });
    expect(fr.ok && fr.value.licence).toEqual({
      id: 'etalab-2.0',
      title: 'Licence Ouverte / Open Licence version 2.0',
      url: 'https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf',
      versionAssumed: false,
      published: {
        id: 'lov2',
        title: 'Licence Ouverte / Open Licence version 2.0',
        url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
      },
    });
    expect(en.ok && en.value.licence.url).toBe(
      'https://www.etalab.gouv.fr/wp-content/uploads/2018/11/open-licence.pdf',
    );
  });

  it('sets versionAssumed for a versionless id and null for an unknown licence', () => {
    const ccBy = withResolvedLicence(
      datasetWith({ id: 'cc-by', title: 'Creative Commons Attribution', url: null }),
      'en',
    );
    // Shown without a version, linked to nothing but what the producer linked (issue 11).
    expect(ccBy.licence).toMatchObject({
      id: 'CC-BY-4.0',
      title: 'Creative Commons Attribution (CC BY) (version not stated)',
      url: null,
      versionAssumed: true,
    });
    const odd = withResolvedLicence(
      datasetWith({ id: null, title: 'Licence maison', url: 'https://example.org/l' }),
      'fr',
    );
    expect(odd.licence).toEqual({
      id: null,
      title: 'Licence maison',
      url: 'https://example.org/l',
      versionAssumed: false,
      published: { id: null, title: 'Licence maison', url: 'https://example.org/l' },
    });
  });
});

describe('French public-sector rules', () => {
  const none = { id: null, title: null, url: null };
  it('applies the CRPA default conditions only to an administration without a licence', () => {
    expect(crpaDefaultApplies('notspecified', true, { id: 'notspecified', title: null, url: null })).toBe(true);
    expect(crpaDefaultApplies(null, true, none)).toBe(true);
    expect(crpaDefaultApplies('notspecified', null, none)).toBe(false);
    expect(crpaDefaultApplies(null, true, { id: null, title: 'Licence maison', url: null })).toBe(false);
    expect(crpaDefaultApplies('etalab-2.0', true, none)).toBe(false);
  });

  it('notes a licence off the décret list on an administration’s data, without changing it', () => {
    expect(outsideDecreeList(lookupLicence('CC-BY-SA-4.0'), true)).toBe(true);
    expect(outsideDecreeList(lookupLicence('etalab-2.0'), true)).toBe(false);
    expect(outsideDecreeList(lookupLicence('CC-BY-SA-4.0'), null)).toBe(false);
    expect(outsideDecreeList(lookupLicence('other-at'), true)).toBe(false);
  });
});
