// State on Azure Blob Storage, against the real Azurite emulator: a symptom check survives a
// restart of the bot (staff figures on Blob Storage: tests/storage/figuresLog.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server.ts';
import { loadProtocol } from '../../src/clinical/triage/loadProtocol.ts';
import { questionOf } from '../fixtures/vignettes/patient.ts';
import { startAzurite, type Azurite } from '../support/azurite.ts';
import { emulatorActivity, entitiesOf, startChannelServer, type ChannelServer } from '../support/channelServer.ts';

let azurite: Azurite;
let channel: ChannelServer;

beforeAll(async () => {
  azurite = await startAzurite();
  channel = await startChannelServer();
});

afterAll(async () => {
  await channel?.close();
  await azurite?.stop();
});

function blobEnv(): Record<string, string> {
  return { PORT: '0', HOST: '127.0.0.1', STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'state-test', LOG_LEVEL: 'silent', MicrosoftAppId: '' };
}

describe('Azure Blob state (Azurite)', () => {
  it('keeps a symptom check across a restart: the next answer is read as the next step', async () => {
    const protocol = loadProtocol('content/triage.yaml');
    const conv = 'conv-restart';
    const turn = async (url: string, text: string) => {
      const before = channel.repliesTo(conv).length;
      await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(emulatorActivity(channel.serviceUrl, conv, { text })),
      });
      return channel.repliesTo(conv).slice(before);
    };

    const first = await startServer(blobEnv());
    expect(questionOf(protocol, await turn(first.url, 'check my symptoms'))).toBe('location');
    // Age comes right after where it hurts (several rules need it).
    expect(questionOf(protocol, await turn(first.url, 'Hip'))).toBe('age');
    expect(questionOf(protocol, await turn(first.url, '45'))).toBe('side');
    await first.close();

    // A new process on the same storage: "Right" answers the side question asked before the
    // restart, so the check goes on to the next step (without state it would be a new message).
    const second = await startServer(blobEnv());
    expect(questionOf(protocol, await turn(second.url, 'Right'))).toBe('spread');
    // The outcome's entity keeps its fields on the wire (not only its type).
    const triage = entitiesOf(await turn(second.url, "I've wet myself without noticing"), 'clinic.triage');
    expect(triage).toEqual([expect.objectContaining({ type: 'clinic.triage', level: 'emergency', reasons: expect.arrayContaining(['bladder-dysfunction']) })]);
    await second.close();
    // Two starts of the whole bot (content, answer index) on a busy machine.
  }, 90_000);

});
