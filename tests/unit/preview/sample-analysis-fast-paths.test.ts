import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NumberHistogram } from '../../../lib/preview/accumulators/number-histogram';
import { NumericSummary } from '../../../lib/preview/accumulators/numeric-summary';
import type { Newline } from '../../../lib/preview/csv-scan';
import { countValues } from '../../../lib/preview/infer-types';
import { countSampleColumns } from '../../../lib/preview/sample-columns';
import { ValueCounts } from '../../../lib/preview/value-counts';
import {
  hasPercentSign,
  parseDate,
  parseDateByPattern,
  parseNumber,
  parseNumberByPattern,
  plainNumber,
  readNumbers,
} from '../../../lib/preview/values';

describe('the fast paths of the sample analysis give the answers of the slow ones', () => {
  it('reads numbers the screen lets through and rejects what the pattern would reject', () => {
    const cases: [string, ',' | '.', number | null][] = [
      ['-12', ',', -12],
      ['  -1 234,5 ', ',', -1234.5],
      ['1e-5', '.', 1e-5],
      ['1,5e+3', ',', 1500],
      ['12,5 %', ',', 12.5],
      ['\u00a0-3\u202f000,25', ',', -3000.25],
      ['+5', '.', null],
      ['5-', '.', null],
      ['- 12', '.', null],
      ['2024-000123', '.', null],
      ['12/03/2024', ',', null],
      ['1e5-', '.', null],
      ['Paris', ',', null],
      ['%', ',', null],
      ['', ',', null],
    ];
    for (const [raw, sep, expected] of cases) expect([raw, parseNumberByPattern(raw, sep)]).toEqual([raw, expected]);
  });

  it('divides by the same powers of ten as the pattern reader, for every fraction length it reads', () => {
    const digits = '987654321098765';
    for (let intDigits = 1; intDigits < digits.length; intDigits++) {
      const cell = `-${digits.slice(0, intDigits)},${digits.slice(intDigits)}`;
      expect([cell, plainNumber(cell, 0, cell.length, ',')]).toEqual([cell, parseNumberByPattern(cell, ',')]);
    }
  });

  it('reads a cell under both decimal separators as parseNumber does under each', () => {
    const alphabet = ['0', '1', '5', '9', '-', ',', '.', ' ', '\u202f', 'e', '%', '+', 'x'];
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const cells = [
      '1,234',
      '-1,234',
      '123,456',
      '-123.456',
      '0,123',
      '1.234',
      '12,345',
      '1234,567',
      '1,2345',
      '-0',
      '0',
      '1 234,5',
    ];
    for (let i = 0; i < 20_000; i++) {
      const length = Math.floor(next() * 9);
      cells.push(Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
    }
    const commas = new Float64Array(cells.length);
    const dots = new Float64Array(cells.length);
    for (const [i, cell] of cells.entries()) readNumbers(cell, commas, dots, i);
    const orNaN = (n: number | null) => n ?? Number.NaN;
    cells.forEach((cell, i) => {
      expect([cell, commas[i], dots[i]]).toEqual([cell, orNaN(parseNumber(cell, ',')), orNaN(parseNumber(cell, '.'))]);
    });
    // The thousands groups really are read through the pattern: 1234 with one separator, 1.234 with the other.
    expect([commas[0], dots[0], commas[5], dots[5]]).toEqual([1.234, 1234, 1234, 1.234]);
  });

  it('reads the common date shapes as the date patterns do', () => {
    const cells = ['2024-03-01', '2024/03/01', '2024-03/01', '01/03/2024', '01.03.2024', '01-03-2024', '01/03.2024'];
    cells.push('2024-02-30', '29/02/2023', '29/02/2024', '00/01/2024', '2024-13-01', ' 2024-03-01', '2024-03-1 ');
    const alphabet = ['0', '1', '2', '3', '9', '/', '-', '.', ' ', 'a'];
    let seed = 11;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < 20_000; i++) {
      const chars = Array.from({ length: 10 }, () => alphabet[Math.floor(next() * alphabet.length)]!);
      // Mostly the shapes the fast path reads, with a wrong character now and then.
      const shape = next() < 0.5 ? [4, 7] : [2, 5];
      for (const at of shape) chars[at] = next() < 0.9 ? '/-.'[Math.floor(next() * 3)]! : chars[at]!;
      for (let at = 0; at < 10; at++)
        if (!shape.includes(at) && next() < 0.9) chars[at] = String(Math.floor(next() * 10));
      cells.push(chars.join(''));
    }
    let dates = 0;
    const disagreements: string[] = [];
    for (const cell of cells) {
      const reference = parseDateByPattern(cell);
      if (reference !== null) dates++;
      if (parseDate(cell) !== reference) disagreements.push(`${cell}: ${parseDate(cell)} / ${reference}`);
    }
    expect(disagreements).toEqual([]);
    expect(dates).toBeGreaterThan(100);
  });

  it('finds percent signs only after a number', () => {
    expect(hasPercentSign('12 %')).toBe(true);
    expect(hasPercentSign(' 3,5% ')).toBe(true);
    expect(hasPercentSign('%')).toBe(false);
    expect(hasPercentSign('12')).toBe(false);
  });

  it('counts a value seen n times like n values seen once, across the histogram warm-up', () => {
    const grouped = new NumberHistogram({ warmup: 8 });
    const single = new NumberHistogram({ warmup: 8 });
    const values: [number, number][] = [
      [3, 5],
      [1000, 1],
      [7, 6],
      [-20, 3],
    ];
    for (const [value, times] of values) {
      grouped.add(value, times);
      for (let i = 0; i < times; i++) single.add(value);
    }
    expect(grouped.count).toBe(15);
    expect(grouped.bins()).toEqual(single.bins());
    const summary = new NumericSummary();
    summary.add(2.5, 4);
    summary.add(-1);
    expect([summary.count, summary.min, summary.max, summary.mean]).toEqual([5, -1, 2.5, 9 / 5]);
  });

  it('counts the same rows and values as PapaParse (greedy blank lines, quotes, CRLF, ragged rows)', () => {
    const texts: [string, boolean][] = [
      ['a;b\n1;x\n2;"y;z"\n\n3;"multi\nline"\n', true],
      ['a;b\r\n1;x\r\n;\r\n  ; \r\n4\r\n5;6;7\r\n";";"""q"""\r\n', true],
      ['a;b\n1;x\n2;"open', false],
      ['a;b\n1;x\n2;y', false],
      ['a;b\n1;x\n2;y', true],
      ['a;b\n;;\n;;x\n"";""\n\t;\n', true],
      ['a,b\r1,"x\r\ny"\r2, \r', true],
    ];
    for (const [text, complete] of texts) {
      const delimiter = text.includes(';') ? ';' : ',';
      const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
      let [header, ...rows] = parsed.data;
      const unclosed = parsed.errors.some((e) => e.code === 'MissingQuotes');
      if (!complete && (unclosed || !/[\r\n]$/.test(text))) rows = rows.slice(0, -1);
      const headerEnd = text.search(/\r\n|\n|\r/) + (parsed.meta.linebreak as string).length;
      const counted = countSampleColumns(text, headerEnd, {
        delimiter,
        newline: parsed.meta.linebreak as Newline,
        width: header!.length,
        last: complete,
      });
      expect([text, counted.rows]).toEqual([text, rows.length]);
      expect(counted.raggedRows).toBe(rows.filter((r) => r.length !== header!.length).length);
      header!.forEach((_, c) => {
        const expected = countValues(rows.map((r) => r[c] ?? ''));
        expect([text, c, counted.columns[c]!.values, counted.columns[c]!.counts]).toEqual([
          text,
          c,
          expected.values,
          expected.counts,
        ]);
      });
    }
  });

  it('counts distinct values whatever their number, a value seen again costing no new entry', () => {
    const counts = new ValueCounts();
    for (let i = 0; i < 5000; i++) counts.add(String(i % 1234));
    expect(counts.size).toBe(1234);
    expect(counts.counts.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(counts.values[1233]).toBe('1233');
    expect(counts.counts[0]).toBe(5);
  });
});
