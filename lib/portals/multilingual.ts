import { z } from 'zod';

/**
 * A field that some portals give as one string and others as a language dictionary (`{de, fr, it, en}` on
 * opendata.swiss, `title_translated` with ckanext-fluent). Anything else is dropped rather than failing the answer.
 */
export const TranslatedSchema = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .nullish()
  .catch(null);
export type Translated = z.infer<typeof TranslatedSchema>;

/** After the reader's language: the languages multilingual portals (Switzerland, Canada, Belgium) fill most. */
const FALLBACK = ['en', 'fr', 'de', 'it'];

function order(lang: string): string[] {
  return [lang, ...FALLBACK.filter((l) => l !== lang)];
}

function nonEmpty(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** The text in `lang`, else en → fr → de → it, else the first language that has any; null when all are empty. */
export function pickTranslation(value: Translated, lang: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return nonEmpty(value);
  for (const l of order(lang)) {
    const text = nonEmpty(value[l]);
    if (text) return text;
  }
  for (const v of Object.values(value)) {
    const text = nonEmpty(v);
    if (text) return text;
  }
  return null;
}

/** The same choice for lists per language (opendata.swiss `keywords`): the first non-empty list in that order. */
export function pickTranslatedList(
  value: Readonly<Record<string, unknown>> | null | undefined,
  lang: string,
): string[] {
  if (!value) return [];
  const lists = [...order(lang).map((l) => value[l]), ...Object.values(value)];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    const texts = list.map(nonEmpty).filter((s): s is string => s !== null);
    if (texts.length) return texts;
  }
  return [];
}
