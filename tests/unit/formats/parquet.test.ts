import { describe, expect, it } from 'vitest';
import { previewFile } from '../../../lib/preview/formats/preview-file';
import { countingReader, formatFixture } from './helpers';

describe('Parquet', () => {
  it('reads schema, row count, statistics and the first rows of ZSTD row groups by Range', async () => {
    const bytes = formatFixture('communes.parquet');
    const { reader, ranges } = countingReader(bytes, { budget: 1_048_576 });
    const r = await previewFile(reader, { name: 'communes.parquet' });
    if (!r.ok) throw new Error(`${r.error.messageKey} ${r.error.detail}`);
    const p = r.value;
    if (p.format !== 'parquet') throw new Error(p.format);
    expect(p.rowCount).toBe(3000);
    expect(p.rowGroups).toBe(3);
    expect(p.schema.map((c) => [c.name, c.type])).toEqual([
      ['code_commune', 'BYTE_ARRAY'],
      ['nom', 'BYTE_ARRAY'],
      ['population', 'INT32'],
      ['surface', 'DOUBLE'],
    ]);
    expect(p.stats.find((s) => s.column === 'population')).toMatchObject({ min: '0', nulls: 0 });
    expect(p.table?.columns.map((c) => [c.name, c.type, c.format])).toEqual([
      ['code_commune', 'text', 'code_commune_insee'],
      ['nom', 'text', null],
      ['population', 'integer', null],
      ['surface', 'decimal', null],
    ]);
    expect(p.table?.rows[1]).toEqual(['01002', 'Commune n°1 — Saint-Étienne', '37', '1.37']);
    expect(p.truncated).toBe(true);
    // Only the footer and the first row group are fetched, never the file from the start.
    expect(ranges.every(([offset]) => offset > 0 || ranges[0]![0] === 0)).toBe(true);
  });

  it('shows schema and statistics when no column of the first row group fits the budget', async () => {
    const { reader } = countingReader(formatFixture('communes.parquet'), { budget: 9000 });
    const r = await previewFile(reader, { name: 'communes.parquet' });
    if (!r.ok) throw new Error(`${r.error.messageKey} ${r.error.detail}`);
    if (r.value.format !== 'parquet') throw new Error(r.value.format);
    expect(r.value.schema).toHaveLength(4);
    expect(r.value.table === null ? r.value.rowsNote : r.value.columnsOmitted.length).toBeTruthy();
  });

  it('refuses a corrupt footer with a message', async () => {
    const { reader } = countingReader(formatFixture('corrupt-footer.parquet'), { budget: 1_048_576 });
    const r = await previewFile(reader, { name: 'x.parquet' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['formats.parquetDamaged', 'formats.overBudget']).toContain(r.error.messageKey);
  });

  it('needs Range for a file bigger than the budget', async () => {
    const { reader } = countingReader(formatFixture('communes.parquet'), { budget: 4096, rangeSupported: false });
    const r = await previewFile(reader, { name: 'x.parquet' });
    expect(!r.ok && r.error.messageKey).toBe('formats.noRange');
  });
});

describe('Parquet row groups bigger than a preview', () => {
  it('reads only the first pages of each column chunk, not the chunks whole', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const rows = 50_000;
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: Int32Array.from({ length: rows }, (_, i) => i), type: 'INT32' },
        {
          name: 'label',
          data: Array.from({ length: rows }, (_, i) => `ligne ${i} ${(i * 7919) % 10_007}`),
          type: 'STRING',
        },
      ],
      codec: 'SNAPPY',
      rowGroupSize: rows,
      pageSize: 16 * 1024,
    });
    const bytes = new Uint8Array(buffer);
    const { reader } = countingReader(bytes, { budget: 1_048_576 });
    const r = await previewFile(reader, { name: 'lignes.parquet' });
    if (!r.ok) throw new Error(`${r.error.messageKey} ${r.error.detail}`);
    if (r.value.format !== 'parquet') throw new Error(r.value.format);
    expect(r.value.rowCount).toBe(rows);
    expect(r.value.table?.rows[0]).toEqual(['0', 'ligne 0 0']);
    expect(r.value.table?.rows[7]).toEqual(['7', `ligne 7 ${(7 * 7919) % 10_007}`]);
    expect(r.value.columnsOmitted).toEqual([]);
    // The row group is several hundred KiB; the preview needs its first pages and the footer.
    expect(bytes.length).toBeGreaterThan(400_000);
    expect(r.value.bytesRead).toBeLessThan(bytes.length / 4);
  });
});
