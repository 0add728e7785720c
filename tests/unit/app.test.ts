// src/app.ts, built inside each test through the same factory the server uses (createApp), so that
// what it wires can be checked per configuration: which routes exist, the local Direct Line only
// without an app id, express.json in front of /api/messages, the security headers, the web chat
// page, the start-up warnings, draining. (The HTTP tests build one server per file in beforeAll,
// where a change to app.ts cannot be told apart per test.)
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import express from 'express';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { loadContent } from '../../src/content.ts';
import { emulatorActivity, entitiesOf, startChannelServer, type ChannelServer } from '../support/channelServer.ts';
import { listenOnLoopback } from '../support/loopbackServer.ts';

const open = { MicrosoftAppId: '', MicrosoftAppPassword: '', DIRECT_LINE_SECRET: '', LOG_LEVEL: 'silent', WARM_UP_ROUNDS: '0' };
const azure = { MicrosoftAppId: '00000000-0000-0000-0000-000000000007', MicrosoftAppPassword: 'not-a-real-secret' };

interface Built {
  app: App;
  url: string;
  /** Every log line written while the app was built and used. */
  lines: Record<string, unknown>[];
  server: Server;
}

const running: { app: App; server: Server }[] = [];
afterEach(async () => {
  for (const { app, server } of running.splice(0)) {
    await app.drain();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
  }
});

let channel: ChannelServer;
beforeAll(async () => {
  channel = await startChannelServer();
});
afterAll(async () => channel?.close());

/** Builds the app for this environment (over `open`), on a free loopback port. */
async function build(env: Record<string, string> = {}): Promise<Built> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const app = createApp(loadConfig({ ...open, ...env }), pino({ level: 'info' }, sink));
  const server: Server = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  app.attachServer(server);
  running.push({ app, server });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}`, lines, server };
}

function postMessage(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const events = (lines: Record<string, unknown>[], event: string) => lines.filter((l) => l.event === event);

describe('the routes an operator relies on', () => {
  it('/healthz says the process is up with its articles, /readyz that it can serve', async () => {
    const { url } = await build();
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as { status: string; articles: number };
    expect(body.status).toBe('ok');
    expect(body.articles).toBe(loadContent('content', {}).articles.length);
    expect(body.articles).toBeGreaterThan(0);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', storage: 'ok', content: 'ok' });
  });

  it('sets the security headers on every route, frame-ancestors from FRAME_ANCESTORS, and no x-powered-by', async () => {
    const { url } = await build({ FRAME_ANCESTORS: 'https://www.clinic.example' });
    for (const path of ['/healthz', '/']) {
      const res = await fetch(`${url}${path}`);
      expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors https:\/\/www\.clinic\.example(;|$)/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('serves the web chat page with the clinic name, its emergency number and the configured language', async () => {
    const built = await build({ LOCALE: 'en-US' });
    const page = await fetch(`${built.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const content = loadContent('content', {});
    expect(html).toContain(`<title>${content.clinic.name.replace(/&/g, '&#38;')}</title>`);
    expect(html).toContain(content.clinic.emergencyNumber);
    expect(html).toMatch(/<html[^>]*lang="en-US"/);
    expect((await fetch(`${built.url}/embed.js`)).status).toBe(200);
  });

  it('answers an unknown route with 404', async () => {
    const { url } = await build();
    expect((await fetch(`${url}/nothing-here`)).status).toBe(404);
  });
});

describe('the web chat connection, by configuration', () => {
  it('without an app id or Direct Line secret: the local Direct Line gives a token, a conversation and its WebSocket stream', async () => {
    const { url } = await build();
    const tokenRes = await fetch(`${url}/api/webchat/token`, { method: 'POST' });
    expect(tokenRes.status).toBe(200);
    const { token } = (await tokenRes.json()) as { token: string };
    const started = await fetch(`${url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"user":{"id":"u_app"}}',
    });
    expect(started.status).toBe(201);
    const { streamUrl } = (await started.json()) as { streamUrl?: string };
    expect(streamUrl).toMatch(/^ws:\/\//);
    // The server's upgrades reach the stream (attachServer): the welcome is pushed.
    const ws = new WebSocket(streamUrl!);
    const first = await new Promise<string>((resolve, reject) => {
      ws.on('message', (data) => {
        if (String(data)) resolve(String(data));
      });
      ws.once('error', reject);
    });
    ws.close();
    expect(first).toContain('"activities"');
  });

  it('with an app id: no local Direct Line (token 503, no conversation), and the page still served', async () => {
    const { url } = await build(azure);
    const tokenRes = await fetch(`${url}/api/webchat/token`, { method: 'POST' });
    expect(tokenRes.status).toBe(503);
    expect(await tokenRes.json()).toMatchObject({ error: { code: 'NotConfigured' } });
    const conversation = await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer anything' } });
    expect(conversation.status).toBe(404);
    expect((await fetch(`${url}/`)).status).toBe(200);
  });
  it('with an app id and a Direct Line secret: tokens come from the configured Direct Line, with the secret', async () => {
    const asked: { auth?: string; path: string }[] = [];
    const stub = express();
    stub.post('/v3/directline/tokens/generate', (req, res) => {
      asked.push({ auth: req.headers.authorization, path: req.path });
      res.json({ token: 'azure-token', conversationId: 'azure-conv', expires_in: 1800 });
    });
    const directLine = await listenOnLoopback(stub);
    try {
      const { url } = await build({ ...azure, DIRECT_LINE_SECRET: 'the-secret', DIRECT_LINE_DOMAIN: `${directLine.url}/v3/directline` });
      const res = await fetch(`${url}/api/webchat/token`, { method: 'POST' });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ token: 'azure-token', domain: `${directLine.url}/v3/directline` });
      expect(asked).toEqual([{ auth: 'Bearer the-secret', path: '/v3/directline/tokens/generate' }]);
      expect((await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer azure-token' } })).status).toBe(404);
    } finally {
      await directLine.close();
    }
  });

  it('limits web chat tokens per client by TOKEN_RATE_LIMIT_PER_CLIENT, loopback included', async () => {
    const { url } = await build({ TOKEN_RATE_LIMIT_PER_CLIENT: '1' });
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await fetch(`${url}/api/webchat/token`, { method: 'POST' })).status);
    expect(statuses).toEqual([200, 429]);
  });
});

describe('when something fails mid-turn', () => {
  it('storage unreachable: the patient gets the apology with the emergency number, and /readyz says not ready', async () => {
    const unreachable =
      'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;';
    const { url, lines } = await build({ STORAGE: 'blob', BLOB_CONNECTION_STRING: unreachable, STORAGE_TIMEOUT_MS: '300' });
    const res = await postMessage(url, emulatorActivity(channel.serviceUrl, 'app-storage-down', { text: 'what is sciatica?' }));
    expect(res.status).toBe(200);
    const text = channel.repliesTo('app-storage-down').map((r) => r.text ?? '').join(' ');
    expect(text).toMatch(/something went wrong/i);
    expect(text).toContain(loadContent('content', {}).clinic.emergencyNumber);
    expect(events(lines, 'state_read_failed')).toHaveLength(1);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', storage: 'unavailable' });
  });

  it('a reply the channel refuses: the turn error is handled and logged (kind only), and the request still answered', async () => {
    const refusing = express();
    refusing.use((_req, res) => {
      res.status(500).json({ error: { code: 'ServiceError', message: 'no' } });
    });
    const down = await listenOnLoopback(refusing);
    try {
      const { url, lines } = await build();
      const res = await postMessage(url, emulatorActivity(down.url, 'app-channel-down', { text: 'hello' }));
      expect(res.status).toBeLessThan(500);
      const failed = events(lines, 'turn_error');
      expect(failed).toEqual([expect.objectContaining({ where: 'infrastructure', channel: 'emulator' })]);
      expect(JSON.stringify(failed)).not.toContain('hello');
    } finally {
      await down.close();
    }
  });
});

describe('/api/messages', () => {
  it('in open mode takes an Emulator message without a token, parses its JSON and replies with the entity fields on the wire', async () => {
    const { url } = await build();
    const res = await postMessage(url, emulatorActivity(channel.serviceUrl, 'app-flag', { text: "my back hurts and I can't control my bladder any more" }));
    expect(res.status).toBe(200);
    const triage = entitiesOf(channel.repliesTo('app-flag'), 'clinic.triage');
    expect(triage[0]).toEqual(expect.objectContaining({ level: 'emergency', reasons: expect.arrayContaining([expect.any(String)]) }));
  });

  it('with an app id asks for a token (401), also from loopback', async () => {
    const { url } = await build(azure);
    const res = await postMessage(url, emulatorActivity(channel.serviceUrl, 'app-secured', { text: 'hello' }));
    expect(res.status).toBe(401);
    expect(channel.repliesTo('app-secured')).toHaveLength(0);
  });

  it('in open mode replies only to loopback and to ALLOWED_SERVICE_URLS', async () => {
    const { url } = await build({ ALLOWED_SERVICE_URLS: 'http://channel.invalid:8080', CONNECTOR_TIMEOUT_MS: '1000' });
    const refused = await postMessage(url, emulatorActivity('http://169.254.169.254/latest', 'app-ssrf', { text: 'hello' }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'serviceUrl not allowed' });
    const allowed = await postMessage(url, emulatorActivity('http://channel.invalid:8080/', 'app-allowed', { text: 'hello' }));
    expect(allowed.status).not.toBe(403);
  });

  it('answers a malformed body 400, an oversized one 413 and an unreadable charset 415, each with a short JSON error and no error logged', async () => {
    const { url, lines } = await build({ REQUEST_BODY_LIMIT: '2kb' });
    const malformed = await postMessage(url, '{"type": "message",');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: 'malformed JSON body' });
    const big = await postMessage(url, emulatorActivity(channel.serviceUrl, 'app-big', { text: 'x'.repeat(3000) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: 'request too large' });
    // Within the limit: the same message is taken (the limit is the configured one, not the default).
    const small = await postMessage(url, emulatorActivity(channel.serviceUrl, 'app-small', { text: 'x'.repeat(1000) }));
    expect(small.status).toBe(200);
    const charset = await postMessage(url, '{}', { 'content-type': 'application/json; charset=iso-8859-1' });
    expect(charset.status).toBe(415);
    expect(await charset.json()).toEqual({ error: 'bad request' });
    expect(events(lines, 'http_error')).toHaveLength(0);
  });

  it('limits one conversation when loopback is limited', async () => {
    const { url } = await build({ RATE_LIMIT_LOOPBACK: 'true', RATE_LIMIT_PER_CONVERSATION: '2' });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await postMessage(url, emulatorActivity(channel.serviceUrl, 'app-flood', { text: 'hello' }))).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('reads the client address from X-Forwarded-For only with TRUST_PROXY', async () => {
    const statuses = async (env: Record<string, string>) => {
      const { url } = await build({ RATE_LIMIT_LOOPBACK: 'true', RATE_LIMIT_PER_CLIENT: '1', ...env });
      const out: number[] = [];
      for (const ip of ['203.0.113.1', '203.0.113.2']) {
        out.push((await postMessage(url, emulatorActivity(channel.serviceUrl, `app-proxy-${ip}-${env.TRUST_PROXY ?? 0}`, { text: 'hello' }), { 'x-forwarded-for': ip })).status);
      }
      return out;
    };
    expect(await statuses({ TRUST_PROXY: '1' })).toEqual([200, 200]);
    expect(await statuses({})).toEqual([200, 429]);
  });
});

describe('start-up', () => {
  it('warns when Azure is configured with memory storage, and only then', async () => {
    const azureMemory = await build({ ...azure, STORAGE: 'memory' });
    const warned = events(azureMemory.lines, 'memory_storage_in_production');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ level: 40, msg: expect.stringMatching(/STORAGE=blob/) });
    expect(events((await build({ STORAGE: 'memory' })).lines, 'memory_storage_in_production')).toHaveLength(0);
    expect(events((await build({ ...azure, STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true' })).lines, 'memory_storage_in_production')).toHaveLength(0);
  });

  it('reads the example questions at start when WARM_UP_ROUNDS > 0, and not at 0', async () => {
    const warmed = events((await build({ WARM_UP_ROUNDS: '1' })).lines, 'warm_up');
    expect(warmed).toHaveLength(1);
    expect(warmed[0]).toMatchObject({ level: 30, messages: expect.any(Number), ms: expect.any(Number) });
    expect(warmed[0]!.messages as number).toBeGreaterThan(0);
    expect(events((await build({ WARM_UP_ROUNDS: '0' })).lines, 'warm_up')).toHaveLength(0);
  });
});

describe('draining for shutdown', () => {
  it('turns new messages and tokens away with 503 and Retry-After, says so on /readyz, and reports once', async () => {
    const { app, url, lines } = await build();
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const first = app.drain();
    expect(app.drain()).toBe(first);
    expect(await first).toEqual({ finished: true, abandoned: 0 });
    const message = await postMessage(url, emulatorActivity(channel.serviceUrl, 'app-drain', { text: 'hello' }));
    expect(message.status).toBe(503);
    expect(message.headers.get('retry-after')).toBe('5');
    expect(await message.json()).toEqual({ error: 'shutting down' });
    const token = await fetch(`${url}/api/webchat/token`, { method: 'POST' });
    expect(token.status).toBe(503);
    expect(await token.json()).toEqual({ error: 'shutting down' });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'shutting down' });
    const drained = events(lines, 'drained');
    expect(drained).toEqual([expect.objectContaining({ finished: true, abandoned: 0, msg: 'all turns finished' })]);
    expect(channel.repliesTo('app-drain')).toHaveLength(0);
  });
});
