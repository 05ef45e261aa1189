import { attribution } from './commands/attribution';
import { chart } from './commands/chart';
import type { Command } from './commands/command';
import { credits } from './commands/credits';
import { detect } from './commands/detect';
import { inspect } from './commands/inspect';
import { licence } from './commands/licence';
import { preview } from './commands/preview';
import { commandHelp, programHelp } from './help';
import { type CliIo, EXIT_OK, nodeIo, usageError } from './io';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [detect, inspect, licence, attribution, credits, preview, chart];

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(programHelp(COMMANDS));
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return usageError(io, `unknown command '${name}'`);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(command));
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
