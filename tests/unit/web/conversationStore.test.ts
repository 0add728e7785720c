// Memory bounds of the local Direct Line: activity and byte caps, conversation cap (refusing new
// ones, never dropping live ones), idle expiry, token expiry, streaming listeners.
import { describe, expect, it } from 'vitest';
import { ConversationStore, type Conversation } from '../../../src/web/conversationStore.ts';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function reserved(store: ConversationStore): Conversation {
  const conversation = store.reserve();
  if (!conversation) throw new Error('the store refused a reservation');
  return conversation;
}

function started(store: ConversationStore): Conversation {
  const conversation = reserved(store);
  expect(store.start(conversation, 'u_1')).toBe(true);
  return conversation;
}

const message = (text: string) => ({ type: 'message', text });

describe('ConversationStore', () => {
  it('keeps only the newest activities, and a stale watermark skips ahead to them', () => {
    const store = new ConversationStore({ maxActivitiesPerConversation: 3 });
    const conversation = started(store);
    for (const text of ['a', 'b', 'c', 'd', 'e']) store.append(conversation, message(text));
    const all = store.since(conversation, 0);
    expect(all.activities.map((a) => a.text)).toEqual(['c', 'd', 'e']);
    expect(all.watermark).toBe('5');
    expect(store.since(conversation, 4).activities.map((a) => a.text)).toEqual(['e']);
    expect(store.since(conversation, 5).activities).toEqual([]);
  });

  it('gives Direct Line style ids that stay unique within the conversation', () => {
    const store = new ConversationStore();
    const conversation = started(store);
    const ids = ['a', 'b', 'c'].map((t) => store.append(conversation, message(t)).id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(`${conversation.id}|0000000`);
  });

  it('refuses new conversations when full instead of dropping live ones', () => {
    const store = new ConversationStore({ maxConversations: 2 });
    const first = started(store);
    const waiting = reserved(store);
    started(store);
    expect(store.start(waiting, 'u_2')).toBe(false); // full: the reservation waits
    expect(store.reserve()).toBeUndefined();
    expect(store.authenticate(first.token)).toBe(first);
    expect(store.liveCount).toBe(2);
  });

  it('a flood of token requests pushes out only unused reservations', () => {
    const store = new ConversationStore({ maxConversations: 10, maxReservations: 5 });
    const live = [started(store), started(store)];
    const early = reserved(store);
    for (let i = 0; i < 500; i++) reserved(store);
    expect(store.size).toBe(2 + 5);
    expect(store.authenticate(early.token)).toBe('unknown');
    for (const conversation of live) expect(store.authenticate(conversation.token)).toBe(conversation);
  });

  it('bounds memory in bytes per conversation and in total, keeping the newest activity', () => {
    const store = new ConversationStore({ maxBytesPerConversation: 10_000, maxTotalBytes: 25_000 });
    const big = (n: number) => ({ type: 'message', text: 'x'.repeat(3_000), n });
    const a = started(store);
    for (let i = 0; i < 50; i++) store.append(a, big(i));
    expect(a.bytes).toBeLessThanOrEqual(10_000);
    expect(store.since(a, 0).activities.at(-1)?.n).toBe(49);
    const others = [started(store), started(store), started(store)];
    for (const c of others) for (let i = 0; i < 50; i++) store.append(c, big(i));
    expect(store.totalBytes).toBeLessThanOrEqual(25_000 + 3_100);
    for (const c of [a, ...others]) expect(store.since(c, 0).activities.length).toBeGreaterThan(0);
    // Past the total, new conversations wait.
    expect(store.full).toBe(true);
    expect(store.reserve()).toBeUndefined();
  });

  it('pushes each new activity to its listeners and tells them when the conversation goes', () => {
    const time = clock();
    const store = new ConversationStore({ idleMs: 1_000 }, time.now);
    const conversation = started(store);
    const pushed: string[] = [];
    let ended = 0;
    const stop = store.subscribe(conversation, { push: (g) => pushed.push(`${g.activities[0]?.text}@${g.watermark}`), ended: () => ended++ });
    store.append(conversation, message('hi'));
    expect(pushed).toEqual(['hi@1']);
    time.advance(5_000);
    expect(store.sweep()).toBe(0); // an open stream is not idle
    stop();
    expect(store.sweep()).toBe(1);
    expect(ended).toBe(0);
    const other = started(store);
    store.subscribe(other, { push: () => {}, ended: () => ended++ });
    store.clear();
    expect(ended).toBe(1);
  });

  it('forgets idle conversations and unused reservations, but not active ones', () => {
    const time = clock();
    const store = new ConversationStore({ idleMs: 10_000, reservationMs: 2_000 }, time.now);
    const reservation = reserved(store);
    const idle = started(store);
    const active = started(store);
    time.advance(5_000);
    store.authenticate(active.token);
    expect(store.sweep()).toBe(1); // the reservation
    expect(store.get(reservation.id)).toBeUndefined();
    time.advance(6_000);
    expect(store.sweep()).toBe(1); // idle for 11 s
    expect(store.get(idle.id)).toBeUndefined();
    expect(store.get(active.id)).toBe(active);
  });

  it('expires a token after its lifetime unless refreshed', () => {
    const time = clock();
    const store = new ConversationStore({ tokenLifetimeMs: 1_000, idleMs: 60_000 }, time.now);
    const kept = started(store);
    const lapsed = started(store);
    time.advance(800);
    store.refreshToken(kept);
    time.advance(800);
    expect(store.authenticate(lapsed.token)).toBe('expired');
    expect(store.authenticate(kept.token)).toBe(kept);
    expect(store.secondsLeft(kept)).toBe(0); // 200 ms left rounds to 0 s
  });

  it('redelivers an updated activity under its old id and can delete one', () => {
    const store = new ConversationStore();
    const conversation = started(store);
    const original = store.append(conversation, message('old'));
    const { watermark } = store.since(conversation, 0);
    store.appendUpdate(conversation, { ...original, text: 'new' });
    const update = store.since(conversation, Number(watermark)).activities;
    expect(update).toEqual([{ ...original, text: 'new' }]);
    expect(store.delete(conversation, original.id)).toBe(true);
    expect(store.since(conversation, 0).activities).toEqual([]);
  });
});
