import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { FetchLike } from '../lib/http/fetch-json';

/**
 * A Range-capable server without the socket: `fetch` answers for one file read from disk, 206 with
 * Content-Range when asked for `bytes=N-`. The baseline PapaParse reads the same disk the same way, so the
 * comparison is of the parsing, not of a local HTTP server fighting the benchmark for the same two cores.
 */
export function fileFetch(path: string): FetchLike {
  return async (_url, init) => {
    const size = statSync(path).size;
    const asked = /^bytes=(\d+)-$/.exec(new Headers(init?.headers).get('range') ?? '');
    const start = asked ? Number(asked[1]) : 0;
    const body = Readable.toWeb(
      createReadStream(path, { start, highWaterMark: 64 * 1024 }),
    ) as ReadableStream<Uint8Array>;
    const headers: Record<string, string> = { 'content-length': String(size - start) };
    if (asked) headers['content-range'] = `bytes ${start}-${size - 1}/${size}`;
    return new Response(body, { status: asked ? 206 : 200, headers });
  };
}
