import type { CodeFormat, Column, ColumnFormat, ColumnType, Delimiter } from './types';
import { ValueCounts } from './value-counts';
import {
  classifyValue,
  type DecimalSeparator,
  hasPercentSign,
  isMissing,
  parseBoolean,
  parseDate,
  parseDatetime,
  parseTime,
  readNumbers,
} from './values';

/**
 * How many cells may disagree with a column's type: a few typos must not turn a column of numbers into
 * text, but a real mix must. At most 2 % of the values and never more than a handful.
 */
export function tolerance(count: number): number {
  return Math.min(5, Math.floor(count * 0.02));
}

/** "Code Département (INSEE)" → "code departement insee"; "codePostal" → "code postal". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** True when the normalized header has one of the words or phrases (matched on word boundaries). */
function mentions(header: string, ...phrases: string[]): boolean {
  const padded = ` ${header} `;
  return phrases.some((p) => padded.includes(` ${p} `));
}

const HINTS = {
  commune: (h: string) =>
    mentions(h, 'insee', 'code commune', 'code com', 'com', 'codgeo', 'depcom', 'cog', 'codecommune'),
  postal: (h: string) => mentions(h, 'code postal', 'codes postaux', 'postal', 'cp', 'postcode', 'zip', 'codepostal'),
  departement: (h: string) => mentions(h, 'departement', 'dep', 'dept', 'dpt', 'code dep', 'codedepartement'),
  region: (h: string) => mentions(h, 'region', 'reg', 'coderegion'),
  siren: (h: string) => mentions(h, 'siren'),
  siret: (h: string) => mentions(h, 'siret'),
  latitude: (h: string) => mentions(h, 'lat', 'latitude', 'y', 'ylat', 'coordonnee y', 'coord y', 'y wgs84'),
  longitude: (h: string) => mentions(h, 'lon', 'lng', 'long', 'longitude', 'x', 'xlon', 'coordonnee x', 'coord x'),
  year: (h: string) => mentions(h, 'annee', 'year', 'exercice', 'millesime', 'an'),
  percent: (h: string) => mentions(h, '%', 'pourcentage', 'pourcent', 'percent', 'percentage', 'pct'),
};

/** Headers that announce a yes/no column, so that its 0/1 values are read as booleans. */
export function headerSuggestsFlag(header: string): boolean {
  const h = normalizeHeader(header);
  return /^(est|is|has) /.test(h) || mentions(h, 'flag', 'bool', 'booleen', 'boolean', 'indicateur');
}

// Département codes: 01–19, 21–95 (20 was split into 2A and 2B in 1976), 2A, 2B, 971–976.
const DEPARTEMENT = /^(0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2[AB]|97[1-6])$/i;
// Commune codes: a département code followed by the commune number, 5 characters in all.
const COMMUNE = /^((0[1-9]|[1-8]\d|9[0-5])\d{3}|2[AB]\d{3}|97[1-6]\d{2}|98[4-9]\d{2})$/i;
const POSTAL = /^((0[1-9]|[1-8]\d|9[0-5])\d{3}|9[78]\d{3})$/;
/** Current région codes (2016 map, plus the five overseas régions). */
const REGIONS = new Set([
  '01',
  '02',
  '03',
  '04',
  '06',
  '11',
  '24',
  '27',
  '28',
  '32',
  '44',
  '52',
  '53',
  '75',
  '76',
  '84',
  '93',
  '94',
]);
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[a-z]{2,}$/i;
const URL_VALUE = /^(https?:\/\/|www\.)[^\s]+$/i;

/** The Luhn check that SIREN and SIRET numbers carry in their last digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const compact = (v: string) => v.replace(/[\s\u00a0\u202f]/g, '');

export function isSiren(raw: string): boolean {
  const v = compact(raw);
  return /^\d{9}$/.test(v) && luhnValid(v);
}

/** La Poste's establishments all share SIREN 356000000; INSEE checks their SIRETs by digit sum (mod 5). */
export function isSiret(raw: string): boolean {
  const v = compact(raw);
  if (!/^\d{14}$/.test(v)) return false;
  if (luhnValid(v)) return true;
  if (!v.startsWith('356000000')) return false;
  return [...v].reduce((s, d) => s + Number(d), 0) % 5 === 0;
}

/** A value that looks like a number but starts with 0 is a code ("01001", "007"); "0" and "0,5" are not. */
function hasLeadingZero(v: string): boolean {
  // A cell starting with 1-9, or a minus and 1-9, cannot (the common case, decided without a copy or a regular
  // expression: a third of the bench's longitudes are negative).
  const first = v.charCodeAt(0);
  if (first >= 49 && first <= 57) return false;
  const second = v.charCodeAt(1);
  if (first === 45 && second >= 49 && second <= 57) return false;
  return /^-?0\d/.test(v.trim());
}

interface ColumnEvidence {
  /** The normalized header, for hints. */
  hint: string;
  /** The distinct non-missing values, each tested once however often it occurs… */
  values: readonly string[];
  /** …and how many cells hold each. */
  weights: readonly number[];
  /** Non-missing cells. */
  total: number;
  allowed: number;
  /**
   * Each value read as a number with either separator (NaN for none), filled by `decimalSeparatorOf` for the
   * number tests.
   */
  numbers: Record<DecimalSeparator, Float64Array>;
}

/** True when all cells but the tolerated few pass. */
function mostly(e: ColumnEvidence, test: (v: string, i: number) => boolean): boolean {
  let bad = 0;
  const { values, weights } = e;
  for (let i = 0; i < values.length; i++) {
    if (test(values[i]!, i)) continue;
    bad += weights[i]!;
    if (bad > e.allowed) return false;
  }
  return true;
}

/**
 * The separator a column uses for decimals: the one under which more of its values read as numbers;
 * on a tie (integers only, or "1.234" that reads both ways), the one the file's delimiter implies. Null as
 * soon as more values than tolerated read as no number under either: the column cannot be numeric (a value
 * `numericType` counts reads as a number), and its text values need no more reading.
 */
function decimalSeparatorOf(e: ColumnEvidence, fallback: DecimalSeparator): DecimalSeparator | null {
  let comma = 0;
  let dot = 0;
  let seen = 0;
  const commas = new Float64Array(e.values.length);
  const dots = new Float64Array(e.values.length);
  e.numbers = { ',': commas, '.': dots };
  for (let i = 0; i < e.values.length; i++) {
    readNumbers(e.values[i]!, commas, dots, i);
    const weight = e.weights[i]!;
    if (!Number.isNaN(commas[i]!)) comma += weight;
    if (!Number.isNaN(dots[i]!)) dot += weight;
    seen += weight;
    if (seen - comma > e.allowed && seen - dot > e.allowed) return null;
  }
  if (comma === dot) return fallback;
  return comma > dot ? ',' : '.';
}

function numericType(e: ColumnEvidence, sep: DecimalSeparator): 'integer' | 'decimal' | null {
  const numbers = e.numbers[sep];
  let integers = 0;
  let decimals = 0;
  let bad = 0;
  // One pass: a code with a leading zero anywhere makes the column text (null, as too many misfits do), and a
  // value \`decimalSeparatorOf\` read as no number classifies as none without being read again.
  for (let i = 0; i < e.values.length; i++) {
    const value = e.values[i]!;
    if (hasLeadingZero(value)) return null;
    const kind = Number.isNaN(numbers[i]!) ? null : classifyValue(value, sep);
    if (kind === 'integer') integers++;
    else if (kind === 'decimal') decimals++;
    else {
      bad += e.weights[i]!;
      if (bad > e.allowed) return null;
    }
  }
  return decimals > 0 ? 'decimal' : integers > 0 ? 'integer' : null;
}

/** Codes that look like numbers are read as codes only when the header says which code they are. */
function codeFormat(e: ColumnEvidence): CodeFormat | null {
  const h = e.hint;
  if (HINTS.siret(h) && mostly(e, isSiret)) return 'siret';
  if (HINTS.siren(h) && mostly(e, isSiren)) return 'siren';
  if (mostly(e, (v) => COMMUNE.test(v.trim()))) {
    // Corsican commune codes have letters, postcodes never do: the value alone then tells.
    if (HINTS.postal(h) && mostly(e, (v) => POSTAL.test(v.trim()))) return 'code_postal';
    if (HINTS.commune(h) || e.values.some((v) => /^2[AB]/i.test(v.trim()))) return 'code_commune_insee';
  }
  if (HINTS.postal(h) && mostly(e, (v) => POSTAL.test(v.trim()))) return 'code_postal';
  if (HINTS.departement(h) && mostly(e, (v) => DEPARTEMENT.test(v.trim()))) return 'code_departement';
  if (HINTS.region(h) && mostly(e, (v) => REGIONS.has(v.trim()))) return 'code_region';
  // Without a header, a column of valid SIRETs is still telling: a random 14-digit number passes 1 in 10.
  if (e.total >= 10 && mostly(e, isSiret)) return 'siret';
  if (e.total >= 10 && mostly(e, isSiren)) return 'siren';
  return null;
}

function numberFormat(e: ColumnEvidence, type: 'integer' | 'decimal', sep: DecimalSeparator): ColumnFormat | null {
  const numbers = e.numbers[sep];
  const inRange = (lo: number, hi: number) =>
    mostly(e, (_, i) => {
      // NaN, no number, is in no range.
      const n = numbers[i]!;
      return n >= lo && n <= hi;
    });
  if (mostly(e, hasPercentSign) || HINTS.percent(e.hint)) return 'percent';
  // Coordinates are decimals: whole numbers in [-90, 90] are far more often counts than latitudes.
  if (type === 'decimal' && HINTS.latitude(e.hint) && inRange(-90, 90)) return 'latitude';
  if (type === 'decimal' && HINTS.longitude(e.hint) && inRange(-180, 180)) return 'longitude';
  if (type === 'integer' && HINTS.year(e.hint) && mostly(e, (v) => /^\d{4}$/.test(v.trim())) && inRange(1800, 2100)) {
    return 'year';
  }
  return null;
}

function textFormat(e: ColumnEvidence): ColumnFormat | null {
  if (mostly(e, (v) => EMAIL.test(v.trim()))) return 'email';
  if (mostly(e, (v) => URL_VALUE.test(v.trim()))) return 'url';
  return null;
}

function temporalType(e: ColumnEvidence): ColumnType | null {
  if (mostly(e, (v) => parseDate(v) !== null)) return 'date';
  // A column that mixes dates and date-times is a date-time column with some times left out.
  if (mostly(e, (v) => parseDatetime(v) !== null || parseDate(v) !== null)) return 'datetime';
  if (mostly(e, (v) => parseTime(v) !== null)) return 'time';
  return null;
}

export interface InferOptions {
  /** The file's delimiter: a semicolon file defaults to decimal commas when values read both ways. */
  delimiter: Delimiter;
}

/** How many cells hold each value. */
export function countValues(values: readonly string[]): ValueCounts {
  const counts = new ValueCounts();
  for (const v of values) counts.add(v);
  return counts;
}

/** One column's type and format, decided over all its sampled values, never over the first few. */
export function inferColumn(header: string, rawValues: string[], options: InferOptions): Column {
  return inferColumnFromCounts(header, countValues(rawValues), options);
}

/**
 * The distinct non-missing values of a column and how many cells hold each: the counts' own arrays when no
 * value is missing (as in most columns of identifiers, amounts and coordinates), else copies without them.
 */
function presentValues(counted: ValueCounts): Pick<ColumnEvidence, 'values' | 'weights' | 'total'> {
  let total = 0;
  let i = 0;
  for (; i < counted.size && !isMissing(counted.values[i]!); i++) total += counted.counts[i]!;
  if (i === counted.size) return { values: counted.values, weights: counted.counts, total };
  const values = counted.values.slice(0, i);
  const weights = counted.counts.slice(0, i);
  for (i++; i < counted.size; i++) {
    const value = counted.values[i]!;
    if (isMissing(value)) continue;
    values.push(value);
    weights.push(counted.counts[i]!);
    total += counted.counts[i]!;
  }
  return { values, weights, total };
}

/** `inferColumn` from the column's `countValues`: each distinct value is tested once, weighted by its count. */
export function inferColumnFromCounts(header: string, counted: ValueCounts, options: InferOptions): Column {
  const name = header.trim();
  const column = (
    type: ColumnType,
    format: ColumnFormat | null = null,
    sep: DecimalSeparator | null = null,
  ): Column => ({
    name,
    type,
    format,
    decimalSeparator: sep,
  });
  const { values, weights, total } = presentValues(counted);
  if (total === 0) return column('empty');
  const e: ColumnEvidence = {
    hint: normalizeHeader(name),
    values,
    weights,
    total,
    allowed: tolerance(total),
    numbers: { ',': new Float64Array(0), '.': new Float64Array(0) },
  };

  const code = codeFormat(e);
  if (code) return column('text', code);

  const digits = headerSuggestsFlag(name);
  if (mostly(e, (v) => parseBoolean(v, { digits }) !== null)) return column('boolean');

  const sep = decimalSeparatorOf(e, options.delimiter === ';' ? ',' : '.');
  if (sep !== null) {
    const numeric = numericType(e, sep);
    if (numeric) return column(numeric, numberFormat(e, numeric, sep), numeric === 'decimal' ? sep : null);
  }
  const temporal = temporalType(e);
  if (temporal) return column(temporal);
  return column('text', textFormat(e));
}

/** Types and formats for every column of the header; rows may be ragged (missing cells count as empty). */
export function inferColumns(header: string[], rows: string[][], options: InferOptions): Column[] {
  return header.map((h, i) =>
    inferColumn(
      h,
      rows.map((r) => r[i] ?? ''),
      options,
    ),
  );
}
