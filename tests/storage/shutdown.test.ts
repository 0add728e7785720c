// SIGTERM while turns are in flight (their state writes slowed down by a fault proxy in front of
// Azurite): the process waits for them (SHUTDOWN_GRACE_MS), every state is saved, then it exits 0.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzurite, type Azurite } from '../support/azurite.ts';
import { emulatorActivity, startChannelServer, type ChannelServer } from '../support/channelServer.ts';
import { startFaultProxy, type FaultProxy } from '../support/faultProxy.ts';

const root = path.resolve(import.meta.dirname, '../..');
const CONTAINER = 'shutdown-state';
let azurite: Azurite;
let channel: ChannelServer;
let proxy: FaultProxy;

beforeAll(async () => {
  azurite = await startAzurite();
  channel = await startChannelServer();
  proxy = await startFaultProxy(azurite.connectionString);
});

afterAll(async () => {
  await proxy?.close();
  await channel?.close();
  await azurite?.stop();
});

describe('shutdown', () => {
  it('saves the state of every turn in flight at SIGTERM before exiting', async () => {
    const port = String(40000 + Math.floor(Math.random() * 20000));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: root,
      env: {
        ...process.env, PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'silent', MicrosoftAppId: '', DIRECT_LINE_SECRET: '',
        STORAGE: 'blob', BLOB_CONNECTION_STRING: proxy.connectionString, BLOB_CONTAINER: CONTAINER,
        STORAGE_TIMEOUT_MS: '10000', TURN_TIMEOUT_MS: '14000', SHUTDOWN_GRACE_MS: '20000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`${base}/healthz`).then((r) => r.ok, () => false))) {
      if (Date.now() > deadline) throw new Error('the bot did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    // The container exists before writes are held (BlobsStorage creates it with a PUT).
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    const gate = proxy.holdWrites();
    const conversations = Array.from({ length: 5 }, (_, i) => `conv-sigterm-${i}`);
    const activities = conversations.map((c) => emulatorActivity(channel.serviceUrl, c, { text: 'is heat or ice better for back pain?' }));
    const requests = activities.map((a) =>
      fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) }).catch(() => undefined),
    );
    await gate.waitForHeld(5);
    child.kill('SIGTERM');
    // Storage is slow: the writes land only after 6 s, longer than any fixed socket timeout.
    await new Promise((r) => setTimeout(r, 6000));
    gate.release();
    await Promise.all(requests);
    expect(await exited).toBe(0);

    const container = new ContainerClient(azurite.connectionString, CONTAINER);
    const saved: string[] = [];
    for await (const blob of container.listBlobsFlat()) {
      const text = (await container.getBlobClient(blob.name).downloadToBuffer()).toString('utf8');
      for (const a of activities) if (text.includes(`"${a.id}"`)) saved.push(a.id!);
    }
    expect(saved.sort()).toEqual(activities.map((a) => a.id!).sort());
    // And the patients got their answers.
    for (const c of conversations) expect(channel.repliesTo(c).length).toBeGreaterThan(0);
  }, 120_000);
});
