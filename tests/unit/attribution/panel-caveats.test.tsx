// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AttributionPanel } from '../../../components/attribution/AttributionPanel';
import { LangContext } from '../../../components/i18n-context';
import { noticeInputOf } from '../../../lib/attribution/input';
import type { AttributionOptions } from '../../../lib/attribution/options';
import { renderAttribution } from '../../../lib/attribution/render';
import type { Lang } from '../../../lib/i18n';
import type { Dataset } from '../../../lib/model/dataset';
import { makeDataset } from './entries';

afterEach(cleanup);

function panel(dataset: Dataset, ui: Lang) {
  const options: AttributionOptions = { lang: ui, format: 'text', modified: false };
  render(
    <LangContext.Provider value={ui}>
      <AttributionPanel
        render={(o) => renderAttribution(noticeInputOf(dataset), o)}
        options={options}
        onOptionsChange={() => {}}
        onCopy={() => {}}
        copied={false}
      />
    </LangContext.Provider>,
  );
}

const ccBy = makeDataset({
  licence: {
    id: 'CC-BY-4.0',
    title: null,
    url: null,
    versionAssumed: true,
    published: { id: 'cc-by', title: 'Creative Commons Attribution', url: null },
  },
});

describe('AttributionPanel: the caveats of issue 11', () => {
  it('asks the user to check a licence version the producer did not give, in a labelled note', () => {
    panel(ccBy, 'fr');
    const note = screen.getByTestId('attribution-version');
    expect(note.getAttribute('role')).toBe('note');
    expect(note.textContent).toMatch(/^Version à vérifier/);
    expect(note.textContent).toMatch(/Vérifiez la version sur la page du jeu de données/);
    expect(screen.getByTestId('attribution-preview').textContent).toContain(
      'Creative Commons Attribution (CC BY) (version non précisée)',
    );
    cleanup();
    panel({ ...ccBy, licence: { ...ccBy.licence, versionAssumed: false } }, 'en');
    expect(screen.queryByTestId('attribution-version')).toBeNull();
  });
  it('lists the CRPA’s producer and date as recommended, not required, under a licence', () => {
    const odbl = makeDataset({
      publicSector: true,
      publisher: { name: null, url: null },
      licence: {
        id: 'ODbL-1.0',
        title: null,
        url: null,
        versionAssumed: false,
        published: { id: 'odc-odbl', title: null, url: null },
      },
    });
    panel(odbl, 'en');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toContain(
      'Recommended for French public information (CRPA, art. L322-1), although this licence does not require it: the producer, which the portal does not give.',
    );
    expect(items.some((i) => /^The notice must include the producer/.test(i))).toBe(false);
  });
});
