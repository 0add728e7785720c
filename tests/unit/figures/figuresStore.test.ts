// Staff figures: events of a day read back whole, whatever hour they were stored in, and writes from
// one process never overwrite each other.
import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { FiguresStore, type FigureEvent } from '../../../src/figures/figuresStore.ts';

const unanswered = (at: string, question = 'q'): FigureEvent => ({ kind: 'unanswered', question, channel: 'webchat', at });

describe('FiguresStore', () => {
  it('reads back every event of a day across hours, and none of the next day', async () => {
    const store = new FiguresStore(new MemoryStorage());
    await store.record(unanswered('2026-11-24T00:05:00.000Z', 'early'));
    await store.record(unanswered('2026-11-24T13:30:00.000Z', 'lunch'));
    await store.record(unanswered('2026-11-24T23:59:00.000Z', 'late'));
    await store.record(unanswered('2026-11-25T00:01:00.000Z', 'tomorrow'));
    const day = await store.read('unanswered', '2026-11-24');
    expect(day.map((e) => (e.kind === 'unanswered' ? e.question : ''))).toEqual(['early', 'lunch', 'late']);
  });

  it('keeps all of many events recorded at once', async () => {
    const store = new FiguresStore(new MemoryStorage());
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.record(unanswered('2026-11-24T10:00:00.000Z', `q${i}`))));
    expect(await store.read('unanswered', '2026-11-24')).toHaveLength(50);
  });

  it('shortens a long question rather than storing a whole message', async () => {
    const store = new FiguresStore(new MemoryStorage());
    await store.record(unanswered('2026-11-24T10:00:00.000Z', 'x'.repeat(5000)));
    const [event] = await store.read('unanswered', '2026-11-24');
    expect(event?.kind === 'unanswered' && event.question.length).toBeLessThanOrEqual(300);
  });
});
