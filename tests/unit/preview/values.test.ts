import { describe, expect, it } from 'vitest';
import {
  classifyValue,
  hasPercentSign,
  isMissing,
  parseBoolean,
  parseDate,
  parseDateValue,
  parseNumber,
  parseTime,
} from '../../../lib/preview/values';

describe('parseNumber', () => {
  it.each([
    ['1 234,5', ',', 1234.5],
    ['1\u00a0234,5', ',', 1234.5],
    ['1\u202f234\u202f567', ',', 1234567],
    ['1.234.567,89', ',', 1234567.89],
    ['3,14', ',', 3.14],
    ['-0,5', ',', -0.5],
    [',5', ',', 0.5],
    ['0', ',', 0],
    ['1,234.5', '.', 1234.5],
    ['3.14', '.', 3.14],
    ['1e3', '.', 1000],
    ['  42  ', '.', 42],
    ['88,14%', ',', 88.14],
    ['12 %', '.', 12],
  ] as const)('%s with %s → %s', (raw, sep, expected) => {
    expect(parseNumber(raw, sep)).toBe(expected);
  });

  it.each([
    ['01001', ','],
    ['007', '.'],
    ['2A004', ','],
    ['1,2', '.'],
    ['1.5', ','],
    ['12,34,5', '.'],
    ['1 23', ','],
    ['abc', '.'],
    ['', '.'],
    ['-', '.'],
    ['5,', ','],
    ['+33612345678', '.'],
  ] as const)('%s with %s → null', (raw, sep) => {
    expect(parseNumber(raw, sep)).toBeNull();
  });
});

describe('dates and times', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024/03/01', '2024-03-01'],
    ['01/03/2024', '2024-03-01'],
    ['1/3/2024', '2024-03-01'],
    ['29/02/2024', '2024-02-29'],
    ['2024-03-01T10:30:00', '2024-03-01T10:30:00'],
    ['2024-03-01 10:30', '2024-03-01T10:30:00'],
    ['2024-03-01T10:30:00.123Z', '2024-03-01T10:30:00.123Z'],
    ['2024-03-01T10:30:00+0100', '2024-03-01T10:30:00+01:00'],
    ['01/03/2024 08:05', '2024-03-01T08:05:00'],
  ])('%s → %s', (raw, expected) => {
    expect(parseDateValue(raw)).toBe(expected);
  });

  it.each(['29/02/2023', '2024-13-01', '32/01/2024', '2024-03-01T25:00', '20240301', '03-2024', 'hier'])(
    '%s is not a date',
    (raw) => {
      expect(parseDateValue(raw)).toBeNull();
    },
  );

  it('keeps a date alone apart from a date-time', () => {
    expect(parseDate('2024-03-01T10:30')).toBeNull();
  });

  it.each([
    ['14:30', '14:30:00'],
    ['8:05:09', '08:05:09'],
    ['14h30', '14:30:00'],
  ])('time %s → %s', (raw, expected) => {
    expect(parseTime(raw)).toBe(expected);
  });
  it('refuses impossible times', () => {
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('12:60')).toBeNull();
  });
});

describe('isMissing, parseBoolean, hasPercentSign', () => {
  it.each(['', '   ', 'NA', 'N/A', 'null', 'NULL', '-', 'nan', 'NaN', '#N/A', 'nd'])('%j is missing', (raw) => {
    expect(isMissing(raw)).toBe(true);
  });
  it.each(['0', 'Nantes', 'n', 'NAN1', '-3,22', 'Paris', '--1'])('%j is a value', (raw) => {
    expect(isMissing(raw)).toBe(false);
  });
  it('decides on its shortcuts as the marker list does, on random short cells', () => {
    const markers = ['', 'na', 'n/a', 'n.a.', '#n/a', 'nan', 'null', 'none', 'nil', '-', '--', 'nd', 'n.d.'];
    const alphabet = ['n', 'N', 'a', 'A', '/', '.', '#', '-', 'd', 'u', 'l', ' ', '\u00a0', '\t', '1', 'x', 'İ'];
    let seed = 3;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const cells = markers.flatMap((m) => [m, m.toUpperCase(), ` ${m}\t`, `\u00a0${m}`]);
    for (let i = 0; i < 30_000; i++) {
      cells.push(
        Array.from({ length: Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
      );
    }
    const disagreements = cells.filter((cell) => isMissing(cell) !== markers.includes(cell.trim().toLowerCase()));
    expect(disagreements).toEqual([]);
  });
  it('reads booleans in French and English, digits only on request', () => {
    expect(parseBoolean('Oui')).toBe(true);
    expect(parseBoolean('FAUX')).toBe(false);
    expect(parseBoolean('yes')).toBe(true);
    expect(parseBoolean('1')).toBeNull();
    expect(parseBoolean('1', { digits: true })).toBe(true);
    expect(parseBoolean('0', { digits: true })).toBe(false);
  });
  it('sees percent signs after a number only', () => {
    expect(hasPercentSign('88,14 %')).toBe(true);
    expect(hasPercentSign('%')).toBe(false);
  });
});

describe('classifyValue', () => {
  it.each([
    ['', ',', 'empty'],
    ['NA', ',', 'empty'],
    ['oui', ',', 'boolean'],
    ['42', ',', 'integer'],
    ['1 234', ',', 'integer'],
    ['3,14', ',', 'decimal'],
    ['3.14', '.', 'decimal'],
    ['3.14', ',', 'text'],
    ['01001', ',', 'text'],
    ['2A004', ',', 'text'],
    ['12345678901234567890', '.', 'text'],
    ['2024-03-01', '.', 'date'],
    ['01/03/2024', '.', 'date'],
    ['2024-03-01T10:30:00Z', '.', 'datetime'],
    ['10:30', '.', 'time'],
    ['Lyon', '.', 'text'],
  ] as const)('%j with %s → %s', (raw, sep, expected) => {
    expect(classifyValue(raw, sep)).toBe(expected);
  });
});
