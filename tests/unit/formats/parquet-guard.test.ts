import { describe, expect, it } from 'vitest';
import { previewFile } from '../../../lib/preview/formats/preview-file';
import { countingReader, formatFixture } from './helpers';

/**
 * Without the guard these files do not fail: hyparquet decodes them synchronously for minutes (or until memory
 * runs out), which freezes whatever runs the preview. With it, each is refused before hyparquet sees the page.
 */
describe('Parquet guard', () => {
  it.each([
    ['hostile/level-run-overflow.parquet', 'population: page header lacks field 6'],
    ['hostile/rle-run-2-billion.parquet', 'population: run of 1073741824 values where 1000 are left'],
    ['hostile/page-header-without-size.parquet', 'code_commune: page header lacks field 3'],
  ])('refuses %s with a typed failure, not a hang', async (name, detail) => {
    const { reader } = countingReader(formatFixture(name), { budget: 256 * 1024 });
    const r = await previewFile(reader, { name: 'data.parquet', rows: 20 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'malformed', messageKey: 'formats.parquetHostile' });
    expect(r.error.detail).toBe(detail);
  });

  it('lets the intact file through and fetches the checked chunks only once', async () => {
    const { reader, ranges } = countingReader(formatFixture('communes.parquet'), { budget: 1_048_576 });
    const r = await previewFile(reader, { name: 'communes.parquet' });
    if (!r.ok) throw new Error(`${r.error.messageKey} ${r.error.detail}`);
    expect(r.value.format === 'parquet' && r.value.table?.rows.length).toBeGreaterThan(0);
    // After the sniff and the footer, no byte is fetched twice: hyparquet gets the chunks the guard read.
    const chunks = ranges.slice(2).sort((a, b) => a[0] - b[0]);
    expect(chunks.length).toBeGreaterThan(0);
    chunks.slice(1).forEach(([offset], i) => {
      const [before, length] = chunks[i]!;
      expect(offset).toBeGreaterThanOrEqual(before + length);
    });
  });
});
