import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCredits } from '../../lib/attribution/credits';
import { noticeInputOf } from '../../lib/attribution/input';
import { noticeMessages } from '../../lib/attribution/messages';
import { buildNotice, type NoticeInput } from '../../lib/attribution/notice';
import { t } from '../../lib/i18n';
import { datasetFromArgs, reportDatasetArgError } from '../dataset-arg';
import { type CliIo, EXIT_OK, usageError } from '../io';
import { NOTICE_OPTIONS, normalizeModifiedFlag, noticeFlags, printNoticeMessages, todayIso } from './attribution';
import type { Command } from './command';

interface Source {
  url: string;
  metadata?: string;
  /** `list.txt:3`, to point at the line of a list that failed. */
  origin: string;
}

/**
 * A list file: one `<url> [<saved-metadata.json>]` per line; blank lines and `#` comments are skipped; a
 * relative metadata path is read from the list's folder, so a list and its saved answers travel together.
 */
export function parseCreditsList(text: string, listPath: string): Source[] | string {
  const sources: Source[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const content = line.replace(/(^|\s)#.*$/, '').trim();
    if (!content) continue;
    const words = content.split(/\s+/);
    if (words.length > 2) return `${listPath}:${index + 1}: expected '<url> [<metadata-file>]'`;
    const [url, metadata] = words as [string, string | undefined];
    sources.push({
      url,
      ...(metadata ? { metadata: resolve(dirname(listPath), metadata) } : {}),
      origin: `${listPath}:${index + 1}`,
    });
  }
  return sources;
}

export const credits: Command = {
  name: 'credits',
  usage: 'credits <url>... | --file <list> [--format <format>] [--modified [<who>]] [--lang fr|en]',
  summary:
    'One credits block for several datasets, headed by what their licences require together (text, not JSON); formats and options as for attribution. The --file list has one "<url> [<saved-metadata.json>]" per line, # starts a comment, paths are relative to the list. Any dataset that cannot be read fails the whole block.',
  async run(args: string[], io: CliIo) {
    const { positionals, values } = parseArgs({
      args: normalizeModifiedFlag(args),
      allowPositionals: true,
      options: { ...NOTICE_OPTIONS, file: { type: 'string' } },
    });
    const flags = noticeFlags(values, io.env, todayIso());
    if (typeof flags === 'string') return usageError(io, flags);
    const sources: Source[] = positionals.map((url) => ({ url, origin: url }));
    if (values.file) {
      const text = await io.readText(values.file).catch(() => null);
      if (text === null) return usageError(io, `cannot read ${values.file}`);
      const listed = parseCreditsList(text, values.file);
      if (typeof listed === 'string') return usageError(io, listed);
      sources.push(...listed);
    }
    if (sources.length === 0) return usageError(io, 'credits takes at least one URL, or --file <list>');

    // One at a time: a list may hold many datasets of the same portal, which should not see a burst.
    const inputs = new Map<string, NoticeInput>();
    for (const source of sources) {
      const loaded = await datasetFromArgs(io, { url: source.url, metadata: source.metadata, lang: flags.lang });
      // Credits missing a source would under-credit: stop rather than print an incomplete block.
      if (!loaded.ok) return reportDatasetArgError(io, loaded, flags.lang, source.origin);
      inputs.set(loaded.dataset.permalink, noticeInputOf(loaded.dataset));
    }

    const entries = [...inputs.values()];
    const { text, combined } = buildCredits(entries, flags);
    io.stdout(`${text}\n`);
    if (flags.format === 'ris') {
      // RIS has no room for free text: the combined obligations still have to reach the reader.
      for (const item of [...combined.obligations, ...combined.conflicts]) {
        io.stderr(`note: ${t(flags.lang, item.messageKey, item.params)} (${item.source})\n`);
      }
    }
    for (const entry of entries) {
      const messages = noticeMessages(buildNotice(entry, flags), flags.lang);
      // Per-licence notes and version caveats are in the combined head already; what each dataset lacks is not.
      printNoticeMessages(io, { ...messages, notes: [], version: null }, `${entry.dataset.title}: `);
    }
    return EXIT_OK;
  },
};
