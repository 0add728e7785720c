// The app parses JSON for every route before the widget is mounted (with a larger limit). The local
// Direct Line must still accept Web Chat's posts and still refuse bodies over its own, smaller limit.
import { testPageCopy } from '../../support/pageCopy.ts';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mountWebChat } from '../../../src/web/index.ts';

let server: Server;
let base: string;
let close: () => void;

beforeAll(async () => {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity('ok');
    await next();
  });
  const app = express();
  app.use(express.json({ limit: '256kb' }));
  ({ close } = mountWebChat(app, {
    adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
    runBot: (context) => bot.run(context),
    localDirectLine: true,
    botName: 'Clinic',
    pageCopy: testPageCopy,
    locale: 'en-GB',
  }));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  close();
  await new Promise((resolve) => server.close(resolve));
});

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
