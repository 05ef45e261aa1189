/**
 * Escaping for every output format. Values come from portals (titles, producer names) and from the user (the
 * "modified by" name): none of them is trusted, in any format.
 */

/** A notice is one line: portal descriptions and pasted names bring newlines, tabs and control characters. */
export function oneLine(value: string): string {
  // A lone no-break space (French typography: `«\u202Ftitre\u202F»`, `Licence\u202F:`) is kept: it is not a break.
  const keep = (run: string) => (run === '\u202F' || run === '\u00A0' ? run : ' ');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, keep).trim();
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Only http(s) URLs become links: a `javascript:` or `data:` URL published by a portal stays visible text.
 * Returns the URL as the URL parser serializes it, so spaces, quotes and angle brackets are percent-encoded.
 */
export function safeHref(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.href;
}

/**
 * CommonMark backslash-escapes any ASCII punctuation. Escaping these is enough inline: emphasis, code, links,
 * images, raw HTML, entities, strikethrough, tables and math. Block syntax only matters at the start of a line,
 * which {@link guardLineStart} handles for the whole output.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]()<>!|~&$#{}]/g, '\\$&');
}

/** `# x`, `- x`, `1. x`, `> x` at the start would make a heading, a list or a quote of the notice. */
export function guardLineStart(markdown: string): string {
  return markdown.replace(/^(\s*)([-+=>])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** For `<…>` autolinks and `(<…>)` destinations: the parsed URL has no spaces; angle brackets are encoded too. */
export function markdownUrl(href: string): string {
  return href.replace(/</g, '%3C').replace(/>/g, '%3E');
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A BibTeX field value between braces: LaTeX specials escaped, so braces always balance. */
export function escapeBibtex(value: string): string {
  return oneLine(value).replace(/[\\{}%&#_$~^]/g, (c) => BIBTEX_SPECIALS[c]!);
}

/**
 * biblatex and the `url` package read `url` fields verbatim: LaTeX escapes would end up in the link. Only what
 * could unbalance the entry (braces, backslashes) or break it (whitespace) is percent-encoded.
 */
export function bibtexUrl(href: string): string {
  return href.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** RIS is one `TAG  - value` per line: a value must not carry a line break. */
export function risValue(value: string): string {
  return oneLine(value);
}
