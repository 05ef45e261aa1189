// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetHeader } from '../../../components/dataset/DatasetHeader';
import { DatasetOverview } from '../../../components/dataset/DatasetOverview';
import { LangContext } from '../../../components/i18n-context';
import { DatasetSchema } from '../../../lib/model/dataset';
import { makeDataset } from '../attribution/entries';

afterEach(cleanup);

const JS = 'javascript:window.__pwned=1';

/** A dataset whose every link a hostile portal chose: script and data URLs, and one that is no URL at all. */
const hostile = DatasetSchema.parse(
  makeDataset({
    pageUrl: JS,
    publisher: { name: 'Producteur', url: 'JaVaScRiPt:alert(1)' },
    licence: {
      id: null,
      title: 'Licence',
      url: 'data:text/html,<script>alert(1)</script>',
      versionAssumed: false,
      published: { id: null, title: 'Licence', url: null },
    },
    sourceUrl: 'not a url',
    resources: [
      {
        id: 'r1',
        title: 'fichier.csv',
        url: JS,
        format: 'csv',
        mime: null,
        size: null,
        lastModified: null,
        kind: 'main',
        hints: {},
        sources: [],
      },
    ],
  }),
);

describe('links from portal answers (SECURITY.md, Rendering)', () => {
  it('only http(s) URLs become links; the rest stays readable text, and a broken URL does not break the view', () => {
    const { container } = render(
      <LangContext.Provider value="fr">
        <DatasetHeader
          dataset={hostile}
          entry={null}
          now={new Date('2025-10-06T00:00:00Z')}
          copyStatus="idle"
          onCopy={() => {}}
          onReadLicence={() => {}}
        />
        <DatasetOverview dataset={hostile} />
      </LangContext.Provider>,
    );
    const hrefs = [...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([]);
    expect(container.querySelector('[data-field="publisher"]')?.textContent).toBe('Producteur');
    expect(container.querySelector('[data-field="licence"]')?.textContent).toBe('Licence');
    expect(container.querySelector('[data-field="files"] li')?.textContent).toContain('fichier.csv');
  });

  it('http(s) URLs still become links', () => {
    const { container } = render(
      <LangContext.Provider value="en">
        <DatasetOverview dataset={makeDataset({ sourceUrl: 'https://source.example/x' })} />
      </LangContext.Provider>,
    );
    const hrefs = [...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://source.example/x');
    expect(hrefs).toContain('https://data.example.org/datasets/equipements-publics/');
  });
});
