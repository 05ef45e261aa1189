import { describe, expect, it } from 'vitest';
import { fetchJson, parseRetryAfter } from '../../../lib/http/fetch-json';

const respond =
  (body: string, init: ResponseInit = {}) =>
  async () =>
    new Response(body, init);

describe('fetchJson', () => {
  it('returns parsed JSON', async () => {
    const r = await fetchJson('https://x.test/a', { fetchImpl: respond('{"a":1}') });
    expect(r).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    [404, 'not-found', 'errors.not-found', false],
    [410, 'gone', 'errors.gone', false],
    [401, 'auth-required', 'errors.auth-required', false],
    [403, 'auth-required', 'errors.auth-required', false],
    [500, 'server', 'errors.server', true],
    [503, 'server', 'errors.server', true],
    [418, 'malformed', 'errors.http', false],
  ])('maps HTTP %i to %s', async (status, code, key, retryable) => {
    const r = await fetchJson('https://x.test/a', { fetchImpl: respond('{}', { status }) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code, messageKey: key, retryable, params: { status, host: 'x.test' } });
  });

  it('reads Retry-After on 429', async () => {
    const r = await fetchJson('https://x.test/a', {
      fetchImpl: respond('', { status: 429, headers: { 'Retry-After': '30' } }),
    });
    expect(!r.ok && r.error).toMatchObject({
      code: 'rate-limited',
      messageKey: 'errors.rate-limited-wait',
      retryAfter: 30,
    });
  });

  it('tells an HTML page from broken JSON', async () => {
    const html = await fetchJson('https://x.test/a', { fetchImpl: respond('<!doctype html><p>Maintenance') });
    expect(!html.ok && html.error.messageKey).toBe('errors.html-not-json');
    const broken = await fetchJson('https://x.test/a', { fetchImpl: respond('{"a":') });
    expect(!broken.ok && broken.error.messageKey).toBe('errors.invalid-json');
  });

  it('times out', async () => {
    const never = (_: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const r = await fetchJson('https://x.test/a', { fetchImpl: never, timeoutMs: 20 });
    expect(!r.ok && r.error).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('times out when the headers come at once and the body then stalls (a slow drip)', async () => {
    const dripping = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"a":'));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const r = await fetchJson('https://x.test/a', { fetchImpl: dripping, timeoutMs: 30 });
    expect(!r.ok && r.error).toMatchObject({ code: 'timeout', messageKey: 'errors.timeout' });
  });

  it('aborts the request itself when the body stalls past the deadline, so the connection is closed', async () => {
    let requestSignal: AbortSignal | undefined;
    const dripping = async (_url: RequestInfo | URL, init?: RequestInit) => {
      requestSignal = init?.signal ?? undefined;
      return new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"a":'));
          },
        }),
      );
    };
    const r = await fetchJson('https://x.test/a', { fetchImpl: dripping, timeoutMs: 30 });
    expect(!r.ok && r.error.code).toBe('timeout');
    expect(requestSignal?.aborted).toBe(true);
  });

  it('reports network errors', async () => {
    const r = await fetchJson('https://x.test/a', {
      fetchImpl: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(!r.ok && r.error).toMatchObject({ code: 'network', params: { host: 'x.test' } });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:30 GMT', Date.parse('2026-11-26T10:00:00Z'))).toBe(30);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
