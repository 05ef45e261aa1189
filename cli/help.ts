import type { Command } from './commands/command';

/** Help text never runs wider than a classic wide terminal. */
export const HELP_WIDTH = 100;

/**
 * One working example per command, kept here beside the help layout rather than in each command file. The
 * dataset is data.gouv.fr's own catalogue, by id, so the line fits the width and stays valid after a rename.
 */
export const EXAMPLES: Readonly<Record<string, string>> = {
  detect: 'provenance detect https://www.data.gouv.fr/datasets/5d13a8b6634f41070a43dff3',
  inspect: 'provenance inspect https://data.gouv.fr/datasets/5d13a8b6634f41070a43dff3 --lang en',
  licence: 'provenance licence "Licence Ouverte / Open Licence version 2.0" --lang fr',
  attribution: 'provenance attribution https://data.gouv.fr/datasets/5d13a8b6634f41070a43dff3 --format html',
  credits: 'provenance credits --file sources.txt --format html --lang fr',
  preview: 'provenance preview https://example.org/communes.csv --rows 20 --lang fr',
  chart: 'provenance chart https://example.org/communes.csv --x region --top 5 --out chart.png',
};

/**
 * Greedy wrapping of `chunks` (joined by single spaces) into lines of at most `width` columns, each after
 * `indent`; a chunk longer than a line (a URL) gets a line of its own rather than being cut.
 */
function pack(chunks: string[], width: number, indent: string, firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = '';
  for (const chunk of chunks) {
    const prefix = lines.length ? indent : firstIndent;
    if (line && prefix.length + line.length + 1 + chunk.length > width) {
      lines.push(prefix + line);
      line = chunk;
    } else {
      line = line ? `${line} ${chunk}` : chunk;
    }
  }
  if (line) lines.push((lines.length ? indent : firstIndent) + line);
  return lines;
}

/** Prose wrapped at word boundaries. */
export function wrapText(text: string, indent = '', width = HELP_WIDTH): string[] {
  return pack(text.split(/\s+/).filter(Boolean), width, indent);
}

/** A usage line wrapped between its options, never inside one (`[--format <format>]` stays whole). */
export function wrapUsage(usage: string, firstIndent: string, indent: string, width = HELP_WIDTH): string[] {
  return pack(usage.split(/ (?=\[|\| )/), width, indent, firstIndent);
}

export function programHelp(commands: readonly Command[]): string {
  return [
    ...wrapText(
      'provenance — open data provenance: detect datasets, inspect metadata, explain licences, preview files.',
    ),
    '',
    'Usage: provenance <command> [options]',
    '',
    'Commands (each with an example after the $):',
    ...commands.flatMap((c) => [
      ...wrapUsage(c.usage, '  ', '      '),
      ...wrapText(c.summary, '      '),
      ...(EXAMPLES[c.name] ? [`      $ ${EXAMPLES[c.name]}`] : []),
      '',
    ]),
    ...wrapText(
      'Options for every command: --help. Output is JSON on stdout unless a command says otherwise; errors go to stderr with a non-zero exit code (1: the operation failed, 2: the command line is wrong).',
    ),
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  return [
    ...wrapUsage(`provenance ${command.usage}`, 'Usage: ', '         '),
    '',
    ...wrapText(command.summary),
    ...(EXAMPLES[command.name] ? ['', 'Example:', `  ${EXAMPLES[command.name]}`] : []),
    '',
  ].join('\n');
}
