import type { CliIo } from '../io';

export interface Command {
  name: string;
  /** One line: `name <args> [options]`. */
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}
