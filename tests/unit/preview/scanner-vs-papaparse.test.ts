import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeSample } from '../../../lib/preview/csv-preview';
import { inferColumns } from '../../../lib/preview/infer-types';
import { profileSample } from '../../../lib/preview/profile';
import { textDecoder } from '../../../lib/preview/text-decoder';
import type { Encoding } from '../../../lib/preview/types';

/**
 * The complete sample analysis counts values with the project's scanner (`countSampleColumns`), not with the
 * rows PapaParse parses. Each case below goes from bytes to the preview and checks that the scanner's rows,
 * types and profiles are those PapaParse's rows give, for the five cases issue #14 names.
 */

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 bytes of `text`, whose characters must all exist in that encoding. */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, œ: 0x9c, Œ: 0x8c };
  return Uint8Array.from([...text], (c) => {
    const code = high[c] ?? c.charCodeAt(0);
    if (code > 0xff) throw new Error(`${c} is not in Windows-1252`);
    return code;
  });
}

/** The preview's rows, types and profiles next to those PapaParse's own rows of the same text give. */
function compareWithPapaParse(bytes: Uint8Array, encoding: Encoding, delimiter: ';' | ',') {
  const analysis = analyzeSample({
    bytes,
    bytesRead: bytes.length,
    totalBytes: bytes.length,
    truncated: false,
    gunzipped: false,
  });
  if (!analysis.ok) throw new Error(analysis.error.messageKey);
  const preview = analysis.value.preview;
  expect([preview.encoding, preview.delimiter]).toEqual([encoding, delimiter]);

  const text = textDecoder(encoding).decode(bytes);
  const [header = [], ...rows] = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' }).data;
  const expected = inferColumns(header, rows, { delimiter }).map((column, c) => ({
    ...column,
    profile: profileSample(
      rows.map((row) => row[c] ?? ''),
      column,
    ),
  }));
  expect(preview.columns).toEqual(expected);
  expect(preview.totalRows).toBe(rows.length);
  expect(preview.raggedRows).toBe(rows.filter((row) => row.length !== header.length).length);
  expect(preview.rows).toEqual(rows.slice(0, preview.rows.length));
  return { preview, rows };
}

describe('the sample scanner reads the rows PapaParse reads', () => {
  it('with line breaks inside quoted fields', () => {
    const text =
      'nom;adresse;montant\n"Dupont";"12 rue Haute\nBâtiment B";12,5\nMartin;"sur\r\ndeux lignes";7\nLeroy;"";3,25\n';
    const { rows } = compareWithPapaParse(utf8(text), 'utf-8', ';');
    expect(rows[0]![1]).toBe('12 rue Haute\nBâtiment B');
  });

  it('with CRLF line breaks, blank lines and spaces-only rows included', () => {
    const text =
      'code,valeur,date\r\n01001,"1,5",2024-03-01\r\n\r\n2A004,2,2024-03-02\r\n  ,  \r\n75056,"3,25",2024-03-03\r\n';
    const { preview, rows } = compareWithPapaParse(utf8(text), 'utf-8', ',');
    expect(rows).toHaveLength(3);
    expect(preview.columns.map((c) => c.type)).toEqual(['text', 'decimal', 'date']);
  });

  it('after a UTF-8 byte order mark', () => {
    const text = '\ufeffcommune;population\nÉvreux;46707\nSaint-Étienne;171924\nSète;44558\n';
    const { preview } = compareWithPapaParse(utf8(text), 'utf-8', ';');
    expect(preview.encodingEvidence).toBe('bom');
    // The mark is no part of the first column's name.
    expect(preview.columns[0]!.name).toBe('commune');
  });

  it('after a second byte order mark, which the decoder leaves and PapaParse drops', () => {
    const text = '\ufeff\ufeffcommune;population\r\nÉvreux;46707\r\nSète;44558\r\n';
    const { preview } = compareWithPapaParse(utf8(text), 'utf-8', ';');
    expect(preview.columns[0]!.profile?.top.map((t) => t.value)).toEqual(['Sète', 'Évreux']);
    expect(preview.linesBeforeData).toBe(1);
  });

  it('in Windows-1252, its letters and punctuation from 0x80–0x9F included', () => {
    const text =
      'libellé;prix;remarque\r\nCœur d’artichaut;3,50 €;“frais”\r\nŒuf;0,25 €;l’été\r\nPâté;12,00 €;\r\nCrème brûlée;4,10 €;très “bon”\r\n';
    const bytes = windows1252(text);
    const { preview, rows } = compareWithPapaParse(bytes, 'windows-1252', ';');
    expect(preview.encodingEvidence).toBe('fallback');
    expect(rows[0]).toEqual(['Cœur d’artichaut', '3,50 €', '“frais”']);
  });

  it('with ragged rows, short and long', () => {
    const text = 'a;b;c\n1;2;3\n4;5\n6\n7;8;9;10;11\n12;13;14\n;;\n15;;;\n';
    const { preview } = compareWithPapaParse(utf8(text), 'utf-8', ';');
    expect(preview.raggedRows).toBe(4);
  });
});
