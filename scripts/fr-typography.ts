/**
 * `npx tsx scripts/fr-typography.ts [--check]`: puts the narrow no-break space where French typography wants it in
 * every French locale file (the interface's and the manifest's) and in the French texts of the licence catalogue
 * (`lib/licences/catalogue/*.ts`, the values of `fr:` keys). Only string contents change, not the layout of the
 * files. With `--check`, changes nothing and exits 1 when a file needs fixing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixFrenchTypography } from '../lib/i18n/fr-typography';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const UI_DIR = join(ROOT, 'lib/i18n/locales/fr');

export const FRENCH_LOCALE_FILES = [
  ...readdirSync(UI_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(UI_DIR, name)),
  join(ROOT, 'public/_locales/fr/messages.json'),
];

const CATALOGUE_DIR = join(ROOT, 'lib/licences/catalogue');
export const CATALOGUE_FILES = readdirSync(CATALOGUE_DIR)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => join(CATALOGUE_DIR, name));

/** Fixes each JSON string literal of the text (keys included: they have no such marks, so they stay as they are). */
export function fixJsonText(json: string): string {
  return json.replace(/"((?:[^"\\]|\\.)*)"/g, (literal, body: string) => {
    const value = JSON.parse(literal) as string;
    const fixed = fixFrenchTypography(value);
    // Re-encoded only when it changed, so that untouched strings keep their exact escapes.
    return fixed === value ? `"${body}"` : JSON.stringify(fixed);
  });
}

/**
 * Fixes the text of the string literals (quotes and template parts, `${…}` left alone) that belong to a `fr:` key of
 * TypeScript source: a literal is French when the last `fr:` or `en:` key before it on its line is `fr:`. Code,
 * comments and English texts are not touched.
 */
export function fixCatalogueSource(source: string): string {
  let out = '';
  let i = 0;
  /** For each open template, the `${` depth at which it was opened. */
  const templates: number[] = [];
  let depth = 0;
  const french = () => {
    const line = out.slice(out.lastIndexOf('\n') + 1);
    const keys = [...line.matchAll(/\b(fr|en):/g)];
    return keys.at(-1)?.[1] === 'fr';
  };
  /** Copies a literal's text up to its end (one of `ends`), fixing it when French. */
  const literal = (ends: string[]) => {
    let j = i;
    while (j < source.length && !ends.some((e) => source.startsWith(e, j))) j += source[j] === '\\' ? 2 : 1;
    const text = source.slice(i, j);
    out += french() ? fixFrenchTypography(text) : text;
    i = j;
  };
  while (i < source.length) {
    const c = source[i]!;
    const inTemplateText = templates.length > 0 && templates.at(-1) === depth && c !== '`';
    if (inTemplateText && !source.startsWith('${', i)) {
      literal(['`', '${']);
    } else if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      out += source.slice(i, end < 0 ? undefined : end);
      i = end < 0 ? source.length : end;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i) + 2;
      out += source.slice(i, end);
      i = end;
    } else if (c === "'" || c === '"') {
      out += c;
      i++;
      literal([c]);
      out += source[i] ?? '';
      i++;
    } else if (c === '`') {
      if (templates.at(-1) === depth) templates.pop();
      else templates.push(depth);
      out += c;
      i++;
    } else if (source.startsWith('${', i)) {
      depth++;
      out += '${';
      i += 2;
    } else {
      if (c === '{' && templates.length) depth++;
      if (c === '}' && templates.length) depth--;
      out += c;
      i++;
    }
  }
  return out;
}

function main(check: boolean): number {
  const files = [
    ...FRENCH_LOCALE_FILES.map((path) => ({ path, fix: fixJsonText })),
    ...CATALOGUE_FILES.map((path) => ({ path, fix: fixCatalogueSource })),
  ];
  const changed = files.filter(({ path, fix }) => {
    const text = readFileSync(path, 'utf8');
    const fixed = fix(text);
    if (fixed === text) return false;
    if (!check) writeFileSync(path, fixed);
    return true;
  });
  for (const { path } of changed) console.log(`${check ? 'needs fixing' : 'fixed'}: ${path.slice(ROOT.length)}`);
  return check && changed.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.includes('--check'));
}
