import type { ColumnType } from './types';

/**
 * Per-cell parsers shared by the sample typer and the whole-file profiler: one definition of what a number,
 * a date or a missing value is, so both agree on every cell.
 */

export type DecimalSeparator = '.' | ',';

const MISSING = new Set(['', 'na', 'n/a', 'n.a.', '#n/a', 'nan', 'null', 'none', 'nil', '-', '--', 'nd', 'n.d.']);

/** No marker is longer than this: a longer cell that does not start or end with a space is a value. */
export const MISSING_MARKER_MAX_LENGTH = Math.max(...[...MISSING].map((m) => m.length));

/** Characters `String.prototype.trim` may remove: ASCII controls and spaces, and the Unicode spaces. */
export function mayBeSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const LOWER_N = 110;
const UPPER_N = 78;
const HASH = 35;

/** Empty or a conventional "no value" marker (`NA`, `N/A`, `null`, `-`, `nan`, `nd` for « non disponible »…). */
export function isMissing(raw: string): boolean {
  const length = raw.length;
  if (length === 0) return true;
  // Without copying: no marker has a digit, and a long cell without a space at either end is not one. Every
  // marker starts with n, # or - once trimmed (and only "n" lowercases to n), and the minus ones are "-" and "--".
  const first = raw.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  if (first !== LOWER_N && first !== UPPER_N && first !== HASH && first !== 45 && !mayBeSpace(first)) return false;
  const second = raw.charCodeAt(1);
  if (first === 45 && second >= 48 && second <= 57) return false;
  if (length > MISSING_MARKER_MAX_LENGTH && !mayBeSpace(first) && !mayBeSpace(raw.charCodeAt(length - 1))) return false;
  return MISSING.has(raw.trim().toLowerCase());
}

// Thousands separators: spaces of every kind (French typography uses U+00A0 and U+202F) and the "other" mark.
const GROUP_CHARS: Record<DecimalSeparator, string> = { ',': ' \u00a0\u202f.', '.': ' \u00a0\u202f,' };

const NUMBER_PATTERNS: Record<DecimalSeparator, RegExp> = {
  ',': numberPattern(','),
  '.': numberPattern('.'),
};

function numberPattern(sep: DecimalSeparator): RegExp {
  const group = `[${GROUP_CHARS[sep]}]`;
  const dec = sep === '.' ? '\\.' : ',';
  // Grouped integers must be well formed (1-3 digits then groups of 3 with one separator kind), so that
  // "1,2" in a dot-decimal file is not read as 12 (wireservice/csvkit#805).
  return new RegExp(`^(-)?(\\d{1,3}(?:(${group})\\d{3})(?:\\3\\d{3})*|\\d*)(?:${dec}(\\d+))?(?:[eE]([+-]?\\d+))?$`);
}

interface ScannedNumber {
  value: number;
  integer: boolean;
  /** Significant digits of the integer part: past 15 a double cannot hold them. */
  intDigits: number;
}

const PLUS = 43;
const PERCENT = 37;
const LOWER_E = 101;
const UPPER_E = 69;

/**
 * False for cells no number pattern can match, decided on character codes: a character that is neither a
 * digit, a sign, a separator, an exponent, a percent sign nor a space, or a minus sign that neither leads
 * nor follows an exponent ("2024-000123", "12/03/2024", "Paris"). Typing a column tests every distinct
 * value under both decimal separators, and most text values stop here instead of in a regular expression.
 */
function mayBeNumber(raw: string): boolean {
  let seenDigit = false;
  let previous = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) seenDigit = true;
    else if (c === MINUS || c === PLUS) {
      if (
        previous !== LOWER_E &&
        previous !== UPPER_E &&
        (c === PLUS || seenDigit || (previous !== -1 && !mayBeSpace(previous)))
      ) {
        return false;
      }
    } else if (c !== 46 && c !== 44 && c !== PERCENT && c !== LOWER_E && c !== UPPER_E && !mayBeSpace(c)) {
      return false;
    }
    previous = c;
  }
  return seenDigit;
}

function scanNumber(raw: string, decimalSeparator: DecimalSeparator): ScannedNumber | null {
  if (!mayBeNumber(raw)) return null;
  // A trailing percent sign keeps the number as written ("88,14 %" → 88.14): the column gets the percent format.
  const trimmed = raw.trim();
  const text = trimmed.charCodeAt(trimmed.length - 1) === PERCENT ? trimmed.replace(/\s*%$/, '') : trimmed;
  const m = NUMBER_PATTERNS[decimalSeparator].exec(text);
  if (!m) return null;
  const [, sign, intRaw = '', , frac, exp] = m;
  const intPart = intRaw.replace(/[^0-9]/g, '');
  if (intPart === '' && frac === undefined) return null;
  // Leading zeros mark codes (INSEE, postcodes, phone numbers), never numbers; "0" and "0,5" are numbers.
  if (intPart.length > 1 && intPart.startsWith('0')) return null;
  const value = Number(`${sign ?? ''}${intPart || '0'}${frac === undefined ? '' : `.${frac}`}${exp ? `e${exp}` : ''}`);
  if (!Number.isFinite(value)) return null;
  return { value, integer: frac === undefined && exp === undefined, intDigits: intPart.length };
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const MINUS = 45;
/** Past 15 digits the digits no longer fit a double exactly and the shortcut below could round differently. */
const MAX_FAST_DIGITS = 15;
/**
 * 10^0 to 10^15, the divisors of `plainNumber`: the same doubles as `10 ** n`, which V8 computes through
 * `Math.pow` at about 90 ns a call, twice the whole rest of a cell's reading (measured on the bench's coordinates).
 */
const POWERS_OF_TEN = Array.from({ length: MAX_FAST_DIGITS + 1 }, (_, n) => Number(`1e${n}`));

/**
 * `parseNumber` for the plain cells that make up nearly all of a numeric column (`-?\d+([sep]\d+)?`, at most 15
 * digits, no leading zero), computed on character codes in place, without a regular expression or a string.
 * Undefined for any other cell (spaces, groups, exponent, percent, leading zeros…): `parseNumber` decides
 * those. The result is the same double: integers below 2^53 and powers of ten up to 10^22 are exact, and IEEE
 * division of two exact values is correctly rounded, like `Number()`. A unit test checks agreement.
 */
export function plainNumber(
  text: string,
  start: number,
  end: number,
  decimalSeparator: DecimalSeparator,
): number | undefined {
  let i = text.charCodeAt(start) === MINUS ? start + 1 : start;
  const firstDigit = i;
  let digits = 0;
  let mantissa = 0;
  let fraction = -1;
  const separator = decimalSeparator.charCodeAt(0);
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      mantissa = mantissa * 10 + (c - DIGIT_0);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === separator && fraction < 0 && i > firstDigit) {
      fraction = 0;
    } else {
      return undefined;
    }
  }
  const leadingZero = text.charCodeAt(firstDigit) === DIGIT_0 && (fraction < 0 ? digits : digits - fraction) > 1;
  if (digits === 0 || fraction === 0 || digits > MAX_FAST_DIGITS || leadingZero) return undefined;
  const value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction]! : mantissa;
  return firstDigit > start ? -value : value;
}

/**
 * The number a cell holds, read with the file's decimal separator: "1 234,5" → 1234.5 with ",", "1,234.5" →
 * 1234.5 with ".". Thousands separators must group by three. A trailing "%" is allowed and ignored. Null
 * for anything else, including codes with leading zeros ("01001").
 */
export function parseNumber(raw: string, decimalSeparator: DecimalSeparator): number | null {
  return plainNumber(raw, 0, raw.length, decimalSeparator) ?? parseNumberByPattern(raw, decimalSeparator);
}

/**
 * `parseNumber(raw, ',')` and `parseNumber(raw, '.')`, written at `at` in `commas` and `dots` (NaN for null):
 * what typing needs of every distinct value to choose a column's decimal separator, in arrays of doubles rather
 * than of boxed numbers and nulls. A plain cell (`plainNumber` under one of them) is read once: under the other
 * separator, a plain integer reads the same, and a plain decimal reads only as a thousands group ("1,234" with
 * "." → 1234: one to three digits, the mark, three digits), which the pattern then decides; any other is no
 * number, decided without the regular expression. A unit test checks agreement.
 */
export function readNumbers(raw: string, commas: Float64Array, dots: Float64Array, at: number): void {
  const comma = plainNumber(raw, 0, raw.length, ',');
  if (comma !== undefined) {
    commas[at] = comma;
    dots[at] = plainReadOtherwise(raw, ',', comma) ?? Number.NaN;
    return;
  }
  const dot = plainNumber(raw, 0, raw.length, '.');
  if (dot !== undefined) {
    dots[at] = dot;
    commas[at] = plainReadOtherwise(raw, '.', dot) ?? Number.NaN;
    return;
  }
  commas[at] = parseNumberByPattern(raw, ',') ?? Number.NaN;
  dots[at] = parseNumberByPattern(raw, '.') ?? Number.NaN;
}

/** A plain cell read with `separator` as `value`, read with the other separator. */
function plainReadOtherwise(raw: string, separator: DecimalSeparator, value: number): number | null {
  const mark = raw.indexOf(separator);
  if (mark < 0) return value;
  const intDigits = raw.charCodeAt(0) === MINUS ? mark - 1 : mark;
  if (intDigits > 3 || raw.length - mark - 1 !== 3) return null;
  return parseNumberByPattern(raw, separator === ',' ? '.' : ',');
}

/** `parseNumber` without the fast path: the reference `plainNumber` must agree with (a unit test checks). */
export function parseNumberByPattern(raw: string, decimalSeparator: DecimalSeparator): number | null {
  return scanNumber(raw, decimalSeparator)?.value ?? null;
}

/** True when the cell ends with a percent sign: the number is a percentage. */
export function hasPercentSign(raw: string): boolean {
  if (!raw.includes('%')) return false;
  return /\d\s*%$/.test(raw.trim());
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = m === 2 && !leap ? 28 : (DAYS_IN_MONTH[m - 1] ?? 0);
  return d <= max;
}

function validTime(h: number, min: number, s: number): boolean {
  return h < 24 && min < 60 && s < 60;
}

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

const ISO_DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})$/;
// French order only: portals in scope write day first, and reading 03/04 both ways would be a guess.
const FR_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})?$/;
const FR_DATETIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2})[:h](\d{2})(?::(\d{2}))?$/;
const TIME = /^(\d{1,2})[:h](\d{2})(?::(\d{2})(\.\d+)?)?$/;

function dateString(y: string, m: string, d: string): string | null {
  return validDate(Number(y), Number(m), Number(d)) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function zone(z: string | undefined): string {
  if (!z) return '';
  if (z === 'Z') return 'Z';
  return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
}

function datetimeString(
  date: string | null,
  h: string,
  min: string,
  s: string | undefined,
  fraction: string | undefined,
  tz: string | undefined,
): string | null {
  if (!date || !validTime(Number(h), Number(min), Number(s ?? 0))) return null;
  return `${date}T${pad(h)}:${min}:${s ?? '00'}${fraction ?? ''}${zone(tz)}`;
}

/** The number written by the `count` digits at `start`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i);
    if (c < DIGIT_0 || c > DIGIT_9) return -1;
    n = n * 10 + (c - DIGIT_0);
  }
  return n;
}

const SLASH = 47;
const DOT = 46;

/**
 * `parseDate` for the two shapes nearly all date columns use, `yyyy-mm-dd` and `dd/mm/yyyy` (ten characters,
 * no spaces), read on character codes without a regular expression or a trimmed copy; undefined for any other
 * cell, which the patterns then read. Each distinct date is read twice (typing, then the profile), and the
 * patterns were a twentieth of the bench's sample analysis. A unit test checks agreement.
 */
function plainDate(raw: string): string | null | undefined {
  if (raw.length !== 10) return undefined;
  const third = raw.charCodeAt(2);
  const fifth = raw.charCodeAt(4);
  if ((fifth === MINUS || fifth === SLASH) && (raw.charCodeAt(7) === MINUS || raw.charCodeAt(7) === SLASH)) {
    const y = digitsAt(raw, 0, 4);
    const m = digitsAt(raw, 5, 2);
    const d = digitsAt(raw, 8, 2);
    if (y < 0 || m < 0 || d < 0) return undefined;
    if (!validDate(y, m, d)) return null;
    return fifth === MINUS && raw.charCodeAt(7) === MINUS
      ? raw
      : `${raw.slice(0, 4)}-${raw.slice(5, 7)}-${raw.slice(8)}`;
  }
  if ((third === SLASH || third === DOT || third === MINUS) && raw.charCodeAt(5) === third) {
    const d = digitsAt(raw, 0, 2);
    const m = digitsAt(raw, 3, 2);
    const y = digitsAt(raw, 6, 4);
    if (y < 0 || m < 0 || d < 0) return undefined;
    if (!validDate(y, m, d)) return null;
    return `${raw.slice(6)}-${raw.slice(3, 5)}-${raw.slice(0, 2)}`;
  }
  return undefined;
}

/** A date alone: `2024-03-01`, `2024/03/01`, `01/03/2024`, `1.3.2024` → `2024-03-01`; null otherwise. */
export function parseDate(raw: string): string | null {
  const plain = plainDate(raw);
  return plain === undefined ? parseDateByPattern(raw) : plain;
}

/** `parseDate` without the fast path: the reference `plainDate` must agree with (a unit test checks). */
export function parseDateByPattern(raw: string): string | null {
  const text = raw.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return dateString(iso[1]!, iso[2]!, iso[3]!);
  const fr = FR_DATE.exec(text);
  if (fr) return dateString(fr[4]!, fr[3]!, fr[1]!);
  return null;
}

/** A date with a time: ISO 8601 (`T` or space, seconds, fraction and offset optional) or `dd/mm/yyyy hh:mm`. */
export function parseDatetime(raw: string): string | null {
  const text = raw.trim();
  const iso = ISO_DATETIME.exec(text);
  if (iso) return datetimeString(dateString(iso[1]!, iso[2]!, iso[3]!), iso[4]!, iso[5]!, iso[6], iso[7], iso[8]);
  const fr = FR_DATETIME.exec(text);
  if (fr) return datetimeString(dateString(fr[3]!, fr[2]!, fr[1]!), fr[4]!, fr[5]!, fr[6], undefined, undefined);
  return null;
}

/** An ISO date (`yyyy-mm-dd`) or date-time (`yyyy-mm-ddThh:mm:ss…`) for a cell holding either; null otherwise. */
export function parseDateValue(raw: string): string | null {
  return parseDate(raw) ?? parseDatetime(raw);
}

/** A time of day: `14:30`, `14:30:05`, `14h30` → `14:30:00`; null otherwise. */
export function parseTime(raw: string): string | null {
  const m = TIME.exec(raw.trim());
  if (!m || !validTime(Number(m[1]), Number(m[2]), Number(m[3] ?? 0))) return null;
  return `${pad(m[1]!)}:${m[2]}:${m[3] ?? '00'}${m[4] ?? ''}`;
}

const TRUE_WORDS = new Set(['true', 'vrai', 'oui', 'yes']);
const FALSE_WORDS = new Set(['false', 'faux', 'non', 'no']);

/**
 * The boolean a cell holds as a word (true/false, vrai/faux, oui/non, yes/no). `0`/`1` only with
 * `digits: true`, which callers pass when the column header says it is a flag: alone they are integers.
 */
export function parseBoolean(raw: string, options: { digits?: boolean } = {}): boolean | null {
  const text = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(text) || (options.digits && text === '1')) return true;
  if (FALSE_WORDS.has(text) || (options.digits && text === '0')) return false;
  return null;
}

/** Past this many integer digits a number is an identifier (and a double would round it). */
const MAX_NUMBER_DIGITS = 15;

/** The narrowest type one cell fits; the column's type is decided over all its cells by `infer-types`. */
export function classifyValue(raw: string, decimalSeparator: DecimalSeparator): ColumnType {
  // Most cells of a numeric column are plain: read without a regular expression (`plainNumber`).
  if (plainNumber(raw, 0, raw.length, decimalSeparator) !== undefined) {
    return raw.includes(decimalSeparator) ? 'decimal' : 'integer';
  }
  if (isMissing(raw)) return 'empty';
  if (parseBoolean(raw) !== null) return 'boolean';
  const n = scanNumber(raw, decimalSeparator);
  if (n) {
    if (n.intDigits > MAX_NUMBER_DIGITS) return 'text';
    return n.integer ? 'integer' : 'decimal';
  }
  if (parseDate(raw)) return 'date';
  if (parseDatetime(raw)) return 'datetime';
  if (parseTime(raw)) return 'time';
  return 'text';
}
