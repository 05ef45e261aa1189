import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * A CSV shaped like the French open-data files the preview is built for, made at test time (several MB would be
 * a heavy fixture): `;` delimiter, CRLF line ends, Windows-1252 bytes (’ and œ included, which Latin-1 lacks),
 * decimal commas, INSEE codes whose leading zero must survive (`01001`) or that hold letters (`2A004`), postcodes,
 * département codes, and dates written dd/mm/yyyy.
 */

/** Communes (code INSEE, name, département, postcode) in the shapes the COG gives them; the other columns are made up. */
const COMMUNES: readonly [string, string, string, string][] = [
  ['01001', 'L’Abergement-Clémenciat', '01', '01400'],
  ['2A004', 'Ajaccio', '2A', '20000'],
  ['02203', 'Cœuvres-et-Valsery', '02', '02600'],
  ['75056', 'Paris', '75', '75001'],
  ['2B033', 'Bastia', '2B', '20200'],
  ['97411', 'Saint-Denis', '974', '97400'],
  ['42218', 'Saint-Étienne', '42', '42000'],
  ['25056', 'Besançon', '25', '25000'],
  ['45234', 'Orléans', '45', '45000'],
  ['30189', 'Nîmes', '30', '30000'],
  ['06088', 'Nice', '06', '06000'],
  ['29019', 'Brest', '29', '29200'],
  ['08105', 'Charleville-Mézières', '08', '08000'],
];

export const FRENCH_CSV_HEADER = [
  'code_insee',
  'nom_commune',
  'dep',
  'code_postal',
  'date_releve',
  'population',
  'superficie_km2',
] as const;

/** Characters Windows-1252 puts in 0x80–0x9F, where Latin-1 has control codes. */
const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '…': 0x85, Œ: 0x8c, '’': 0x92, œ: 0x9c };

export function encodeWindows1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = CP1252_EXTRA[ch] ?? ch.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code <= 0x9f && !(ch in CP1252_EXTRA))) {
      throw new Error(`${ch} has no Windows-1252 byte in this encoder`);
    }
    out[i] = code;
  }
  return out;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Row `i` of the file, as text (the cells the table should show for it). */
export function frenchCsvRow(i: number): string[] {
  const [insee, name, dep, postcode] = COMMUNES[i % COMMUNES.length]!;
  const date = `${pad2((i % 28) + 1)}/${pad2((i % 12) + 1)}/${2019 + (i % 6)}`;
  const population = 800 + ((i * 7919) % 250_000);
  const area = `${10 + (i % 90)},${pad2((i * 37) % 100)}`;
  return [insee, name, dep, postcode, date, String(population), area];
}

export interface FrenchCsv {
  bytes: Buffer;
  /** Data rows, the header not counted. */
  rows: number;
}

/** Rows are added until the file reaches `minBytes`. */
export function frenchCsv(minBytes: number): FrenchCsv {
  const lines = [FRENCH_CSV_HEADER.join(';')];
  let size = lines[0]!.length + 2;
  let rows = 0;
  while (size < minBytes) {
    const line = frenchCsvRow(rows).join(';');
    lines.push(line);
    size += line.length + 2;
    rows++;
  }
  return { bytes: encodeWindows1252(`${lines.join('\r\n')}\r\n`), rows };
}

/**
 * `frenchCsv(minBytes)` written to a temporary file before the tests of the file or block that calls it, removed
 * after them: the replay server answers it from disk, with or without Range.
 */
export function useFrenchCsvFile(minBytes: number): { readonly csv: FrenchCsv; readonly path: string } {
  let dir: string | null = null;
  let csv: FrenchCsv | null = null;
  const path = () => {
    if (dir === null) throw new Error('the generated CSV exists only inside the tests');
    return join(dir, 'communes-cp1252.csv');
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'provenance-e2e-csv-'));
    csv = frenchCsv(minBytes);
    writeFileSync(path(), csv.bytes);
  });
  afterAll(() => {
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get csv() {
      if (csv === null) throw new Error('the generated CSV exists only inside the tests');
      return csv;
    },
    get path() {
      return path();
    },
  };
}
