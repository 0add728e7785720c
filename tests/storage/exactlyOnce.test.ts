// Two instances of the bot on one Azurite, sharing one conversation: a channel's retry of an
// activity already handled gets nothing new, and two messages handled at once by the two instances
// never let the slower one overwrite the other's outcome (the state is written with its eTag).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { startServer, type RunningServer } from '../../src/server.ts';
import { startAzurite, type Azurite } from '../support/azurite.ts';
import { emulatorActivity, entitiesOf, startChannelServer, type ChannelServer } from '../support/channelServer.ts';
import { startFaultProxy, type FaultProxy } from '../support/faultProxy.ts';

let azurite: Azurite;
let channel: ChannelServer;
let proxyB: FaultProxy;
let a: RunningServer;
let b: RunningServer;

const LEG_GROUP = /keeps giving way/i;
const FEVER_GROUP = /fever or chills/i;
const BLADDER_GROUP = /trouble starting to pee/i;

function env(connectionString: string): Record<string, string> {
  return {
    PORT: '0', HOST: '127.0.0.1', STORAGE: 'blob', BLOB_CONNECTION_STRING: connectionString, BLOB_CONTAINER: 'shared-state',
    LOG_LEVEL: 'silent', MicrosoftAppId: '', DIRECT_LINE_SECRET: '', STORAGE_TIMEOUT_MS: '8000',
  };
}

beforeAll(async () => {
  azurite = await startAzurite();
  channel = await startChannelServer();
  proxyB = await startFaultProxy(azurite.connectionString);
  a = await startServer(env(azurite.connectionString));
  b = await startServer(env(proxyB.connectionString));
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await proxyB?.close();
  await channel?.close();
  await azurite?.stop();
});

async function post(server: RunningServer, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  const before = channel.repliesTo(activity.conversation!.id).length;
  const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  expect(res.status).toBeLessThan(300);
  return channel.repliesTo(activity.conversation!.id).slice(before);
}

const say = (server: RunningServer, conversation: string, text: string) => post(server, emulatorActivity(channel.serviceUrl, conversation, { text }));
const shown = (replies: Partial<Activity>[]) => JSON.stringify(replies);

/** Through instance A, up to the first red-flag question (bladder and bowel signs). */
async function upToBladderQuestion(conversation: string): Promise<void> {
  await say(a, conversation, 'my lower back has hurt for 3 weeks, the pain stays in my back');
  await say(a, conversation, 'check my symptoms');
  // Age is asked right after where it hurts (several rules need it).
  // The side is asked only when the story did not tell it.
  if (/the side|which side/i.test(shown(await say(a, conversation, '45')))) await say(a, conversation, 'middle');
  expect(shown(await say(a, conversation, 'no'))).toMatch(BLADDER_GROUP);
}

describe('two instances sharing one conversation (Azurite)', () => {
  it('a retried activity (same id) is answered with nothing new, so its "no" does not answer the next question', async () => {
    await upToBladderQuestion('conv-retry');
    const no = emulatorActivity(channel.serviceUrl, 'conv-retry', { text: 'no' });
    expect(shown(await post(a, no))).toMatch(LEG_GROUP);
    // The channel retries the same activity; a load balancer sends it to the other instance.
    expect(await post(b, no)).toHaveLength(0);
    // "Yes" still answers the leg-weakness question: its checklist comes, not the next group's.
    const next = shown(await say(a, 'conv-retry', 'yes'));
    expect(next).toMatch(/weak/i);
    expect(next).not.toMatch(FEVER_GROUP);
  });

  it('a "no" handled at the same moment as an emergency on the other instance does not overwrite it', async () => {
    await upToBladderQuestion('conv-race');
    // B reads the state and works out its answer to "no", but its write is held back…
    const gate = proxyB.holdWrites();
    const slowNo = say(b, 'conv-race', 'no');
    await gate.waitForHeld(1);
    // …while A handles an emergency typed at the same time, and stores it.
    const alarm = await say(a, 'conv-race', "I can't control my bladder any more");
    expect(entitiesOf(alarm, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
    gate.release();
    const late = await slowNo;
    // B's write lost (412): its turn was replayed on A's state, so it did not go on with the check.
    expect(shown(late)).not.toMatch(LEG_GROUP);
    expect(entitiesOf(late, 'clinic.triage').map((t) => t.level)).not.toContain('soon');
    // The check stays ended: another "no" does not walk on to a milder outcome.
    const after = await say(a, 'conv-race', 'no');
    expect(shown(after)).not.toMatch(FEVER_GROUP);
    expect(entitiesOf(after, 'clinic.triage')).toHaveLength(0);
  });
});
