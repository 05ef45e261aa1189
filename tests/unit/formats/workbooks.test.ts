import { describe, expect, it } from 'vitest';
import { memoryByteReader } from '../../../lib/preview/formats/byte-reader';
import { type PreviewFileOptions, previewFile } from '../../../lib/preview/formats/preview-file';
import { serialToIso } from '../../../lib/preview/formats/sheet-cells';
import { formatFixture } from './helpers';

async function preview(name: string, options: PreviewFileOptions = {}, budget = 1_048_576) {
  return previewFile(memoryByteReader(formatFixture(name), { budget }), { name, ...options });
}

describe('Excel serial dates', () => {
  it('reads the 1900 and 1904 systems', () => {
    expect(serialToIso(45306, false)).toBe('2024-01-15');
    expect(serialToIso(45306.5, false)).toBe('2024-01-15 12:00:00');
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(0.25, false, true)).toBe('06:00:00');
  });
});

describe('XLSX', () => {
  it('lists sheets with the hidden one marked and shows the first visible sheet', async () => {
    const r = await preview('communes.xlsx');
    if (!r.ok) throw new Error(`${r.error.messageKey} ${r.error.detail}`);
    const p = r.value;
    if (p.format !== 'xlsx') throw new Error(p.format);
    expect(p.sheets).toEqual([
      { name: 'Communes', hidden: false },
      { name: 'Notes', hidden: false },
      { name: 'Cachée', hidden: true },
    ]);
    expect(p.sheet).toBe('Communes');
    expect(p.table.preamble).toEqual(['Population des communes (données inventées)']);
    expect(p.table.columns.map((c) => [c.name, c.type])).toEqual([
      ['code', 'text'],
      ['nom', 'text'],
      ['date_maj', 'date'],
      ['horodatage', 'datetime'],
      ['population', 'integer'],
    ]);
    expect(p.table.rows).toEqual([
      ['01001', 'L’Abergement', '2024-01-15', '2024-01-15 12:00:00', '767'],
      ['01002', 'Ambérieux', '2024-02-15', '2024-02-15 06:00:00', '14514'],
    ]);
    expect(p.table.rowCount).toBe(2);
  });

  it('switches sheets by name and says when a sheet does not exist', async () => {
    const r = await preview('communes.xlsx', { sheet: 'Notes' });
    expect(r.ok && r.value.format === 'xlsx' && r.value.table.columns.map((c) => c.name)).toEqual(['Remarque']);
    const missing = await preview('communes.xlsx', { sheet: 'Absente' });
    expect(!missing.ok && missing.error.messageKey).toBe('formats.sheetNotFound');
  });

  it('refuses a truncated workbook with a message', async () => {
    const r = await preview('truncated.xlsx');
    expect(!r.ok && r.error.messageKey).toBe('formats.zipDamaged');
  });

  it('does not expand an XML entity bomb', async () => {
    const started = Date.now();
    const r = await preview('entity-bomb.xlsx');
    expect(Date.now() - started).toBeLessThan(5000);
    if (r.ok) {
      expect(JSON.stringify(r.value).length).toBeLessThan(100_000);
    } else {
      expect(r.error.messageKey).toBe('formats.workbookDamaged');
    }
  });
});

describe('ODS', () => {
  it('skips the hidden sheet, caps repeated rows and columns, keeps codes as text', async () => {
    const started = Date.now();
    const r = await preview('equipements.ods');
    expect(Date.now() - started).toBeLessThan(5000);
    if (!r.ok) throw new Error(`${r.error.messageKey} ${r.error.detail}`);
    const p = r.value;
    if (p.format !== 'ods') throw new Error(p.format);
    expect(p.sheets).toEqual([
      { name: 'Masquée', hidden: true },
      { name: 'Équipements', hidden: false },
      { name: 'Sources', hidden: false },
    ]);
    expect(p.sheet).toBe('Équipements');
    expect(p.table.columns.map((c) => [c.name, c.type])).toEqual([
      ['code', 'text'],
      ['nom', 'text'],
      ['ouverture', 'date'],
      ['places', 'integer'],
    ]);
    expect(p.table.rows).toEqual([
      ['01001', 'Médiathèque', '2024-03-01', '120'],
      ['01002', 'Piscine', '2024-06-15', '300'],
    ]);
  });
});

describe('XLS', () => {
  it('reads a legacy workbook that fits the budget', async () => {
    const r = await preview('communes.xls');
    if (!r.ok) throw new Error(`${r.error.messageKey} ${r.error.detail}`);
    const p = r.value;
    if (p.format !== 'xls') throw new Error(p.format);
    expect(p.sheets.map((s) => s.name)).toEqual(['Communes', 'Notes']);
    expect(p.table.rows[0]).toEqual(['01001', 'L’Abergement', '2024-01-15', '767']);
    expect(p.table.columns[2]?.type).toBe('date');
  });

  it('refuses a legacy workbook bigger than the budget', async () => {
    const r = await preview('communes.xls', {}, 1000);
    expect(!r.ok && r.error.messageKey).toBe('formats.xlsTooBig');
  });
});
