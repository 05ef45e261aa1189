import { describe, expect, it } from 'vitest';
import { memoryByteReader } from '../../../lib/preview/formats/byte-reader';
import { PMTILES_HEADER_BYTES, readPmtilesExtent, readPmtilesHeader } from '../../../lib/preview/formats/pmtiles';
import { geoFromSources } from '../../../lib/preview/sources/conversions';
import { previewFromSources } from '../../../lib/preview/sources/preview';
import { PROVENANCE, type PreviewSource } from '../../../lib/preview/sources/source';
import { CsvPreviewSchema } from '../../../lib/preview/types';
import { countingReader, formatFixture } from './helpers';

const PARQUET = 'https://object.files.data.gouv.fr/hydra-parquet/hydra-parquet/communes.parquet';
const GEOJSON = 'https://object.files.data.gouv.fr/hydra-geojson/communes.geojson';
const PMTILES = 'https://object.files.data.gouv.fr/hydra-pmtiles/communes.pmtiles';
const FILE = 'https://static.data.gouv.fr/resources/communes/communes.csv';

/** A server of byte ranges over fixture files; anything else is a 404. Records every request with its range. */
function rangeServer(files: Record<string, Uint8Array>) {
  const asked: { url: string; range: string | null }[] = [];
  const fetchImpl = async (url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('range');
    asked.push({ url, range });
    const bytes = files[url];
    if (!bytes) return new Response('not found', { status: 404 });
    const m = /^bytes=(\d+)-(\d+)$/.exec(range ?? '');
    if (!m)
      return new Response(new Uint8Array(bytes), { status: 200, headers: { 'Content-Length': String(bytes.length) } });
    const start = Number(m[1]);
    const end = Math.min(bytes.length - 1, Number(m[2]));
    return new Response(bytes.slice(start, end + 1), {
      status: 206,
      headers: { 'Content-Range': `bytes ${start}-${end}/${bytes.length}` },
    });
  };
  return { fetchImpl, asked };
}

const conversion = (format: 'parquet' | 'geojson' | 'pmtiles', url: string): PreviewSource => ({
  kind: 'conversion',
  format,
  url,
  size: null,
  provenance: PROVENANCE[format],
});
const file: PreviewSource = {
  kind: 'file',
  url: FILE,
  format: 'csv',
  mime: 'text/csv',
  size: 52_000_000,
  provenance: PROVENANCE.file,
};
const csv = new TextEncoder().encode('code;nom\n01001;L’Abergement\n01002;L’Abergement-de-Varey\n');
const noJson = async () => {
  throw new Error('no row API in these tests');
};

describe('PMTiles header', () => {
  const bytes = formatFixture('saint-etienne.pmtiles');

  it('gives the extent and zooms from the 127-byte header', () => {
    const r = readPmtilesHeader(bytes);
    expect(r).toEqual({
      ok: true,
      value: { bbox: [4.2123456, 45.3876543, 4.4987654, 45.5012345], minZoom: 0, maxZoom: 14 },
    });
  });

  it('reads one range of 127 bytes, whatever follows', async () => {
    const { reader, ranges } = countingReader(bytes, { budget: 1_048_576 });
    const r = await readPmtilesExtent(reader);
    expect(r.ok).toBe(true);
    expect(ranges).toEqual([[0, PMTILES_HEADER_BYTES]]);
  });

  it('refuses what is not a v3 header, or bounds outside the globe', () => {
    const other = bytes.slice();
    other[0] = 0x51;
    expect(!readPmtilesHeader(other).ok && readPmtilesHeader(other)).toMatchObject({
      error: { messageKey: 'formats.pmtilesDamaged' },
    });
    const v2 = bytes.slice();
    v2[7] = 2;
    expect(readPmtilesHeader(v2)).toMatchObject({
      ok: false,
      error: { messageKey: 'formats.pmtilesVersion', params: { version: 2 } },
    });
    const far = bytes.slice();
    new DataView(far.buffer).setInt32(110, 1_900_000_000, true);
    expect(readPmtilesHeader(far)).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(readPmtilesHeader(bytes.subarray(0, 100)).ok).toBe(false);
  });

  it('says a short file is damaged rather than reading past its end', async () => {
    const r = await readPmtilesExtent(memoryByteReader(bytes.subarray(0, 60)));
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'formats.pmtilesDamaged' } });
  });
});

describe('rows from the Parquet copy', () => {
  it('reads the first rows from the copy by Range and never touches the file', async () => {
    const server = rangeServer({ [PARQUET]: formatFixture('communes.parquet'), [FILE]: csv });
    const r = await previewFromSources([conversion('parquet', PARQUET), file], {
      fetchJson: noJson,
      fetchImpl: server.fetchImpl,
      rows: 5,
    });
    if (!r.ok) throw new Error(r.error.messageKey);
    const p = CsvPreviewSchema.parse(r.value);
    expect(p).toMatchObject({ source: 'parquet-conversion', totalRows: 3000, totalBytes: 52_000_000, truncated: true });
    expect(p.rows).toHaveLength(5);
    expect(p.columns.map((c) => [c.name, c.type])).toEqual([
      ['code_commune', 'text'],
      ['nom', 'text'],
      ['population', 'integer'],
      ['surface', 'decimal'],
    ]);
    expect(p.rows[1]?.[0]).toBe('01002');
    expect(server.asked.every((a) => a.url === PARQUET && a.range !== null)).toBe(true);
  });

  it('falls back to the file when the copy is gone or damaged', async () => {
    for (const copy of [undefined, formatFixture('corrupt-footer.parquet')]) {
      const server = rangeServer({ ...(copy ? { [PARQUET]: copy } : {}), [FILE]: csv });
      const r = await previewFromSources([conversion('parquet', PARQUET), file], {
        fetchJson: noJson,
        fetchImpl: server.fetchImpl,
      });
      expect(r.ok && r.value).toMatchObject({
        source: 'file',
        rows: [
          ['01001', 'L’Abergement'],
          ['01002', 'L’Abergement-de-Varey'],
        ],
      });
    }
  });

  it('leaves the geographic copies to the map and a user’s dialect choice to the file', async () => {
    const server = rangeServer({ [PARQUET]: formatFixture('communes.parquet'), [FILE]: csv });
    const geo = await previewFromSources([conversion('geojson', GEOJSON), conversion('pmtiles', PMTILES), file], {
      fetchJson: noJson,
      fetchImpl: server.fetchImpl,
    });
    expect(geo.ok && geo.value.source).toBe('file');
    const chosen = await previewFromSources([conversion('parquet', PARQUET), file], {
      fetchJson: noJson,
      fetchImpl: server.fetchImpl,
      delimiter: ';',
    });
    expect(chosen.ok && chosen.value.source).toBe('file');
    expect(server.asked.map((a) => a.url)).toEqual([FILE, FILE]);
  });

  it('never asks for a copy the caller may not read', async () => {
    const server = rangeServer({ [PARQUET]: formatFixture('communes.parquet'), [FILE]: csv });
    const r = await previewFromSources([conversion('parquet', PARQUET), file], {
      fetchJson: noJson,
      fetchImpl: server.fetchImpl,
      mayRead: async (url) => url !== PARQUET,
    });
    expect(r.ok && r.value.source).toBe('file');
    expect(server.asked.map((a) => a.url)).toEqual([FILE]);
  });
});

describe('geography from the portal’s copies', () => {
  const geojson = formatFixture('mixed.geojson');
  const pmtiles = formatFixture('saint-etienne.pmtiles');
  const sources = [conversion('geojson', GEOJSON), conversion('pmtiles', PMTILES), file];

  it('takes count, types, extent and map from a GeoJSON copy read whole, without the tiles', async () => {
    const server = rangeServer({ [GEOJSON]: geojson, [PMTILES]: pmtiles });
    const g = await geoFromSources(sources, { fetchImpl: server.fetchImpl });
    expect(g).toMatchObject({ provenance: 'sources.geojsonConversion', extentOnly: false });
    expect(g?.geo).toMatchObject({ features: 6, complete: true, bbox: [4.3, 45.4, 4.42, 45.47] });
    expect(g?.map?.shapes.length).toBeGreaterThan(0);
    expect(server.asked.map((a) => a.url)).toEqual([GEOJSON]);
  });

  it('takes the whole extent from the tiles when the GeoJSON copy is cut at the budget', async () => {
    const server = rangeServer({ [GEOJSON]: geojson, [PMTILES]: pmtiles });
    const g = await geoFromSources(sources, { fetchImpl: server.fetchImpl, budget: 700 });
    expect(g).toMatchObject({ provenance: 'sources.geoConversions', extentOnly: false });
    expect(g?.geo.complete).toBe(false);
    expect(g?.geo.bbox).toEqual([4.2123456, 45.3876543, 4.4987654, 45.5012345]);
  });

  it('falls back to the extent of the tiles when the GeoJSON copy fails, then to nothing', async () => {
    const tilesOnly = rangeServer({ [PMTILES]: pmtiles });
    const g = await geoFromSources(sources, { fetchImpl: tilesOnly.fetchImpl });
    expect(g).toMatchObject({ provenance: 'sources.pmtilesConversion', extentOnly: true, map: null });
    expect(g?.geo.bbox).toEqual([4.2123456, 45.3876543, 4.4987654, 45.5012345]);
    const broken = rangeServer({ [GEOJSON]: new TextEncoder().encode('<html>maintenance</html>'), [PMTILES]: csv });
    expect(await geoFromSources(sources, { fetchImpl: broken.fetchImpl })).toBeNull();
    expect(await geoFromSources([file], { fetchImpl: broken.fetchImpl })).toBeNull();
  });

  it('skips copies the caller may not read', async () => {
    const server = rangeServer({ [GEOJSON]: geojson, [PMTILES]: pmtiles });
    const g = await geoFromSources(sources, { fetchImpl: server.fetchImpl, mayRead: async (u) => u === PMTILES });
    expect(g?.provenance).toBe('sources.pmtilesConversion');
    expect(server.asked.map((a) => a.url)).toEqual([PMTILES]);
  });
});
