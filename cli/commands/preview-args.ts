import { parseArgs } from 'node:util';
import type { Lang } from '../../lib/i18n';
import { DELIMITER_NAMES, delimiterFromArg } from '../../lib/preview/delimiter-names';
import { DEFAULT_BUDGET } from '../../lib/preview/read-bytes';
import { type Delimiter, type Encoding, EncodingSchema } from '../../lib/preview/types';
import { type CliIo, langFrom } from '../io';

export interface PreviewArgs {
  target: string;
  json: boolean;
  rows: number | undefined;
  budget: number;
  encoding: Encoding | undefined;
  delimiter: Delimiter | undefined;
  entry: string | undefined;
  sheet: string | undefined;
  all: boolean;
  lang: Lang;
}

/** Common spellings people type for the encodings the preview decodes. */
const ENCODING_ALIASES: Record<string, Encoding> = {
  utf8: 'utf-8',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  cp1252: 'windows-1252',
  utf16: 'utf-16le',
  latin9: 'iso-8859-15',
};

function encodingArg(value: string): Encoding | null {
  const v = value.toLowerCase();
  const parsed = EncodingSchema.safeParse(v);
  return parsed.success ? parsed.data : (ENCODING_ALIASES[v] ?? null);
}

function positiveInt(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** The command line of `preview`, or the usage message to print. */
export function parsePreviewArgs(
  args: string[],
  io: CliIo,
): { ok: true; value: PreviewArgs } | { ok: false; usage: string } {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      rows: { type: 'string' },
      budget: { type: 'string' },
      encoding: { type: 'string' },
      delimiter: { type: 'string' },
      entry: { type: 'string' },
      sheet: { type: 'string' },
      all: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  const usage = (message: string) => ({ ok: false as const, usage: message });
  const target = positionals[0];
  if (!target || positionals.length > 1) return usage('preview takes exactly one file or URL');
  const rows = positiveInt(values.rows);
  if (rows === null) return usage('--rows takes a positive whole number');
  const budget = positiveInt(values.budget);
  if (budget === null) return usage('--budget takes a positive number of bytes');
  const encoding = values.encoding === undefined ? undefined : encodingArg(values.encoding);
  if (encoding === null) {
    return usage(`--encoding takes one of ${EncodingSchema.options.join(', ')} (or latin1, cp1252, utf8)`);
  }
  const delimiter = values.delimiter === undefined ? undefined : delimiterFromArg(values.delimiter);
  if (delimiter === null) {
    const names = DELIMITER_NAMES.map((d) => `'${d.delimiter === '\t' ? '\\t' : d.delimiter}' (${d.name})`);
    return usage(`--delimiter takes ${names.join(', ')}`);
  }
  return {
    ok: true,
    value: {
      target,
      json: values.json ?? false,
      rows,
      budget: budget ?? DEFAULT_BUDGET,
      encoding,
      delimiter,
      entry: values.entry,
      sheet: values.sheet,
      all: values.all ?? false,
      lang: langFrom(values.lang, io.env),
    },
  };
}
