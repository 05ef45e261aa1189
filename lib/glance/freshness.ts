/**
 * Is the data as fresh as its producer promised? Compares the last update with the declared frequency
 * (udata/DCAT names, or an ISO 8601 repeating interval such as `R/P1M`). Pure: the caller gives "now".
 */

const DAY = 86_400_000;

/** udata's frequency ids (udata `UPDATE_FREQUENCIES`) and the DCAT/EU vocabulary's, in days. */
const NAMED: Record<string, number> = {
  continuous: 1,
  hourly: 1 / 24,
  fourtimesaday: 0.25,
  threetimesaday: 1 / 3,
  semidaily: 0.5,
  daily: 1,
  fourtimesaweek: 7 / 4,
  threetimesaweek: 7 / 3,
  semiweekly: 3.5,
  weekly: 7,
  biweekly: 14,
  threetimesamonth: 10,
  semimonthly: 15,
  monthly: 30,
  bimonthly: 61,
  quarterly: 91,
  threetimesayear: 122,
  semiannual: 183,
  biannual: 183,
  annual: 365,
  annually: 365,
  yearly: 365,
  biennial: 730,
  triennial: 1095,
  quinquennial: 1826,
  // Free-text values portals publish (Socrata custom fields, ODS `accrualperiodicity`, French CKANs).
  quotidien: 1,
  quotidienne: 1,
  hebdomadaire: 7,
  mensuel: 30,
  mensuelle: 30,
  trimestriel: 91,
  trimestrielle: 91,
  semestriel: 183,
  semestrielle: 183,
  annuel: 365,
  annuelle: 365,
};

const ISO_UNIT_DAYS: Record<string, number> = { Y: 365, M: 30, W: 7, D: 1 };

/** Days between two expected updates, or null when the frequency promises none (`irregular`, `punctual`, unknown). */
export function frequencyDays(frequency: string | null | undefined): number | null {
  if (!frequency) return null;
  const name = frequency
    .trim()
    .replace(/^.*\/frequency\//, '')
    .replace(/[_\s-]/g, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (name in NAMED) return NAMED[name] ?? null;
  const iso = /^(?:R\d*\/)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/i.exec(frequency.trim());
  if (!iso || iso.slice(1).every((p) => p === undefined)) return null;
  const [, y, m, w, d, h] = iso;
  const days =
    Number(y ?? 0) * ISO_UNIT_DAYS.Y! +
    Number(m ?? 0) * ISO_UNIT_DAYS.M! +
    Number(w ?? 0) * ISO_UNIT_DAYS.W! +
    Number(d ?? 0) +
    Number(h ?? 0) / 24;
  return days > 0 ? days : null;
}

export type Freshness =
  | { status: 'unknown' }
  | { status: 'fresh' | 'late'; expectedDays: number; ageDays: number }
  | { status: 'undeclared'; ageDays: number };

/**
 * `late` once the age passes the period with a grace of half a period (at least two days): a monthly file
 * updated 40 days ago is on time, one updated 50 days ago is late.
 */
export function freshness(
  updated: string | null | undefined,
  frequency: string | null | undefined,
  now: Date,
): Freshness {
  if (!updated) return { status: 'unknown' };
  const time = new Date(updated).getTime();
  if (Number.isNaN(time)) return { status: 'unknown' };
  const ageDays = Math.max(0, Math.floor((now.getTime() - time) / DAY));
  const expectedDays = frequencyDays(frequency);
  if (expectedDays === null) return { status: 'undeclared', ageDays };
  const grace = Math.max(expectedDays / 2, 2);
  return { status: ageDays <= expectedDays + grace ? 'fresh' : 'late', expectedDays, ageDays };
}
