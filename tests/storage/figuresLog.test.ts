// Staff figures on Azure Blob Storage (Azurite): two instances appending at once lose nothing
// (one blob per event, created never rewritten), "forget me" deletes that person's records, and
// expiry deletes whole days past retention.
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobFiguresLog } from '../../src/figures/blobFiguresLog.ts';
import { FiguresRecorder } from '../../src/figures/recorder.ts';
import { startAzurite, type Azurite } from '../support/azurite.ts';

let azurite: Azurite;

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await azurite?.stop();
});

function contextFor(userId: string, conversationId: string): TurnContext {
  const activity: Partial<Activity> = { type: 'message', channelId: 'webchat', from: { id: userId, name: 'x' }, conversation: { id: conversationId } as Activity['conversation'], recipient: { id: 'bot', name: 'bot' } };
  return new TurnContext(new TestAdapter(), activity);
}

const today = () => new Date().toISOString().slice(0, 10);

describe('BlobFiguresLog on Azurite', () => {
  it('keeps every event when two instances write at once', async () => {
    const a = new FiguresRecorder(new BlobFiguresLog(azurite.connectionString, 'figures-two'), { retentionDays: 30 });
    const b = new FiguresRecorder(new BlobFiguresLog(azurite.connectionString, 'figures-two'), { retentionDays: 30 });
    for (let i = 0; i < 40; i++) {
      a.record(contextFor(`a${i}`, `ca${i}`), { kind: 'unanswered', question: `from a ${i}` });
      b.record(contextFor(`b${i}`, `cb${i}`), { kind: 'feedback', vote: i % 2 ? 'up' : 'down', article: 'x', section: 'y', question: `from b ${i}`, via: 'direct' });
    }
    // Waited for in full: what is tested is that two writers lose nothing, not the shutdown deadline
    // (5 s by default, which 160 writes to Azurite can pass on a loaded 2-core machine).
    await Promise.all([a.flush(60_000), b.flush(60_000)]);
    const third = new FiguresRecorder(new BlobFiguresLog(azurite.connectionString, 'figures-two'), { retentionDays: 30 });
    const all = await third.read(today(), today());
    expect(all).toHaveLength(80);
    expect(new Set(all.map((r) => r.id)).size).toBe(80);
  });

  it('"forget me" deletes that user\'s and conversation\'s records and nobody else\'s', async () => {
    const recorder = new FiguresRecorder(new BlobFiguresLog(azurite.connectionString, 'figures-forget'), { retentionDays: 30 });
    const jane = contextFor('jane', 'conv-jane');
    recorder.record(jane, { kind: 'unanswered', question: 'My name is Jane Doe, born 02/03/1961, do you treat knees?' });
    recorder.record(jane, { kind: 'disposition', level: 'soon', reasons: ['long-lasting'], interrupted: false });
    recorder.record(contextFor('sam', 'conv-sam'), { kind: 'unanswered', question: 'headache?' });
    await recorder.flush();
    expect(await recorder.forget(jane)).toBe(2);
    const left = await recorder.read(today(), today());
    expect(left).toHaveLength(1);
    expect(JSON.stringify(left)).not.toContain('knees');
  });

  it('expires days past retention, events and index alike', async () => {
    let now = new Date('2026-01-10T12:00:00Z');
    const log = new BlobFiguresLog(azurite.connectionString, 'figures-expire');
    const recorder = new FiguresRecorder(log, { retentionDays: 5, now: () => now });
    const ctx = contextFor('u', 'c');
    recorder.record(ctx, { kind: 'answered', article: 'a', section: 's', at: '2026-01-02T09:00:00.000Z' });
    recorder.record(ctx, { kind: 'answered', article: 'a', section: 's', at: '2026-01-09T09:00:00.000Z' });
    await recorder.flush();
    expect(await recorder.expire()).toBe(1);
    expect((await log.list('2026-01-01', '2026-01-31')).map((r) => r.at)).toEqual(['2026-01-09T09:00:00.000Z']);
    now = new Date('2026-01-09T12:00:00Z');
    // What is left is still found by "forget me" (its index marker survived expiry of the other day).
    expect(await recorder.forget(ctx)).toBe(1);
  });
});
