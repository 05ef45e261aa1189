import { describe, expect, it } from 'vitest';
import { noticeInputOf } from '../../../lib/attribution/input';
import { renderAttribution } from '../../../lib/attribution/render';
import { LICENCES } from '../../../lib/licences/catalogue';
import { parseDataset } from '../../../lib/pipeline/load-dataset';
import raw from '../../fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json';
import { makeDataset } from './entries';

describe('with the real catalogue', () => {
  it('resolves the data.gouv.fr catalogue to Licence Ouverte 2.0 and cites producer and date', () => {
    const parsed = parseDataset(
      {
        portal: 'udata',
        origin: 'https://www.data.gouv.fr',
        id: 'x',
        pageUrl: 'https://www.data.gouv.fr/datasets/x',
        apiBase: 'https://www.data.gouv.fr',
      },
      raw,
      { lang: 'fr' },
    );
    if (!parsed.ok) throw new Error('fixture must parse');
    const input = noticeInputOf(parsed.value);
    expect(input.licence?.key).toBe('etalab-2.0');
    const result = renderAttribution(input, { lang: 'fr' });
    expect(result.notice.style).toBe('etalab');
    expect(result.text).toMatch(
      /^data\.gouv\.fr – Catalogue des données de data\.gouv\.fr – Données originales téléchargées sur https:\/\/www\.data\.gouv\.fr\/datasets\/5d13a8b6634f41070a43dff3, mise à jour du 7 avril 2025\./,
    );
  });
  it('renders every catalogue licence in every language without a template left unfilled', () => {
    for (const entry of LICENCES) {
      for (const lang of ['fr', 'en'] as const) {
        const dataset = makeDataset({
          licence: {
            id: entry.key,
            title: null,
            url: null,
            versionAssumed: false,
            published: { id: entry.key, title: null, url: null },
          },
        });
        const result = renderAttribution(noticeInputOf(dataset), { lang, modified: true, modifiedBy: 'Jeanne' });
        expect(result.text, `${entry.key} ${lang}`).not.toMatch(/\{\w+\}|attribution\./);
        expect(result.text, `${entry.key} ${lang}`).toContain('https://data.example.org/datasets/42');
        expect(
          result.notice.gaps.filter((g) => g.required),
          `${entry.key} ${lang}`,
        ).toEqual([]);
      }
    }
  });
});
