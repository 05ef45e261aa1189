import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { startsWithGzip } from '../../../lib/preview/gzip-magic';
import { createProfileJobHandler, type FromWorker } from '../../../lib/preview/worker-protocol';

const bytes = (...values: number[]) => new Uint8Array(values);

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

describe('startsWithGzip', () => {
  it('is true for a body that starts with 1f 8b, in one chunk or split across several', () => {
    expect(startsWithGzip([bytes(0x1f, 0x8b, 0x08, 0x00)])).toBe(true);
    expect(startsWithGzip([bytes(0x1f), bytes(0x8b), bytes(0x08)])).toBe(true);
    expect(startsWithGzip([new Uint8Array(0), bytes(0x1f), new Uint8Array(0), bytes(0x8b)])).toBe(true);
  });

  it('is false for other bodies, for a body shorter than the magic number and for an empty one', () => {
    expect(startsWithGzip([new TextEncoder().encode('code;valeur\r\n')])).toBe(false);
    expect(startsWithGzip([bytes(0x8b, 0x1f)])).toBe(false);
    expect(startsWithGzip([bytes(0x1f), bytes(0x00)])).toBe(false);
    expect(startsWithGzip([bytes(0x1f)])).toBe(false);
    expect(startsWithGzip([])).toBe(false);
  });
});

describe('the profile worker decides gzip the way the preview does', () => {
  const CSV = `code;valeur\r\n${Array.from({ length: 300 }, (_, i) => `0${i % 3}001;${i},5`).join('\r\n')}\r\n`;
  const start = {
    type: 'start',
    url: 'https://static.data.gouv.fr/resources/x/valeurs.csv.gz',
    encoding: 'utf-8',
    delimiter: ';',
    skipLines: 1,
    columns: [
      { name: 'code', type: 'text', format: 'code_commune_insee', decimalSeparator: null },
      { name: 'valeur', type: 'decimal', format: null, decimalSeparator: ',' },
    ],
    totalBytes: null,
  };

  async function profile(body: ReadableStream<Uint8Array>): Promise<FromWorker> {
    const messages: FromWorker[] = [];
    await createProfileJobHandler(
      (m) => messages.push(m),
      async () => new Response(body),
    )(start);
    return messages.at(-1)!;
  }

  it('decompresses a gzip body whose magic number arrives one byte at a time', async () => {
    const gz = gzipSync(new TextEncoder().encode(CSV));
    const done = await profile(pieces(gz.subarray(0, 1), gz.subarray(1, 2), gz.subarray(2)));
    if (done.type !== 'done') throw new Error(JSON.stringify(done));
    expect(done.rows).toBe(300);
    expect(done.bytes).toBe(gz.length);
  });

  it('reads a plain body whose first chunk is one byte as it is', async () => {
    const csv = new TextEncoder().encode(CSV);
    const done = await profile(pieces(csv.subarray(0, 1), csv.subarray(1)));
    if (done.type !== 'done') throw new Error(JSON.stringify(done));
    expect(done.rows).toBe(300);
    expect(done.columns[0]!.profile!.top[0]).toEqual({ value: '00001', count: 100 });
  });
});
