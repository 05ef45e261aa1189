import type { Lang } from '../../i18n';

export interface DateParts {
  year: string;
  /** `2025-04-07`, in the portal's time zone like every date the interface shows. */
  iso: string;
  day: string;
  month: string;
  monthName: string;
}

const NUMERIC = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/Paris',
});
// Building an Intl formatter costs far more than using one: one per language, made once.
const MONTH_NAME: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'Europe/Paris' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'Europe/Paris' }),
};

/** Calendar parts in Europe/Paris, as `formatDate` shows them, so a notice and its citation agree on the day. */
export function dateParts(iso: string | null, lang: Lang): DateParts | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const parts = NUMERIC.formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const year = get('year');
  const month = get('month');
  const day = get('day');
  return { year, month, day, monthName: MONTH_NAME[lang].format(d), iso: `${year}-${month}-${day}` };
}
