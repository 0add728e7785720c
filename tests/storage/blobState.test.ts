// State on Azure Blob Storage, against the real Azurite emulator: a conversation survives a restart
// of the bot (staff figures on Blob Storage: tests/storage/figuresLog.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server.ts';
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
  it('keeps a conversation across a restart: "read more" still opens the section offered before', async () => {
    const first = await startServer(blobEnv());
    const send = (url: string, text: string) =>
      fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(emulatorActivity(channel.serviceUrl, 'conv-restart', { text })),
      });
    await send(first.url, 'is heat or ice better for back pain?');
    const answered = entitiesOf(channel.repliesTo('conv-restart'), 'clinic.answer');
    expect(answered.length).toBe(1);
    const readMore = JSON.stringify(channel.repliesTo('conv-restart')).match(/Read more: [^"\\]+/)?.[0];
    expect(readMore).toBeDefined();
    await first.close();

    const second = await startServer(blobEnv());
    await send(second.url, readMore!);
    const after = entitiesOf(channel.repliesTo('conv-restart'), 'clinic.answer');
    expect(after).toHaveLength(2);
    expect(after[1]).toEqual(answered[0]);
    await second.close();
  });

});
