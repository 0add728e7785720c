// src/app.ts's last error handler: what a client gets, and what is logged, when a route fails with an
// error that carries no HTTP status (a fault of ours, not of the request). No route throws one
// today, so /readyz's handler is replaced by one that does; everything else is the app as built.
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import type { RequestHandler } from 'express';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';

/** Words a failure's message may carry (a patient's text, a connection string): never logged, never sent. */
const SECRET = 'Jane Doe 07700 900123 AccountKey=abc';

const failing: RequestHandler = (req, res) => {
  if (req.query.after === 'head') {
    // The response has begun when the failure comes.
    res.status(200).set('content-type', 'text/plain').write('partial');
  }
  if (req.query.status) throw Object.assign(new Error(SECRET), { status: Number(req.query.status) });
  throw new Error(SECRET);
};
vi.mock('../../src/http/readiness.ts', () => ({ readinessHandler: () => failing }));

const running: { app: App; server: Server }[] = [];
afterEach(async () => {
  for (const { app, server } of running.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
  }
});

async function build(): Promise<{ url: string; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const env = { MicrosoftAppId: '', MicrosoftAppPassword: '', DIRECT_LINE_SECRET: '', LOG_LEVEL: 'silent', WARM_UP_ROUNDS: '0' };
  const app = createApp(loadConfig(env), pino({ level: 'info' }, sink));
  const server: Server = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  running.push({ app, server });
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, lines };
}

const httpErrors = (lines: Record<string, unknown>[]) => lines.filter((l) => l.event === 'http_error');

describe('a route that fails with an error of its own', () => {
  it('without a status: 500 with a short JSON error, and one error line by kind, without the message', async () => {
    const { url, lines } = await build();
    const res = await fetch(`${url}/readyz`);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: 'internal error' });
    const logged = httpErrors(lines);
    expect(logged).toEqual([expect.objectContaining({ level: 50, msg: 'request failed', err: expect.objectContaining({ name: 'Error' }) })]);
    expect(JSON.stringify(lines)).not.toContain('07700');
    expect(JSON.stringify(lines)).not.toContain('AccountKey');
  });

  it('with a 5xx status: that status, the same short error, and the error line', async () => {
    const { url, lines } = await build();
    const res = await fetch(`${url}/readyz?status=503`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: 'internal error' });
    expect(httpErrors(lines)).toHaveLength(1);
  });

  it('with a 4xx status: that status, "bad request", and nothing logged (the request was at fault)', async () => {
    const { url, lines } = await build();
    const res = await fetch(`${url}/readyz?status=404`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'bad request' });
    expect(httpErrors(lines)).toHaveLength(0);
  });

  it('after the response has begun: the connection is closed (the client is not left waiting), and the error logged once', async () => {
    const { url, lines } = await build();
    await expect(fetch(`${url}/readyz?after=head`).then((res) => res.text())).rejects.toThrow();
    expect(httpErrors(lines)).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain('07700');
  });
});
