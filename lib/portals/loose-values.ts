/**
 * Dates and sizes as older portals print them for people rather than programs (DKAN on Drupal 7:
 * "mar, 10/12/2019 - 09:23", "42 octets"), turned into what the model stores.
 */

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
/** Day first, as French (and most European) portals write it: 10/12/2019 is the 10th of December. */
const DAY_MONTH_YEAR = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\D{1,5}(\d{1,2})[:h](\d{2}))?/i;
const FRENCH_MONTH =
  /\b(\d{1,2})(?:er)?\s+(janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)[a-zéû]*\.?\s+(\d{4})(?:\D{1,5}(\d{1,2})[:h](\d{2}))?/i;
const MONTHS: Record<string, number> = {
  janv: 1,
  févr: 2,
  fevr: 2,
  mars: 3,
  avr: 4,
  mai: 5,
  juin: 6,
  juil: 7,
  août: 8,
  aout: 8,
  sept: 9,
  oct: 10,
  nov: 11,
  déc: 12,
  dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function isoFrom(year: number, month: number, day: number, hour?: string, minute?: string): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) return date;
  const h = Number(hour);
  const m = Number(minute);
  if (h > 23 || m > 59) return date;
  return `${date}T${pad(h)}:${pad(m)}:00`;
}

/**
 * An ISO 8601 date from what a portal wrote: ISO as is (a space before the time becomes `T`; no time zone is
 * invented when none is given), day-first numeric dates and French month names anywhere in the string
 * ("Date changed  jeu, 19/12/2019 - 03:00"). Null when nothing date-like is found.
 */
export function parseLooseDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  const iso = ISO.exec(s);
  if (iso) {
    const [, date, hm, seconds, zone] = iso;
    if (!hm) return date ?? null;
    return `${date}T${hm}${seconds ?? ':00'}${zone ? zone.toUpperCase() : ''}`;
  }
  const numeric = DAY_MONTH_YEAR.exec(s);
  if (numeric) return isoFrom(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]), numeric[4], numeric[5]);
  const named = FRENCH_MONTH.exec(s);
  if (named) {
    const month = MONTHS[named[2]?.toLowerCase() ?? ''];
    if (month) return isoFrom(Number(named[3]), month, Number(named[1]), named[4], named[5]);
  }
  return null;
}

/** Drupal's `format_size` (what DKAN prints) counts 1024 per step, in French "octets, Ko, Mo, Go". */
const UNIT_FACTORS: Record<string, number> = {
  '': 1,
  b: 1,
  byte: 1,
  bytes: 1,
  o: 1,
  octet: 1,
  octets: 1,
  k: 1024,
  kb: 1024,
  ko: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mo: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  go: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
  to: 1024 ** 4,
  tib: 1024 ** 4,
};

/**
 * Bytes from a number or a printed size ("42 octets", "1,5 Mo", "18918924"). Zero counts as unknown: portals
 * write 0 when nobody measured the file (opendata.swiss `byte_size: 0` on real PDFs), and "0 B" would mislead.
 */
export function parseLooseSize(value: number | string | null | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.round(value) : null;
  const s = value
    ?.trim()
    .replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '$1')
    .toLowerCase();
  if (!s) return null;
  const m = /^(\d+(?:[.,]\d+)?)\s*([a-zé]*)$/.exec(s);
  if (!m?.[1]) return null;
  const factor = UNIT_FACTORS[m[2] ?? ''];
  if (factor === undefined) return null;
  const bytes = Math.round(Number(m[1].replace(',', '.')) * factor);
  return bytes > 0 ? bytes : null;
}
