import { decodeEntities } from '../html/entities';

/**
 * Portals put HTML where plain text belongs (ArcGIS `licenseInfo` and descriptions, Hub DCAT-US `license`).
 * These helpers read such fragments without a DOM, so the same code runs in the worker, the CLI and tests.
 */

/** True when a description carries markup (ODS, DKAN, ArcGIS) rather than plain text or Markdown (CKAN). */
export function looksLikeHtml(s: string): boolean {
  return /<\/?[a-z][a-z0-9]*\b[^>]*>/i.test(s);
}

/** Visible text of an HTML fragment on one line: tags dropped, block ends kept as spaces, whitespace collapsed. */
export function htmlToLine(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr)>/gi, ' ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * Portal descriptions as plain text: paragraphs and line breaks kept as newlines, list items as dashes,
 * everything else (tags, scripts, styles) dropped. Never rendered as HTML, so nothing a portal writes can run.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/(p|div|li|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article)\s*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface HtmlLink {
  href: string;
  text: string;
}

/** Every `<a href>` of a fragment, in order, with its visible text. */
export function anchorsOf(html: string): HtmlLink[] {
  const links: HtmlLink[] = [];
  for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi)) {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1] ?? '');
    const value = href ? decodeEntities(href[1] ?? href[2] ?? href[3] ?? '').trim() : '';
    if (value) links.push({ href: value, text: htmlToLine(m[2] ?? '') });
  }
  return links;
}

/** The first http(s) URL written out in plain text, without the sentence punctuation that follows it. */
export function urlInText(text: string): string | null {
  const m = /\bhttps?:\/\/[^\s<>"']+/i.exec(text);
  return m ? m[0].replace(/[.,;:)\]]+$/, '') : null;
}

/** Plain text when the value is HTML, the value itself otherwise; null for blank. */
export function plainText(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = looksLikeHtml(value) ? htmlToLine(value) : value.trim();
  return text || null;
}
