// The local Direct Line's WebSocket stream (as Direct Line 3.0's streamUrl) and its limits under
// floods: token requests, polling loops, oversized transcripts, too many sockets.
import { ActivityHandler } from 'botbuilder';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebChatServer, type WebChatServer } from '../../support/webChatServer.ts';

function echoBot(): ActivityHandler {
  const bot = new ActivityHandler();
  bot.onMembersAdded(async (context, next) => {
    await context.sendActivity('Hello');
    await next();
  });
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Reply to ${(context.activity.text ?? '').slice(0, 20)}`);
    await next();
  });
  return bot;
}

let web: WebChatServer | undefined;
afterEach(async () => {
  await web?.close();
  web = undefined;
});

interface Started {
  token: string;
  conversationId: string;
  streamUrl?: string;
}
interface Group {
  activities: { id: string; text?: string; from: { role?: string } }[];
  watermark: string;
}

const headers = (token: string) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

function client(server: WebChatServer) {
  const dl = (path: string) => `${server.base}/v3/directline${path}`;
  return {
    token: () => fetch(`${server.base}/api/webchat/token`, { method: 'POST' }),
    async start(): Promise<Started> {
      const res = await this.token();
      expect(res.status).toBe(200);
      const { token } = (await res.json()) as { token: string };
      const started = await fetch(dl('/conversations'), { method: 'POST', headers: headers(token), body: '{"user":{"id":"u_1"}}' });
      expect(started.status).toBe(201);
      return (await started.json()) as Started;
    },
    poll: (c: Started, watermark = '') => fetch(dl(`/conversations/${c.conversationId}/activities?watermark=${watermark}`), { headers: headers(c.token) }),
    post: (c: Started, text: string) =>
      fetch(dl(`/conversations/${c.conversationId}/activities`), { method: 'POST', headers: headers(c.token), body: JSON.stringify({ type: 'message', text }) }),
    resume: (c: Started, watermark: string) => fetch(dl(`/conversations/${c.conversationId}?watermark=${watermark}`), { headers: headers(c.token) }),
  };
}

/** Opens a stream and collects what it pushes. */
async function openStream(url: string): Promise<{ ws: WebSocket; groups: Group[]; next(count: number): Promise<Group[]> }> {
  const ws = new WebSocket(url);
  const groups: Group[] = [];
  ws.on('message', (data) => {
    const text = String(data);
    if (text) groups.push(JSON.parse(text) as Group);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    groups,
    async next(count) {
      await expect.poll(() => groups.length, { timeout: 3_000 }).toBeGreaterThanOrEqual(count);
      return groups;
    },
  };
}

function refusal(url: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('error', () => resolve(-1));
  });
}

describe('WebSocket stream', () => {
  it('pushes the welcome, the echo and the reply as they are stored, and resumes from a watermark', async () => {
    web = await startWebChatServer(echoBot());
    const c = client(web);
    const conversation = await c.start();
    expect(conversation.streamUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/.+\/stream\?watermark=&t=/);
    expect(conversation.streamUrl).not.toContain(conversation.token);
    const stream = await openStream(conversation.streamUrl!);
    const [welcome] = await stream.next(1);
    expect(welcome!.activities.map((a) => a.text)).toEqual(['Hello']);

    expect((await c.post(conversation, 'hi there')).status).toBe(200);
    const groups = await stream.next(3);
    expect(groups.slice(1).map((g) => g.activities[0]!.text)).toEqual(['hi there', 'Reply to hi there']);
    expect(groups.at(-1)!.watermark).toBe('3');
    stream.ws.close();

    // A reload or a dropped socket: a fresh stream URL from the watermark gets only what is newer.
    expect((await c.post(conversation, 'again')).status).toBe(200);
    const resumed = (await (await c.resume(conversation, '3')).json()) as Started;
    const again = await openStream(resumed.streamUrl!);
    const [backlog] = await again.next(1);
    expect(backlog!.activities.map((a) => a.text)).toEqual(['again', 'Reply to again']);
    again.ws.close();
  });

  it('refuses a stream URL that is forged, reused, or one socket too many', async () => {
    web = await startWebChatServer(echoBot(), { streamLimits: { perConversation: 1 } });
    const c = client(web);
    const conversation = await c.start();
    const url = conversation.streamUrl!;
    expect(await refusal(url.replace(/t=[^&]+/, 't=forged'))).toBe(403);
    const first = await openStream(url);
    expect(await refusal(url)).toBe(403); // one use only
    const second = (await (await c.resume(conversation, '')).json()) as Started;
    expect(await refusal(second.streamUrl!)).toBe(429);
    first.ws.close();
    await expect.poll(() => web!.web.stats().streams).toBe(0);
    expect(await refusal(second.streamUrl!)).toBe(101);
  });
});

describe('floods', () => {
  it('500 token requests do not push out live conversations; when full, new ones are refused', async () => {
    web = await startWebChatServer(echoBot(), { limits: { maxConversations: 3, maxReservations: 20 }, rateLimits: { tokensPerAddress: 10_000 } });
    const c = client(web);
    const live = [await c.start(), await c.start()];
    const answers = await Promise.all(Array.from({ length: 500 }, () => c.token()));
    expect(answers.every((r) => r.status === 200)).toBe(true);
    expect(web.web.stats().held).toBe(2 + 20);
    for (const conversation of live) {
      expect((await c.post(conversation, 'still here?')).status).toBe(200);
      expect((await c.poll(conversation)).status).toBe(200);
    }
    await c.start(); // the last place
    const refused = await c.token();
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/busy/);
    for (const conversation of live) expect((await c.poll(conversation)).status).toBe(200);
  });

  it('limits token requests per address', async () => {
    web = await startWebChatServer(echoBot(), { rateLimits: { tokensPerAddress: 5 } });
    const c = client(web);
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await c.token()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });

  it('a polling loop is slowed down without slowing anyone else', async () => {
    web = await startWebChatServer(echoBot(), { rateLimits: { pollsPerConversation: 20 } });
    const c = client(web);
    const [looping, other] = [await c.start(), await c.start()];
    const statuses = await Promise.all(Array.from({ length: 40 }, () => c.poll(looping).then((r) => r.status)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    expect((await c.poll(other)).status).toBe(200);
  });

  it('keeps memory bounded in bytes per conversation and in total', async () => {
    web = await startWebChatServer(echoBot(), {
      limits: { maxBytesPerConversation: 200_000, maxTotalBytes: 500_000 },
      rateLimits: { postsPerConversation: 1000, postsPerAddress: 1000 },
    });
    const c = client(web);
    const conversations = [await c.start(), await c.start(), await c.start(), await c.start()];
    const big = 'x'.repeat(50_000);
    for (let i = 0; i < 10; i++) for (const conversation of conversations) expect((await c.post(conversation, big)).status).toBe(200);
    expect(web.web.stats().bytes).toBeLessThanOrEqual(500_000 + 4 * 51_000);
    for (const conversation of conversations) {
      const polled = (await (await c.poll(conversation)).json()) as Group;
      expect(JSON.stringify(polled).length).toBeLessThanOrEqual(200_000 + 2_000);
      expect(polled.activities.at(-1)!.text).toBe('Reply to xxxxxxxxxxxxxxxxxxxx');
    }
    // The budget is spent: a newcomer is told the chat is busy instead of someone being dropped.
    expect((await c.token()).status).toBe(503);
  });
});
