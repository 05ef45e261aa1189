import { t } from '../../i18n';
import { risValue } from '../escape';
import type { Citation } from '../notice';
import { dateParts } from './dates';

/** One RIS record, `TY  - DATA` (the RIS type for datasets), one tag per line, values on a single line. */
export function citationToRis(c: Citation): string {
  const date = dateParts(c.date, c.lang);
  const accessed = dateParts(c.accessed, c.lang);
  const lines: Array<[string, string | null]> = [
    ['TY', 'DATA'],
    ['AU', c.author],
    ['TI', c.title],
    ['PY', date?.year ?? null],
    ['DA', date ? `${date.year}/${date.month}/${date.day}` : null],
    ['PB', c.publisher],
    ['DO', c.doi],
    ['UR', c.url],
    ['Y2', accessed ? `${accessed.year}/${accessed.month}/${accessed.day}` : null],
    [
      'N1',
      c.licence
        ? t(c.lang, 'attribution.citation.licence', {
            licence: c.licence.url ? `${c.licence.name} (${c.licence.url})` : c.licence.name,
          })
        : null,
    ],
  ];
  const body = lines
    .map(([tag, value]) => [tag, value ? risValue(value) : ''] as const)
    .filter(([, value]) => value)
    .map(([tag, value]) => `${tag}  - ${value}`);
  // The end tag has an empty value but keeps its separator: `ER  - `.
  return [...body, 'ER  - '].join('\n');
}
