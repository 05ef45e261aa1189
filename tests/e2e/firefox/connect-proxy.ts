import type { AddressInfo } from 'node:net';
import { createServer, type Server, Socket } from 'node:net';

/**
 * Firefox has no `--host-resolver-rules`: it reaches the replay server under the real host names through this
 * HTTPS proxy, which hands every `CONNECT <replayed host>:443` tunnel to the replay server and refuses any other
 * host, so that a test can never reach the real network. Refused tunnels are counted for the tests to assert on.
 */
export class ConnectProxy {
  readonly refused: string[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  private constructor(
    private readonly hosts: readonly string[],
    private readonly targetPort: number,
  ) {
    this.server = createServer((client) => this.accept(client));
  }

  static async start(hosts: readonly string[], targetPort: number): Promise<ConnectProxy> {
    const proxy = new ConnectProxy(hosts, targetPort);
    await new Promise<void>((done, failed) => {
      proxy.server.once('error', failed);
      proxy.server.listen(0, '127.0.0.1', () => done());
    });
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private accept(client: Socket): void {
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 8192) client.destroy();
        return;
      }
      client.off('data', onData);
      const [method, target] = head.subarray(0, end).toString('latin1').split(/\s+/);
      const rest = head.subarray(end + 4);
      const m = /^([^:]+):(\d+)$/.exec(target ?? '');
      if (method !== 'CONNECT' || !m || m[2] !== '443' || !this.hosts.includes(m[1]!)) {
        this.refused.push(`${method ?? '?'} ${target ?? '?'}`);
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      this.tunnel(client, rest);
    };
    client.on('data', onData);
  }

  private tunnel(client: Socket, early: Buffer): void {
    const upstream = new Socket();
    this.sockets.add(upstream);
    upstream.on('close', () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.connect(this.targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (early.length > 0) upstream.write(early);
      client.pipe(upstream);
      upstream.pipe(client);
    });
  }
}
