// Recording staff figures never holds up or breaks a patient's turn; what is stored has personal
// details removed; "forget me" deletes that person's records; old records expire.
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { FigureRecord, FiguresLog } from '../../../src/figures/events.ts';
import { MemoryFiguresLog } from '../../../src/figures/memoryFiguresLog.ts';
import { FiguresRecorder } from '../../../src/figures/recorder.ts';

function contextFor(userId: string, conversationId: string, channelId = 'webchat'): TurnContext {
  const activity: Partial<Activity> = { type: 'message', channelId, from: { id: userId, name: 'x' }, conversation: { id: conversationId } as Activity['conversation'], recipient: { id: 'bot', name: 'bot' } };
  return new TurnContext(new TestAdapter(), activity);
}

const at = (day: string) => `${day}T10:00:00.000Z`;

describe('FiguresRecorder', () => {
  it('returns at once while storage hangs, and never throws when storage fails', async () => {
    let writeStarted = false;
    const hanging: FiguresLog = { append: () => ((writeStarted = true), new Promise(() => {})), list: async () => [], forget: async () => 0, expire: async () => 0 };
    const recorder = new FiguresRecorder(hanging, { retentionDays: 30 });
    // The write has begun and will never end, yet record() has returned (nothing to await).
    expect(recorder.record(contextFor('u1', 'c1'), { kind: 'unanswered', question: 'q' })).toBeUndefined();
    expect(writeStarted).toBe(true);

    const errors: unknown[] = [];
    const failing = new MemoryFiguresLog();
    failing.append = async () => {
      throw new Error('storage down');
    };
    const safe = new FiguresRecorder(failing, { retentionDays: 30, onError: (e) => errors.push(e) });
    expect(() => safe.record(contextFor('u1', 'c1'), { kind: 'unanswered', question: 'q' })).not.toThrow();
    await safe.flush();
    expect(errors).toHaveLength(1);
  });

  it('stores one record per event with personal details removed and no user id in clear', async () => {
    const log = new MemoryFiguresLog();
    const recorder = new FiguresRecorder(log, { retentionDays: 30, hashSecret: 'k' });
    const day = new Date().toISOString().slice(0, 10);
    recorder.record(contextFor('user-jane', 'conv-9'), { kind: 'unanswered', question: 'My name is Jane Doe, NHS number 943 476 5919, do you treat knees?' });
    recorder.record(contextFor('user-jane', 'conv-9'), { kind: 'feedback', vote: 'down', article: 'a', section: 's', question: 'email jane@example.com about my back', via: 'direct' });
    const stored = await recorder.recorded(day);
    expect(stored).toHaveLength(2);
    const text = JSON.stringify(stored);
    expect(text).not.toMatch(/Jane|943 476 5919|jane@example\.com|user-jane|conv-9/);
    expect(stored[0]).toMatchObject({ kind: 'unanswered', question: 'My name is [name], NHS number [nhs number], do you treat knees?' });
    expect(new Set(stored.map((r) => r.id)).size).toBe(2);
  });

  it('"forget me" deletes the records of that user and conversation, and only those', async () => {
    const recorder = new FiguresRecorder(new MemoryFiguresLog(), { retentionDays: 30 });
    const day = new Date().toISOString().slice(0, 10);
    const jane = contextFor('jane', 'conv-jane');
    recorder.record(jane, { kind: 'unanswered', question: 'my name is Jane, knee?' });
    recorder.record(jane, { kind: 'disposition', level: 'soon', reasons: ['long-lasting'], interrupted: false });
    recorder.record(contextFor('sam', 'conv-sam'), { kind: 'unanswered', question: 'headache?' });
    expect(await recorder.forget(jane)).toBe(2);
    const left = await recorder.recorded(day);
    expect(left.map((r) => (r.kind === 'unanswered' ? r.question : r.kind))).toEqual(['headache?']);
  });

  it('"forget me" waits for a write still in flight, so nothing of that person is left behind', async () => {
    const log = new MemoryFiguresLog();
    const slow: FiguresLog = { ...log, list: (a, b) => log.list(a, b), forget: (k, a, b) => log.forget(k, a, b), expire: (d) => log.expire(d), append: async (r) => { await new Promise((res) => setTimeout(res, 50)); await log.append(r); } };
    const recorder = new FiguresRecorder(slow, { retentionDays: 30 });
    const jane = contextFor('jane', 'conv-jane');
    recorder.record(jane, { kind: 'unanswered', question: 'q' });
    expect(await recorder.forget(jane)).toBe(1);
    expect(await recorder.recorded(new Date().toISOString().slice(0, 10))).toHaveLength(0);
  });

  it('expires records older than the retention setting and never reads them back', async () => {
    let now = new Date('2026-03-01T12:00:00Z');
    const log = new MemoryFiguresLog();
    const recorder = new FiguresRecorder(log, { retentionDays: 7, now: () => now });
    const ctx = contextFor('u', 'c');
    recorder.record(ctx, { kind: 'answered', article: 'a', section: 's', at: at('2026-03-01') });
    recorder.record(ctx, { kind: 'answered', article: 'a', section: 's', at: at('2026-03-05') });
    await recorder.flush();
    now = new Date('2026-03-09T12:00:00Z'); // 2026-03-01 is now 9 days old, past 7
    expect((await recorder.read('2026-02-01', '2026-03-09')).map((r) => r.at)).toEqual([at('2026-03-05')]);
    expect(await recorder.expire()).toBe(1);
    expect((await log.list('2026-01-01', '2026-12-31')).map((r: FigureRecord) => r.at)).toEqual([at('2026-03-05')]);
  });

  it('does not count staff trying the bot', async () => {
    const recorder = new FiguresRecorder(new MemoryFiguresLog(), { retentionDays: 7, skip: (a) => a.channelId === 'msteams' });
    recorder.record(contextFor('staff', 'c', 'msteams'), { kind: 'conversation' });
    expect(await recorder.recorded(new Date().toISOString().slice(0, 10))).toHaveLength(0);
  });
});

describe('MemoryFiguresLog', () => {
  it('keeps the newest records only, so a long-running local bot does not grow without end', async () => {
    const log = new MemoryFiguresLog(100);
    const recorder = new FiguresRecorder(log, { retentionDays: 30, now: () => new Date('2026-03-10T10:00:00Z') });
    for (let i = 0; i < 2500; i++) recorder.record(contextFor(`u${i}`, `c${i}`), { kind: 'unanswered', question: `question ${i}` });
    const kept = await recorder.recorded('2026-03-10');
    expect(kept.length).toBeGreaterThanOrEqual(100);
    expect(kept.length).toBeLessThanOrEqual(1100);
    expect(kept.at(-1)).toMatchObject({ question: 'question 2499' });
    expect(kept.some((r) => r.kind === 'unanswered' && r.question === 'question 0')).toBe(false);
  });
});
