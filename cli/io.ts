import { readFile } from 'node:fs/promises';
import { fetchJson } from '../lib/http/fetch-json';
import { type Lang, pickLang, t } from '../lib/i18n';
import type { Failure } from '../lib/model/failure';
import type { JsonFetcher } from '../lib/portals/adapter';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** What each command gets: streams are injected so tests can run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fetchJson: JsonFetcher;
  fetch: typeof fetch;
  readText: (path: string) => Promise<string>;
  env: Record<string, string | undefined>;
}

const USER_AGENT = 'provenance-cli (+https://github.com/provenance-data/provenance)';

export function nodeIo(): CliIo {
  const withAgent: typeof fetch = (input, init) =>
    fetch(input, { ...init, headers: { 'User-Agent': USER_AGENT, ...(init?.headers as Record<string, string>) } });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    fetchJson: (url, init) => fetchJson(url, { headers: init?.headers, fetchImpl: withAgent }),
    fetch: withAgent,
    readText: (path) => readFile(path, 'utf8'),
    env: process.env,
  };
}

export function langFrom(option: string | undefined, env: Record<string, string | undefined>): Lang {
  return pickLang(option ?? env.LC_ALL ?? env.LANG);
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export function printFailure(io: CliIo, error: Failure, lang: Lang): number {
  const message = t(lang, error.messageKey, error.params);
  io.stderr(`provenance: ${message}${error.detail ? ` (${error.detail})` : ''}\n`);
  return EXIT_FAILURE;
}

export function usageError(io: CliIo, message: string): number {
  io.stderr(`provenance: ${message}\nTry 'provenance --help'.\n`);
  return EXIT_USAGE;
}

/** Reads a JSON file given on the command line, with a message a person can act on. */
export async function readJsonFile(
  io: CliIo,
  path: string,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    return { ok: false, message: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: `${path} is not valid JSON` };
  }
}
