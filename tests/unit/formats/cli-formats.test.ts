import { describe, expect, it } from 'vitest';
import { cli, fixtureFile } from './cli';
import { formatFixture } from './helpers';

describe('provenance preview, formats beyond CSV', () => {
  it('prints a zipped CSV with its container and entries', async () => {
    const r = await cli(['preview', fixtureFile('communes.zip'), '--json', '--rows', '2', '--budget', '20000']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p).toMatchObject({
      format: 'csv',
      container: { format: 'zip', entry: 'données/communes.csv' },
      delimiter: ';',
      encoding: 'utf-8',
      truncated: true,
      sheets: null,
      rowCount: null,
    });
    expect(p.entries).toHaveLength(3);
    expect(p.entries[1]).toMatchObject({ name: 'données/communes.csv', format: 'csv' });
    expect(p.rows).toHaveLength(2);
    expect(p.columns.map((c: { format: string | null }) => c.format)).toEqual([
      'code_commune_insee',
      null,
      'latitude',
      'longitude',
      null,
    ]);
    expect(p.geo).toMatchObject({ complete: false, geometryTypes: ['Point'] });
    expect(p.geo.bbox[1]).toBeCloseTo(43);
  });

  it('shows a chosen entry with --entry, and the listing in the terminal', async () => {
    const r = await cli(['preview', fixtureFile('communes.zip'), '--entry', 'absent.csv', '--lang', 'fr']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('absent.csv');
    expect(r.stderr).toMatch(/^provenance: .+\n$/);
    const listing = await cli(['preview', fixtureFile('encrypted.zip'), '--entry', 'secret.csv']);
    expect(listing.code).toBe(0);
    expect(listing.stdout).toContain('The archive holds 2 files:');
    expect(listing.stdout).toContain('“secret.csv” is encrypted');
  });

  it('reads a remote ZIP by Range', async () => {
    const bytes = formatFixture('communes.zip');
    const ranges: string[] = [];
    const fake = (async (_url: string, init?: RequestInit) => {
      const range = new Headers(init?.headers).get('range')!;
      ranges.push(range);
      const [, a, b] = /bytes=(\d+)-(\d+)/.exec(range)!;
      const end = Math.min(Number(b), bytes.length - 1);
      return new Response(bytes.slice(Number(a), end + 1), {
        status: 206,
        headers: { 'Content-Range': `bytes ${a}-${end}/${bytes.length}` },
      });
    }) as typeof fetch;
    const r = await cli(['preview', 'https://example.org/x/communes.zip', '--json', '--budget', '10000'], {
      fetch: fake,
    });
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.format).toBe('csv');
    expect(p.bytesRead).toBeLessThan(10_000 + 4096 * 2 + 64);
    expect(ranges[0]).toBe('bytes=0-4095');
  });

  it('fails with one localized line for a missing file', async () => {
    const r = await cli(['preview', fixtureFile('absent.zip'), '--lang', 'fr']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('Impossible de lire');
  });
});

describe('provenance preview --json, one field set for every format', () => {
  it('prints sheets and the sheet shown for a workbook', async () => {
    const r = await cli(['preview', fixtureFile('communes.xlsx'), '--json', '--sheet', 'Notes']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p).toMatchObject({ format: 'xlsx', container: null, entries: null, sheet: 'Notes', rowCount: 1, geo: null });
    expect(p.sheets).toHaveLength(3);
    expect(p.rows).toEqual([['Aucune']]);
  });

  it('prints the row count a Parquet file states and its first rows', async () => {
    const r = await cli(['preview', fixtureFile('communes.parquet'), '--json', '--rows', '3']);
    const p = JSON.parse(r.stdout);
    expect(p).toMatchObject({ format: 'parquet', rowCount: 3000, sheets: null, truncated: true });
    expect(p.rows).toHaveLength(3);
    expect(p.columns.map((c: { name: string }) => c.name)).toEqual(['code_commune', 'nom', 'population', 'surface']);
  });

  it('prints geo for GeoJSON and for a zipped shapefile', async () => {
    const g = JSON.parse((await cli(['preview', fixtureFile('mixed.geojson'), '--json'])).stdout);
    expect(g).toMatchObject({ format: 'geojson', rowCount: 6, geo: { features: 6, complete: true } });
    const s = JSON.parse((await cli(['preview', fixtureFile('villes-shp.zip'), '--json'])).stdout);
    expect(s).toMatchObject({
      format: 'shapefile',
      container: { format: 'zip', entry: 'villes.dbf' },
      rowCount: 3,
      geo: { features: 3, geometryTypes: ['Point'] },
    });
  });

  it('prints a PDF as unsupported, and a terminal view for each format without crashing', async () => {
    for (const file of [
      'communes.xlsx',
      'equipements.ods',
      'communes.xls',
      'communes.parquet',
      'records.json',
      'mixed.geojson',
      'villes-shp.zip',
    ]) {
      const r = await cli(['preview', fixtureFile(file)]);
      expect(r.code, file).toBe(0);
      expect(r.stdout.length, file).toBeGreaterThan(50);
    }
  });
});
