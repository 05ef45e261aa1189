import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../lib/charts/aggregate';
import { ChartOptionsSchema } from '../../../lib/charts/options';
import { chartSourceOf } from '../../../lib/charts/source';
import { memoryByteReader } from '../../../lib/preview/formats/byte-reader';
import { previewFile } from '../../../lib/preview/formats/preview-file';

async function sourceOf(name: string) {
  const bytes = new Uint8Array(readFileSync(`tests/fixtures/formats/${name}`));
  const preview = await previewFile(memoryByteReader(bytes), { name });
  if (!preview.ok) throw new Error(preview.error.messageKey);
  return chartSourceOf(preview.value);
}

describe('charts from the format previews', () => {
  it('a workbook sheet and JSON records chart like a CSV', async () => {
    for (const name of ['communes.xlsx', 'records.json']) {
      const source = await sourceOf(name);
      expect(source, name).not.toBeNull();
      const x = source!.columns.find((c) => c.type === 'text')!;
      const chart = buildChart(source!, ChartOptionsSchema.parse({ x: x.name, kind: 'bar' }));
      expect(chart.ok, name).toBe(true);
    }
  });

  it('a GeoJSON draws its own shapes on the map', async () => {
    const source = await sourceOf('mixed.geojson');
    expect(source?.map?.data.shapes.length).toBeGreaterThan(0);
    const chart = buildChart(source!, ChartOptionsSchema.parse({ x: '', kind: 'map' }));
    expect(chart.ok && chart.value.kind === 'map' && chart.value.shapes.length).toBe(source!.map!.data.shapes.length);
  });

  it('an archive listing alone has nothing to chart', async () => {
    expect(await sourceOf('encrypted.zip')).toBeNull();
  });
});
