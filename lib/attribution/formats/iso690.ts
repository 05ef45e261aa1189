import { t } from '../../i18n';
import { oneLine } from '../escape';
import type { Citation } from '../notice';
import { noticeDate } from '../notice';

function sentence(value: string): string {
  return /[.!?]$/.test(value) ? value : `${value}.`;
}

/**
 * ISO 690 (2021) reference to an online dataset: Author. Title [type]. Publisher, date of update [date
 * consulted]. Licence. DOI. Availability. The French and English conventions differ in their words and in the
 * space before colons; both come from the locale files. The availability ends the reference, without a period
 * that would be read as part of the URL.
 */
export function citationToIso690(c: Citation): string {
  const { lang } = c;
  const date = noticeDate(c.date, lang);
  const accessed = noticeDate(c.accessed, lang);
  const parts: string[] = [];
  if (c.author) parts.push(sentence(c.author));
  const type = t(lang, 'attribution.citation.iso690Type');
  parts.push(c.title ? `${c.title} ${type}.` : `${type}.`);
  const edition = [c.publisher, date ? t(lang, 'attribution.citation.iso690Updated', { date }) : null]
    .filter(Boolean)
    .join(', ');
  const consulted = accessed ? t(lang, 'attribution.citation.iso690Accessed', { date: accessed }) : '';
  if (edition || consulted) parts.push(`${[edition, consulted].filter(Boolean).join(' ')}.`);
  if (c.licence) {
    const licence = c.licence.url ? `${c.licence.name} (${c.licence.url})` : c.licence.name;
    parts.push(sentence(t(lang, 'attribution.citation.licence', { licence })));
  }
  if (c.doi) parts.push(`${t(lang, 'attribution.citation.iso690Doi', { doi: c.doi })}.`);
  if (c.url) parts.push(t(lang, 'attribution.citation.iso690Available', { url: c.url }));
  return oneLine(parts.join(' '));
}
