import type { ColumnType } from './types';

/**
 * Per-cell parsers shared by the sample typer and the whole-file profiler: one definition of what a number,
 * a date or a missing value is, so both agree on every cell.
 */

export type DecimalSeparator = '.' | ',';

const MISSING = new Set(['', 'na', 'n/a', 'n.a.', '#n/a', 'nan', 'null', 'none', 'nil', '-', '--', 'nd', 'n.d.']);

/** No marker is longer than this: a longer cell that does not start or end with a space is a value. */
export const MISSING_MARKER_MAX_LENGTH = Math.max(...[...MISSING].map((m) => m.length));

/** Empty or a conventional "no value" marker (`NA`, `N/A`, `null`, `-`, `nan`, `nd` for « non disponible »…). */
export function isMissing(raw: string): boolean {
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

function scanNumber(raw: string, decimalSeparator: DecimalSeparator): ScannedNumber | null {
  // A trailing percent sign keeps the number as written ("88,14 %" → 88.14): the column gets the percent format.
  const text = raw.trim().replace(/\s*%$/, '');
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

/**
 * The number a cell holds, read with the file's decimal separator: "1 234,5" → 1234.5 with ",", "1,234.5" →
 * 1234.5 with ".". Thousands separators must group by three. A trailing "%" is allowed and ignored. Null
 * for anything else, including codes with leading zeros ("01001").
 */
export function parseNumber(raw: string, decimalSeparator: DecimalSeparator): number | null {
  return scanNumber(raw, decimalSeparator)?.value ?? null;
}

/** True when the cell ends with a percent sign: the number is a percentage. */
export function hasPercentSign(raw: string): boolean {
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

/** A date alone: `2024-03-01`, `2024/03/01`, `01/03/2024`, `1.3.2024` → `2024-03-01`; null otherwise. */
export function parseDate(raw: string): string | null {
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
