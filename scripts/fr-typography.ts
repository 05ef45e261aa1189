/**
 * `npx tsx scripts/fr-typography.ts [--check]`: puts the narrow no-break space where French typography wants it in
 * every French locale file (the interface's and the manifest's). Only the JSON string values change, not the
 * layout of the files. With `--check`, changes nothing and exits 1 when a file needs fixing.
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

/** Fixes each JSON string literal of the text (keys included: they have no such marks, so they stay as they are). */
export function fixJsonText(json: string): string {
  return json.replace(/"((?:[^"\\]|\\.)*)"/g, (literal, body: string) => {
    const value = JSON.parse(literal) as string;
    const fixed = fixFrenchTypography(value);
    // Re-encoded only when it changed, so that untouched strings keep their exact escapes.
    return fixed === value ? `"${body}"` : JSON.stringify(fixed);
  });
}

function main(check: boolean): number {
  const changed = FRENCH_LOCALE_FILES.filter((path) => {
    const text = readFileSync(path, 'utf8');
    const fixed = fixJsonText(text);
    if (fixed === text) return false;
    if (!check) writeFileSync(path, fixed);
    return true;
  });
  for (const path of changed) console.log(`${check ? 'needs fixing' : 'fixed'}: ${path.slice(ROOT.length)}`);
  return check && changed.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.includes('--check'));
}
