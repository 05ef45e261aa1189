import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { makeCertificate } from './cert';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** What one route answers. The body comes from `file` (under `tests/fixtures/` unless absolute), `json` or `body`. */
export interface RouteAnswer {
  status?: number;
  headers?: Record<string, string>;
  file?: string;
  json?: unknown;
  body?: string;
  /** Wait this long before answering (a slow portal). */
  delayMs?: number;
  /** Never answer: the client's own timeout must end the request. */
  hang?: boolean;
  /**
   * Answer `Range: bytes=a-b` (or `bytes=a-`, `bytes=-n`) with 206, `Content-Range` and that slice, as static
   * file hosts do. Without it a Range header is ignored: 200 and the whole body, as many servers do.
   */
  range?: boolean;
  /**
   * Send the body in 64 KiB pieces this many ms apart, each once the socket has drained: a link slow enough
   * that a client hanging up early shows in `bytesSent`, instead of the body vanishing into socket buffers.
   */
  paceMs?: number;
  /** A slow drip: the headers at once, then the body a few bytes at a time, this many ms apart. */
  dripMs?: number;
  /** Send the headers (with the whole Content-Length) and this many body bytes, then drop the connection. */
  resetAfterBytes?: number;
  /**
   * Send the body gzip-compressed with `Content-Encoding: gzip`; `truncated` cuts the compressed stream in
   * half (Content-Length says the cut length, so the HTTP exchange itself looks complete).
   */
  gzip?: 'whole' | 'truncated';
}

/** Bytes per piece of a slow drip. */
const DRIP_BYTES = 16;

export interface LoggedRequest {
  method: string;
  /** `https://host/path?query`, as the browser asked for it (without the port it was mapped to). */
  url: string;
  host: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The status answered, or null for a hung request. */
  status: number | null;
  routed: boolean;
  /** The Range header the client sent, if any. */
  range: string | null;
  /** Body bytes handed to the connection (for a paced answer, up to the moment the client went away). */
  bytesSent: number;
  /** The connection closed before the whole answer was written: the client cancelled its read. */
  closedEarly: boolean;
}

export type Routes = Record<string, RouteAnswer>;

/**
 * An empty page every replayed host answers, outside the routes and the log: the Firefox harness opens the
 * extension's pages from it (Firefox lets a driver reach `moz-extension://` only through a web page).
 */
export const BLANK_PAGE_PATH = '/.provenance-e2e-blank';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Every answer says `Access-Control-Allow-Origin: *` as udata does, and `no-store` so that Chromium's HTTP cache
 * never hides a route a test changed (the Retry button must reach the server again).
 */
const BASE_HEADERS = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };

function routeKey(url: string): string {
  const u = new URL(url);
  if (u.protocol !== 'https:') throw new Error(`replay routes are https only: ${url}`);
  return `${u.hostname}${u.pathname}${u.search}`;
}

function bodyOf(answer: RouteAnswer): { body: string | Buffer; type?: string } {
  if (answer.file !== undefined) {
    const path = isAbsolute(answer.file) ? answer.file : resolve(FIXTURES_DIR, answer.file);
    return { body: readFileSync(path), type: CONTENT_TYPES[extname(path)] };
  }
  if (answer.json !== undefined) return { body: JSON.stringify(answer.json), type: CONTENT_TYPES['.json'] };
  return { body: answer.body ?? '', type: answer.body === undefined ? undefined : CONTENT_TYPES['.txt'] };
}

/**
 * An HTTPS server that stands in for the portals: it answers from a route table keyed by host + path (+ query
 * when the key has one) and logs every request, so a test can say both what the extension asked and that it
 * asked nothing else.
 */
export class ReplayServer {
  readonly hosts: readonly string[];
  readonly requests: LoggedRequest[] = [];
  private readonly defaults = new Map<string, RouteAnswer>();
  private readonly overrides = new Map<string, RouteAnswer>();
  /** Hosts whose TLS handshake fails until the next `reset()` (see `breakTls`). */
  private readonly brokenTls = new Set<string>();
  private readonly server: Server;
  private boundPort = 0;

  private constructor(hosts: readonly string[], defaults: Routes) {
    this.hosts = hosts;
    for (const [url, answer] of Object.entries(defaults)) this.defaults.set(this.checkedKey(url), answer);
    const { key, cert } = makeCertificate(hosts);
    const options = {
      key,
      cert,
      // The handshake of a host a test broke fails at the server's first answer, as a misconfigured or
      // intercepted site does; the others get the default certificate.
      SNICallback: (servername: string, done: (error: Error | null, context?: undefined) => void) => {
        if (this.brokenTls.has(servername)) done(new Error(`replayed TLS failure for ${servername}`));
        else done(null);
      },
    };
    this.server = createServer(options, (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const path = req.url ?? '/';
      if (path === BLANK_PAGE_PATH) {
        res.writeHead(200, { ...BASE_HEADERS, 'content-type': CONTENT_TYPES['.html'] });
        res.end('<!doctype html><title>e2e</title>');
        return;
      }
      const entry: LoggedRequest = {
        method: req.method ?? 'GET',
        url: `https://${host}${path}`,
        host,
        path,
        headers: req.headers,
        status: null,
        routed: false,
        range: typeof req.headers.range === 'string' ? req.headers.range : null,
        bytesSent: 0,
        closedEarly: false,
      };
      this.requests.push(entry);
      res.on('close', () => {
        if (!res.writableFinished) entry.closedEarly = true;
      });
      const answer = this.lookup(host, path);
      if (!answer) {
        entry.status = 404;
        res.writeHead(404, { ...BASE_HEADERS, 'content-type': CONTENT_TYPES['.txt'] });
        res.end(`no replay route for ${entry.url}`);
        return;
      }
      entry.routed = true;
      if (answer.hang) return;
      const send = () => {
        if (entry.method === 'OPTIONS') {
          entry.status = 204;
          res.writeHead(204, {
            ...BASE_HEADERS,
            'access-control-allow-methods': 'GET, HEAD, OPTIONS',
            'access-control-allow-headers': '*',
          });
          res.end();
          return;
        }
        const { body, type } = bodyOf(answer);
        const whole = typeof body === 'string' ? Buffer.from(body) : body;
        const slice = answer.range ? byteRange(entry.range, whole.length) : null;
        if (slice === 'unsatisfiable') {
          entry.status = 416;
          res.writeHead(416, { ...BASE_HEADERS, 'content-range': `bytes */${whole.length}` });
          res.end();
          return;
        }
        let payload = slice ? whole.subarray(slice.start, slice.end + 1) : whole;
        if (answer.gzip) {
          const zipped = gzipSync(payload);
          payload = answer.gzip === 'truncated' ? zipped.subarray(0, Math.floor(zipped.length / 2)) : zipped;
        }
        entry.status = slice ? 206 : (answer.status ?? 200);
        res.writeHead(entry.status, {
          ...BASE_HEADERS,
          ...(type ? { 'content-type': type } : {}),
          ...answer.headers,
          ...(answer.range ? { 'accept-ranges': 'bytes', 'content-length': String(payload.length) } : {}),
          ...(slice ? { 'content-range': `bytes ${slice.start}-${slice.end}/${whole.length}` } : {}),
          ...(answer.gzip ? { 'content-encoding': 'gzip', 'content-length': String(payload.length) } : {}),
          ...(answer.resetAfterBytes !== undefined ? { 'content-length': String(payload.length) } : {}),
        });
        if (answer.resetAfterBytes !== undefined) {
          const part = payload.subarray(0, answer.resetAfterBytes);
          entry.bytesSent = part.length;
          // Flushed first, so the client has started the body when the connection goes.
          res.write(part, () => setTimeout(() => req.socket.destroy(), 50));
        } else if (answer.dripMs !== undefined) {
          writeInPieces(res, payload, { pieceBytes: DRIP_BYTES, everyMs: answer.dripMs }, entry);
        } else if (answer.paceMs === undefined) {
          entry.bytesSent = payload.length;
          res.end(payload);
        } else writeInPieces(res, payload, { pieceBytes: PACE_PIECE, everyMs: answer.paceMs }, entry);
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  }

  /**
   * Port 443 when we may bind it, so that the pages' own URLs (and the URLs the extension builds from them) are
   * the real ones down to the port; anything else is still reachable because the resolver rules name the port.
   */
  static async start(hosts: readonly string[], defaults: Routes = {}, port = preferredPort()): Promise<ReplayServer> {
    const replay = new ReplayServer(hosts, defaults);
    try {
      await replay.listen(port);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (port === 0 || (code !== 'EACCES' && code !== 'EADDRINUSE')) throw error;
      await replay.listen(0);
    }
    return replay;
  }

  private listen(port: number): Promise<void> {
    return new Promise((done, failed) => {
      const onError = (error: Error) => failed(error);
      this.server.once('error', onError);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', onError);
        this.boundPort = (this.server.address() as AddressInfo).port;
        done();
      });
    });
  }

  get port(): number {
    return this.boundPort;
  }

  /**
   * Chromium's resolver sends each replayed host to this server and every other name to NXDOMAIN, so a test can
   * never reach the real network, whatever the extension or the page tries.
   */
  resolverRules(): string {
    return [...this.hosts.map((h) => `MAP ${h} 127.0.0.1:${this.port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(
      ', ',
    );
  }

  /** Adds or replaces a route until the next `reset()`. */
  route(url: string, answer: RouteAnswer): void {
    this.overrides.set(this.checkedKey(url), answer);
  }

  /**
   * Makes every new TLS handshake for `host` fail until the next `reset()`, and drops the connections already
   * open so that the browser cannot reuse one.
   */
  breakTls(host: string): void {
    if (!this.hosts.includes(host)) throw new Error(`${host} is not a replayed host`);
    this.brokenTls.add(host);
    // New ticket keys: a browser resuming its earlier TLS session (Firefox does) would skip SNICallback.
    this.server.setTicketKeys(randomBytes(48));
    this.server.closeAllConnections();
  }

  /** A replayed host whose TLS works: where a harness page loads whatever handshake a test broke. */
  workingHost(): string {
    const host = this.hosts.find((h) => !this.brokenTls.has(h));
    if (!host) throw new Error('every replayed host has a broken TLS handshake');
    return host;
  }

  /** Back to the default routes, with an empty log: call it between tests. */
  reset(): void {
    this.brokenTls.clear();
    this.overrides.clear();
    this.requests.length = 0;
  }

  /** Requests whose URL starts with `prefix`, e.g. `https://www.data.gouv.fr/api/`. */
  requestsTo(prefix: string): LoggedRequest[] {
    return this.requests.filter((r) => r.url.startsWith(prefix));
  }

  /** Requests no route answered: a test that expects a closed world asserts this is empty. */
  unrouted(): LoggedRequest[] {
    return this.requests.filter((r) => !r.routed);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private checkedKey(url: string): string {
    const key = routeKey(url);
    const host = new URL(url).hostname;
    if (!this.hosts.includes(host)) throw new Error(`${host} is not a replayed host (${this.hosts.join(', ')})`);
    return key;
  }

  /** A test's own route wins over the defaults; a key with a query wins over the same path without one. */
  private lookup(host: string, path: string): RouteAnswer | undefined {
    const exact = `${host}${path}`;
    const withoutQuery = `${host}${path.replace(/\?.*$/, '')}`;
    return (
      this.overrides.get(exact) ??
      this.overrides.get(withoutQuery) ??
      this.defaults.get(exact) ??
      this.defaults.get(withoutQuery)
    );
  }
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` against a body of `total` bytes; null for no header or several ranges. */
export function byteRange(
  header: string | null,
  total: number,
): { start: number; end: number } | 'unsatisfiable' | null {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    return suffix === 0 || total === 0 ? 'unsatisfiable' : { start: Math.max(0, total - suffix), end: total - 1 };
  }
  const start = Number(m[1]);
  if (start >= total) return 'unsatisfiable';
  const end = m[2] === '' ? total - 1 : Math.min(Number(m[2]), total - 1);
  return end < start ? 'unsatisfiable' : { start, end };
}

/** Bytes per piece of a paced answer (a slow but steady server). */
const PACE_PIECE = 64 * 1024;

/**
 * Writes `payload` `pieceBytes` at a time, `everyMs` apart (after the socket drained), stopping as soon as the
 * client has gone, and counts what it handed over: the slow drip and the paced answer alike.
 */
function writeInPieces(
  res: ServerResponse,
  payload: Buffer,
  { pieceBytes, everyMs }: { pieceBytes: number; everyMs: number },
  entry: LoggedRequest,
): void {
  let offset = 0;
  const next = () => {
    if (res.destroyed) return;
    if (offset >= payload.length) {
      res.end();
      return;
    }
    const piece = payload.subarray(offset, offset + pieceBytes);
    offset += piece.length;
    entry.bytesSent = offset;
    const later = () => setTimeout(next, everyMs);
    if (res.write(piece)) later();
    else res.once('drain', later);
  };
  next();
}

function preferredPort(): number {
  const forced = process.env.E2E_HTTPS_PORT;
  return forced === undefined || forced === '' ? 443 : Number(forced);
}
