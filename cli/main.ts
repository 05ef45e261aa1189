import { attribution } from './commands/attribution';
import type { Command } from './commands/command';
import { credits } from './commands/credits';
import { detect } from './commands/detect';
import { inspect } from './commands/inspect';
import { licence } from './commands/licence';
import { preview } from './commands/preview';
import { type CliIo, EXIT_OK, nodeIo, usageError } from './io';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [detect, inspect, licence, attribution, credits, preview];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'provenance — open data provenance: detect datasets, inspect metadata, explain licences, preview files.',
    '',
    'Usage: provenance <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command: --help. Output is JSON on stdout unless a command says otherwise;',
    'errors go to stderr with a non-zero exit code (1: the operation failed, 2: the command line is wrong).',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return usageError(io, `unknown command '${name}'`);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`Usage: provenance ${command.usage}\n\n${command.summary}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // parseArgs throws on unknown options: that is a usage error, not a crash.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return usageError(io, error.message);
    }
    throw error;
  }
}
