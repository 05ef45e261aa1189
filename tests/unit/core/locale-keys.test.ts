import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasMessage, LANGS, MESSAGES } from '../../../lib/i18n';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PLURAL = /_(zero|one|two|few|many|other)$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

/** Everything the extension and the CLI run: where a string must be asked for to be worth translating. */
const SOURCE = ['lib', 'components', 'entrypoints', 'cli'].flatMap((dir) => sources(join(ROOT, dir))).join('\n');
const NAMESPACES = Object.keys(MESSAGES.en);
const KEY = new RegExp(`^(${NAMESPACES.join('|')})\\.[A-Za-z0-9_.-]+$`);
/** Every quoted string of the sources. */
const QUOTED = new Set([...SOURCE.matchAll(/['"`]([A-Za-z0-9_.-]+)['"`]/g)].map((m) => m[1] ?? ''));
/** Keys built at run time (`common.field.${name}`): the part before the placeholder covers every key it starts. */
const BUILT_PREFIXES = [...new Set([...SOURCE.matchAll(/`([a-z]+\.[A-Za-z0-9_.-]*)\$\{/g)].map((m) => m[1] ?? ''))];

const allKeys = (lang: (typeof LANGS)[number]) =>
  Object.entries(MESSAGES[lang]).flatMap(([ns, messages]) => Object.keys(messages).map((k) => `${ns}.${k}`));

describe('locale keys', () => {
  it('every key is used somewhere, as a literal or under a prefix the code builds keys from', () => {
    const unused = allKeys('en').filter((key) => {
      const base = key.replace(PLURAL, '');
      return !QUOTED.has(base) && !BUILT_PREFIXES.some((prefix) => base.startsWith(prefix));
    });
    expect(unused).toEqual([]);
  });

  it('every literal key the code asks for exists in both languages', () => {
    const asked = [...QUOTED].filter((s) => KEY.test(s));
    expect(asked.length).toBeGreaterThan(100);
    for (const lang of LANGS) {
      const missing = asked.filter(
        (key) => !hasMessage(lang, key) && !hasMessage(lang, `${key}_other`) && !BUILT_PREFIXES.includes(`${key}.`),
      );
      expect(missing, lang).toEqual([]);
    }
  });

  it('the manifest’s name and description exist in French and English, and nothing else is there', () => {
    const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]).sort();
    expect(used).toEqual(['extDescription', 'extName', 'extName']);
    for (const lang of LANGS) {
      const messages = JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));
      expect(Object.keys(messages).sort(), lang).toEqual(['extDescription', 'extName']);
      for (const entry of Object.values<{ message: string }>(messages)) expect(entry.message.trim()).not.toBe('');
    }
  });
});
