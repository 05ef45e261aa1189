import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../../cli/io';
import { fail, failure } from '../../../lib/model/failure';
import type { JsonFetcher } from '../../../lib/portals/adapter';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
  requests: string[];
}

/** Runs a CLI command in-process; any network use is recorded and refused unless a fetcher is given. */
export async function runCli(
  run: (argv: string[], io: CliIo) => Promise<number>,
  argv: string[],
  fetchJson?: JsonFetcher,
): Promise<Captured> {
  const out: Captured = { code: 0, stdout: '', stderr: '', requests: [] };
  const io: CliIo = {
    stdout: (s) => {
      out.stdout += s;
    },
    stderr: (s) => {
      out.stderr += s;
    },
    fetchJson: async (url, init) => {
      out.requests.push(url);
      return fetchJson
        ? fetchJson(url, init)
        : fail(failure('network', 'errors.network', { params: { host: 'offline' } }));
    },
    fetch: async (input) => {
      out.requests.push(String(input));
      throw new TypeError('network disabled in tests');
    },
    readText: (path) => readFile(path, 'utf8'),
    env: { LANG: 'en_GB.UTF-8' },
  };
  out.code = await run(argv, io);
  return out;
}
