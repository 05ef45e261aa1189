/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC), without Date objects:
 * the whole-file profiler converts millions of cells. Algorithms from Howard Hinnant, "chrono-Compatible
 * Low-Level Date Algorithms".
 */

export const MS_PER_DAY = 86_400_000;

/** Day number of a civil date (`month` 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Months since year 0 (`year * 12 + month - 1`) of a day number. */
export function monthIndexOfDay(days: number): number {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** Day number of the ISO date starting `iso` (`yyyy-mm-dd…`), as `parseDateValue` writes it. */
export function dayOfIso(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoOfDay(days: number): string {
  const months = monthIndexOfDay(days);
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(days - daysFromCivil(year, month, 1) + 1)}`;
}

export function isoOfMonth(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  return `${pad(year, 4)}-${pad(monthIndex - year * 12 + 1)}`;
}

export function dayOfMonthIndex(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return daysFromCivil(year, monthIndex - year * 12 + 1, 1);
}
