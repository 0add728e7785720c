// The channel's side of a load run: an HTTP server standing in for the Bot Connector, which the bots
// post their replies to (the activities' serviceUrl). It counts replies per conversation so a turn
// that answered 2xx without replying can be told apart.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Channel {
  serviceUrl: string;
  replies(conversationId: string): number;
  close(): Promise<void>;
}

export async function startChannel(): Promise<Channel> {
  const counts = new Map<string, number>();
  let next = 0;
  const server = http.createServer((req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    req.resume();
    req.on('end', () => {
      if (match && req.method === 'POST') {
        const id = decodeURIComponent(match[1]!);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${++next}` }));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}`,
    replies: (id) => counts.get(id) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Posts one activity to a bot's /api/messages; true for a 2xx answer within 10 s. */
export async function postActivity(url: string, body: unknown): Promise<boolean> {
  try {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    await r.arrayBuffer();
    return r.ok;
  } catch {
    return false;
  }
}
