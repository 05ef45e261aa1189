import type { PageSignals } from '../detect/page-signals';
import type { Lang } from '../i18n';
import type { Dataset, DatasetRef, PortalFamily } from '../model/dataset';
import type { Result } from '../model/failure';

/** Network access handed to adapters: the browser and the CLI each supply one; tests supply a fake. */
export type JsonFetcher = (url: string, init?: { headers?: Record<string, string> }) => Promise<Result<unknown>>;

export interface LoadContext {
  fetchJson: JsonFetcher;
  lang: Lang;
}

export interface ParseContext {
  lang: Lang;
}

/** URLs a detector must claim (with the id it must find) and portal pages it must leave alone. */
export interface DetectionExamples {
  datasets: ReadonlyArray<{ url: string; id: string; html?: string }>;
  notDatasets: readonly string[];
}

/**
 * One portal family. Detection is pure; `load` does the requests; `parse` turns the raw answer of the main
 * metadata call into a `Dataset` without any network, which is what `provenance inspect --metadata` replays.
 */
export interface PortalAdapter {
  readonly family: PortalFamily;
  /** Hosts recognised from the URL alone; also the extension's built-in host permissions. */
  readonly knownHosts: readonly string[];
  /** Hosts serving this family's files and row APIs (no pages): readable without asking, for previews. */
  readonly fileHosts?: readonly string[];
  readonly examples: DetectionExamples;
  detect(signals: PageSignals): DatasetRef | null;
  /** The main metadata call for a ref (what `--metadata` stands in for). */
  metadataUrl(ref: DatasetRef): string;
  parse(raw: unknown, ref: DatasetRef, ctx: ParseContext): Result<Dataset>;
  /** Main call, `parse`, then any follow-up calls that complete the dataset (licence titles, more files). */
  load(ref: DatasetRef, ctx: LoadContext): Promise<Result<Dataset>>;
}
