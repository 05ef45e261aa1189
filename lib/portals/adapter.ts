import type { PageSignals } from '../detect/page-signals';
import type { Lang } from '../i18n';
import type { Dataset, PortalFamily, RefOf } from '../model/dataset';
import { fail, failure, type Result } from '../model/failure';

/** Network access handed to adapters: the browser and the CLI each supply one; tests supply a fake. */
export type JsonFetcher = (url: string, init?: { headers?: Record<string, string> }) => Promise<Result<unknown>>;

export interface LoadContext {
  fetchJson: JsonFetcher;
  lang: Lang;
}

export interface ParseContext {
  lang: Lang;
}

/**
 * One portal family, as written in its file. Detection is pure; `parse` turns the raw answer of the main metadata
 * call into a `Dataset` without any network, which is what `provenance inspect --metadata` replays. `load` only
 * where the default (fetch `metadataUrl` with `metadataHeaders`, then `parse`) is not enough.
 */
export interface AdapterSpec<F extends PortalFamily = PortalFamily> {
  readonly family: F;
  /** Hosts whose pages are recognised from the URL alone: the content script runs there. */
  readonly pageHosts: readonly string[];
  /** Hosts serving this family's APIs, files and row APIs but no dataset pages: readable without asking. */
  readonly apiHosts: readonly string[];
  detect(signals: PageSignals): RefOf<F> | null;
  /** Every origin reading this dataset's metadata needs (`https://host`); empty when nothing is fetched. */
  origins(ref: RefOf<F>): string[];
  /** The main metadata call for a ref (what `--metadata` stands in for); null when the page itself holds it. */
  metadataUrl(ref: RefOf<F>): string | null;
  readonly metadataHeaders?: Record<string, string>;
  /** The metadata the page itself carried (embedded JSON-LD), parsed without any request; undefined otherwise. */
  inPage?(ref: RefOf<F>): unknown;
  parse(raw: unknown, ref: RefOf<F>, ctx: ParseContext): Result<Dataset>;
  load?(ref: RefOf<F>, ctx: LoadContext): Promise<Result<Dataset>>;
}

/** An adapter with its `load` filled in. */
export interface PortalAdapter<F extends PortalFamily = PortalFamily> extends AdapterSpec<F> {
  load(ref: RefOf<F>, ctx: LoadContext): Promise<Result<Dataset>>;
}

/** The default `load`: what the page holds, else the main metadata call; then `parse`. */
async function fetchAndParse<F extends PortalFamily>(
  spec: AdapterSpec<F>,
  ref: RefOf<F>,
  ctx: LoadContext,
): Promise<Result<Dataset>> {
  const held = spec.inPage?.(ref);
  if (held !== undefined) return spec.parse(held, ref, ctx);
  const url = spec.metadataUrl(ref);
  if (url === null) return fail(failure('unsupported'));
  const answer = await ctx.fetchJson(url, spec.metadataHeaders ? { headers: spec.metadataHeaders } : undefined);
  if (!answer.ok) return answer;
  return spec.parse(answer.value, ref, ctx);
}

export function defineAdapter<F extends PortalFamily>(spec: AdapterSpec<F>): PortalAdapter<F> {
  return { ...spec, load: spec.load ?? ((ref, ctx) => fetchAndParse(spec, ref, ctx)) };
}

/** Any family's adapter, for code that dispatches on `ref.portal` (see `adapterFor`). */
export type AnyAdapter = { [F in PortalFamily]: PortalAdapter<F> }[PortalFamily];
