// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetOverview } from '../../../components/dataset/DatasetOverview';
import { LangContext } from '../../../components/i18n-context';
import { extractPageSignals } from '../../../lib/detect/page-signals';
import { type Lang, t } from '../../../lib/i18n';
import type { Dataset } from '../../../lib/model/dataset';
import { detectCkan, parseCkan } from '../../../lib/portals/ckan';
import { parseUdata } from '../../../lib/portals/udata';
import au from '../../fixtures/portals/ckan/data.gov.au_package_show_nsw-lga_cc-by-4.0_zip-shp.json';
import swiss from '../../fixtures/portals/ckan/opendata.swiss_package_show_bfs_2022_rights-string.json';
import udataRaw from '../../fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json';

afterEach(cleanup);

const inLang = (lang: Lang, node: preact.ComponentChildren) => (
  <LangContext.Provider value={lang}>{node}</LangContext.Provider>
);

function ckanDataset(raw: unknown, page: string): Dataset {
  const ref = detectCkan(extractPageSignals(page));
  if (!ref) throw new Error('not detected');
  const parsed = parseCkan(raw, ref, 'en');
  if (!parsed.ok) throw new Error('fixture must parse');
  return parsed.value;
}

const notes = (container: Element, field: string) =>
  [...container.querySelectorAll(`[data-field="${field}"]`)].map((n) => n.textContent);

describe('per-file notes in the file list', () => {
  it('shows a file’s own licence when it differs from the dataset’s, and only then', () => {
    const raw = structuredClone(au) as { result: { resources: Record<string, unknown>[] } };
    raw.result.resources[0] = { ...raw.result.resources[0], license_id: 'odc-odbl', license_title: 'ODbL' };
    const d = ckanDataset(raw, 'https://data.gov.au/data/dataset/nsw-local-government-areas');
    for (const lang of ['fr', 'en'] as const) {
      const { container } = render(inLang(lang, <DatasetOverview dataset={d} />));
      expect(notes(container, 'file-licence')).toEqual([t(lang, 'common.fileLicence', { licence: 'ODbL' })]);
      cleanup();
    }
  });

  it('says nothing when every file carries the licence the dataset took from them (opendata.swiss)', () => {
    const d = ckanDataset(swiss, 'https://opendata.swiss/fr/dataset/reisen-der-schweizer-wohnbevolkerung-2019');
    expect(d.resources.every((r) => r.hints.licence !== undefined)).toBe(true);
    const { container } = render(inLang('en', <DatasetOverview dataset={d} />));
    expect(notes(container, 'file-licence')).toEqual([]);
  });

  it('says what the portal’s crawler found about a file', () => {
    const parsed = parseUdata(udataRaw, {
      portal: 'udata',
      origin: 'https://www.data.gouv.fr',
      id: 'x',
      pageUrl: 'https://x',
      apiBase: 'https://www.data.gouv.fr',
    });
    if (!parsed.ok) throw new Error('fixture must parse');
    const [first, ...rest] = parsed.value.resources;
    if (!first) throw new Error('fixture has files');
    const d = { ...parsed.value, resources: [{ ...first, hints: { ...first.hints, available: false } }, ...rest] };
    const { container } = render(inLang('fr', <DatasetOverview dataset={d} />));
    expect(notes(container, 'file-unavailable')).toEqual([t('fr', 'common.fileUnavailable')]);
    const crawler = d.resources.filter((r) => r.hints.analysisError).map((r) => r.hints.analysisError);
    expect(crawler).toContain('File too large to download');
    expect(notes(container, 'file-analysis')).toEqual(
      crawler.map((error) => t('fr', 'common.fileAnalysisError', { error: error ?? '' })),
    );
  });
});
