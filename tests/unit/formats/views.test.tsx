// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../../../components/i18n-context';
import { FormatPreviewView } from '../../../components/preview/FormatPreviewView';
import { GeoBlock } from '../../../components/preview/GeoBlock';
import { DRAW_GUARD } from '../../../components/preview/MapView';
import { memoryByteReader } from '../../../lib/preview/formats/byte-reader';
import { previewFile } from '../../../lib/preview/formats/preview-file';
import type { FilePreview } from '../../../lib/preview/formats/types';
import { formatFixture } from './helpers';

afterEach(cleanup);

async function load(name: string, budget = 1_048_576): Promise<FilePreview> {
  const r = await previewFile(memoryByteReader(formatFixture(name), { budget }), { name });
  if (!r.ok) throw new Error(r.error.messageKey);
  return r.value;
}

function show(preview: FilePreview, handlers = { onEntry: vi.fn(), onSheet: vi.fn() }) {
  render(
    <LangContext.Provider value="en">
      <FormatPreviewView preview={preview} downloadUrl="https://example.org/f" {...handlers} />
    </LangContext.Provider>,
  );
  return handlers;
}

describe('format views', () => {
  it('lists archive entries and opens another one', async () => {
    const handlers = show(await load('communes.zip', 20_000));
    expect(screen.getByText('The archive holds 3 files')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'LISEZMOI.txt' }));
    expect(handlers.onEntry).toHaveBeenCalledWith('LISEZMOI.txt');
    expect(screen.getAllByRole('columnheader').length).toBeGreaterThan(4);
  });

  it('switches sheets and marks hidden ones', async () => {
    const handlers = show(await load('communes.xlsx'));
    const select = screen.getByLabelText('Sheet') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(['Communes', 'Notes', 'Cachée (hidden)']);
    fireEvent.change(select, { target: { value: 'Notes' } });
    expect(handlers.onSheet).toHaveBeenCalledWith('Notes');
  });

  it('draws the GeoJSON map as SVG', async () => {
    show(await load('mixed.geojson'));
    const svg = screen.getByRole('img', { name: 'Map of 7 shapes' });
    expect(svg.querySelectorAll('path').length).toBe(5);
    expect(svg.querySelectorAll('circle').length).toBe(2);
  });

  it('asks before drawing a big map', async () => {
    const p = await load('mixed.geojson');
    if (p.format !== 'geojson' || !p.map) throw new Error();
    show({ ...p, map: { ...p.map, vertices: DRAW_GUARD + 1 } });
    expect(screen.queryByRole('img', { name: 'Map of 7 shapes' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Draw anyway' }));
    expect(screen.getByRole('img', { name: 'Map of 7 shapes' })).toBeTruthy();
  });

  it('shows a JSON tree with the big integer flagged', async () => {
    show(await load('records.json'));
    expect(screen.getByText('1 integer is beyond 2^53 and loses precision in most tools.')).toBeTruthy();
    expect(screen.getByText('12345678901234567890')).toBeTruthy();
  });

  it('shows Parquet rows and schema', async () => {
    show(await load('communes.parquet'));
    expect(screen.getAllByText('Commune n°0 — Saint-Étienne').length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Columns of the Parquet file and their statistics' })).toBeTruthy();
  });

  it('says what an unpreviewable file is, with a download link', () => {
    show({
      format: 'unsupported',
      bytesRead: 10,
      totalBytes: 2048,
      truncated: true,
      container: null,
      entries: null,
      entriesPartial: false,
      kind: 'PDF',
      mime: 'application/pdf',
      messageKey: 'formats.unsupported.pdf',
    });
    expect(screen.getByText('This file is a PDF document: it cannot be previewed as data.')).toBeTruthy();
    expect(screen.getByText('application/pdf')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download the file' }).getAttribute('href')).toBe('https://example.org/f');
  });

  it('draws a zipped shapefile’s points on its map', async () => {
    show(await load('villes-shp.zip'));
    expect(screen.getByRole('img', { name: 'Map of 3 shapes' }).querySelectorAll('circle')).toHaveLength(3);
  });

  it('says where a copy’s extent comes from, without a feature count it does not know', () => {
    render(
      <LangContext.Provider value="en">
        <GeoBlock
          geo={{ features: 0, complete: false, bbox: [4.21, 45.38, 4.49, 45.5], geometryTypes: [] }}
          map={null}
          provenance="sources.pmtilesConversion"
          extentOnly
        />
      </LangContext.Provider>,
    );
    expect(screen.getByText('Extent from the map tiles (PMTiles) the portal made of this file.')).toBeTruthy();
    expect(screen.getByText(/^Extent: 4\.21/)).toBeTruthy();
    expect(screen.queryByText(/feature/)).toBeNull();
  });
});
