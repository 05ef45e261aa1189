import type { Delimiter } from './types';

/**
 * The one list of delimiters by name: what the CLI accepts (`--delimiter semicolon`, `;`), and the
 * `preview.delimiter.<name>` key every view uses to name them.
 */
export const DELIMITER_NAMES: readonly { delimiter: Delimiter; name: string; spellings: readonly string[] }[] = [
  { delimiter: ',', name: 'comma', spellings: [',', 'comma'] },
  { delimiter: ';', name: 'semicolon', spellings: [';', 'semicolon'] },
  { delimiter: '\t', name: 'tab', spellings: ['\t', '\\t', 'tab'] },
  { delimiter: '|', name: 'pipe', spellings: ['|', 'pipe'] },
];

export function delimiterName(delimiter: Delimiter): string {
  return DELIMITER_NAMES.find((d) => d.delimiter === delimiter)!.name;
}

/** A delimiter from what a person typed, or null. */
export function delimiterFromArg(value: string): Delimiter | null {
  const v = value.toLowerCase();
  return DELIMITER_NAMES.find((d) => d.spellings.includes(v))?.delimiter ?? null;
}
