// npm run bench:widget — the local Direct Line: time from a patient's post to the bot's reply
// arriving over the WebSocket stream, alone and while four other clients poll in tight loops
// (which the per-client rate limit slows down). Figures only; nothing is asserted.
import type { AddressInfo } from 'node:net';
import express from 'express';
import WebSocket from 'ws';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { mountWebChat } from '../src/web/index.ts';

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`echo ${context.activity.text}`);
  await next();
});
const app = express();
const web = mountWebChat(app, {
  adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
  runBot: (context) => bot.run(context),
  localDirectLine: true,
  botName: 'Bench',
  pageCopy: { chatLabel: 'c', noScript: 'n', startFailed: 's', loading: 'l', emergencyLine: 'e', emergencyShort: 'e', openChat: 'o', closeChat: 'c' },
  locale: 'en-GB',
  // One patient sending 100 messages a minute is the bench's doing; polls keep their real limits.
  rateLimits: { postsPerConversation: 10_000, postsPerAddress: 10_000 },
});
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
web.attach(server);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const auth = (token: string) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

async function start() {
  const { token } = (await (await fetch(`${base}/api/webchat/token`, { method: 'POST' })).json()) as { token: string };
  const res = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: auth(token), body: '{"user":{"id":"u_1"}}' });
  return { token, ...((await res.json()) as { conversationId: string; streamUrl: string }) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

async function replyTimes(rounds: number): Promise<number[]> {
  const c = await start();
  const ws = new WebSocket(c.streamUrl);
  await new Promise((resolve) => ws.once('open', resolve));
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const got = new Promise<void>((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        const text = String(data);
        if (text && (JSON.parse(text) as { activities: { text?: string }[] }).activities.some((a) => a.text === `echo m${i}`)) {
          ws.off('message', onMessage);
          resolve();
        }
      };
      ws.on('message', onMessage);
    });
    await fetch(`${base}/v3/directline/conversations/${c.conversationId}/activities`, { method: 'POST', headers: auth(c.token), body: JSON.stringify({ type: 'message', text: `m${i}` }) });
    await got;
    times.push(performance.now() - t0);
  }
  ws.close();
  return times;
}

await replyTimes(20); // warm-up
const alone = await replyTimes(100);
console.log(`bench.widget.reply_over_stream.p50_ms ${median(alone).toFixed(1)} p90 ${p90(alone).toFixed(1)} (100 messages, post → reply on the WebSocket)`);

// Four clients polling as fast as they can, each on its own conversation.
let stop = false;
let polls = 0;
let refused = 0;
const loops = await Promise.all([start(), start(), start(), start()]);
const running = loops.map(async (c) => {
  while (!stop) {
    const res = await fetch(`${base}/v3/directline/conversations/${c.conversationId}/activities?watermark=`, { headers: auth(c.token) });
    await res.arrayBuffer();
    polls++;
    if (res.status === 429) refused++;
  }
});
const busy = await replyTimes(100);
stop = true;
await Promise.all(running);
console.log(`bench.widget.reply_with_4_polling_loops.p50_ms ${median(busy).toFixed(1)} p90 ${p90(busy).toFixed(1)} (${polls} polls, ${refused} refused with 429)`);

web.close();
server.closeAllConnections();
server.close();
