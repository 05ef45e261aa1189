import { describe, expect, it } from 'vitest';
import {
  headerSuggestsFlag,
  inferColumn,
  isSiren,
  isSiret,
  luhnValid,
  normalizeHeader,
  tolerance,
} from '../../../lib/preview/infer-types';

const infer = (header: string, values: string[], delimiter: ',' | ';' = ',') => {
  const c = inferColumn(header, values, { delimiter });
  return `${c.type}${c.format ? `/${c.format}` : ''}${c.decimalSeparator ? ` ${c.decimalSeparator}` : ''}`;
};
const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

describe('inferColumn: types', () => {
  it.each([
    ['n', ['1', '2', '30'], ',', 'integer'],
    ['n', ['1,5', '2', '3,25'], ';', 'decimal ,'],
    ['n', ['1.5', '2', '3.25'], ',', 'decimal .'],
    // Dot decimals in a semicolon file: the values decide, not the delimiter.
    ['n', ['1.5', '2.75', '3.25'], ';', 'decimal .'],
    ['n', ['1 234,5', '12,5', '1 000 000'], ';', 'decimal ,'],
    ['ok', ['oui', 'non', 'Oui'], ',', 'boolean'],
    ['ok', ['true', 'false', ''], ',', 'boolean'],
    ['est_actif', ['0', '1', '1'], ',', 'boolean'],
    ['is_open', ['1', '0'], ',', 'boolean'],
    ['hasParking', ['1', '0'], ',', 'boolean'],
    ['nombre', ['0', '1', '1'], ',', 'integer'],
    ['d', ['2024-01-01', '2024-02-29', ''], ',', 'date'],
    ['d', ['01/01/2024', '29/02/2024'], ';', 'date'],
    ['d', ['2024-01-01T10:00:00', '2024-01-02 11:30'], ',', 'datetime'],
    ['d', ['2024-01-01T10:00:00', '2024-01-02'], ',', 'datetime'],
    ['h', ['10:00', '23:59:59'], ',', 'time'],
    ['t', ['Lyon', 'Paris', '12'], ',', 'text'],
    ['t', ['', 'NA', '-'], ',', 'empty'],
  ] as const)('%s %j (%s) → %s', (header, values, delimiter, expected) => {
    expect(infer(header, [...values], delimiter)).toBe(expected);
  });

  it('tolerates a few bad cells among many, not a real mix', () => {
    expect(tolerance(100)).toBe(2);
    expect(tolerance(10_000)).toBe(5);
    expect(tolerance(20)).toBe(0);
    const numbers = many(200, (i) => String(i + 1));
    expect(infer('n', [...numbers.slice(0, 197), 'n/c', '?', 'erreur'])).toBe('integer');
    expect(infer('n', [...numbers.slice(0, 190), ...many(10, () => 'texte')])).toBe('text');
  });

  it('never reads a column with leading zeros as numbers, whatever the tolerance', () => {
    const values = [...many(199, (i) => String(10_000 + i)), '01234'];
    expect(infer('valeur', values)).toBe('text');
    expect(infer('valeur', ['0', '0,5', '12'], ';')).toBe('decimal ,');
    // Signed: a minus before a leading zero marks a code too; before 1–9 it is a negative number.
    expect(infer('valeur', [...many(199, (i) => String(-10_000 - i)), '-01234'])).toBe('text');
    expect(infer('valeur', [...many(199, (i) => String(-10_000 - i)), '-1234', ' -0'])).toBe('integer');
  });
});

describe('inferColumn: formats', () => {
  it.each([
    ['code_commune', ['01001', '2A004', '75056'], 'text/code_commune_insee'],
    ['Code INSEE', ['75056', '69123'], 'text/code_commune_insee'],
    // A letter code settles it without a header.
    ['lieu', ['01001', '2B033'], 'text/code_commune_insee'],
    ['code_postal', ['01400', '75001', '97139'], 'text/code_postal'],
    ['CP', ['75001', '69002'], 'text/code_postal'],
    // Five digits and no hint: the safer reading.
    ['valeur', ['01400', '75001'], 'text'],
    ['valeur', ['75001', '69002'], 'integer'],
    ['dep', ['01', '2A', '971', '75'], 'text/code_departement'],
    ['Code département', ['13', '69'], 'text/code_departement'],
    ['dep', ['20', '01'], 'text'],
    ['reg', ['84', '11', '94'], 'text/code_region'],
    ['reg', ['84', '12'], 'integer'],
    ['siren', ['130025265', '356000000'], 'text/siren'],
    ['siret', ['13002526500013', '35600000000015'], 'text/siret'],
    ['siret', ['13002526500012'], 'integer'],
    ['annee', ['2019', '2020', '2021'], 'integer/year'],
    ['exercice', ['1799', '2020'], 'integer'],
    ['latitude', ['48.85', '-21.1'], 'decimal/latitude .'],
    ['lat', ['148.85', '21.1'], 'decimal .'],
    ['lon', ['2.35', '-61.5', '55.45'], 'decimal/longitude .'],
    ['y', ['6 860 000', '6 250 000'], 'integer'],
    ['taux', ['12,5 %', '8 %'], 'decimal/percent ,'],
    ['pourcentage', ['12.5', '8'], 'decimal/percent .'],
    ['mail', ['a@b.fr', 'c.d@e.org'], 'text/email'],
    ['site', ['https://a.fr', 'www.b.org/page'], 'text/url'],
  ] as const)('%s %j → %s', (header, values, expected) => {
    expect(infer(header, [...values])).toBe(expected);
  });

  it('recognizes SIRETs without a header hint only when there are many, all valid', () => {
    const sirets = ['13002526500013', '35600000000048', '55203253400646', '73282932000074', '54210765113030'];
    expect(infer('id', [...sirets, ...sirets])).toBe('text/siret');
    expect(infer('id', sirets)).toBe('integer');
  });
});

describe('check digits', () => {
  it('validates SIREN and SIRET with Luhn, and La Poste by digit sum', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(isSiren('130 025 265')).toBe(true);
    expect(isSiren('130025266')).toBe(false);
    expect(isSiret('13002526500013')).toBe(true);
    expect(isSiret('13002526500012')).toBe(false);
    expect(isSiret('35600000000015')).toBe(true);
    expect(luhnValid('35600000000015')).toBe(false);
    expect(isSiret('35600000000016')).toBe(false);
    expect(isSiret('1300252650001')).toBe(false);
  });
});

describe('header hints', () => {
  it('normalizes accents, case, separators and camelCase', () => {
    expect(normalizeHeader('Code Département (INSEE)')).toBe('code departement insee');
    expect(normalizeHeader('codePostal')).toBe('code postal');
  });
  it.each([
    ['est_prefecture', true],
    ['is_active', true],
    ['hasWifi', true],
    ['flag_export', true],
    ['Indicateur qualité', true],
    ['estimation', false],
    ['island', false],
    ['nombre', false],
  ])('%s suggests a flag: %s', (header, expected) => {
    expect(headerSuggestsFlag(header)).toBe(expected);
  });
});
