// Real HTTP into /api/messages with a channel whose reply endpoint fails or hangs: the state is
// kept (never deleted for a failed send), a dead serviceUrl holds the conversation for seconds,
// not minutes, and a retried activity gets nothing new.
import express from 'express';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { startServer, type RunningServer } from '../../src/server.ts';
import { emulatorActivity, entitiesOf } from '../support/channelServer.ts';

type Mode = 'ok' | 'fail' | 'hang';
let mode: Mode = 'ok';
const received: (Partial<Activity> & { conv: string })[] = [];
let channelServer: Server;
let serviceUrl: string;
let bot: RunningServer;

beforeAll(async () => {
  const app = express();
  app.use(express.json({ limit: '5mb' }));
  app.post('/v3/conversations/:conv/activities{/:replyTo}', (req, res) => {
    if (mode === 'hang') return;
    // A channel failing on and off: the turn's replies fail on every attempt, the apology after them gets through.
    if (mode === 'fail' && !/went wrong/.test(String(req.body?.text))) {
      res.status(500).json({ error: { code: 'ServiceError', message: 'down' } });
      return;
    }
    received.push({ ...req.body, conv: req.params.conv });
    res.json({ id: `r${received.length}` });
  });
  channelServer = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = channelServer.address();
  serviceUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  bot = await startServer({ PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: '', DIRECT_LINE_SECRET: '', LOG_LEVEL: 'silent', CONNECTOR_TIMEOUT_MS: '1500' });
});

afterAll(async () => {
  mode = 'ok';
  await bot?.close();
  channelServer.closeAllConnections();
  await new Promise((r) => channelServer.close(r));
});

const repliesTo = (conv: string) => received.filter((r) => r.conv === conv);

async function post(activity: Partial<Activity>): Promise<{ replies: Partial<Activity>[]; ms: number }> {
  const conv = activity.conversation!.id;
  const before = repliesTo(conv).length;
  const started = Date.now();
  await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(30_000),
  });
  return { replies: repliesTo(conv).slice(before), ms: Date.now() - started };
}
const say = (conv: string, text: string) => post(emulatorActivity(serviceUrl, conv, { text }));

async function upToBladderQuestion(conv: string): Promise<void> {
  await say(conv, 'my lower back has hurt for 3 weeks, the pain stays in my back');
  await say(conv, 'check my symptoms');
  // Age is asked right after where it hurts (several rules need it).
  // The side is asked only when the story did not tell it.
  if (/the side|which side/i.test(JSON.stringify((await say(conv, '45')).replies))) await say(conv, 'middle');
  expect(JSON.stringify((await say(conv, 'no')).replies)).toMatch(/trouble starting to pee/i);
}

describe('a channel that fails or hangs', () => {
  it('keeps the conversation state when every attempt to reply fails', async () => {
    await upToBladderQuestion('conv-send-fails');
    mode = 'fail';
    await say('conv-send-fails', 'no');
    mode = 'ok';
    // The check is still going (not deleted): "yes" answers a red-flag question with its checklist.
    const next = JSON.stringify((await say('conv-send-fails', 'yes')).replies);
    expect(next).toMatch(/which of these/i);
  });

  it('does not let a dead serviceUrl hold the conversation: the turn ends within seconds and the next one is answered', async () => {
    mode = 'hang';
    const dead = await say('conv-dead', 'hello');
    mode = 'ok';
    // The reply and the apology each give up at CONNECTOR_TIMEOUT_MS (1.5 s here).
    expect(dead.ms).toBeLessThan(8000);
    const next = await say('conv-dead', 'is heat or ice better for back pain?');
    expect(next.ms).toBeLessThan(5000);
    expect(entitiesOf(next.replies, 'clinic.answer')).toHaveLength(1);
  }, 30_000);

  it('answers a retried activity (same id) with nothing new', async () => {
    await upToBladderQuestion('conv-retried');
    const no = emulatorActivity(serviceUrl, 'conv-retried', { text: 'no' });
    expect(JSON.stringify((await post(no)).replies)).toMatch(/keeps giving way/i);
    expect((await post(no)).replies).toHaveLength(0);
  });
});
