import type { Lang } from '../../i18n';

export interface DateParts {
  year: string;
  /** `2025-04-07`, in the portal's time zone like every date the interface shows. */
  iso: string;
  day: string;
  month: string;
  monthName: string;
}

/** Calendar parts in Europe/Paris, as `formatDate` shows them, so a notice and its citation agree on the day. */
export function dateParts(iso: string | null, lang: Lang): DateParts | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Europe/Paris',
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'Europe/Paris' }).format(d);
  const year = get('year');
  const month = get('month');
  const day = get('day');
  return { year, month, day, monthName, iso: `${year}-${month}-${day}` };
}
