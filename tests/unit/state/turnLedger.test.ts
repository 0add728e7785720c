// The conversation state the server uses (src/storage.ts, src/state/safeConversationState.ts), read
// and written as a turn does, with storage made by createStorage as at start: which retries are
// recognised, which disposition is remembered, and when a write is refused rather than
// overwriting another instance's. Written for mutants that survived on those files (see the
// README's mutation section).
import { TestAdapter, TurnContext, type Activity, type Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createStorage } from '../../../src/storage.ts';
import { alreadyHandled, ledgerEntry, MAX_HANDLED_IDS, readLedger, recordTurn, SafeConversationState } from '../../../src/state/safeConversationState.ts';
import type { TriageLevel } from '../../../src/clinical/types.ts';

const memory = (mb = 1) => createStorage({ STORAGE: 'memory', MEMORY_STORAGE_MB: mb, STORAGE_TIMEOUT_MS: 2000, BLOB_CONTAINER: 'unused' });

const adapter = new TestAdapter();
function contextFor(id: string | undefined, conversation = 'conv-1'): TurnContext {
  const activity: Partial<Activity> = {
    type: 'message',
    text: 'hello',
    channelId: 'webchat',
    conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
    ...(id === undefined ? {} : { id }),
  };
  return new TurnContext(adapter, activity);
}

/** One turn as the bot runs it on one server: read, check the ledger, record, save. */
async function turn(storage: Storage, id: string | undefined, reached?: TriageLevel, conversation?: string): Promise<{ duplicate: boolean }> {
  const state = new SafeConversationState(storage);
  const context = contextFor(id, conversation);
  await state.load(context, true);
  if (await alreadyHandled(state, context)) return { duplicate: true };
  await recordTurn(state, context, reached);
  await state.saveChanges(context);
  return { duplicate: false };
}

async function ledgerOf(storage: Storage, conversation = 'conv-1') {
  const state = new SafeConversationState(storage);
  const context = contextFor('reader', conversation);
  await state.load(context, true);
  return readLedger(state, context);
}

describe('retries of an activity (the ledger of handled ids)', () => {
  it('a retry is recognised by another instance reading the same storage; a new activity is not', async () => {
    const storage = memory();
    expect(await turn(storage, 'a1')).toEqual({ duplicate: false });
    expect(await turn(storage, 'a1')).toEqual({ duplicate: true });
    expect(await turn(storage, 'a2')).toEqual({ duplicate: false });
    expect((await ledgerOf(storage)).handled).toEqual(['a1', 'a2']);
  });

  it('a channel that sends no activity ids gets every message handled (none is taken for a retry)', async () => {
    const storage = memory();
    expect(await turn(storage, undefined)).toEqual({ duplicate: false });
    expect(await turn(storage, undefined)).toEqual({ duplicate: false });
    expect(await turn(storage, '')).toEqual({ duplicate: false });
    expect((await ledgerOf(storage)).handled).toEqual([]);
  });

  it(`remembers the last ${MAX_HANDLED_IDS} ids, oldest forgotten first, so a long conversation's state stays small`, async () => {
    const storage = memory();
    for (let i = 1; i <= MAX_HANDLED_IDS + 10; i++) await turn(storage, `m${i}`);
    const { handled } = await ledgerOf(storage);
    expect(handled).toHaveLength(MAX_HANDLED_IDS);
    expect(handled[0]).toBe('m11');
    expect(handled.at(-1)).toBe(`m${MAX_HANDLED_IDS + 10}`);
    // The most recent ones are still recognised as retries.
    expect(await turn(storage, `m${MAX_HANDLED_IDS + 10}`)).toEqual({ duplicate: true });
    expect(await turn(storage, 'm11')).toEqual({ duplicate: true });
  });

  it('long ids (Messenger, Direct Line) are kept as short digests: retries still recognised, different ids still new', async () => {
    const storage = memory();
    const messenger = (n: number) => `mid.$cAAJsujCd2ORmX9aZ1uQ5e7s4Kx0yBq${n}-Xw8vT3pLk2Jh6GfDsA`;
    for (let i = 1; i <= MAX_HANDLED_IDS; i++) expect(await turn(storage, messenger(i))).toEqual({ duplicate: false });
    expect(await turn(storage, messenger(MAX_HANDLED_IDS))).toEqual({ duplicate: true });
    expect(await turn(storage, messenger(1))).toEqual({ duplicate: true });
    expect(await turn(storage, messenger(MAX_HANDLED_IDS + 1))).toEqual({ duplicate: false });
    const { handled } = await ledgerOf(storage);
    expect(handled).toHaveLength(MAX_HANDLED_IDS);
    // At most 16 characters each, whatever the channel's ids: the whole ledger stays under 400 bytes.
    expect(handled.every((e) => e.length <= 16)).toBe(true);
    expect(JSON.stringify(handled).length).toBeLessThan(400);
    expect(handled).not.toContain(messenger(1));
    // Short ids stay readable as they are.
    expect(ledgerEntry('1733151234567')).toBe('1733151234567');
    expect(ledgerEntry(messenger(1))).not.toBe(ledgerEntry(messenger(2)));
  });

  it('a long id stored whole by an earlier version is still recognised as a retry after an upgrade', async () => {
    const storage = memory();
    const longId = 'abc123XYZdirectlineconv-us|0000012';
    await storage.write({ 'webchat/conversations/conv-1/': { turnLedger: { handled: [longId] } } });
    expect(await turn(storage, longId)).toEqual({ duplicate: true });
    expect(await turn(storage, 'abc123XYZdirectlineconv-us|0000013')).toEqual({ duplicate: false });
  });

  it('a ledger written wrongly (by hand, or an older version) is read as far as it makes sense, never crashes a turn', async () => {
    const storage = memory();
    const key = 'webchat/conversations/conv-1/';
    await storage.write({ [key]: { turnLedger: { handled: ['a1', 7, null, 'a2'], highestLevel: 'urgent' } } });
    expect(await ledgerOf(storage)).toEqual({ handled: ['a1', 'a2'], highestLevel: 'urgent' });
    expect(await turn(storage, 'a2')).toEqual({ duplicate: true });
    await storage.write({ [key]: { turnLedger: { handled: 'a1' } } });
    expect(await ledgerOf(storage)).toEqual({ handled: [] });
    expect(await turn(storage, 'a1')).toEqual({ duplicate: false });
    await storage.write({ [key]: { somethingElse: true } });
    expect(await ledgerOf(storage)).toEqual({ handled: [] });
  });
});

describe('the highest disposition reached', () => {
  it('is raised by a more serious one and never lowered by a milder one or by a turn without one', async () => {
    const storage = memory();
    await turn(storage, 't1');
    expect((await ledgerOf(storage)).highestLevel).toBeUndefined();
    await turn(storage, 't2', 'soon');
    expect((await ledgerOf(storage)).highestLevel).toBe('soon');
    await turn(storage, 't3', 'emergency');
    expect((await ledgerOf(storage)).highestLevel).toBe('emergency');
    await turn(storage, 't4', 'soon');
    await turn(storage, 't5');
    await turn(storage, 't6', 'urgent');
    expect((await ledgerOf(storage)).highestLevel).toBe('emergency');
  });

  it('a retried turn that reached a level does not change it', async () => {
    const storage = memory();
    await turn(storage, 't1', 'urgent');
    const state = new SafeConversationState(storage);
    const context = contextFor('t1');
    await state.load(context, true);
    await recordTurn(state, context, 'urgent');
    await state.saveChanges(context);
    expect(await ledgerOf(storage)).toEqual({ handled: ['t1'], highestLevel: 'urgent' });
  });
});

describe('writes that would overwrite another instance', () => {
  it('is refused when another instance wrote since this one read', async () => {
    const storage = memory();
    await turn(storage, 't1');
    const mine = new SafeConversationState(storage);
    const context = contextFor('t2');
    await mine.load(context, true);
    await turn(storage, 'other-instance', 'emergency');
    await recordTurn(mine, context, 'soon');
    await expect(mine.saveChanges(context)).rejects.toThrow(/eTag conflict/);
    expect(await ledgerOf(storage)).toEqual({ handled: ['t1', 'other-instance'], highestLevel: 'emergency' });
  });

  it('a new conversation is created once: the second instance that found nothing is refused', async () => {
    const storage = memory();
    const first = new SafeConversationState(storage);
    const second = new SafeConversationState(storage);
    const a = contextFor('x1', 'new-conv');
    const b = contextFor('x2', 'new-conv');
    await first.load(a, true);
    await second.load(b, true);
    await recordTurn(first, a, 'emergency');
    await first.saveChanges(a);
    await recordTurn(second, b, 'soon');
    await expect(second.saveChanges(b)).rejects.toThrow(/eTag conflict/);
    expect(await ledgerOf(storage, 'new-conv')).toEqual({ handled: ['x1'], highestLevel: 'emergency' });
  });

  it.each(['*', ''])('a state carrying eTag "%s" (nothing read) is written only if the conversation does not exist yet', async (eTag) => {
    const storage = memory();
    await turn(storage, 't1', 'emergency');
    const state = new SafeConversationState(storage);
    const context = contextFor('t2');
    await state.load(context, true);
    const doc = state.get(context) as Record<string, unknown>;
    doc.eTag = eTag;
    doc.turnLedger = { handled: [] };
    await expect(state.saveChanges(context)).rejects.toThrow(/eTag conflict/);
    expect((await ledgerOf(storage)).highestLevel).toBe('emergency');
  });

  it('a turn that loaded nothing writes nothing', async () => {
    const storage = memory();
    const writes: unknown[] = [];
    const watched: Storage = { read: (k) => storage.read(k), write: async (c) => void writes.push(c), delete: (k) => storage.delete(k) };
    await new SafeConversationState(watched).saveChanges(contextFor('t1'));
    expect(writes).toEqual([]);
  });
});

describe('local (memory) state made at start', () => {
  it('keeps a large conversation within MEMORY_STORAGE_MB megabytes', async () => {
    const storage = memory(1);
    const key = 'webchat/conversations/big/';
    await storage.write({ [key]: { text: 'x'.repeat(600_000) } });
    expect(Object.keys(await storage.read([key]))).toEqual([key]);
    // Two of them do not fit in one megabyte: the older goes.
    await storage.write({ 'webchat/conversations/big-2/': { text: 'y'.repeat(600_000) } });
    expect(await storage.read([key])).toEqual({});
  });
});
