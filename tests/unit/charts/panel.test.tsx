// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ChartExport, ChartPanel, type ExportAction } from '../../../components/charts/ChartPanel';
import { LangContext } from '../../../components/i18n-context';
import { snapshotOf } from '../../../lib/attribution/snapshot';
import { makeDataset } from '../attribution/entries';
import { source } from './fixtures';

afterEach(cleanup);

const dataset = snapshotOf(
  makeDataset({
    licence: {
      id: 'ODbL-1.0',
      title: null,
      url: null,
      versionAssumed: false,
      published: { id: null, title: null, url: null },
    },
  }),
);

function setup(onExport = vi.fn(async (_a: ExportAction, _c: ChartExport) => true)) {
  render(
    <LangContext.Provider value="en">
      <ChartPanel source={source({ truncated: true })} dataset={dataset} onExport={onExport} />
    </LangContext.Provider>,
  );
  return onExport;
}

const picture = () => screen.getByRole('img') as HTMLImageElement;
const svgOf = (img: HTMLImageElement) =>
  decodeURIComponent(img.src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));

describe('ChartPanel', () => {
  it('starts on a bar chart of a repeated text column, previewed with its credit', () => {
    setup();
    expect((screen.getByLabelText('Column') as HTMLSelectElement).value).toBe('region');
    expect((screen.getByLabelText('Chart') as HTMLSelectElement).value).toBe('bar');
    expect(picture().alt).toContain('Rows per value of “region”');
    const svg = svgOf(picture());
    expect(svg).toContain('Open Database License');
    expect(svg).toContain('Based on the first 10 rows of the file.');
    // ODbL: a chart made from the data is a derived database, and the panel says what that asks.
    expect(screen.getByText(/including through a map or chart made from it/)).toBeTruthy();
  });

  it('sums a column when asked, and the exports get the same picture', async () => {
    const onExport = setup();
    fireEvent.change(screen.getByLabelText('Aggregation'), { target: { value: 'sum' } });
    expect((screen.getByLabelText('Values') as HTMLSelectElement).value).toBe('population');
    expect(picture().alt).toContain('Sum of “population” by “region”');
    fireEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
    await waitFor(() => expect(onExport).toHaveBeenCalledOnce());
    const [action, chart] = onExport.mock.calls[0]!;
    expect(action).toBe('svg');
    expect(chart.svg).toBe(svgOf(picture()));
    expect(chart.svg).toContain('Data modified.');
    expect(chart.html).toContain('<figcaption>');
    expect(chart.basename).toBe('equipements-publics-chart');
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('switches the credit language on its own, and says when an export failed', async () => {
    setup(vi.fn(async () => false));
    fireEvent.change(screen.getByLabelText('Language of the credit'), { target: { value: 'fr' } });
    expect(svgOf(picture())).toContain('Données modifiées.');
    fireEvent.click(screen.getByRole('button', { name: 'Download PNG (2×)' }));
    expect(await screen.findByText('The PNG image could not be made in this browser.')).toBeTruthy();
  });

  it('offers the kinds a column allows and shows why a choice cannot be drawn', () => {
    setup();
    fireEvent.change(screen.getByLabelText('Column'), { target: { value: 'date_maj' } });
    const kinds = [...(screen.getByLabelText('Chart') as HTMLSelectElement).options].map((o) => o.value);
    expect(kinds).toEqual(['time', 'bar']);
    fireEvent.change(screen.getByLabelText('Column'), { target: { value: 'latitude' } });
    expect((screen.getByLabelText('Chart') as HTMLSelectElement).value).toBe('map');
    expect(picture().alt).toContain('Map of 9 points');
  });
});
