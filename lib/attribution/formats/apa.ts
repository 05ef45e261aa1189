import { t } from '../../i18n';
import { oneLine } from '../escape';
import type { Citation } from '../notice';
import { dateParts } from './dates';

/** Ends an element with a period unless it already ends with punctuation. */
function sentence(value: string): string {
  return /[.!?]$/.test(value) ? value : `${value}.`;
}

/**
 * APA 7 data set reference: `Producer. (Year, Month Day). Title [Data set]. Publisher. URL`. The full date is
 * kept because these datasets change often (APA gives the exact date for frequently updated works); the
 * publisher is left out when it is the author (APA 7 §9.25); without an author the title moves first; the DOI,
 * as a URL, replaces the page when there is one. Plain text: the italics of the title cannot travel in it.
 */
export function citationToApa(c: Citation): string {
  const d = dateParts(c.date, c.lang);
  const when = d
    ? c.lang === 'fr'
      ? `(${d.year}, ${Number(d.day)} ${d.monthName})`
      : `(${d.year}, ${d.monthName} ${Number(d.day)})`
    : `(${t(c.lang, 'attribution.citation.noDate')})`;
  const title = `${c.title ?? ''} ${t(c.lang, 'attribution.citation.apaType')}`.trim();
  const publisher = c.publisher && c.publisher.toLowerCase() !== c.author?.toLowerCase() ? sentence(c.publisher) : null;
  const link = c.doi ? `https://doi.org/${c.doi}` : c.url;
  const head = c.author ? [sentence(c.author), `${when}.`, `${title}.`] : [`${title}.`, `${when}.`];
  return oneLine([...head, publisher, link].filter(Boolean).join(' '));
}
