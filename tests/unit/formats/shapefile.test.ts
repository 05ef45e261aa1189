import { describe, expect, it } from 'vitest';
import { memoryByteReader } from '../../../lib/preview/formats/byte-reader';
import { previewFile } from '../../../lib/preview/formats/preview-file';
import { formatFixture } from './helpers';

describe('zipped shapefile', () => {
  it('shows the .dbf attributes decoded from the .cpg and the extent from the .shp header', async () => {
    const r = await previewFile(memoryByteReader(formatFixture('villes-shp.zip'), { budget: 1_048_576 }), {
      name: 'villes-shp.zip',
    });
    if (!r.ok) throw new Error(`${r.error.messageKey} ${r.error.detail}`);
    const p = r.value;
    if (p.format !== 'shapefile') throw new Error(p.format);
    expect(p.container).toEqual({ format: 'zip', entry: 'villes.dbf' });
    expect(p.encoding).toBe('windows-1252');
    expect(p.shapeType).toBe('Point');
    expect(p.geo).toEqual({
      features: 3,
      complete: true,
      bbox: [2.3522, 43.2965, 5.3698, 48.8566],
      geometryTypes: ['Point'],
    });
    expect(p.table.columns.map((c) => c.name)).toEqual(['NOM', 'CODE', 'POPULATION']);
    expect(p.table.columns[2]?.type).toBe('integer');
    expect(p.table.rows.map((row) => row[0])).toEqual([
      'Saint-Étienne',
      'Marseille, Vieux-Port',
      'Paris, Île de la Cité',
    ]);
    expect(p.table.rowCount).toBe(3);
  });
});
