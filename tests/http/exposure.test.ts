// What the server exposes: auth failures are a bare 401 and one log line; rate limits per client,
// per conversation and on the token endpoint; open mode stays on loopback and only replies to
// loopback serviceUrls; security headers; and odd words that once broke plain-object lookups.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { emulatorActivity, startChannelServer, type ChannelServer } from '../support/channelServer.ts';

let channel: ChannelServer;
beforeAll(async () => {
  channel = await startChannelServer();
});
afterAll(async () => channel?.close());

const open = { PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: '', MicrosoftAppPassword: '', DIRECT_LINE_SECRET: '', LOG_LEVEL: 'silent' };

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** A JWT that parses (header, claims, signature) but was never issued by the Bot Framework. */
function wellFormedJwt(appId: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return [
    part({ alg: 'RS256', kid: 'not-a-real-key', typ: 'JWT' }),
    part({ iss: 'https://api.botframework.com', aud: appId, serviceurl: 'http://127.0.0.1:1', nbf: now - 60, exp: now + 3600 }),
    Buffer.from('not a signature').toString('base64url'),
  ].join('.');
}

describe('authentication failures', () => {
  const appId = '00000000-0000-0000-0000-000000000002';
  const lines: Record<string, unknown>[] = [];
  let secured: RunningServer;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    secured = await startServer({ ...open, MicrosoftAppId: appId, MicrosoftAppPassword: 'not-a-real-secret', AUTH_TIMEOUT_MS: '3000' }, pino({ level: 'info' }, sink));
  });
  afterAll(async () => secured?.close());

  it('answers 30 well-formed but invalid JWTs with a bare 401 each and one log line each, nothing on stderr', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = lines.length;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        post(secured.url, emulatorActivity(channel.serviceUrl, `conv-jwt-${i}`, { text: 'hello' }), { authorization: `Bearer ${wellFormedJwt(appId)}` }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(401));
    expect((await Promise.all(answers.map((a) => a.text()))).join('')).toBe('');
    const logged = lines.slice(before).filter((l) => (l.level as number) >= 40);
    expect(logged).toHaveLength(30);
    expect(logged.every((l) => l.event === 'auth_failed' && !('stack' in l) && !('err' in l))).toBe(true);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    expect(channel.received.filter((a) => String(a.conversation?.id).startsWith('conv-jwt-'))).toHaveLength(0);
  }, 40_000);
});

describe('rate limits', () => {
  let limited: RunningServer;
  beforeAll(async () => {
    limited = await startServer({ ...open, RATE_LIMIT_LOOPBACK: 'true', RATE_LIMIT_PER_CONVERSATION: '3', RATE_LIMIT_PER_CLIENT: '8', TOKEN_RATE_LIMIT_PER_CLIENT: '2' });
  });
  afterAll(async () => limited?.close());

  it('limits one conversation, then the client, then the token endpoint, with 429', async () => {
    const answers: Response[] = [];
    for (let i = 0; i < 4; i++) answers.push(await post(limited.url, emulatorActivity(channel.serviceUrl, 'conv-flood', { text: 'hello' })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    // Over the limit: a short JSON answer and when to try again, nothing else.
    expect(await answers[3]!.json()).toEqual({ error: 'too many requests' });
    expect(Number(answers[3]!.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another conversation from the same client still gets through, until the client's own limit.
    const other: number[] = [];
    for (let i = 0; i < 5; i++) other.push((await post(limited.url, emulatorActivity(channel.serviceUrl, `conv-other-${i}`, { text: 'hello' }))).status);
    expect(other).toEqual([200, 200, 200, 200, 429]);
    const tokens: number[] = [];
    for (let i = 0; i < 3; i++) tokens.push((await fetch(`${limited.url}/api/webchat/token`, { method: 'POST' })).status);
    expect(tokens).toEqual([200, 200, 429]);
  });
});

describe('rate limits and this machine in open mode', () => {
  let local: RunningServer;
  beforeAll(async () => {
    local = await startServer({ ...open, RATE_LIMIT_PER_CONVERSATION: '2', RATE_LIMIT_PER_CLIENT: '3', TOKEN_RATE_LIMIT_PER_CLIENT: '1' });
  });
  afterAll(async () => local?.close());

  it('does not limit the Emulator or a load test on loopback, but still limits tokens', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(local.url, emulatorActivity(channel.serviceUrl, 'conv-local', { text: 'hello' }))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const tokens: number[] = [];
    for (let i = 0; i < 2; i++) tokens.push((await fetch(`${local.url}/api/webchat/token`, { method: 'POST' })).status);
    expect(tokens).toEqual([200, 429]);
  });

  it('limits loopback too once an app id is set', async () => {
    const secured = await startServer({ ...open, MicrosoftAppId: '00000000-0000-0000-0000-000000000003', MicrosoftAppPassword: 'x', RATE_LIMIT_PER_CLIENT: '2' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(secured.url, emulatorActivity(channel.serviceUrl, `conv-secured-${i}`, { text: 'hello' }))).status);
      // Unauthenticated (401) until the client's limit, then 429 before any token is looked at.
      expect(statuses).toEqual([401, 401, 429]);
    } finally {
      await secured.close();
    }
  });
});

describe('open mode (no app id)', () => {
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer({ ...open, CONNECTOR_TIMEOUT_MS: '1000', ALLOWED_SERVICE_URLS: 'http://channel.invalid:8080' });
  });
  afterAll(async () => bot?.close());

  it('listens on 127.0.0.1 unless HOST says otherwise, and on all interfaces once Azure is configured', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ MicrosoftAppId: 'x', MicrosoftAppPassword: 'y' }).HOST).toBe('0.0.0.0');
  });

  it('refuses to reply to a serviceUrl that is not loopback (a metadata address) with 403', async () => {
    const res = await post(bot.url, emulatorActivity('http://169.254.169.254/latest', 'conv-ssrf', { text: 'hello' }));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'serviceUrl not allowed' });
  });

  it('accepts a serviceUrl listed in ALLOWED_SERVICE_URLS', async () => {
    const res = await post(bot.url, emulatorActivity('http://channel.invalid:8080/', 'conv-allowed', { text: 'hello' }));
    expect(res.status).not.toBe(403);
  });
});

describe('security headers and odd words', () => {
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer({ ...open, FRAME_ANCESTORS: 'https://www.clinic.example' });
  });
  afterAll(async () => bot?.close());

  it('lets only the clinic site frame the page, and sets helmet headers everywhere', async () => {
    const page = await fetch(`${bot.url}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors https:\/\/www\.clinic\.example(;|$)/);
    // No inline script on the page at all: scripts only from this site.
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.headers.get('content-security-policy')).toMatch(/frame-ancestors https:\/\/www\.clinic\.example/);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses a FRAME_ANCESTORS that is not an origin', () => {
    expect(() => loadConfig({ FRAME_ANCESTORS: "https://ok.example; script-src *" })).toThrow(/FRAME_ANCESTORS/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('gives "%s" an ordinary reply', async (word) => {
    const conv = `conv-word-${word}`;
    const res = await post(bot.url, emulatorActivity(channel.serviceUrl, conv, { text: word }));
    expect(res.status).toBe(200);
    const text = channel.repliesTo(conv).map((r) => r.text ?? '').join(' ');
    expect(text).toMatch(/I don't have a clinic article/i);
    expect(text).not.toMatch(/went wrong/i);
  });

  it('tells the user it could not read a 20,000-deep card value, without overflowing', async () => {
    // Written out by hand: JSON.stringify itself would overflow on it.
    const deep = `${'{"a":'.repeat(20_000)}"hello"${'}'.repeat(20_000)}`;
    const body = JSON.stringify(emulatorActivity(channel.serviceUrl, 'conv-deep', { value: 'DEEP' })).replace('"DEEP"', deep);
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(200);
    const text = channel.repliesTo('conv-deep').map((r) => r.text ?? '').join(' ');
    expect(text).toMatch(/couldn't read that/i);
    expect(text).not.toMatch(/went wrong/i);
  });
});
