import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { askServer } from './harness/ask-server';
import { ReplayServer } from './harness/replay-server';

/** The answer with its body as text (the routes here answer JSON and plain text); a hung route fails after `timeoutMs`. */
async function get(server: ReplayServer, url: string, timeoutMs = 2_000) {
  const answer = await askServer(server, url, { timeoutMs });
  return { ...answer, body: answer.body.toString('utf8') };
}

// The harness itself, without a browser: what the browser tests rely on when they change a route.
describe('replay server of the e2e harness', () => {
  let server: ReplayServer;

  beforeAll(async () => {
    server = await ReplayServer.start(['www.example-portal.test', 'files.example-portal.test'], {
      'https://www.example-portal.test/api/item/': { json: { from: 'default' } },
      'https://www.example-portal.test/api/item/?page=2': { json: { from: 'page 2' } },
      'https://files.example-portal.test/data.json': { file: 'portals/udata/data.gouv.fr_api1_datasets_licenses.json' },
    });
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(() => server.reset());

  it('e2e harness: answers by host and path, with CORS open and no caching, and logs the request', async () => {
    const answer = await get(server, 'https://www.example-portal.test/api/item/');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ from: 'default' });
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(server.requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        url: 'https://www.example-portal.test/api/item/',
        status: 200,
        routed: true,
      }),
    ]);
  });

  it('e2e harness: a route with a query wins for that query; other queries fall back to the path', async () => {
    expect(JSON.parse((await get(server, 'https://www.example-portal.test/api/item/?page=2')).body)).toEqual({
      from: 'page 2',
    });
    expect(JSON.parse((await get(server, 'https://www.example-portal.test/api/item/?page=3')).body)).toEqual({
      from: 'default',
    });
  });

  it('e2e harness: serves fixture files and tells hosts apart', async () => {
    const file = await get(server, 'https://files.example-portal.test/data.json');
    expect(file.status).toBe(200);
    expect(JSON.parse(file.body)).toContainEqual(expect.objectContaining({ id: 'lov2' }));
    const wrongHost = await get(server, 'https://www.example-portal.test/data.json');
    expect(wrongHost.status).toBe(404);
    expect(server.unrouted().map((r) => r.url)).toEqual(['https://www.example-portal.test/data.json']);
  });

  it('e2e harness: a test route overrides the default until reset, with its status and headers', async () => {
    server.route('https://www.example-portal.test/api/item/', {
      status: 429,
      headers: { 'retry-after': '30' },
      body: 'slow down',
    });
    const limited = await get(server, 'https://www.example-portal.test/api/item/?page=9');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('30');
    expect(limited.body).toBe('slow down');
    server.reset();
    expect(server.requests).toEqual([]);
    expect((await get(server, 'https://www.example-portal.test/api/item/')).status).toBe(200);
  });

  it('e2e harness: a hung route never answers, so the client times out', async () => {
    server.route('https://www.example-portal.test/api/slow/', { hang: true });
    await expect(get(server, 'https://www.example-portal.test/api/slow/', 300)).rejects.toThrow('timeout');
    expect(server.requests).toEqual([expect.objectContaining({ routed: true, status: null })]);
  });

  it('e2e harness: refuses routes for hosts it does not replay, and maps only its hosts in the resolver', () => {
    expect(() => server.route('https://elsewhere.test/', { body: '' })).toThrow(/not a replayed host/);
    expect(server.resolverRules()).toBe(
      `MAP www.example-portal.test 127.0.0.1:${server.port}, MAP files.example-portal.test 127.0.0.1:${server.port}, MAP * ~NOTFOUND, EXCLUDE localhost`,
    );
  });
});
