// The local Direct Line over real HTTP, as Web Chat 4.18 uses it: token → start → poll → post.
import { ActivityHandler, type Activity } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWebChatServer, type WebChatServer } from '../../support/webChatServer.ts';

interface Polled {
  activities: (Activity & { channelData?: { clientActivityID?: string } })[];
  watermark: string;
}

/** A bot that greets whoever joins and answers every message, remembering what it was given. */
function recordingBot() {
  const received: Activity[] = [];
  const bot = new ActivityHandler();
  bot.onMembersAdded(async (context, next) => {
    for (const member of context.activity.membersAdded ?? []) {
      if (member.id !== context.activity.recipient.id) await context.sendActivity(`Hello ${member.id}`);
    }
    await next();
  });
  bot.onMessage(async (context, next) => {
    received.push(context.activity);
    await context.sendActivity(`Reply to ${context.activity.text ?? 'a card'}`);
    await next();
  });
  return { bot, received };
}

let web: WebChatServer;
let base: string;
const { bot, received } = recordingBot();

beforeAll(async () => {
  web = await startWebChatServer(bot, { botName: 'Test <Clinic> Bot' });
  base = web.base;
});

afterAll(async () => web?.close());

beforeEach(() => {
  received.length = 0;
});

const dl = (path: string) => `${base}/v3/directline${path}`;
const auth = (token: string) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

async function newToken(): Promise<{ token: string; userId: string; domain: string }> {
  const res = await fetch(`${base}/api/webchat/token`, { method: 'POST' });
  expect(res.status).toBe(200);
  return (await res.json()) as { token: string; userId: string; domain: string };
}

async function start(userId = 'u_tester'): Promise<{ token: string; conversationId: string }> {
  const { token } = await newToken();
  const res = await fetch(dl('/conversations'), {
    method: 'POST',
    headers: auth(token),
    body: JSON.stringify({ user: { id: userId }, locale: 'en-GB' }),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { conversationId: string; token: string };
  return { token: body.token, conversationId: body.conversationId };
}

async function poll(token: string, conversationId: string, watermark = ''): Promise<Polled> {
  const res = await fetch(dl(`/conversations/${conversationId}/activities?watermark=${watermark}`), { headers: auth(token) });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return (await res.json()) as Polled;
}

async function post(token: string, conversationId: string, activity: unknown) {
  return fetch(dl(`/conversations/${conversationId}/activities`), {
    method: 'POST',
    headers: auth(token),
    body: JSON.stringify(activity),
  });
}

describe('token endpoint and starting a conversation', () => {
  it('gives the page an opaque token, a user id and the local domain, never cached', async () => {
    const res = await fetch(`${base}/api/webchat/token`, { method: 'POST' });
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Record<string, string>;
    expect(body.token).toMatch(/^[\w-]{40,}$/);
    expect(body.domain).toBe('/v3/directline');
    expect(body.userId).toMatch(/^u_/);
    expect((await newToken()).token).not.toBe(body.token);
  });

  it('refuses a missing or unknown token with 401', async () => {
    const none = await fetch(dl('/conversations'), { method: 'POST' });
    expect(none.status).toBe(401);
    const bogus = await fetch(dl('/conversations'), { method: 'POST', headers: auth('not-a-real-token') });
    expect(bogus.status).toBe(401);
    expect(((await bogus.json()) as { error: { code: string } }).error.code).toBe('BadToken');
  });

  it('starts the reserved conversation once and returns the same one to the same token', async () => {
    const { token } = await newToken();
    const first = await fetch(dl('/conversations'), { method: 'POST', headers: auth(token), body: '{"user":{"id":"u_a"}}' });
    expect(first.status).toBe(201);
    const started = (await first.json()) as { conversationId: string; token: string; expires_in: number };
    expect(started.token).toBe(token);
    expect(started.expires_in).toBeGreaterThan(60);
    const again = await fetch(dl('/conversations'), { method: 'POST', headers: auth(token), body: '{}' });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { conversationId: string }).conversationId).toBe(started.conversationId);
  });

  it('has the welcome waiting at the first poll, addressed to the user id Web Chat chose', async () => {
    const { token, conversationId } = await start('u_welcome');
    const { activities, watermark } = await poll(token, conversationId);
    expect(activities).toHaveLength(1);
    const [welcome] = activities;
    expect(welcome?.text).toBe('Hello u_welcome');
    expect(welcome?.from).toMatchObject({ role: 'bot' });
    expect(welcome?.recipient?.id).toBe('u_welcome');
    expect(welcome?.conversation?.id).toBe(conversationId);
    expect(Number.isNaN(Date.parse(String(welcome?.timestamp)))).toBe(false);
    expect(typeof watermark).toBe('string');
    expect(received).toHaveLength(0); // conversationUpdate is not a message
  });

  it('rejects an implausible user id', async () => {
    const { token } = await newToken();
    const res = await fetch(dl('/conversations'), { method: 'POST', headers: auth(token), body: '{"user":{"id":"<script>"}}' });
    expect(res.status).toBe(400);
  });
});

describe('posting and polling', () => {
  it('echoes the user message with the id the bot received and its clientActivityID unchanged', async () => {
    const { token, conversationId } = await start('u_echo');
    const { watermark } = await poll(token, conversationId);
    const res = await post(token, conversationId, {
      type: 'message',
      text: 'my hip hurts',
      from: { id: 'someone-else', name: 'Pat', role: 'user' },
      channelData: { clientActivityID: 'client-123', attachmentSizes: [] },
      locale: 'en-GB',
    });
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };

    expect(received).toHaveLength(1);
    expect(received[0]?.id).toBe(id);
    expect(received[0]?.from.id).toBe('u_echo'); // the conversation's user, not what the body claimed
    expect(received[0]?.channelId).toBe('webchat');

    const next = await poll(token, conversationId, watermark);
    const [echo, reply] = next.activities;
    expect(echo?.id).toBe(id);
    expect(echo?.text).toBe('my hip hurts');
    expect(echo?.channelData?.clientActivityID).toBe('client-123');
    expect(echo?.from).toMatchObject({ id: 'u_echo', role: 'user' });
    expect(echo?.timestamp).toBeTruthy();
    expect(echo).not.toHaveProperty('serviceUrl');
    expect(reply?.text).toBe('Reply to my hip hurts');
    expect(reply?.from).toMatchObject({ role: 'bot' });
    expect(reply?.replyToId).toBe(id);
    expect(reply?.timestamp).toBeTruthy();
    expect(reply).not.toHaveProperty('serviceUrl');
    expect(Number(next.watermark)).toBeGreaterThan(Number(watermark));
  });

  it('pages by watermark: nothing new means an empty list and the same watermark', async () => {
    const { token, conversationId } = await start();
    const all = await poll(token, conversationId);
    const after = await poll(token, conversationId, all.watermark);
    expect(after).toEqual({ activities: [], watermark: all.watermark });
    await post(token, conversationId, { type: 'message', text: 'one' });
    await post(token, conversationId, { type: 'message', text: 'two' });
    const fresh = await poll(token, conversationId, all.watermark);
    expect(fresh.activities.map((a) => a.text)).toEqual(['one', 'Reply to one', 'two', 'Reply to two']);
    const whole = await poll(token, conversationId, '0');
    expect(whole.activities).toHaveLength(5);
  });

  it('passes an Adaptive Card submit (value, no text) to the bot', async () => {
    const { token, conversationId } = await start();
    const res = await post(token, conversationId, { type: 'message', value: { choice: 'hip' }, channelData: { clientActivityID: 'c2' } });
    expect(res.status).toBe(200);
    expect(received[0]?.value).toEqual({ choice: 'hip' });
  });

  it("keeps one conversation's token out of another", async () => {
    const a = await start();
    const b = await start();
    const res = await fetch(dl(`/conversations/${b.conversationId}/activities`), { headers: auth(a.token) });
    expect(res.status).toBe(404);
    expect((await post(a.token, b.conversationId, { type: 'message', text: 'x' })).status).toBe(404);
    expect(received).toHaveLength(0);
  });

  it('answers 404 for an unknown conversation and 401 for a bad token', async () => {
    const { token } = await start();
    expect((await fetch(dl('/conversations/nope/activities'), { headers: auth(token) })).status).toBe(404);
    expect((await fetch(dl('/conversations/nope/activities'), { headers: auth('bad') })).status).toBe(401);
  });

  it('refreshes a token, keeping the conversation', async () => {
    const { token, conversationId } = await start();
    const res = await fetch(dl('/tokens/refresh'), { method: 'POST', headers: auth(token) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { conversationId: string; token: string; expires_in: number };
    expect(body.conversationId).toBe(conversationId);
    expect(body.expires_in).toBeGreaterThan(60);
    await poll(body.token, conversationId);
  });
});

describe('malformed and oversized requests', () => {
  it.each([
    ['no type', { text: 'hi' }, 'type'],
    ['an unknown type', { type: 'conversationUpdate' }, 'type'],
    ['text that is not a string', { type: 'message', text: 42 }, 'text'],
    ['an array body', [{ type: 'message' }], 'JSON activity object'],
  ])('rejects an activity with %s (400, the field named)', async (_label, activity, field) => {
    const { token, conversationId } = await start();
    const res = await post(token, conversationId, activity);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BadArgument');
    expect(body.error.message).toContain(field);
    expect(received).toHaveLength(0);
  });

  it('rejects a body that is not JSON with a JSON error', async () => {
    const { token, conversationId } = await start();
    const res = await fetch(dl(`/conversations/${conversationId}/activities`), { method: 'POST', headers: auth(token), body: '{"type":' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/JSON/);
  });

  it('rejects an oversized activity with 413 and never bothers the bot', async () => {
    const { token, conversationId } = await start();
    const res = await post(token, conversationId, { type: 'message', text: 'x'.repeat(100_000) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PayloadTooLarge');
    expect(received).toHaveLength(0);
  });

  it('rejects a watermark that is not a number', async () => {
    const { token, conversationId } = await start();
    const res = await fetch(dl(`/conversations/${conversationId}/activities?watermark=abc`), { headers: auth(token) });
    expect(res.status).toBe(400);
  });

  it('hides the local connector behind its secret path', async () => {
    const { conversationId } = await start();
    const res = await fetch(`${base}/v3/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'spoofed' }),
    });
    expect(res.status).toBe(404);
    const guessed = await fetch(`${base}/local-connector/guess/v3/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"type":"message"}',
    });
    expect(guessed.status).toBe(404);
  });
});

describe('the page and the Web Chat bundle', () => {
  it('serves an accessible page with a strict CSP and the bundle from the installed package', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<title>Test &#60;Clinic&#62; Bot</title>');
    expect(html).toMatch(/<h1>Test &#60;Clinic&#62; Bot<\/h1>/);
    expect(html).toContain('<link rel="icon" href="data:,">');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // nothing from a CDN
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    // No inline script at all: only this origin's files (the settings are inert JSON).
    expect(csp).toContain("script-src 'self';");
    expect(html).not.toMatch(/<script(?![^>]*\b(src=|type="application\/json"))[^>]*>/);

    const src = /<script src="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(src).toMatch(/^\/assets\/webchat-4\.\d+\.\d+\.js$/);
    const bundle = await fetch(`${base}${src}`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('cache-control')).toContain('max-age=31536000');
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
  });
});
