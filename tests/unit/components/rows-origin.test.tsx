// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../../components/i18n-context';
import { PreviewSummary } from '../../../components/preview/PreviewSummary';
import { formatNumber, type Lang, t } from '../../../lib/i18n';
import { previewFromRecords } from '../../../lib/preview/sources/rows';

afterEach(cleanup);

const records = [
  { commune: 'Paris', population: 2_133_111 },
  { commune: 'Lyon', population: 522_250 },
];

const rowsLine = (lang: Lang, preview: Parameters<typeof PreviewSummary>[0]['preview']) => {
  const noop = () => undefined;
  const { container } = render(
    <LangContext.Provider value={lang}>
      <PreviewSummary
        preview={preview}
        run={{ status: 'idle' }}
        onEncodingChange={noop}
        onDelimiterChange={noop}
        onProfile={noop}
        onCancel={noop}
      />
    </LangContext.Provider>,
  );
  return container.querySelector('[data-field="rows"]')?.textContent ?? '';
};

describe('rows served by a portal API say where they come from', () => {
  it.each([
    ['ods-records', 'sources.odsRecords'],
    ['socrata-soda', 'sources.socrataSoda'],
    ['ckan-datastore', 'sources.ckanDatastore'],
  ] as const)('%s, with the row count the API gave', (source, key) => {
    for (const lang of ['fr', 'en'] as const) {
      const counted = previewFromRecords(source, ['commune', 'population'], records, {
        totalRows: 36_000,
        totalBytes: null,
        more: true,
      });
      expect(rowsLine(lang, counted)).toBe(
        `${t(lang, 'preview.rowsShownOf', { shown: 2, total: formatNumber(36_000, lang) })} ${t(lang, key)}`,
      );
      cleanup();
      const uncounted = { ...counted, totalRows: null };
      expect(rowsLine(lang, uncounted)).toBe(`${t(lang, 'preview.rowsShown', { shown: 2 })} ${t(lang, key)}`);
      cleanup();
    }
  });
});
