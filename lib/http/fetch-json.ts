import { type Failure, fail, failure, ok, type Result } from '../model/failure';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchJsonOptions {
  headers?: Record<string, string>;
  timeoutMs?: number;
  fetchImpl?: FetchLike;
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Seconds from a `Retry-After` header (delta-seconds or HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - now) / 1000));
}

/** Maps an HTTP status that is not a success to the failure a person should read. */
export function failureForStatus(status: number, headers: Headers, host: string): Failure {
  const params = { status, host };
  const detail = `HTTP ${status}`;
  if (status === 404) return failure('not-found', 'errors.not-found', { params, detail });
  if (status === 410) return failure('gone', 'errors.gone', { params, detail });
  if (status === 429) {
    const retryAfter = parseRetryAfter(headers.get('retry-after'));
    return failure('rate-limited', retryAfter === undefined ? 'errors.rate-limited' : 'errors.rate-limited-wait', {
      params: { ...params, seconds: retryAfter ?? 0 },
      detail,
      retryAfter,
    });
  }
  if (status === 401 || status === 403) return failure('auth-required', 'errors.auth-required', { params, detail });
  if (status >= 500) return failure('server', 'errors.server', { params, detail });
  return failure('malformed', 'errors.http', { params, detail });
}

/** The host a person recognises in a message; the raw string when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Runs `fetch` with a timeout and turns every way it can fail into a `Failure`. */
export async function fetchWithTimeout(
  url: string,
  init: RequestInit,
  opts: FetchJsonOptions,
): Promise<Result<Response>> {
  const controller = new AbortController();
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  // The caller's signal stays tied to the request after the headers: aborting it while the body is read closes
  // the connection. Firefox otherwise keeps a given-up dripping answer open and queues the retry behind it.
  const signal = opts.signal ? AbortSignal.any([opts.signal, controller.signal]) : controller.signal;
  const host = hostOf(url);
  try {
    const response = await (opts.fetchImpl ?? fetch)(url, { ...init, signal });
    return ok(response);
  } catch (error) {
    if (timedOut) {
      return fail(failure('timeout', 'errors.timeout', { params: { host, seconds: Math.round(timeoutMs / 1000) } }));
    }
    const detail = error instanceof Error ? error.message : String(error);
    return fail(failure('network', 'errors.network', { params: { host }, detail }));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET a JSON document. Never throws: HTML error pages, bad JSON and HTTP errors come back as failures. One
 * deadline covers the headers and the body: a server that answers its headers at once and then drips the body
 * (or stalls in it) ends in the timeout message like one that never answers.
 */
export async function fetchJson(url: string, opts: FetchJsonOptions = {}): Promise<Result<unknown>> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const host = hostOf(url);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline.signal]) : deadline.signal;
  const timedOut = () => deadline.signal.aborted && !opts.signal?.aborted;
  const timeout = () =>
    fail(failure('timeout', 'errors.timeout', { params: { host, seconds: Math.round(timeoutMs / 1000) } }));
  try {
    const res = await fetchWithTimeout(
      url,
      { headers: { Accept: 'application/json', ...opts.headers }, credentials: 'omit' },
      { ...opts, signal },
    );
    if (!res.ok) return timedOut() ? timeout() : res;
    const response = res.value;
    if (!response.ok) return fail(failureForStatus(response.status, response.headers, host));
    let text: string;
    try {
      text = await readText(response, deadline.signal);
    } catch (error) {
      if (timedOut()) return timeout();
      return fail(failure('network', 'errors.network', { params: { host }, detail: String(error) }));
    }
    try {
      return ok(JSON.parse(text));
    } catch {
      const looksHtml = /^\s*</.test(text);
      return fail(
        failure('malformed', looksHtml ? 'errors.html-not-json' : 'errors.invalid-json', {
          params: { host },
          detail: text.slice(0, 120),
        }),
      );
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, given up when `signal` aborts even if the fetch in use does not tie its body to it. */
function readText(response: Response, signal: AbortSignal): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onAbort = () => {
      reject(new Error('body read aborted'));
      void response.body?.cancel().catch(() => undefined);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    response
      .text()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}
