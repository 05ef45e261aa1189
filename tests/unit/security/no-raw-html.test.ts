import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Everything that ends up in the extension or the CLI. */
const SHIPPED = ['lib', 'components', 'entrypoints', 'cli/commands', 'cli/main.ts'];

/** Ways to turn a string into markup or code; reading `outerHTML` (the signal collector does) is not one. */
const RAW_HTML = [
  /dangerouslySetInnerHTML/,
  /\.(inner|outer)HTML\s*[+]?=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /createContextualFragment/,
  /\beval\s*\(/,
  /new\s+Function\s*\(/,
  /setTimeout\(\s*['"`]/,
];

function sources(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full).flatMap((name) => (name === 'node_modules' ? [] : sources(join(path, name))));
}

describe('no raw HTML or code from strings in shipped code (SECURITY.md, Rendering)', () => {
  const files = SHIPPED.flatMap(sources).filter((f) => /\.(ts|tsx)$/.test(f));

  it('finds the shipped sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('no file assigns innerHTML, uses dangerouslySetInnerHTML, insertAdjacentHTML, eval or new Function', () => {
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          RAW_HTML.some((re) => re.test(line)) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });

  it('the patterns catch what they are meant to', () => {
    for (const line of ['el.innerHTML = x', 'el.outerHTML += y', '<div dangerouslySetInnerHTML={{ __html: s }} />']) {
      expect(RAW_HTML.some((re) => re.test(line))).toBe(true);
    }
    expect(RAW_HTML.some((re) => re.test('parts.push(script.outerHTML);'))).toBe(false);
  });
});
