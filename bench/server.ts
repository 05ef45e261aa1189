import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FileServer {
  /** URL of a served file. */
  url(name: string): string;
  /** Body bytes the server handed to the socket for that file since the last reset. */
  bytesSent(name: string): number;
  reset(): void;
  close(): Promise<void>;
}

/**
 * Serves files on 127.0.0.1 (an ephemeral port), like a portal's file host: honouring `Range: bytes=a-b`
 * with 206 + Content-Range when `range` is true, ignoring it (200, the whole file) otherwise.
 */
export async function startFileServer(files: Record<string, string>, range: boolean): Promise<FileServer> {
  const sent = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1));
    const path = files[name];
    if (!path) {
      res.writeHead(404).end();
      return;
    }
    const size = statSync(path).size;
    let start = 0;
    let end = size - 1;
    const asked = range ? /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '') : null;
    if (asked) {
      start = Number(asked[1]);
      end = asked[2] ? Math.min(Number(asked[2]), size - 1) : size - 1;
      res.writeHead(206, {
        'content-type': 'text/csv; charset=windows-1252',
        'content-length': end - start + 1,
        'content-range': `bytes ${start}-${end}/${size}`,
        'accept-ranges': 'bytes',
      });
    } else {
      res.writeHead(200, { 'content-type': 'text/csv; charset=windows-1252', 'content-length': size });
    }
    const body = createReadStream(path, { start, end });
    body.on('data', (chunk) => sent.set(name, (sent.get(name) ?? 0) + chunk.length));
    body.pipe(res);
    // The preview cancels its read at the budget: stop reading the disk too.
    res.on('close', () => body.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${port}/${encodeURIComponent(name)}`,
    bytesSent: (name) => sent.get(name) ?? 0,
    reset: () => sent.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
