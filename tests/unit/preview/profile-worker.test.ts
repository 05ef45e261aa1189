import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createProfileJobHandler, type FromWorker, FromWorkerSchema } from '../../../lib/preview/worker-protocol';

const CSV = `code;valeur\r\n${Array.from({ length: 5000 }, (_, i) => `0${i % 3}001;${i},5`).join('\r\n')}\r\n`;

const start = {
  type: 'start',
  url: 'https://static.data.gouv.fr/resources/x/valeurs.csv',
  encoding: 'utf-8',
  delimiter: ';',
  skipLines: 1,
  columns: [
    { name: 'code', type: 'text', format: 'code_commune_insee', decimalSeparator: null },
    { name: 'valeur', type: 'decimal', format: null, decimalSeparator: ',' },
  ],
  totalBytes: null,
};

/** A body sent as the given pieces, one chunk each. */
function pieces(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

function run(fetchImpl: (url: string, init?: RequestInit) => Promise<Response>) {
  const messages: FromWorker[] = [];
  const handle = createProfileJobHandler((m) => messages.push(FromWorkerSchema.parse(m)), { fetchImpl });
  return { messages, handle };
}

describe('profile worker protocol', () => {
  it('fetches the file without credentials, reports progress, then the whole-file columns', async () => {
    let init: RequestInit | undefined;
    const { messages, handle } = run(async (_url, i) => {
      init = i;
      return new Response(CSV, { headers: { 'content-length': String(CSV.length) } });
    });
    await handle(start);
    expect(init?.credentials).toBe('omit');
    expect(messages[0]).toMatchObject({ type: 'progress', totalBytes: CSV.length });
    const done = messages.at(-1)!;
    if (done.type !== 'done') throw new Error(done.type);
    expect(done.rows).toBe(5000);
    expect(done.bytes).toBe(CSV.length);
    expect(done.columns[0]!.profile).toMatchObject({ distinct: 3, distinctApproximate: false });
    expect(done.columns[0]!.profile!.top[0]).toEqual({ value: '00001', count: 1667 });
    expect(done.columns[1]!.profile).toMatchObject({ min: 0.5, max: 4999.5 });
  });

  it('decompresses a gzip body and counts the compressed bytes', async () => {
    const gz = gzipSync(new TextEncoder().encode(CSV));
    const { messages, handle } = run(async () => new Response(gz));
    await handle(start);
    const done = messages.at(-1)!;
    if (done.type !== 'done') throw new Error(done.type);
    expect(done.rows).toBe(5000);
    expect(done.bytes).toBe(gz.length);
  });

  it('decides gzip on the first two bytes even when they arrive one by one, as the preview does', async () => {
    const gz = gzipSync(new TextEncoder().encode(CSV));
    const { messages, handle } = run(
      async () => new Response(pieces(gz.subarray(0, 1), gz.subarray(1, 2), gz.subarray(2))),
    );
    await handle(start);
    const done = messages.at(-1)!;
    if (done.type !== 'done') throw new Error(done.type);
    expect(done.rows).toBe(5000);
    expect(done.bytes).toBe(gz.length);
  });

  it('reads a plain body whose first chunk is a single byte as it is', async () => {
    const csv = new TextEncoder().encode(CSV);
    const { messages, handle } = run(async () => new Response(pieces(csv.subarray(0, 1), csv.subarray(1))));
    await handle(start);
    const done = messages.at(-1)!;
    if (done.type !== 'done') throw new Error(done.type);
    expect(done.rows).toBe(5000);
    expect(done.columns[0]!.profile!.top[0]).toEqual({ value: '00001', count: 1667 });
  });

  it('turns an HTTP error into a failure message', async () => {
    const { messages, handle } = run(async () => new Response('gone', { status: 404 }));
    await handle(start);
    expect(messages).toEqual([{ type: 'failed', error: expect.objectContaining({ code: 'not-found' }) }]);
  });

  it('answers a cancel with "cancelled"', async () => {
    const { messages, handle } = run(
      async (_url, init) =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('code;valeur\r\n'));
              init?.signal?.addEventListener('abort', () =>
                controller.error(new DOMException('aborted', 'AbortError')),
              );
            },
          }),
        ),
    );
    const running = handle(start);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await handle({ type: 'cancel' });
    await running;
    expect(messages.at(-1)).toEqual({ type: 'cancelled' });
  });

  it('rejects a message that does not follow the protocol', async () => {
    const { messages, handle } = run(async () => new Response(CSV));
    await handle({ type: 'start', url: 'not a url' });
    expect(messages).toEqual([{ type: 'failed', error: expect.objectContaining({ code: 'malformed' }) }]);
  });
});
