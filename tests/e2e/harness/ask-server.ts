import { request } from 'node:https';
import type { ReplayServer } from './replay-server';

export interface ServerAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface AskOptions {
  headers?: Record<string, string>;
  /** Hang up once this many bytes came, like a reader that has enough; the answer holds what came by then. */
  stopAfter?: number;
  /** Fail with "timeout" when the socket stays idle this long. */
  timeoutMs?: number;
}

/**
 * Asks the replay server without a browser, as Chromium does after its resolver rules: the real host name (SNI and
 * Host header), sent to 127.0.0.1. For the harness's own tests.
 */
export function askServer(
  server: ReplayServer,
  url: string,
  { headers = {}, stopAfter, timeoutMs }: AskOptions = {},
): Promise<ServerAnswer> {
  const u = new URL(url);
  return new Promise((done, failed) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        servername: u.hostname,
        path: `${u.pathname}${u.search}`,
        headers: { host: u.hostname, ...headers },
        rejectUnauthorized: false,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let length = 0;
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          length += chunk.length;
          if (stopAfter !== undefined && length >= stopAfter) {
            res.destroy();
            done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
          }
        });
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', failed);
    req.end();
  });
}
