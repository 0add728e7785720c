// Rate limits as a client sees them, mounted as app.ts mounts them: over a limit, 429 with a short
// JSON body and Retry-After; one conversation (its channel and id) is limited before its client,
// the client before the server, and the token endpoint on its own. In open mode only this machine
// (the Emulator, a load test) is let through unlimited, and only unless RATE_LIMIT_LOOPBACK=true.
// Each limiter is built inside its test (a fresh count). Through the whole server: exposure.test.ts.
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../../src/config.ts';
import { createRateLimits } from '../../../src/http/rateLimits.ts';
import { listenOnLoopback, type Loopback } from '../../support/loopbackServer.ts';

type LimitConfig = Parameters<typeof createRateLimits>[0];

const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function limitedServer(config: Partial<LimitConfig>): Promise<string> {
  const limits = createRateLimits({
    RATE_LIMIT_WINDOW_MS: 60_000,
    RATE_LIMIT_PER_CLIENT: 100,
    RATE_LIMIT_PER_CONVERSATION: 100,
    TOKEN_RATE_LIMIT_PER_CLIENT: 100,
    RATE_LIMIT_LOOPBACK: false,
    MicrosoftAppId: '00000000-0000-0000-0000-000000000009' as AppConfig['MicrosoftAppId'],
    ...config,
  });
  const app = express();
  // One proxy hop trusted (TRUST_PROXY=1): a client elsewhere is named by X-Forwarded-For.
  app.set('trust proxy', 1);
  app.post('/api/messages', limits.perClient, express.json(), limits.perConversation, (_req, res) => {
    res.json({ ok: true });
  });
  app.post('/api/webchat/token', limits.token, (_req, res) => {
    res.json({ token: 't' });
  });
  const server = await listenOnLoopback(app);
  servers.push(server);
  return server.url;
}

function message(url: string, channelId: string, conversationId: string, from?: string): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify({ type: 'message', channelId, conversation: { id: conversationId } }),
  });
}

async function statuses(answers: Promise<Response>[] | Response[]): Promise<number[]> {
  const all = await Promise.all(answers);
  return all.map((a) => a.status);
}

describe('rate limits', () => {
  it('limits one conversation, then its client, and answers 429 with a short JSON body and when to try again', async () => {
    const url = await limitedServer({ RATE_LIMIT_PER_CONVERSATION: 2, RATE_LIMIT_PER_CLIENT: 5 });
    const answers: Response[] = [];
    for (let i = 0; i < 3; i++) answers.push(await message(url, 'webchat', 'conv-a'));
    expect(await statuses(answers)).toEqual([200, 200, 429]);
    // Each answer names the limits it counts against (draft-8 RateLimit-Policy headers).
    expect(answers[0]!.headers.get('ratelimit-policy')).toMatch(/^"client"; q=5; w=60;.*, "conversation"; q=2; w=60;/);
    expect(await answers[2]!.json()).toEqual({ error: 'too many requests' });
    expect(Number(answers[2]!.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same conversation id on another channel is another conversation; then the client's own limit.
    expect([(await message(url, 'msteams', 'conv-a')).status, (await message(url, 'webchat', 'conv-b')).status]).toEqual([200, 200]);
    const overClient = await message(url, 'webchat', 'conv-c');
    expect(overClient.status).toBe(429);
    expect(await overClient.json()).toEqual({ error: 'too many requests' });
  });

  it('limits token requests on their own', async () => {
    const url = await limitedServer({ TOKEN_RATE_LIMIT_PER_CLIENT: 1 });
    const token = () => fetch(`${url}/api/webchat/token`, { method: 'POST' });
    const first = await token();
    expect(first.headers.get('ratelimit-policy')).toMatch(/^"token"; q=1; w=60;/);
    expect([first.status, (await token()).status]).toEqual([200, 429]);
    expect((await message(url, 'webchat', 'conv-a')).status).toBe(200);
  });

  it('lets a request without a JSON body or a conversation through to the route (which answers 400), never failing in the limiter', async () => {
    const url = await limitedServer({});
    const notJson = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    const noConversation = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' });
    expect([notJson.status, noConversation.status]).toEqual([200, 200]);
  });

  it('does not limit this machine in open mode (the Emulator, a load test), but still limits its tokens', async () => {
    const url = await limitedServer({ MicrosoftAppId: undefined, RATE_LIMIT_PER_CONVERSATION: 1, RATE_LIMIT_PER_CLIENT: 2, TOKEN_RATE_LIMIT_PER_CLIENT: 1 });
    const answers: Response[] = [];
    for (let i = 0; i < 4; i++) answers.push(await message(url, 'emulator', 'conv-local'));
    expect(await statuses(answers)).toEqual([200, 200, 200, 200]);
    const token = () => fetch(`${url}/api/webchat/token`, { method: 'POST' });
    expect([(await token()).status, (await token()).status]).toEqual([200, 429]);
  });

  it('limits a client elsewhere in open mode, and this machine too once RATE_LIMIT_LOOPBACK=true', async () => {
    const open = await limitedServer({ MicrosoftAppId: undefined, RATE_LIMIT_PER_CONVERSATION: 1 });
    expect([(await message(open, 'emulator', 'conv-x', '203.0.113.5')).status, (await message(open, 'emulator', 'conv-x', '203.0.113.5')).status]).toEqual([200, 429]);
    const loopbackLimited = await limitedServer({ MicrosoftAppId: undefined, RATE_LIMIT_LOOPBACK: true, RATE_LIMIT_PER_CONVERSATION: 1 });
    expect([(await message(loopbackLimited, 'emulator', 'conv-y')).status, (await message(loopbackLimited, 'emulator', 'conv-y')).status]).toEqual([200, 429]);
  });

  it('limits this machine when an app id is set', async () => {
    const url = await limitedServer({ RATE_LIMIT_PER_CONVERSATION: 1 });
    expect([(await message(url, 'emulator', 'conv-z')).status, (await message(url, 'emulator', 'conv-z')).status]).toEqual([200, 429]);
  });
});
