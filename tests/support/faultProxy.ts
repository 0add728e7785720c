// A small HTTP proxy in front of Azurite that misbehaves on demand, as a storage account (or the
// network to it) does: it refuses connections, hangs, fails writes, or holds writes until released.
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type FaultMode = 'pass' | 'refuse' | 'hang' | 'fail-writes';

/** One request as the proxy received it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/** A made-up answer from the store, or 'hang' to answer nothing; undefined lets the request through. */
export type Answer = { status: number; headers?: Record<string, string>; body?: string } | 'hang' | undefined;

export interface FaultProxy {
  connectionString: string;
  mode: FaultMode;
  /** Every request received, in order (refused and hung ones too), so tests can count tries. */
  seen: SeenRequest[];
  /** In 'pass' mode, asked first for each request: lets a test make the store answer as it wants (and when). */
  answer: ((req: SeenRequest) => Answer | Promise<Answer>) | undefined;
  /** Holds every write (PUT) until the returned release() is called. */
  holdWrites(): { held(): number; waitForHeld(n: number): Promise<void>; release(): void };
  /** Delays every write by `ms` (0 to stop). */
  delayWrites(ms: number): void;
  close(): Promise<void>;
}

export async function startFaultProxy(azuriteConnectionString: string): Promise<FaultProxy> {
  const endpoint = /BlobEndpoint=([^;]+)/.exec(azuriteConnectionString)![1]!;
  const target = new URL(endpoint);
  let holding: { queue: (() => void)[]; waiters: (() => void)[] } | undefined;
  let delayMs = 0;
  const sockets = new Set<Socket>();

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  };

  const proxy: FaultProxy = {
    connectionString: '',
    mode: 'pass',
    seen: [],
    answer: undefined,
    holdWrites() {
      const state = { queue: [] as (() => void)[], waiters: [] as (() => void)[] };
      holding = state;
      return {
        held: () => state.queue.length,
        waitForHeld: (n) =>
          new Promise<void>((resolve) => {
            const check = () => (state.queue.length >= n ? resolve() : state.waiters.push(check));
            check();
          }),
        release() {
          if (holding === state) holding = undefined;
          state.queue.splice(0).forEach((go) => go());
        },
      };
    },
    delayWrites(ms) {
      delayMs = ms;
    },
    async close() {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = http.createServer((req, res) => {
    const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers };
    proxy.seen.push(seen);
    if (proxy.mode === 'refuse') {
      req.socket.destroy();
      return;
    }
    if (proxy.mode === 'hang') return;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const isWrite = req.method === 'PUT';
      const made = proxy.mode === 'pass' ? await proxy.answer?.(seen) : undefined;
      if (made === 'hang') return;
      if (made) {
        res.writeHead(made.status, made.headers).end(made.body ?? '');
        return;
      }
      if (isWrite && proxy.mode === 'fail-writes') {
        res.writeHead(500, { 'content-type': 'application/xml' }).end('<?xml version="1.0"?><Error><Code>InternalError</Code></Error>');
        return;
      }
      const go = () => (delayMs && isWrite ? setTimeout(() => forward(req, res, body), delayMs) : forward(req, res, body));
      if (isWrite && holding) {
        holding.queue.push(go);
        holding.waiters.splice(0).forEach((w) => w());
      } else go();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  proxy.connectionString = azuriteConnectionString.replace(endpoint, `http://127.0.0.1:${port}${target.pathname}`);
  return proxy;
}
