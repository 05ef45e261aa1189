import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo } from '../../../cli/io';
import { main } from '../../../cli/main';
import { fail, failure } from '../../../lib/model/failure';

export const fixtureFile = (name: string) => join(__dirname, '../../fixtures/formats', name);

/** Runs `provenance` in-process; `fetch` is the given fake, or refuses. */
export async function cli(argv: string[], options: { fetch?: typeof fetch; lang?: string } = {}) {
  const out = { code: 0, stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (s) => {
      out.stdout += s;
    },
    stderr: (s) => {
      out.stderr += s;
    },
    fetchJson: async () => fail(failure('network', 'errors.network', { params: { host: 'offline' } })),
    fetch: async (input, init) => {
      if (!options.fetch) throw new TypeError('network disabled in tests');
      return options.fetch(input, init);
    },
    readText: (path) => readFile(path, 'utf8'),
    env: { LANG: options.lang ?? 'en_GB.UTF-8' },
  };
  out.code = await main(argv, io);
  return out;
}
