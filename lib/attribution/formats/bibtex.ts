import { t } from '../../i18n';
import { bibtexUrl, escapeBibtex } from '../escape';
import type { Citation } from '../notice';
import { dateParts } from './dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function asciiWords(value: string | null): string[] {
  return (value ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** FNV-1a: a short, dependency-free fingerprint; the key only needs to be stable and rarely collide. */
function fingerprint(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * `producer-first-title-words-<hash of the permalink>`: the same dataset always gets the same key (no year in
 * it, since every update would change it), two datasets almost never share one, and it is plain ASCII.
 */
export function bibtexKey(citation: Citation): string {
  const author = asciiWords(citation.author).join('').slice(0, 20) || 'anon';
  const title = asciiWords(citation.title)
    .filter((w) => w.length > 2)
    .slice(0, 3)
    .join('-');
  return [author, title, fingerprint(citation.identity)].filter(Boolean).join('-');
}

/**
 * `@misc`, not biblatex's `@dataset`: classic BibTeX styles (plain, natbib, most journal .bst files) do not know
 * `@dataset` and warn or drop fields, while every BibTeX and biblatex style formats `@misc`; the `type` field
 * still says it is a dataset. Organisation names and titles are double-braced so styles keep them as written
 * instead of splitting "Direction X" into first and last names or lower-casing the title.
 */
export function citationToBibtex(c: Citation): string {
  const date = dateParts(c.date, c.lang);
  const accessed = dateParts(c.accessed, c.lang);
  const fields: Array<[string, string]> = [];
  if (c.author) fields.push(['author', `{${escapeBibtex(c.author)}}`]);
  if (c.title) fields.push(['title', `{${escapeBibtex(c.title)}}`]);
  if (date) {
    fields.push(['year', date.year]);
    fields.push(['month', MONTHS[Number(date.month) - 1]!]);
    fields.push(['date', date.iso]);
  }
  if (c.publisher) fields.push(['howpublished', escapeBibtex(c.publisher)]);
  fields.push(['type', escapeBibtex(t(c.lang, 'attribution.citation.bibtexType'))]);
  if (c.doi) fields.push(['doi', bibtexUrl(c.doi)]);
  if (c.url) fields.push(['url', bibtexUrl(c.url)]);
  if (accessed) fields.push(['urldate', accessed.iso]);
  if (c.licence) {
    const licence = c.licence.url ? `${c.licence.name} (${c.licence.url})` : c.licence.name;
    fields.push(['note', escapeBibtex(t(c.lang, 'attribution.citation.licence', { licence }))]);
  }
  const body = fields.map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`));
  return `@misc{${bibtexKey(c)},\n${body.join(',\n')}\n}`;
}
