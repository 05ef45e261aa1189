import { parseArgs } from 'node:util';
import { extractPageSignals } from '../../lib/detect/page-signals';
import { loadDataset, parseDataset } from '../../lib/pipeline/load-dataset';
import { detectDataset } from '../../lib/portals/registry';
import { type CliIo, EXIT_OK, langFrom, printFailure, printJson, readJsonFile, usageError } from '../io';
import type { Command } from './command';

export const inspect: Command = {
  name: 'inspect',
  usage: 'inspect <url> [--metadata <file>] [--html <file>] [--lang fr|en]',
  summary:
    'The normalized dataset behind a page (JSON). --metadata reads a saved raw API answer instead of the network.',
  async run(args: string[], io: CliIo) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { metadata: { type: 'string' }, html: { type: 'string' }, lang: { type: 'string' } },
    });
    const url = positionals[0];
    if (!url || positionals.length > 1) return usageError(io, 'inspect takes exactly one URL');
    const lang = langFrom(values.lang, io.env);
    const html = values.html ? await io.readText(values.html).catch(() => null) : '';
    if (html === null) return usageError(io, `cannot read ${values.html}`);
    const ref = detectDataset(extractPageSignals(url, html));
    if (!ref) return usageError(io, `no dataset detected at ${url}`);
    let result: Awaited<ReturnType<typeof loadDataset>>;
    if (values.metadata) {
      const raw = await readJsonFile(io, values.metadata);
      if (!raw.ok) return usageError(io, raw.message);
      result = parseDataset(ref, raw.value, { lang });
    } else {
      result = await loadDataset(ref, { fetchJson: io.fetchJson, lang });
    }
    if (!result.ok) return printFailure(io, result.error, lang);
    printJson(io, result.value);
    return EXIT_OK;
  },
};
