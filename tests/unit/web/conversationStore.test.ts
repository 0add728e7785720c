// Memory bounds of the local Direct Line: activity cap, conversation cap, idle expiry, token expiry.
import { describe, expect, it } from 'vitest';
import { ConversationStore, type Conversation } from '../../../src/web/conversationStore.ts';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function started(store: ConversationStore): Conversation {
  const conversation = store.reserve();
  conversation.started = true;
  conversation.userId = 'u_1';
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

  it('drops the least recently used conversation when full', () => {
    const store = new ConversationStore({ maxConversations: 2 });
    const first = store.reserve();
    const second = store.reserve();
    expect(store.authenticate(first.token)).toBe(first); // first is now the most recently used
    store.reserve();
    expect(store.size).toBe(2);
    expect(store.authenticate(second.token)).toBe('unknown');
    expect(store.authenticate(first.token)).toBe(first);
  });

  it('forgets idle conversations and unused reservations, but not active ones', () => {
    const time = clock();
    const store = new ConversationStore({ idleMs: 10_000, reservationMs: 2_000 }, time.now);
    const reserved = store.reserve();
    const idle = started(store);
    const active = started(store);
    time.advance(5_000);
    store.authenticate(active.token);
    expect(store.sweep()).toBe(1); // the reservation
    expect(store.get(reserved.id)).toBeUndefined();
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
