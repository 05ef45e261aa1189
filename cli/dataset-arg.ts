import { extractPageSignals } from '../lib/detect/page-signals';
import type { Lang } from '../lib/i18n';
import type { Dataset } from '../lib/model/dataset';
import type { Failure } from '../lib/model/failure';
import { loadDataset, parseDataset } from '../lib/pipeline/load-dataset';
import { detectDataset } from '../lib/portals/registry';
import { type CliIo, printFailure, readJsonFile, usageError } from './io';

export interface DatasetArgs {
  url: string;
  /** A saved raw answer of the portal's metadata call: no network at all. */
  metadata?: string;
  /** A saved page, for detectors that read the markup. */
  html?: string;
  lang: Lang;
}

/** Either the dataset, or what went wrong: a command-line mistake (exit 2) or a portal failure (exit 1). */
export type DatasetArgResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; usage: string }
  | { ok: false; failure: Failure };

/**
 * URL (+ saved page) → detection → metadata from the network or a saved answer → a normalized dataset with
 * its licence resolved: what every command that works on one dataset needs. It prints nothing, so a command
 * that reads several can say which one failed.
 */
export async function datasetFromArgs(io: CliIo, args: DatasetArgs): Promise<DatasetArgResult> {
  const html = args.html ? await io.readText(args.html).catch(() => null) : '';
  if (html === null) return { ok: false, usage: `cannot read ${args.html}` };
  const ref = detectDataset(extractPageSignals(args.url, html));
  if (!ref) return { ok: false, usage: `no dataset detected at ${args.url}` };
  if (args.metadata) {
    const raw = await readJsonFile(io, args.metadata);
    if (!raw.ok) return { ok: false, usage: raw.message };
    const parsed = parseDataset(ref, raw.value, { lang: args.lang });
    return parsed.ok ? { ok: true, dataset: parsed.value } : { ok: false, failure: parsed.error };
  }
  const loaded = await loadDataset(ref, { fetchJson: io.fetchJson, lang: args.lang });
  return loaded.ok ? { ok: true, dataset: loaded.value } : { ok: false, failure: loaded.error };
}

/** Prints a {@link datasetFromArgs} problem the way every command does and returns the exit code. */
export function reportDatasetArgError(
  io: CliIo,
  result: Exclude<DatasetArgResult, { ok: true }>,
  lang: Lang,
  context?: string,
): number {
  if ('usage' in result) return usageError(io, context ? `${context}: ${result.usage}` : result.usage);
  const error = context
    ? { ...result.failure, detail: [context, result.failure.detail].filter(Boolean).join(' — ') }
    : result.failure;
  return printFailure(io, error, lang);
}
