// The app parses JSON for every route before the widget is mounted (with a larger limit). The local
// Direct Line must still accept Web Chat's posts and still refuse bodies over its own, smaller limit.
import { ActivityHandler } from 'botbuilder';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWebChatServer, type WebChatServer } from '../../support/webChatServer.ts';

let web: WebChatServer;
let base: string;

beforeAll(async () => {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity('ok');
    await next();
  });
  web = await startWebChatServer(bot, { parseJsonFirst: true });
  base = web.base;
});

afterAll(async () => web?.close());

it('works behind an app-wide JSON parser and keeps its own size limit', async () => {
  const { token } = (await (await fetch(`${base}/api/webchat/token`, { method: 'POST' })).json()) as { token: string };
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const started = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers, body: '{"user":{"id":"u_1"}}' });
  const { conversationId } = (await started.json()) as { conversationId: string };
  const url = `${base}/v3/directline/conversations/${conversationId}/activities`;

  const ok = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text: 'hi' }) });
  expect(ok.status).toBe(200);
  const big = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text: 'x'.repeat(100_000) }) });
  expect(big.status).toBe(413);

  const polled = (await (await fetch(url, { headers })).json()) as { activities: { text?: string }[] };
  expect(polled.activities.map((a) => a.text)).toEqual(['hi', 'ok']);
});
