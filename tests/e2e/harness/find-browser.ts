import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';

/** What a browser is called, how to force it and how to install it: the one lookup both harnesses use. */
export interface BrowserSpec {
  /** The environment variable that forces a path (and then only it). */
  envVar: string;
  /** Names looked up on the PATH, in order of preference. */
  names: readonly string[];
  /** For messages: "Chromium", "Firefox". */
  label: string;
  /** How to get one, for the message when none is found. */
  install: string;
}

/**
 * Branded Google Chrome 137+ ignores `--load-extension`; Debian's `chromium` is the browser these tests are
 * written for, and `google-chrome` stays last so that a machine with both picks the one that can load the build.
 * `.ci/run` repeats this lookup in bash (it runs before `npm ci`): keep the two in step.
 */
export const CHROMIUM: BrowserSpec = {
  envVar: 'CHROME_PATH',
  names: ['chromium', 'chromium-browser', 'google-chrome'],
  label: 'Chromium',
  install: 'apt-get install -y chromium',
};

/** Debian's ESR first: it is what `.ci/run` installs (with its French language pack). */
export const FIREFOX: BrowserSpec = {
  envVar: 'FIREFOX_PATH',
  names: ['firefox-esr', 'firefox'],
  label: 'Firefox',
  install: 'apt-get install -y firefox-esr firefox-esr-l10n-fr',
};

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

/** The forced path when set (a wrong one is a mistake to report, not to paper over), else the first name on the PATH. */
export function findExecutable(spec: BrowserSpec, env: NodeJS.ProcessEnv = process.env): BrowserLookup {
  const forced = env[spec.envVar]?.trim();
  if (forced) {
    const path = isAbsolute(forced) ? forced : onPath(forced, env.PATH ?? '');
    return path && isExecutable(path)
      ? { ok: true, path }
      : { ok: false, reason: `${spec.envVar}=${forced} is not an executable file` };
  }
  for (const name of spec.names) {
    const path = onPath(name, env.PATH ?? '');
    if (path) return { ok: true, path };
  }
  return {
    ok: false,
    reason: `no ${spec.label} found: set ${spec.envVar}, or put one of ${spec.names.join(', ')} on the PATH (Debian: ${spec.install})`,
  };
}

export const findBrowser = (env: NodeJS.ProcessEnv = process.env) => findExecutable(CHROMIUM, env);
export const findFirefox = (env: NodeJS.ProcessEnv = process.env) => findExecutable(FIREFOX, env);

/**
 * The browser for an e2e file, or null to skip it. Locally a missing browser only skips (with the reason on the
 * console); on CI it is an error, so that a green run always means the browser tests ran.
 */
export function executableForE2E(spec: BrowserSpec, env: NodeJS.ProcessEnv = process.env): string | null {
  const found = findExecutable(spec, env);
  if (found.ok) return found.path;
  if (env.CI === 'true' || env.CI === '1') {
    throw new Error(`e2e: ${found.reason}. CI is set, so a missing browser fails the run instead of skipping it.`);
  }
  console.warn(`[e2e] skipping the ${spec.label} tests: ${found.reason}`);
  return null;
}

export const browserForE2E = (env: NodeJS.ProcessEnv = process.env) => executableForE2E(CHROMIUM, env);
export const firefoxForE2E = (env: NodeJS.ProcessEnv = process.env) => executableForE2E(FIREFOX, env);

/**
 * A browser profile: the caller's (reused across launches, left in place) or a fresh temporary one that `remove`
 * deletes, whichever way the launch ends.
 */
export function browserProfile(given: string | undefined, prefix: string): { dir: string; remove(): void } {
  const dir = given ?? mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    remove() {
      if (!given) rmSync(dir, { recursive: true, force: true });
    },
  };
}
