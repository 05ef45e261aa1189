import { parseArgs } from 'node:util';
import { extractPageSignals } from '../../lib/detect/page-signals';
import { detectDataset } from '../../lib/portals/registry';
import { type CliIo, EXIT_OK, printJson, usageError } from '../io';
import type { Command } from './command';

export const detect: Command = {
  name: 'detect',
  usage: 'detect <url> [--html <file>]',
  summary: 'Which portal and dataset a page is (JSON). --html gives the page markup for detectors that read it.',
  async run(args: string[], io: CliIo) {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { html: { type: 'string' } } });
    const url = positionals[0];
    if (!url || positionals.length > 1) return usageError(io, 'detect takes exactly one URL');
    let html = '';
    if (values.html) {
      try {
        html = await io.readText(values.html);
      } catch {
        return usageError(io, `cannot read ${values.html}`);
      }
    }
    const ref = detectDataset(extractPageSignals(url, html));
    // The embedded JSON-LD record is the page's own markup: the CLI already has it.
    const shown =
      ref?.portal === 'jsonld' && ref.record.kind === 'embedded' ? { ...ref, record: { kind: 'embedded' } } : ref;
    printJson(io, shown ?? { portal: null, id: null });
    return EXIT_OK;
  },
};
