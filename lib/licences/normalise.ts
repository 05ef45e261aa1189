import { decodeEntities } from '../html/entities';

/**
 * Canonical forms for licence ids, titles and URLs, so that spelling, case, accents, punctuation and URL
 * decorations never decide whether two strings name the same licence. Nothing here guesses: two strings
 * are equal after normalisation only when they differ by such presentation details.
 */

/** Portals (ArcGIS Hub, some DCAT feeds) put the licence in an HTML fragment. */
export function stripHtml(s: string): string {
  return decodeEntities(s.replace(/<[^>]*>/g, ' '));
}

const VERSION_WORDS = new Set(['v', 'version', 'ver']);

/**
 * `Licence Ouverte v2.0 (Etalab)` → `license ouverte 2 etalab`: lower case, no accents, punctuation as spaces,
 * "licence" and "license" as one word, version markers dropped and `2.0` read as `2`. A version number is
 * kept, so `CC BY 3.0` and `CC BY 4.0` stay apart.
 */
export function normaliseText(s: string): string {
  const words = stripHtml(s)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => (w === 'licence' ? 'license' : w))
    .flatMap((w) => (/^v\d+$/.test(w) ? [w.slice(1)] : [w]));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (VERSION_WORDS.has(w) && next !== undefined && /^\d+$/.test(next)) continue;
    // A trailing `.0` never tells two licences apart: `2.0` = `2`, `1-0` = `1`.
    if (/^0+$/.test(w) && /^\d+$/.test(out.at(-1) ?? '')) continue;
    out.push(w);
  }
  // Creative Commons spells its elements several ways (ShareAlike, Share-Alike, Share Alike; NoDerivs,
  // NoDerivatives, No Derivative Works; NonCommercial, Non-Commercial): one spelling each.
  return out
    .join(' ')
    .replace(/\bshare alike\b/g, 'sharealike')
    .replace(/\bnon commercial\b/g, 'noncommercial')
    .replace(/\bno ?(?:derivs|derivatives|derivative works)\b|\bnoderivatives\b/g, 'noderivs');
}

/** A string that is a URL and nothing else (with or without scheme). */
export function looksLikeUrl(s: string): boolean {
  const v = s.trim();
  if (/\s/.test(v)) return false;
  return /^(https?:)?\/\//i.test(v) || /^www\./i.test(v) || /^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/i.test(v);
}

/** Suffixes that show the same licence in another form: a deed, the legal code, a summary, a language. */
const URL_DECORATIONS = [
  /\/index\.html?$/,
  /\/deed(\.[a-z]{2}([-_][a-z]{2,4})?)?$/,
  /\/legalcode(\.[a-z]{2}([-_][a-z]{2,4})?)?(\.txt)?$/,
  /\/summary$/,
  /\.html?$/,
];

/**
 * `https://www.CreativeCommons.org/licenses/by/4.0/deed.fr?ref=x` → `creativecommons.org/licenses/by/4.0`:
 * no scheme, no `www.`, no query or fragment, no trailing slash, no deed/legalcode/summary suffix.
 */
export function normaliseUrl(s: string): string {
  let v = stripHtml(s).trim().toLowerCase();
  try {
    v = decodeURI(v);
  } catch {
    // A malformed escape stays as written; the lookup then simply finds nothing.
  }
  v = v
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of URL_DECORATIONS) {
      const stripped = v.replace(suffix, '').replace(/\/+$/, '');
      if (stripped !== v && stripped.includes('/')) {
        v = stripped;
        changed = true;
      }
    }
  }
  return v;
}

/** URLs inside free text (`Licence Ouverte 1.0 http://www.data.gouv.fr/Licence-Ouverte-Open-Licence.`). */
export function extractUrls(s: string): string[] {
  const found = stripHtml(s).match(/\b(?:https?:\/\/|www\.)[^\s<>"'«»]+/gi) ?? [];
  return found.map((u) => u.replace(/[.,;:!?)\]»]+$/, ''));
}

/** Free text with its URLs taken out, for a second look at what is left. */
export function withoutUrls(s: string): string {
  return stripHtml(s).replace(/\b(?:https?:\/\/|www\.)[^\s<>"'«»]+/gi, ' ');
}
