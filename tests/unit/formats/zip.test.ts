import { describe, expect, it } from 'vitest';
import { previewFile } from '../../../lib/preview/formats/preview-file';
import { listZip } from '../../../lib/preview/formats/zip';
import { countingReader, formatFixture } from './helpers';

describe('ZIP', () => {
  it('lists entries from the central directory and shows the largest CSV, fetching only its start', async () => {
    const bytes = formatFixture('communes.zip');
    const budget = 16_384;
    const { reader, ranges } = countingReader(bytes, { budget });
    const r = await previewFile(reader, { name: 'communes.zip' });
    if (!r.ok) throw new Error(r.error.messageKey);
    const p = r.value;
    expect(p.format).toBe('csv');
    expect(p.container).toEqual({ format: 'zip', entry: 'données/communes.csv' });
    expect(p.entries?.map((e) => [e.name, e.format])).toEqual([
      ['LISEZMOI.txt', 'csv'],
      ['données/communes.csv', 'csv'],
      ['notes.pdf', 'unsupported'],
    ]);
    expect(p.entriesPartial).toBe(false);
    expect(p.truncated).toBe(true);
    if (p.format !== 'csv') throw new Error();
    expect(p.csv.delimiter).toBe(';');
    expect(p.csv.rows[0]).toEqual(['01001', 'Commune n°0 — Saint-Étienne', '43,0000', '-1,0000', '0']);
    expect(p.geo).toMatchObject({ complete: false, geometryTypes: ['Point'] });
    // Probe, end of file, local header, then one budget of the entry's compressed bytes.
    const fetched = ranges.reduce((n, [, length]) => n + length, 0);
    expect(fetched).toBeLessThanOrEqual(budget + 4096 + 4096 + 30);
    expect(reader.bytesRead()).toBeLessThan(bytes.length / 8);
  });

  it('lists a Zip64 archive', async () => {
    const { reader } = countingReader(formatFixture('zip64.zip'), { budget: 65_536 });
    await reader.head(4096);
    const listing = await listZip(reader);
    expect(listing.ok && listing.value.entries.map((e) => [e.name, e.size])).toEqual([['petit.csv', 12]]);
  });

  it('streams within the budget when the server ignores Range, and says the listing may be partial', async () => {
    const bytes = formatFixture('communes.zip');
    const { reader, ranges } = countingReader(bytes, { budget: 65_536, rangeSupported: false });
    const r = await previewFile(reader, { name: 'communes.zip' });
    if (!r.ok) throw new Error(r.error.messageKey);
    expect(ranges).toHaveLength(1);
    expect(r.value.entriesPartial).toBe(true);
    expect(r.value.format).toBe('csv');
    if (r.value.format === 'csv') expect(r.value.csv.rows.length).toBeGreaterThan(10);
  });

  it('stops a zip bomb at the budget', async () => {
    const { reader } = countingReader(formatFixture('bomb.zip'), { budget: 100_000 });
    const r = await previewFile(reader, { name: 'bomb.zip' });
    if (!r.ok) throw new Error(r.error.messageKey);
    expect(r.value.truncated).toBe(true);
    expect(r.value.entries?.[0]?.size).toBe(64 * 1024 * 1024);
  });

  it('lists an entry claiming 4 GB and reads its real bytes', async () => {
    const { reader } = countingReader(formatFixture('claims-4gb.zip'), { budget: 65_536 });
    const r = await previewFile(reader, { name: 'x.zip' });
    if (!r.ok) throw new Error(r.error.messageKey);
    expect(r.value.entries?.[0]?.size).toBe(4 * 1024 ** 3 + 5);
    expect(r.value.format === 'csv' && r.value.csv.rows).toEqual([['1', '2']]);
  });

  it('refuses encrypted entries and unknown methods with a message, keeping the listing', async () => {
    const bytes = formatFixture('encrypted.zip');
    const a = await previewFile(countingReader(bytes, { budget: 65_536 }).reader, { entry: 'secret.csv' });
    expect(a.ok && a.value.format === 'zip' && a.value.note?.messageKey).toBe('formats.zipEncrypted');
    const b = await previewFile(countingReader(bytes, { budget: 65_536 }).reader, { entry: 'lzma.csv' });
    expect(b.ok && b.value.format === 'zip' && b.value.note).toEqual({
      messageKey: 'formats.zipMethod',
      params: { name: 'lzma.csv', method: 14 },
    });
    const c = await previewFile(countingReader(bytes, { budget: 65_536 }).reader, { entry: 'absent.csv' });
    expect(!c.ok && c.error.messageKey).toBe('formats.entryNotFound');
  });

  it('strips bidirectional overrides from entry names', async () => {
    const { reader } = countingReader(formatFixture('hostile-names.zip'), { budget: 65_536 });
    const r = await previewFile(reader);
    expect(r.ok && r.value.entries?.[0]?.name).toBe('rapportvsc.exe');
  });
});
