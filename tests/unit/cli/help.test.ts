import { describe, expect, it } from 'vitest';
import { HELP_WIDTH, wrapText, wrapUsage } from '../../../cli/help';
import { COMMANDS, main } from '../../../cli/main';
import { runCli } from './harness';

/** Columns as a terminal counts them: code points, not UTF-16 units nor bytes (’ and — are one column). */
const columns = (line: string) => [...line].length;

describe('CLI help', () => {
  it('wraps at 100 columns, for the program and for every command', async () => {
    const pages = [
      await runCli(main, ['--help']),
      ...(await Promise.all(COMMANDS.map((c) => runCli(main, [c.name, '--help'])))),
    ];
    for (const page of pages) {
      expect(page.code).toBe(0);
      const wide = page.stdout.split('\n').filter((line) => columns(line) > HELP_WIDTH);
      expect(wide).toEqual([]);
    }
  });

  it('gives exactly one example per command, which runs that command', async () => {
    const program = (await runCli(main, ['--help'])).stdout;
    for (const command of COMMANDS) {
      const examples = program.split('\n').filter((line) => line.startsWith(`      $ provenance ${command.name} `));
      expect(examples, command.name).toHaveLength(1);
      const own = (await runCli(main, [command.name, '--help'])).stdout;
      expect(own).toContain(`Example:\n  provenance ${command.name} `);
    }
  });

  it('never cuts an option of a usage line, nor a word', () => {
    const lines = wrapUsage(
      'provenance credits <url>... | --file <list> [--format <format>] [--modified [<who>]] [--lang fr|en]',
      'Usage: ',
      '         ',
      60,
    );
    expect(lines).toEqual([
      'Usage: provenance credits <url>... | --file <list>',
      '         [--format <format>] [--modified [<who>]]',
      '         [--lang fr|en]',
    ]);
    const long = `see ${'x'.repeat(120)} then`;
    expect(wrapText(long, '  ', 40)).toEqual(['  see', `  ${'x'.repeat(120)}`, '  then']);
  });
});
