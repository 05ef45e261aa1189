import { parseArgs } from 'node:util';
import { datasetFromArgs, reportDatasetArgError } from '../dataset-arg';
import { type CliIo, EXIT_OK, langFrom, printJson, usageError } from '../io';
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
    const loaded = await datasetFromArgs(io, { url, metadata: values.metadata, html: values.html, lang });
    if (!loaded.ok) return reportDatasetArgError(io, loaded, lang);
    printJson(io, loaded.dataset);
    return EXIT_OK;
  },
};
