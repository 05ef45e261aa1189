import { parseArgs } from 'node:util';
import { noticeInputOf } from '../../lib/attribution/input';
import { type NoticeMessages, noticeMessages } from '../../lib/attribution/messages';
import { type AttributionFormat, AttributionFormatSchema } from '../../lib/attribution/options';
import { renderAttribution } from '../../lib/attribution/render';
import type { Lang } from '../../lib/i18n';
import { datasetFromArgs, reportDatasetArgError } from '../dataset-arg';
import { type CliIo, EXIT_OK, langFrom, usageError } from '../io';
import type { Command } from './command';

/**
 * `--modified` takes an optional name, which `parseArgs` cannot express: a string option demands a value and
 * a boolean one refuses it. The flag is rewritten to `--modified=<name>` when the next word is a name, and to
 * `--modified=` (modified, nobody named) when it is followed by another option, a URL or nothing.
 */
export function normalizeModifiedFlag(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (arg !== '--modified') {
      out.push(arg);
      continue;
    }
    const next = args[i + 1];
    if (next !== undefined && !next.startsWith('-') && !/^https?:\/\//i.test(next)) {
      out.push(`--modified=${next}`);
      i++;
    } else out.push('--modified=');
  }
  return out;
}

export const NOTICE_OPTIONS = {
  lang: { type: 'string' },
  format: { type: 'string' },
  modified: { type: 'string' },
  accessed: { type: 'string' },
} as const;

export interface NoticeFlags {
  lang: Lang;
  format: AttributionFormat;
  modified: boolean;
  modifiedBy?: string;
  accessed: string;
}

/** Checks the options shared by `attribution` and `credits`; a string is a usage error to print. */
export function noticeFlags(
  values: { lang?: string; format?: string; modified?: string; accessed?: string },
  env: Record<string, string | undefined>,
  today: string,
): NoticeFlags | string {
  const format = AttributionFormatSchema.safeParse(values.format ?? 'text');
  if (!format.success) return `--format must be one of ${AttributionFormatSchema.options.join(', ')}`;
  const accessed = values.accessed ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(accessed) || Number.isNaN(Date.parse(accessed))) {
    return '--accessed must be a date written YYYY-MM-DD';
  }
  const modifiedBy = values.modified?.trim();
  return {
    lang: langFrom(values.lang, env),
    format: format.data,
    modified: values.modified !== undefined,
    ...(modifiedBy ? { modifiedBy } : {}),
    accessed,
  };
}

/** Gaps and notes go to stderr, so stdout is exactly the text to paste. */
export function printNoticeMessages(io: CliIo, messages: NoticeMessages, prefix = ''): void {
  if (messages.version) io.stderr(`${prefix}check: ${messages.version}\n`);
  for (const line of messages.missing) io.stderr(`${prefix}missing: ${line}\n`);
  for (const line of messages.recommended) io.stderr(`${prefix}recommended: ${line}\n`);
  for (const line of [...messages.absent, ...messages.notes]) io.stderr(`${prefix}note: ${line}\n`);
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

export const attribution: Command = {
  name: 'attribution',
  usage: 'attribution <url> [--format <format>] [--modified [<who>]] [--lang fr|en] [--metadata <file>]',
  summary:
    'The notice the dataset’s licence requires, as text (not JSON); gaps and notes go to stderr. Formats: text, html, markdown, bibtex, ris, apa, iso690. --modified says you changed the data, optionally naming who (--modified=<who> for a name starting with a dash); --accessed YYYY-MM-DD is the consultation date citations print (default: today); --html <file> as for inspect.',
  async run(args: string[], io: CliIo) {
    const { positionals, values } = parseArgs({
      args: normalizeModifiedFlag(args),
      allowPositionals: true,
      options: { ...NOTICE_OPTIONS, metadata: { type: 'string' }, html: { type: 'string' } },
    });
    const url = positionals[0];
    if (!url || positionals.length > 1) return usageError(io, 'attribution takes exactly one URL');
    const flags = noticeFlags(values, io.env, todayIso());
    if (typeof flags === 'string') return usageError(io, flags);
    const loaded = await datasetFromArgs(io, { url, metadata: values.metadata, html: values.html, lang: flags.lang });
    if (!loaded.ok) return reportDatasetArgError(io, loaded, flags.lang);
    const result = renderAttribution(noticeInputOf(loaded.dataset), flags);
    io.stdout(`${result.text}\n`);
    printNoticeMessages(io, noticeMessages(result.notice, flags.lang));
    return EXIT_OK;
  },
};
