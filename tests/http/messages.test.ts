// Real HTTP into /api/messages, the way the Bot Framework Emulator talks to the bot: replies are
// POSTed by the bot to a serviceUrl this test serves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.ts';
import { emulatorActivity, entitiesOf, startChannelServer, type ChannelServer } from '../support/channelServer.ts';

let bot: RunningServer;
let channel: ChannelServer;

beforeAll(async () => {
  channel = await startChannelServer();
  bot = await startServer({ PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: '', MicrosoftAppPassword: '', LOG_LEVEL: 'silent', DIRECT_LINE_SECRET: '' });
});

afterAll(async () => {
  await bot?.close();
  await channel?.close();
});

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /api/messages without an app id (Emulator mode)', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('welcomes a new member with the purpose, the emergency number and a menu', async () => {
    const res = await post(
      emulatorActivity(channel.serviceUrl, 'conv-welcome', {
        type: 'conversationUpdate',
        membersAdded: [{ id: 'user-1', name: 'Pat' }, { id: 'bot', name: 'Clinic bot' }],
      }),
    );
    expect(res.status).toBeLessThan(300);
    const replies = channel.repliesTo('conv-welcome');
    const text = replies.map((r) => JSON.stringify(r)).join(' ').toLowerCase();
    expect(text).toContain('not a diagnosis');
    expect(text).toContain('999');
    expect(text).toContain('check my symptoms');
  });

  it('answers a question with the clinic.answer entity intact on the wire', async () => {
    await post(emulatorActivity(channel.serviceUrl, 'conv-answer', { text: 'what can I do at home to ease sciatica pain?' }));
    const answers = entitiesOf(channel.repliesTo('conv-answer'), 'clinic.answer');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers[0]).toEqual(expect.objectContaining({ article: expect.any(String), section: expect.any(String) }));
  });

  it('carries the clinic.triage level and reasons over HTTP for a red flag', async () => {
    await post(emulatorActivity(channel.serviceUrl, 'conv-flag', { text: "my back hurts and I can't control my bladder any more" }));
    const triage = entitiesOf(channel.repliesTo('conv-flag'), 'clinic.triage');
    expect(triage[0]).toEqual(expect.objectContaining({ level: 'emergency', reasons: expect.arrayContaining([expect.any(String)]) }));
  });

  it('declines an out-of-scope question with clinic.no-answer', async () => {
    await post(emulatorActivity(channel.serviceUrl, 'conv-decline', { text: 'what will the weather be like tomorrow?' }));
    expect(entitiesOf(channel.repliesTo('conv-decline'), 'clinic.no-answer')).toHaveLength(1);
    expect(entitiesOf(channel.repliesTo('conv-decline'), 'clinic.answer')).toHaveLength(0);
  });

  it('replies to each channel at its own address when two channels take turns (connector clients are kept per address)', async () => {
    const other = await startChannelServer();
    try {
      for (let round = 0; round < 2; round++) {
        await post(emulatorActivity(channel.serviceUrl, 'conv-here', { text: 'hello' }));
        await post(emulatorActivity(other.serviceUrl, 'conv-there', { text: 'hello' }));
      }
      expect(channel.repliesTo('conv-here').length).toBeGreaterThan(1);
      expect(other.repliesTo('conv-there').length).toBeGreaterThan(1);
      expect(channel.repliesTo('conv-there')).toHaveLength(0);
      expect(other.repliesTo('conv-here')).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('rejects a malformed activity with a clear 400 and keeps serving', async () => {
    const res = await post({ text: 'hello' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'malformed activity' });
    const broken = await post('{"type": "message",');
    expect(broken.status).toBe(400);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await post(emulatorActivity(channel.serviceUrl, 'conv-big', { text: 'x'.repeat(400_000) }));
    expect(res.status).toBe(413);
  });

  it('tells the user when a message is too long, losing nothing else', async () => {
    await post(emulatorActivity(channel.serviceUrl, 'conv-long', { text: 'pain '.repeat(1000) }));
    const text = channel.repliesTo('conv-long').map((r) => r.text ?? '').join(' ');
    expect(text).toMatch(/too long/i);
  });
});

describe('POST /api/messages with an app id configured', () => {
  let secured: RunningServer;
  beforeAll(async () => {
    secured = await startServer({ PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', LOG_LEVEL: 'silent' });
  });
  afterAll(async () => secured?.close());

  it.each([
    ['no Authorization header', {}],
    ['a garbage token', { authorization: 'Bearer not.a.token' }],
  ])('answers 401 to a request with %s', async (_name, headers) => {
    const res = await fetch(`${secured.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(emulatorActivity(channel.serviceUrl, 'conv-secure', { text: 'hello' })),
    });
    expect(res.status).toBe(401);
    expect(channel.repliesTo('conv-secure')).toHaveLength(0);
  });

  it('serves no built-in Direct Line: no local token, no unauthenticated conversation', async () => {
    const token = await fetch(`${secured.url}/api/webchat/token`, { method: 'POST' });
    expect(token.status).toBe(503);
    expect(JSON.stringify(await token.json())).not.toMatch(/"token"/);
    const conversation = await fetch(`${secured.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer anything' } });
    expect(conversation.status).toBe(404);
  });
});
