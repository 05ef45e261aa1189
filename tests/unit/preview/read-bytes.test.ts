import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { previewUrl } from '../../../lib/preview/csv-preview';
import { collectSample, readUrlSample, totalFromContentRange } from '../../../lib/preview/read-bytes';
import { chunkedStream, fixtureBytes } from './fixtures';

const URL_ = 'https://static.data.gouv.fr/resources/x/fichier.csv';
const KiB = 1024;

/** A 4 MiB semicolon file: enough that any budget under test stops well before its end. */
function bigCsv(): Uint8Array {
  const lines = ['id;libelle;valeur'];
  for (let i = 1; lines.join('\n').length < 4 * 1024 * 1024; i++) {
    for (let k = 0; k < 1000; k++, i++) lines.push(`${i};ligne ${i};${i},5`);
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}
const BIG = bigCsv();

/** A server that honours `Range: bytes=a-b` with 206 and Content-Range. */
function rangeServer(file: Uint8Array, chunk = 64 * KiB) {
  const served = { requests: [] as { url: string; range: string | null }[] };
  const fetchImpl = async (url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('range');
    served.requests.push({ url, range });
    const m = range ? /bytes=(\d+)-(\d+)/.exec(range) : null;
    const start = Number(m?.[1] ?? 0);
    const end = Math.min(Number(m?.[2] ?? file.length - 1), file.length - 1);
    const body = chunkedStream(file.slice(start, end + 1), chunk);
    return new Response(body.stream, {
      status: 206,
      headers: { 'Content-Range': `bytes ${start}-${end}/${file.length}`, 'Content-Length': String(end - start + 1) },
    });
  };
  return { fetchImpl, served };
}

/** A server that ignores Range and streams the whole file with 200. */
function wholeFileServer(file: Uint8Array, headers: Record<string, string> = {}, chunk = 64 * KiB) {
  const body = chunkedStream(file, chunk);
  const requests: string[] = [];
  const fetchImpl = async (url: string) => {
    requests.push(url);
    return new Response(body.stream, { status: 200, headers });
  };
  return { fetchImpl, state: body.state, requests };
}

describe('readUrlSample', () => {
  it.each([64 * KiB, 256 * KiB, 1024 * KiB])('with Range honoured, reads at most the budget (%i)', async (budget) => {
    const { fetchImpl, served } = rangeServer(BIG);
    const r = await readUrlSample(URL_, { budget, fetchImpl });
    if (!r.ok) throw new Error(r.error.messageKey);
    expect(served.requests[0]?.range).toBe(`bytes=0-${budget - 1}`);
    expect(r.value.bytesRead).toBeLessThanOrEqual(budget + 64 * KiB);
    expect(r.value.bytes.length).toBe(budget);
    expect(r.value.totalBytes).toBe(BIG.length);
    expect(r.value.truncated).toBe(true);
  });

  it.each([64 * KiB, 256 * KiB, 1024 * KiB])(
    'with Range ignored, reads at most twice the budget and cancels the stream (%i)',
    async (budget) => {
      const { fetchImpl, state } = wholeFileServer(BIG, { 'Content-Length': String(BIG.length) });
      const r = await readUrlSample(URL_, { budget, fetchImpl });
      if (!r.ok) throw new Error(r.error.messageKey);
      expect(r.value.bytesRead).toBeLessThanOrEqual(2 * budget);
      expect(state.pulled).toBeLessThanOrEqual(2 * budget);
      expect(state.cancelled).toBe(true);
      expect(r.value.bytes.length).toBe(budget);
      expect(r.value.totalBytes).toBe(BIG.length);
      expect(r.value.truncated).toBe(true);
    },
  );

  it('reads a small file whole, without cancelling, and says it is complete', async () => {
    const file = fixtureBytes('ragged-rows.csv');
    const { fetchImpl, state } = wholeFileServer(file, { 'Content-Length': String(file.length) }, 10);
    const r = await readUrlSample(URL_, { fetchImpl });
    expect(r.ok && r.value).toMatchObject({ bytesRead: file.length, totalBytes: file.length, truncated: false });
    expect(state.cancelled).toBe(false);
  });

  it('takes the total from Content-Range, else from the caller', async () => {
    expect(totalFromContentRange('bytes 0-1023/777454664')).toBe(777_454_664);
    expect(totalFromContentRange('bytes 0-1023/*')).toBeNull();
    expect(totalFromContentRange(null)).toBeNull();
    const { fetchImpl } = wholeFileServer(BIG, { 'Transfer-Encoding': 'chunked' });
    const r = await readUrlSample(URL_, { budget: 64 * KiB, fetchImpl, totalBytes: 123_456_789 });
    expect(r.ok && r.value.totalBytes).toBe(123_456_789);
  });

  it('decompresses a .csv.gz and caps the decompressed size at the budget', async () => {
    const gz = gzipSync(BIG);
    const { fetchImpl, state } = wholeFileServer(gz, { 'Content-Length': String(gz.length) }, 16 * KiB);
    const budget = 256 * KiB;
    const r = await readUrlSample(`${URL_}.gz`, { budget, fetchImpl });
    if (!r.ok) throw new Error(r.error.messageKey);
    expect(r.value.gunzipped).toBe(true);
    expect(r.value.bytes.length).toBe(budget);
    expect(new TextDecoder().decode(r.value.bytes.subarray(0, 20))).toBe('id;libelle;valeur\n1;');
    // Compressed bytes over the network, far fewer than the decompressed sample.
    expect(r.value.bytesRead).toBeLessThan(budget);
    expect(state.cancelled).toBe(true);
    expect(r.value.truncated).toBe(true);
  });

  it('decompresses a body sent with Content-Encoding: gzip that fetch left encoded', async () => {
    const file = fixtureBytes('w1252-semicolon-decimal-comma.csv');
    const gz = gzipSync(file);
    const { fetchImpl } = wholeFileServer(gz, { 'Content-Encoding': 'gzip', 'Content-Length': String(gz.length) });
    const r = await readUrlSample(URL_, { fetchImpl });
    if (!r.ok) throw new Error(r.error.messageKey);
    expect(r.value.bytes).toEqual(file);
    expect(r.value.bytesRead).toBe(gz.length);
    // Content-Length counts encoded bytes: not the file's size.
    expect(r.value.totalBytes).toBeNull();
    expect(r.value.truncated).toBe(false);
  });

  it('previews a whole gzip fixture end to end', async () => {
    const { fetchImpl } = wholeFileServer(fixtureBytes('w1252-semicolon-decimal-comma.csv.gz'));
    const p = await previewUrl(`${URL_}.gz`, { fetchImpl });
    if (!p.ok) throw new Error(p.error.messageKey);
    expect(p.value).toMatchObject({ encoding: 'windows-1252', delimiter: ';', totalRows: 15, truncated: false });
  });

  it('treats an unsatisfiable range as an empty file', async () => {
    const fetchImpl = async () => new Response(null, { status: 416, headers: { 'Content-Range': 'bytes */0' } });
    const r = await readUrlSample(URL_, { fetchImpl });
    expect(r.ok && r.value).toMatchObject({ bytesRead: 0, totalBytes: 0, truncated: false });
    const p = await previewUrl(URL_, { fetchImpl });
    expect(!p.ok && p.error.messageKey).toBe('preview.empty');
  });

  it.each([
    [404, 'not-found', 'preview.file-not-found'],
    [410, 'gone', 'preview.file-gone'],
    [403, 'auth-required', 'errors.auth-required'],
    [503, 'server', 'errors.server'],
  ])('maps HTTP %i to %s', async (status, code, messageKey) => {
    const fetchImpl = async () => new Response('nope', { status });
    const r = await readUrlSample(URL_, { fetchImpl });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code, messageKey, params: { host: 'static.data.gouv.fr', status } });
  });

  it('turns a network error into a failure', async () => {
    const fetchImpl = async () => {
      throw new TypeError('fetch failed');
    };
    const r = await readUrlSample(URL_, { fetchImpl });
    expect(!r.ok && r.error).toMatchObject({ code: 'network', params: { host: 'static.data.gouv.fr' } });
  });

  it('gives up on a body that stalls, and cancels it', async () => {
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('a;b\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetchImpl = async () => new Response(stalled, { status: 200 });
    const r = await readUrlSample(URL_, { fetchImpl, timeoutMs: 20 });
    expect(!r.ok && r.error).toMatchObject({ code: 'timeout', messageKey: 'preview.readTimeout' });
    expect(cancelled).toBe(true);
  });
});

describe('collectSample', () => {
  it('decides gzip on the first two bytes even when they arrive one by one', async () => {
    const file = fixtureBytes('quoted-fields.csv');
    const { stream } = chunkedStream(gzipSync(file), 1);
    const r = await collectSample(stream, { budget: 1024 * KiB });
    expect(r.ok && r.value.bytes).toEqual(file);
  });

  it('reports corrupt gzip as malformed', async () => {
    const gz = gzipSync(fixtureBytes('quoted-fields.csv'));
    gz.fill(0xff, 10, 40);
    const r = await collectSample(chunkedStream(gz, 64).stream, { budget: 1024 * KiB });
    expect(!r.ok && r.error).toMatchObject({ code: 'malformed', messageKey: 'preview.badGzip' });
  });
});

describe('previewUrl over a cut sample', () => {
  it('drops the partial last row of a ranged read', async () => {
    const { fetchImpl } = rangeServer(BIG);
    const p = await previewUrl(URL_, { fetchImpl, budget: 64 * KiB, rows: 100_000 });
    if (!p.ok) throw new Error(p.error.messageKey);
    const last = p.value.rows.at(-1)!;
    const id = Number(last[0]);
    expect(last).toEqual([String(id), `ligne ${id}`, `${id},5`]);
    expect(p.value.raggedRows).toBe(0);
    expect(p.value.truncated).toBe(true);
    expect(p.value.totalBytes).toBe(BIG.length);
    expect(p.value.columns.map((c) => c.type)).toEqual(['integer', 'text', 'decimal']);
  });
});
