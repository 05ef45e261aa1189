import { describe, expect, it } from 'vitest';
import { memoryByteReader } from '../../../lib/preview/formats/byte-reader';
import { parseJsonPrefix } from '../../../lib/preview/formats/json-parse';
import { previewFile } from '../../../lib/preview/formats/preview-file';
import { formatFixture } from './helpers';

const enc = new TextEncoder();

async function preview(bytes: Uint8Array, budget = 1_048_576, name = 'x.json') {
  const r = await previewFile(memoryByteReader(bytes, { budget }), { name });
  if (!r.ok) throw new Error(`${r.error.messageKey} ${r.error.detail ?? ''}`);
  return r.value;
}

describe('JSON', () => {
  it('shows an array of flat objects as a table and flags integers beyond 2^53', async () => {
    const p = await preview(formatFixture('records.json'));
    if (p.format !== 'json') throw new Error(p.format);
    expect(p.truncated).toBe(false);
    expect(p.bigIntegers).toBe(1);
    expect(p.tree.kind).toBe('array');
    expect(p.tree.size).toBe(300);
    expect(p.tree.children?.[0]?.children?.[0]).toMatchObject({ key: 'id', text: '12345678901234567890', lossy: true });
    expect(p.table?.rowCount).toBe(300);
    expect(p.table?.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'integer'],
      ['nom', 'text'],
      ['ouvert', 'boolean'],
      ['surface', 'decimal'],
    ]);
    expect(p.table?.rows[0]).toEqual(['12345678901234567890', 'Équipement 1', 'false', '0']);
  });

  it('parses a file cut at the budget as far as it goes and marks it truncated', async () => {
    const p = await preview(formatFixture('records.json'), 4000);
    if (p.format !== 'json') throw new Error(p.format);
    expect(p.truncated).toBe(true);
    expect(p.table?.rowCount).toBeNull();
    const rows = p.table?.rows.length ?? 0;
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThan(300);
    expect(p.tree.cut).toBe(true);
  });

  it('survives 100,000 levels of nesting within the caps', async () => {
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const started = Date.now();
    const p = await preview(enc.encode(deep));
    expect(Date.now() - started).toBeLessThan(5000);
    if (p.format !== 'json') throw new Error(p.format);
    expect(p.depth).toBe(100_000);
    expect(p.treeCapped).toBe(true);
    expect(JSON.stringify(p).length).toBeLessThan(10_000);
  });

  it('keeps __proto__ as a plain key', () => {
    const parsed = parseJsonPrefix('{"__proto__": {"polluted": true}, "a": 1}');
    expect(parsed.complete).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__', 'a']);
  });

  it('reports invalid JSON with a message', async () => {
    const r = await previewFile(memoryByteReader(enc.encode('{nope}')), { name: 'x.json' });
    expect(!r.ok && r.error.messageKey).toBe('formats.jsonInvalid');
  });
});

describe('GeoJSON', () => {
  it('counts features, lists geometry types, computes the extent and the properties table', async () => {
    const p = await preview(formatFixture('mixed.geojson'), 1_048_576, 'x.geojson');
    if (p.format !== 'geojson') throw new Error(p.format);
    expect(p.geo).toEqual({
      features: 6,
      complete: true,
      bbox: [4.3, 45.4, 4.42, 45.47],
      geometryTypes: ['GeometryCollection', 'LineString', 'MultiPolygon', 'Point', 'Polygon'],
    });
    expect(p.table?.columns.map((c) => c.name)).toEqual(['nom', 'type']);
    expect(p.table?.rows[2]).toEqual(['Parc de l’Europe', 'parc']);
    expect(p.map?.shapes.map((s) => s.kind)).toEqual([
      'point',
      'line',
      'polygon',
      'polygon',
      'polygon',
      'point',
      'line',
    ]);
  });

  it('says "at least" when the file is cut', async () => {
    const p = await preview(formatFixture('mixed.geojson'), 700, 'x.geojson');
    if (p.format !== 'geojson') throw new Error(p.format);
    expect(p.geo.complete).toBe(false);
    expect(p.geo.features).toBeGreaterThan(0);
    expect(p.geo.features).toBeLessThan(6);
  });
});
