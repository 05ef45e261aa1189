import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/**
 * Branded Google Chrome 137+ ignores `--load-extension`; Debian's `chromium` is the browser these tests are
 * written for, and `google-chrome` stays last so that a machine with both picks the one that can load the build.
 * `.ci/run` repeats this lookup in bash (it runs before `npm ci`): keep the two in step.
 */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string, pathVar: string): string | null {
  for (const dir of pathVar.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

export type BrowserLookup = { ok: true; path: string } | { ok: false; reason: string };

/** `CHROME_PATH` when set (and then only it: a wrong path is a mistake to report, not to paper over), else the PATH. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): BrowserLookup {
  const forced = env.CHROME_PATH?.trim();
  if (forced) {
    const path = isAbsolute(forced) ? forced : onPath(forced, env.PATH ?? '');
    return path && isExecutable(path)
      ? { ok: true, path }
      : { ok: false, reason: `CHROME_PATH=${forced} is not an executable file` };
  }
  for (const name of BROWSER_NAMES) {
    const path = onPath(name, env.PATH ?? '');
    if (path) return { ok: true, path };
  }
  return {
    ok: false,
    reason: `no Chromium found: set CHROME_PATH, or put one of ${BROWSER_NAMES.join(', ')} on the PATH (Debian: apt-get install -y chromium)`,
  };
}

/**
 * The browser for an e2e file, or null to skip it. Locally a missing browser only skips (with the reason on the
 * console); on CI it is an error, so that a green run always means the browser tests ran.
 */
export function browserForE2E(env: NodeJS.ProcessEnv = process.env): string | null {
  const found = findBrowser(env);
  if (found.ok) return found.path;
  if (env.CI === 'true' || env.CI === '1') {
    throw new Error(`e2e: ${found.reason}. CI is set, so a missing browser fails the run instead of skipping it.`);
  }
  console.warn(`[e2e] skipping the browser tests: ${found.reason}`);
  return null;
}
