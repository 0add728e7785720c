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
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Activity } from 'botbuilder';
import { createApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { loadContent } from '../../src/content.ts';
import { emulatorActivity, entitiesOf, startChannelServer, type ChannelServer } from '../support/channelServer.ts';
import { listenOnLoopback } from '../support/loopbackServer.ts';
import { startTeamsChannelServer } from '../support/teamsChannelServer.ts';

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

  it('refuses an activity whose channel or conversation id is no text as malformed (400), with no error logged, where limits apply', async () => {
    const { url, lines } = await build({ RATE_LIMIT_LOOPBACK: 'true' });
    // An object JSON can carry that has no text form: reading it as a key must not fail the request.
    for (const odd of [{ channelId: { toString: 1 } }, { conversation: { id: { toString: 1, valueOf: 1 } } }]) {
      const res = await postMessage(url, { ...emulatorActivity(channel.serviceUrl, 'app-odd', { text: 'hello' }), ...odd });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'malformed activity' });
    }
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

describe('the staff side', () => {
  const TENANT = '11111111-2222-3333-4444-555555555555';
  const STAFF = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
  const CHANNEL = '19:appstaff@thread.tacv2';
  const staffEnv = { STAFF_TENANT_ID: TENANT, STAFF_AAD_IDS: STAFF };
  let n = 0;

  /** "@Clinic notify here" in the staff channel, as Teams sends it. */
  const notifyHere = (serviceUrl: string): Partial<Activity> => {
    const id = `1700000000${String(++n).padStart(3, '0')}`;
    return {
      type: 'message',
      id,
      channelId: 'msteams',
      serviceUrl,
      from: { id: '29:1staff', name: 'Dr Kim', aadObjectId: STAFF },
      recipient: { id: '28:clinic-bot', name: 'Clinic' },
      conversation: { id: `${CHANNEL};messageid=${id}`, conversationType: 'channel', isGroup: true, tenantId: TENANT } as Activity['conversation'],
      channelData: { tenant: { id: TENANT }, teamsChannelId: CHANNEL, teamsTeamId: '19:team@thread.tacv2', channel: { id: CHANNEL }, team: { id: '19:team@thread.tacv2' } },
      text: '<at>Clinic</at> notify here',
      entities: [{ type: 'mention', text: '<at>Clinic</at>', mentioned: { id: '28:clinic-bot', name: 'Clinic' } }],
      locale: 'en-GB',
      timestamp: new Date(),
    };
  };

  /** A patient asks for a call back, agrees and leaves a number. */
  async function askForCallBack(url: string, serviceUrl: string, conversation: string): Promise<void> {
    for (const text of ['please call me back', 'yes', 'Jane 07700 900123']) {
      expect((await postMessage(url, emulatorActivity(serviceUrl, conversation, { text }))).status).toBe(200);
    }
  }

  it('in open mode a call-back request reaches the channel set with "notify here", and the patient is told', async () => {
    const teams = await startTeamsChannelServer();
    try {
      const { url, lines } = await build(staffEnv);
      expect((await postMessage(url, notifyHere(teams.serviceUrl))).status).toBe(200);
      await askForCallBack(url, teams.serviceUrl, 'app-callback');
      const cards = teams.posts(CHANNEL).filter((c) => c.activity.entities?.some((e) => e.type === 'clinic.handoff'));
      expect(cards).toHaveLength(1);
      expect(JSON.stringify(cards[0]!.activity)).toContain('07700 900123');
      expect(teams.posts('app-callback').map((c) => c.activity.text ?? '').join(' ')).toMatch(/passed your request to the clinic team/);
      // "Mark as done" on the card: the card is updated in place, without the number.
      const id = (cards[0]!.activity.entities!.find((e) => e.type === 'clinic.handoff') as unknown as { id: string }).id;
      const done = { ...notifyHere(teams.serviceUrl), text: undefined, entities: undefined, value: { action: 'handoff.done', id }, replyToId: cards[0]!.activityId };
      expect((await postMessage(url, done)).status).toBe(200);
      const updates = teams.updates(CHANNEL);
      expect(updates.map((u) => u.activityId)).toEqual([cards[0]!.activityId]);
      expect(JSON.stringify(updates[0]!.activity)).toContain('Done by Dr Kim');
      expect(JSON.stringify(updates[0]!.activity)).not.toContain('07700 900123');
      expect(events(lines, 'figures_write_failed')).toHaveLength(0);
    } finally {
      await teams.close();
    }
  });

  it('a call-back request the staff channel refuses: the patient is told to contact the clinic, and one warning is logged by kind, without the number', async () => {
    // Replies go through; the call-back card posted to the channel is refused.
    const posted: string[] = [];
    const refusing = express();
    refusing.use(express.json());
    refusing.post('/v3/conversations/:conversationId/activities{/:replyToId}', (req, res) => {
      const body = req.body as Partial<Activity>;
      if (body.entities?.some((e) => e.type === 'clinic.handoff')) {
        res.status(500).json({ error: { code: 'ServiceError', message: 'channel down' } });
        return;
      }
      posted.push(`${req.params.conversationId} ${body.text ?? ''}`);
      res.json({ id: `r-${posted.length}` });
    });
    const teams = await listenOnLoopback(refusing);
    try {
      const { url, lines } = await build(staffEnv);
      expect((await postMessage(url, notifyHere(teams.url))).status).toBe(200);
      await askForCallBack(url, teams.url, 'app-callback-refused');
      expect(posted.filter((p) => p.startsWith('app-callback-refused')).join(' ')).toMatch(/can't pass messages to the clinic team/);
      const warned = events(lines, 'handoff_not_delivered');
      expect(events(lines, 'figures_write_failed')).toEqual([]);
      // By kind: the channel's refusal, with its status code.
      expect(warned).toEqual([expect.objectContaining({ level: 40, msg: expect.stringMatching(/\w/), err: expect.objectContaining({ name: 'ReplyError', statusCode: 500 }) })]);
      expect(JSON.stringify(lines)).not.toContain('07700');
      expect(JSON.stringify(warned)).not.toContain('channel down');
      // Nothing else lands in the staff channel (the patients' apology did, while the failure was swallowed).
      expect(posted.filter((p) => p.startsWith(`${CHANNEL} `))).toEqual([]);
    } finally {
      await teams.close();
    }
  });

  it('"Mark as done" on a card the channel will not update: one warning logged, nothing else posted in the staff channel', async () => {
    const posted: string[] = [];
    const noUpdates = express();
    noUpdates.use(express.json());
    noUpdates.post('/v3/conversations/:conversationId/activities{/:replyToId}', (req, res) => {
      posted.push(`${req.params.conversationId} ${JSON.stringify(req.body)}`);
      res.json({ id: `m-${posted.length}` });
    });
    noUpdates.put('/v3/conversations/:conversationId/activities/:activityId', (_req, res) => {
      res.status(500).json({ error: { code: 'ServiceError', message: 'cannot update' } });
    });
    const teams = await listenOnLoopback(noUpdates);
    try {
      const { url, lines } = await build(staffEnv);
      expect((await postMessage(url, notifyHere(teams.url))).status).toBe(200);
      await askForCallBack(url, teams.url, 'app-callback-no-update');
      const card = posted.findIndex((p) => p.startsWith(`${CHANNEL} `) && p.includes('clinic.handoff'));
      expect(card).toBeGreaterThanOrEqual(0);
      const id = /"type":"clinic.handoff","id":"([^"]+)"/.exec(posted[card]!)![1]!;
      const before = posted.filter((p) => p.startsWith(`${CHANNEL} `)).length;
      const done = { ...notifyHere(teams.url), text: undefined, entities: undefined, value: { action: 'handoff.done', id }, replyToId: `m-${card + 1}` };
      expect((await postMessage(url, done)).status).toBe(200);
      expect(posted.filter((p) => p.startsWith(`${CHANNEL} `))).toHaveLength(before);
      // By kind (the connector client's, after its retries): never "undefined".
      expect(events(lines, 'handoff_not_delivered')).toEqual([expect.objectContaining({ level: 40, err: expect.objectContaining({ name: expect.stringMatching(/Error$/) }) })]);
    } finally {
      await teams.close();
    }
  });

  it('the start-up retention sweep failing (storage unreachable) is logged as a failed staff task, by kind only', async () => {
    const unreachable =
      'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;';
    const { lines } = await build({ STORAGE: 'blob', BLOB_CONNECTION_STRING: unreachable, STORAGE_TIMEOUT_MS: '300' });
    await vi.waitFor(() => expect(events(lines, 'staff_task_failed').length).toBeGreaterThan(0), { timeout: 4000, interval: 50 });
    const failed = events(lines, 'staff_task_failed');
    expect(failed[0]).toMatchObject({ level: 40, msg: expect.stringMatching(/\w/), err: expect.objectContaining({ name: expect.any(String) }) });
    expect(JSON.stringify(failed)).not.toContain('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq');
  });
});

describe('turns of different conversations', () => {
  it('do not wait on each other: a conversation whose reply is held back does not hold up another', async () => {
    // The channel holds the replies of one conversation until released.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let heldArrived!: () => void;
    const heldReached = new Promise<void>((resolve) => (heldArrived = resolve));
    const answered: string[] = [];
    const holding = express();
    holding.use(express.json());
    holding.post('/v3/conversations/:conversationId/activities{/:replyToId}', async (req, res) => {
      if (req.params.conversationId === 'app-held') {
        heldArrived();
        await released;
      }
      answered.push(req.params.conversationId);
      res.json({ id: `r-${answered.length}` });
    });
    const slow = await listenOnLoopback(holding);
    try {
      // The longest turn deadline: a turn given up for its time is logged, so the other conversation
      // must be answered while nothing has been given up.
      const { url, lines } = await build({ CONNECTOR_TIMEOUT_MS: '14000', TURN_TIMEOUT_MS: '14000' });
      let heldDone = false;
      const held = postMessage(url, emulatorActivity(slow.url, 'app-held', { text: 'what is sciatica?' })).then((r) => {
        heldDone = true;
        return r;
      });
      await heldReached;
      const other = await postMessage(url, emulatorActivity(slow.url, 'app-not-held', { text: 'what is sciatica?' }));
      expect(other.status).toBe(200);
      expect(answered).toContain('app-not-held');
      expect(heldDone).toBe(false);
      expect(lines.filter((l) => (l.level as number) >= 40)).toEqual([]);
      release();
      expect((await held).status).toBe(200);
    } finally {
      release();
      await slow.close();
    }
  });
});

describe('draining with a turn still in flight', () => {
  it('waits SHUTDOWN_GRACE_MS, then reports the turn it could not wait for', async () => {
    // The channel holds the turn's reply until the end of the test.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const replying = new Promise<void>((resolve) => (reached = resolve));
    const holding = express();
    holding.use(express.json());
    holding.post('/v3/conversations/:conversationId/activities{/:replyToId}', async (_req, res) => {
      reached();
      await released;
      res.json({ id: 'r-1' });
    });
    const slow = await listenOnLoopback(holding);
    try {
      const { app, url, lines } = await build({ SHUTDOWN_GRACE_MS: '200', CONNECTOR_TIMEOUT_MS: '14000', TURN_TIMEOUT_MS: '14000' });
      const inFlight = postMessage(url, emulatorActivity(slow.url, 'app-in-flight', { text: 'what is sciatica?' }));
      await replying;
      expect(await app.drain()).toEqual({ finished: false, abandoned: 1 });
      expect(events(lines, 'drained')).toEqual([expect.objectContaining({ level: 30, finished: false, abandoned: 1, msg: expect.stringMatching(/in flight/) })]);
      release();
      expect((await inFlight).status).toBe(200);
    } finally {
      release();
      await slow.close();
    }
  });
});

describe('close()', () => {
  it('closes the web chat streams still open', async () => {
    const { app, url } = await build();
    const { token } = (await (await fetch(`${url}/api/webchat/token`, { method: 'POST' })).json()) as { token: string };
    const started = await fetch(`${url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"user":{"id":"u_close"}}',
    });
    const { streamUrl } = (await started.json()) as { streamUrl: string };
    const ws = new WebSocket(streamUrl);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
    await app.close();
    await closed;
    expect(ws.readyState).toBe(WebSocket.CLOSED);
  });
});
