/** Small, independent readers of each output format: they undo the escaping without using the library's code. */

export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function markdownToText(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

export function bibtexToText(bibtex: string): string {
  const named: Record<string, string> = { textbackslash: '\\', textasciitilde: '~', textasciicircum: '^' };
  return bibtex.replace(/\\(textbackslash|textasciitilde|textasciicircum)\{\}|\\([{}%&#_$])/g, (_, name, char) =>
    name ? named[name]! : char,
  );
}

/** Braces balance, escaped ones aside, and never close more than they opened. */
export function bibtexBracesBalanced(bibtex: string): boolean {
  let depth = 0;
  for (let i = 0; i < bibtex.length; i++) {
    const c = bibtex[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** One `@misc{key,` entry, `name = value` fields one per line, closed by the last line. */
export function isBibtexEntry(bibtex: string): boolean {
  const lines = bibtex.split('\n');
  return (
    /^@misc\{[A-Za-z0-9-]+,$/.test(lines[0] ?? '') &&
    lines.at(-1) === '}' &&
    lines.slice(1, -1).every((l) => /^ {2}[a-z]+ = (\{.*\}|[a-z]{3}),?$/.test(l)) &&
    bibtexBracesBalanced(bibtex)
  );
}

export function isRisRecord(ris: string): boolean {
  const lines = ris.split('\n');
  return (
    lines.every((l) => /^[A-Z0-9]{2} {2}- /.test(l)) &&
    lines[0] === 'TY  - DATA' &&
    lines.at(-1) === 'ER  - ' &&
    lines.filter((l) => l.startsWith('ER  - ')).length === 1
  );
}

/** Every tag is an `<a>` with an http(s) href; nothing else is markup. */
export function onlySafeLinks(html: string): boolean {
  const tags = html.match(/<[^>]*>/g) ?? [];
  return tags.every((tag) => /^<a href="https?:\/\/[^"<>]*"( rel="license")?>$/.test(tag) || tag === '</a>');
}

/** Every Markdown link destination or autolink is an http(s) URL in angle brackets. */
export function onlySafeMarkdownLinks(markdown: string): boolean {
  const unescaped = /(?<!\\)(?:\\\\)*\]\(/g;
  for (const m of markdown.matchAll(unescaped)) {
    if (!/^\]\(<https?:\/\/[^<>\s]*>\)/.test(markdown.slice(m.index + m[0].length - 2))) return false;
  }
  const autolinks = markdown.match(/(?<!\\)<[^>]*>/g) ?? [];
  return autolinks.every((a) => /^<https?:\/\/[^<>\s]*>$/.test(a));
}
