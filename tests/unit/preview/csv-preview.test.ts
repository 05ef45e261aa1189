import { describe, expect, it } from 'vitest';
import { analyzeSample, previewFromSample } from '../../../lib/preview/csv-preview';
import { type CsvPreview, CsvPreviewSchema } from '../../../lib/preview/types';
import { fixtureBytes, sampleOf } from './fixtures';

function preview(name: string, budget?: number, options = {}): CsvPreview {
  const bytes = fixtureBytes(name);
  const result = previewFromSample(sampleOf(bytes, budget), options);
  if (!result.ok) throw new Error(`${name}: ${result.error.messageKey}`);
  return CsvPreviewSchema.parse(result.value);
}

/** `name:type/format` per column: one string to compare, readable when it fails. */
const shapes = (p: CsvPreview) => p.columns.map((c) => `${c.name}:${c.type}${c.format ? `/${c.format}` : ''}`);

describe('previewFromSample over fixture files', () => {
  it.each([
    {
      file: 'w1252-semicolon-decimal-comma.csv',
      encoding: 'windows-1252',
      evidence: 'fallback',
      delimiter: ';',
      columns: [
        'code_commune:text/code_commune_insee',
        'nom_commune:text',
        'code_postal:text/code_postal',
        'population:integer',
        'superficie_km2:decimal',
        'part_moins_25_ans:decimal/percent',
        'date_maj:date',
        'est_prefecture:boolean',
        'commentaire:text',
      ],
      firstRow: [
        '01001',
        "L'Abergement-Clémenciat",
        '01400',
        '779',
        '16,04',
        '28,5 %',
        '01/03/2024',
        '0',
        'Bresse – Dombes',
      ],
      rowCount: 15,
    },
    {
      file: 'utf8-bom-comma.csv',
      encoding: 'utf-8',
      evidence: 'bom',
      delimiter: ',',
      columns: [
        'id:integer',
        'name:text',
        'price:decimal',
        'created_at:date',
        'updated:datetime',
        'contact:text/email',
        'homepage:text/url',
        'active:boolean',
      ],
      firstRow: [
        '1',
        'Café du Port',
        '3.50',
        '2024-03-01',
        '2024-03-01T10:30:00Z',
        'contact@cafe.example',
        'https://cafe.example',
        'true',
      ],
      rowCount: 4,
    },
    {
      file: 'utf16le-bom-tab.txt',
      encoding: 'utf-16le',
      evidence: 'bom',
      delimiter: '\t',
      columns: ['Région:text', 'Année:integer/year', 'Taux:decimal', 'Commentaire:text'],
      firstRow: ['Bretagne', '2022', '12,5', 'Hausse légère'],
      rowCount: 4,
    },
    {
      file: 'preamble-title.csv',
      encoding: 'utf-8',
      evidence: 'valid-utf8',
      delimiter: ';',
      columns: [
        'code_departement:text/code_departement',
        'departement:text',
        'population:integer',
        'annee:integer/year',
      ],
      firstRow: ['01', 'Ain', '657 856', '2021'],
      rowCount: 5,
    },
    {
      file: 'quoted-fields.csv',
      encoding: 'utf-8',
      evidence: 'valid-utf8',
      delimiter: ',',
      columns: ['id:integer', 'adresse:text', 'description:text', 'montant:decimal'],
      firstRow: ['1', '12, rue de la Paix', 'Une ligne, avec virgule', '10.5'],
      rowCount: 4,
    },
    {
      file: 'codes-leading-zeros.csv',
      encoding: 'utf-8',
      evidence: 'valid-utf8',
      delimiter: ',',
      columns: [
        'code_insee:text/code_commune_insee',
        'cp:text/code_postal',
        'dep:text/code_departement',
        'reg:text/code_region',
        'siren:text/siren',
        'num_siret:text/siret',
        'etablissement:text/siret',
        'annee:integer/year',
        'lat:decimal/latitude',
        'lon:decimal/longitude',
      ],
      firstRow: ['01001', '01400', '01', '84', '130025265', '13002526500013', '13002526500013', '2015', '44.0', '2.35'],
      rowCount: 10,
    },
    {
      file: 'ragged-rows.csv',
      encoding: 'utf-8',
      evidence: 'valid-utf8',
      delimiter: ';',
      columns: ['a:integer', 'b:integer', 'c:integer', 'd:integer'],
      firstRow: ['1', '2', '3', '4'],
      rowCount: 12,
    },
  ])('$file: $encoding, $delimiter', ({ file, encoding, evidence, delimiter, columns, firstRow, rowCount }) => {
    const p = preview(file);
    expect(p.source).toBe('file');
    expect(p.encoding).toBe(encoding);
    expect(p.encodingEvidence).toBe(evidence);
    expect(p.delimiter).toBe(delimiter);
    expect(shapes(p)).toEqual(columns);
    expect(p.rows[0]).toEqual(firstRow);
    expect(p.rows).toHaveLength(rowCount);
    expect(p.totalRows).toBe(rowCount);
    expect(p.truncated).toBe(false);
  });

  it('decodes the Windows-1252 characters that Latin-1 lacks (’ – € œ)', () => {
    const text = preview('w1252-semicolon-decimal-comma.csv').rows.map((r) => r[8]);
    expect(text).toEqual(
      expect.arrayContaining(['Préfecture de l’Ain', 'Bresse – Dombes', 'Budget : 2 €', 'Cœur de ville', 'Œnologie']),
    );
  });

  it('gives decimal columns their separator', () => {
    const byName = (p: CsvPreview, n: string) => p.columns.find((c) => c.name === n);
    expect(byName(preview('w1252-semicolon-decimal-comma.csv'), 'superficie_km2')?.decimalSeparator).toBe(',');
    expect(byName(preview('utf8-bom-comma.csv'), 'price')?.decimalSeparator).toBe('.');
    expect(byName(preview('utf8-bom-comma.csv'), 'id')?.decimalSeparator).toBeNull();
  });

  it('returns the preamble lines without their padding', () => {
    expect(preview('preamble-title.csv').preamble).toEqual([
      'Population légale des communes en 2021',
      'Source : Insee, recensement de la population',
    ]);
  });

  it('keeps quoted delimiters, line breaks and doubled quotes inside fields', () => {
    const p = preview('quoted-fields.csv');
    expect(p.rows[1]![2]).toBe('Deux lignes:\nsuite de la description');
    expect(p.rows[2]!.slice(1, 3)).toEqual(['1 quai "Est"', 'Guillemets "doublés" et, virgule']);
    expect(p.raggedRows).toBe(0);
  });

  it('keeps ragged rows as they are and counts them', () => {
    const p = preview('ragged-rows.csv');
    expect(p.raggedRows).toBe(2);
    expect(p.rows[2]).toEqual(['9', '10', '11']);
    expect(p.rows[4]).toEqual(['16', '17', '18', '19', '20']);
  });

  it('limits returned rows but types on all of them', () => {
    const p = preview('late-accent-utf8.csv', undefined, { rows: 5 });
    expect(p.rows).toHaveLength(5);
    expect(p.totalRows).toBe(10_002);
  });

  it('follows the encoding and delimiter the user chose', () => {
    const p = preview('w1252-semicolon-decimal-comma.csv', undefined, { encoding: 'utf-8', delimiter: ',' });
    expect(p.encoding).toBe('utf-8');
    expect(p.encodingOverridden).toBe(true);
    expect(p.encodingEvidence).toBe('user');
    expect(p.delimiter).toBe(',');
    expect(p.delimiterOverridden).toBe(true);
    expect(p.rows[0]!.join(',')).toContain('\ufffd');
  });
});

describe('what the whole-file pass and the views build on', () => {
  it('profiles each column over the sampled rows', () => {
    const p = preview('w1252-semicolon-decimal-comma.csv');
    const population = p.columns.find((c) => c.name === 'population')!;
    expect(population.profile).toMatchObject({ count: 15, missing: 0, distinct: 15, min: 779, max: 2_133_111 });
    const code = p.columns.find((c) => c.name === 'code_commune')!;
    expect(code.profile?.top.map((t) => t.value)).toContain('01001');
  });

  it.each([
    ['w1252-semicolon-decimal-comma.csv', 1],
    // Two title lines, a ";;;" line, the header.
    ['preamble-title.csv', 4],
  ])('counts the lines before the data of %s', (file, lines) => {
    const r = analyzeSample(sampleOf(fixtureBytes(file)));
    expect(r.ok && r.value.linesBeforeData).toBe(lines);
  });

  it('counts a header with a quoted line break as two lines', () => {
    const bytes = new TextEncoder().encode('"a\nb";c\n1;2\n');
    const r = analyzeSample(sampleOf(bytes));
    expect(r.ok && r.value.linesBeforeData).toBe(2);
  });
});

describe('the encoding is decided over the whole sample', () => {
  const late = fixtureBytes('late-accent-utf8.csv');
  const firstAccent = late.findIndex((b) => b >= 0x80);

  it('has its first accent about 300 KB in', () => {
    expect(firstAccent).toBeGreaterThan(300_000);
  });

  it('reads a late first accent as UTF-8 when the budget reaches it', () => {
    const p = preview('late-accent-utf8.csv', 512 * 1024);
    expect(p.encoding).toBe('utf-8');
    expect(p.encodingEvidence).toBe('valid-utf8');
    expect(p.rows.length).toBeGreaterThan(0);
  });

  it('falls back to Windows-1252 when the only accent, 300 KB in, is not UTF-8', () => {
    // The same file with é as the single Windows-1252 byte 0xE9: only a whole-sample check can see it.
    const bytes: number[] = [];
    for (let i = 0; i < late.length; i++) {
      if (late[i] === 0xc3 && late[i + 1] === 0xa9) {
        bytes.push(0xe9);
        i++;
      } else bytes.push(late[i]!);
    }
    const result = previewFromSample(sampleOf(Uint8Array.from(bytes)));
    expect(result.ok && result.value.encoding).toBe('windows-1252');
  });

  it('stays UTF-8 when the budget cuts a 2-, 3- or 4-byte character in half', () => {
    const bytes = fixtureBytes('utf8-multibyte.csv');
    // Every cut inside the first few rows: lands mid-character for é (2), € (3) and 😀 (4 bytes).
    let midCharacterCuts = 0;
    for (let budget = 40; budget < 120; budget++) {
      if ((bytes[budget]! & 0xc0) === 0x80) midCharacterCuts++;
      const result = previewFromSample(sampleOf(bytes, budget));
      expect(result.ok && result.value.encoding, `budget ${budget}`).toBe('utf-8');
      expect(result.ok && result.value.rows.flat().join('').includes('\ufffd'), `budget ${budget}`).toBe(false);
    }
    expect(midCharacterCuts).toBeGreaterThan(10);
  });
});

describe('a sample cut by the budget', () => {
  it('drops the partial last row and says the file was truncated', () => {
    const bytes = fixtureBytes('w1252-semicolon-decimal-comma.csv');
    const cut = bytes.indexOf(0x0a, 400) + 10; // ten bytes into a row
    const p = previewFromSample(sampleOf(bytes, cut));
    if (!p.ok) throw new Error(p.error.messageKey);
    const full = preview('w1252-semicolon-decimal-comma.csv');
    expect(p.value.truncated).toBe(true);
    expect(p.value.totalRows).toBeNull();
    expect(p.value.rows).toEqual(full.rows.slice(0, p.value.rows.length));
    expect(p.value.rows.length).toBeLessThan(full.rows.length);
    expect(p.value.rows.at(-1)).toHaveLength(9);
  });

  it('drops a last row cut inside a quoted field', () => {
    const bytes = fixtureBytes('quoted-fields.csv');
    const text = new TextDecoder().decode(bytes);
    const cut = text.indexOf('suite de la description');
    const p = previewFromSample(sampleOf(bytes, cut));
    expect(p.ok && p.value.rows).toEqual([['1', '12, rue de la Paix', 'Une ligne, avec virgule', '10.5']]);
  });
});

describe('files that are not CSV', () => {
  it.each([
    ['html-served-as-csv.csv', 'preview.notCsvHtml', undefined],
    ['xlsx-served-as-csv.csv', 'preview.binaryFormat', 'XLSX'],
  ])('%s → unsupported (%s)', (file, messageKey, format) => {
    const result = previewFromSample(sampleOf(fixtureBytes(file)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unsupported');
    expect(result.error.messageKey).toBe(messageKey);
    if (format) expect(result.error.params.format).toBe(format);
  });
});
