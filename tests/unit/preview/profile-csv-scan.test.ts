import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../../lib/preview/accumulators/strings';
import { CsvScanner, detectNewline, guessNewline, type Newline } from '../../../lib/preview/csv-scan';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the scanner over `text` cut into pieces at the given offsets, as batches would cut it. */
function scanInPieces(text: string, delimiter: string, newline: Newline, cuts: number[]): string[][] {
  const scanner = new CsvScanner(64, delimiter, newline);
  const rows: string[][] = [];
  const onRow = (batch: string, cells: number) => {
    const row: string[] = [];
    for (let c = 0; c < cells; c++) {
      const value = scanner.quoted[c] ?? batch.slice(scanner.starts[c], scanner.ends[c]);
      expect(scanner.hashes[c], `hash of ${value}`).toBe(hashString(value));
      row.push(value);
    }
    rows.push(row);
  };
  let carry = '';
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const last = cut === text.length;
    const input = carry + text.slice(from, cut);
    carry = input.slice(scanner.scan(input, 0, last, onRow));
    from = cut;
  }
  return rows;
}

const PIECES = [
  'plain',
  'Échange',
  'l’été 3,50 €',
  // A byte order mark inside the text is text (the decoder has skipped the file's own).
  'x\ufeff',
  '',
  ' spaced ',
  '"q;uoted"',
  '"with ""escaped"" quotes"',
  '"multi\nline"',
  '"crlf\r\ninside"',
  'mid"quote',
  '"closed"  ',
  'a\rb',
  '12,5',
  '"',
  '"x"y"',
];

function randomCsv(r: () => number, delimiter: string, newline: string, rows: number): string {
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const width = 1 + Math.floor(r() * 5);
    const cells = Array.from({ length: width }, () => {
      const piece = PIECES[Math.floor(r() * PIECES.length)]!;
      return piece.replaceAll(';', delimiter === ';' ? ';' : delimiter);
    });
    lines.push(cells.join(delimiter));
  }
  return lines.join(newline) + (r() < 0.5 ? newline : '');
}

describe('CsvScanner', () => {
  it('reads random tricky CSV exactly as PapaParse does, however the batches cut it', () => {
    const r = random(2026);
    for (let round = 0; round < 400; round++) {
      const delimiter = [';', ',', '\t', '|'][round % 4]!;
      const newline = (['\r\n', '\n', '\r'] as const)[Math.floor(r() * 3)]!;
      const text = randomCsv(r, delimiter, newline, 1 + Math.floor(r() * 20));
      // A quote left open at the end of the file is read differently by design: skip such files.
      const papa = Papa.parse<string[]>(text, { delimiter, newline });
      if (papa.errors.some((e) => e.code === 'MissingQuotes')) continue;
      const cuts = Array.from({ length: Math.floor(r() * 6) }, () => Math.floor(r() * text.length)).sort(
        (a, b) => a - b,
      );
      // Blank lines (one empty cell) are no rows to the profiler; PapaParse also reports one after a final line break.
      const filled = (rows: string[][]) => rows.filter((row) => !(row.length === 1 && row[0] === ''));
      const rows = scanInPieces(text, delimiter, newline, cuts);
      expect(filled(rows), JSON.stringify({ text, cuts })).toEqual(filled(papa.data));
    }
  });

  it('gives the start of an incomplete row back, without calling back for it', () => {
    const scanner = new CsvScanner(4, ';', '\r\n');
    const seen: number[] = [];
    const text = 'a;b\r\nc;"d\r\n';
    expect(scanner.scan(text, 0, false, (_t, cells) => seen.push(cells))).toBe(5);
    expect(seen).toEqual([2]);
    expect(scanner.scan('a;b\r', 0, false, () => seen.push(-1))).toBe(0);
    expect(scanner.scan('x\r\na;b\r\nc', 3, false, (_t, cells) => seen.push(cells))).toBe(8);
    expect(seen).toEqual([2, 2]);
  });

  it('records only the first `width` cells but counts them all', () => {
    const scanner = new CsvScanner(2, ',', '\n');
    let cells = 0;
    scanner.scan('1,2,3,4\n', 0, true, (_t, n) => {
      cells = n;
    });
    expect(cells).toBe(4);
    expect([...scanner.starts]).toEqual([0, 2]);
  });

  it('guesses the line break PapaParse guesses, quoted sections and mixed breaks included', () => {
    const pieces = ['a', ';', '\r', '\n', '\r\n', '"', '"x\r\ny"', '"\n"', '""', '\r"', '"\r', 'é', '\ufeff'];
    const r = random(14);
    const texts = ['', 'a;b', '\r', '\n\r\n\r', '"\r\n\r\n"\n', 'a\r"\n', 'a\r"q"\nb\rc\r'];
    for (let round = 0; round < 2000; round++) {
      texts.push(Array.from({ length: Math.floor(r() * 30) }, () => pieces[Math.floor(r() * pieces.length)]).join(''));
    }
    for (const text of texts) {
      const papa = Papa.parse<string[]>(text, { delimiter: ';', preview: 1 }).meta.linebreak;
      expect([text, guessNewline(text)]).toEqual([text, papa]);
    }
    // Past its first megabyte PapaParse looks no further, and a quote opened before that point stays open.
    const long = `${'a\n'.repeat(600_000)}"${'b\r'.repeat(10)}"`;
    expect(guessNewline(long)).toBe(Papa.parse<string[]>(long, { delimiter: ';', preview: 1 }).meta.linebreak);
    const cut = `${'a\r\n'.repeat(100_000)}"${'b\r'.repeat(400_000)}"`;
    expect(guessNewline(cut)).toBe('\r');
    // PapaParse drops a leading byte order mark before it counts its megabyte.
    const marked = `\ufeff${'x'.repeat(1024 * 1024 - 1)}\r`;
    expect(guessNewline(marked)).toBe('\r');
    expect(guessNewline(marked)).toBe(Papa.parse<string[]>(marked, { delimiter: ';', preview: 1 }).meta.linebreak);
    expect(guessNewline(cut)).toBe(Papa.parse<string[]>(cut, { delimiter: ';', preview: 1 }).meta.linebreak);
  });

  it('detects the line break from the first one', () => {
    expect(detectNewline('a;b\r\nc')).toBe('\r\n');
    expect(detectNewline('a;b\nc\r\n')).toBe('\n');
    expect(detectNewline('a;b\rc')).toBe('\r');
    expect(detectNewline('a;b')).toBe('\n');
  });
});
