// The turn engine (src/bot.ts) as a patient meets it when storage misbehaves, without Azurite: a
// memory storage that can fail its reads or writes, wrapped as the server wraps Blob state
// (SafeConversationState). What is shown, what is kept, what is asked again. Written for mutants
// that survived on src/bot.ts (see the README's mutation section).
import { MemoryStorage, TestAdapter, UserState, type Activity, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { MainDialog } from '../../dialogs/mainDialog.ts';
import { ClinicBot } from '../../src/bot.ts';
import type { Logger } from '../../src/logger.ts';
import { SafeConversationState } from '../../src/state/safeConversationState.ts';
import { DialogTurnError } from '../../src/turn/errors.ts';
import { entities, realServices, visibleText } from '../support/testBot.ts';

/** A storage error as the Azure SDK or a refused socket gives it (not an eTag conflict). */
function outage(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10000'), { code: 'ECONNREFUSED' });
}

class FaultyStorage extends MemoryStorage {
  /** What the next reads / writes of a conversation or user throw (undefined: they work). */
  readFault: (() => Error) | undefined;
  writeFault: ((key: string) => Error | undefined) | undefined;
  writes = 0;

  override async read(keys: string[]): Promise<StoreItems> {
    if (this.readFault) throw this.readFault();
    return super.read(keys);
  }

  override async write(changes: StoreItems): Promise<void> {
    for (const key of Object.keys(changes)) {
      const err = this.writeFault?.(key);
      if (err) throw err;
    }
    this.writes++;
    return super.write(changes);
  }

  /** The stored documents (a deleted one is gone). */
  docs(): Record<string, Record<string, unknown>> {
    const memory = (this as unknown as { memory: Record<string, string> }).memory;
    return Object.fromEntries(Object.entries(memory).filter(([, v]) => v !== undefined).map(([k, v]) => [k, JSON.parse(v) as Record<string, unknown>]));
  }

  conversationDoc(): Record<string, unknown> | undefined {
    return Object.entries(this.docs()).find(([k]) => k.includes('/conversations/'))?.[1];
  }
}

interface Options {
  withServices?: boolean;
  abandoned?: AbortSignal;
  /** Receives what the bot logs (as the pino logger would), for the operator's view. */
  log?: { warn: (obj: object, msg: string) => void; info: (obj: object, msg: string) => void };
}

/** A logger that keeps what it is given: [level, fields, message]. */
function recordingLog() {
  const lines: { level: 'warn' | 'info'; fields: Record<string, unknown>; msg: string }[] = [];
  return {
    lines,
    warn: (fields: object, msg: string) => void lines.push({ level: 'warn', fields: fields as Record<string, unknown>, msg }),
    info: (fields: object, msg: string) => void lines.push({ level: 'info', fields: fields as Record<string, unknown>, msg }),
    /** Every line as "level event: message", in order. */
    events: () => lines.map((l) => `${l.level} ${String(l.fields.event)}: ${l.msg}`),
  };
}

function conversation(storage: FaultyStorage, { withServices = true, abandoned, log }: Options = {}) {
  const services = { ...realServices(), storage };
  const conversationState = new SafeConversationState(storage);
  const userState = new UserState(storage);
  const bot = new ClinicBot(conversationState, userState, new MainDialog(services, conversationState, userState), withServices ? { services, ...(log ? { log: log as unknown as Pick<Logger, 'warn' | 'info'> } : {}) } : {});
  const adapter = new TestAdapter((context) => bot.runTurn(context, abandoned), { channelId: 'webchat', locale: 'en-GB' });
  return {
    services,
    userState,
    adapter,
    async say(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
      const activity: Partial<Activity> = typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', ...input };
      await adapter.receiveActivity(activity);
      return adapter.activeQueue.splice(0, adapter.activeQueue.length);
    },
    /** What was sent before a turn failed. */
    sent(): Partial<Activity>[] {
      return adapter.activeQueue.splice(0, adapter.activeQueue.length);
    },
  };
}

const EMERGENCY = "I can't control my bladder any more";
const URGENT = 'I have had a fever and chills since yesterday';
const QUESTION = 'is heat or ice better for back pain?';
const levels = (replies: Partial<Activity>[]) => entities(replies, 'clinic.triage').map((t) => t.level);

describe('storage that cannot be read', () => {
  it('a red flag still gets its full disposition; anything else the apology with the emergency number', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    storage.readFault = outage;
    expect(levels(await chat.say(EMERGENCY))).toEqual(['emergency']);
    const plain = await chat.say(QUESTION);
    expect(plain.map((r) => r.text)).toEqual([chat.services.content.messages.error]);
    expect(storage.writes).toBe(0);
  });

  it('once storage is back, the next message is answered as usual', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    await chat.say('hello');
    storage.readFault = outage;
    await chat.say(QUESTION);
    storage.readFault = undefined;
    expect(entities(await chat.say(QUESTION), 'clinic.answer')).toHaveLength(1);
  });

  it('a turn the host gave up on says nothing, even the apology', async () => {
    const storage = new FaultyStorage();
    const abandon = new AbortController();
    const chat = conversation(storage, { abandoned: abandon.signal });
    storage.readFault = outage;
    abandon.abort();
    expect(await chat.say(EMERGENCY)).toEqual([]);
  });

  it('without the services to answer with, the error goes to the host (its error handler answers)', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage, { withServices: false });
    storage.readFault = outage;
    await expect(chat.say(QUESTION)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('an eTag conflict on reading is not an outage: no apology, the host decides', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    storage.readFault = () => Object.assign(new Error('precondition failed'), { statusCode: 412 });
    await expect(chat.say(QUESTION)).rejects.toThrow(/precondition/);
    expect(chat.sent()).toEqual([]);
  });
});

describe('storage that cannot be written (not a conflict)', () => {
  it('an ordinary answer is not shown (it was not stored): the apology instead, and the stored state is kept', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    await chat.say('hello');
    const before = JSON.stringify(storage.conversationDoc());
    storage.writeFault = outage;
    const replies = await chat.say(QUESTION);
    expect(replies.map((r) => r.text)).toEqual([chat.services.content.messages.error]);
    expect(entities(replies, 'clinic.answer')).toEqual([]);
    expect(JSON.stringify(storage.conversationDoc())).toBe(before);
  });

  it.each([
    ['an emergency', EMERGENCY, 'emergency'],
    ['a same-day (urgent) sign', URGENT, 'urgent'],
  ])('%s is still shown in full, without the apology', async (_what, text, level) => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    await chat.say('hello');
    storage.writeFault = outage;
    const replies = await chat.say(text);
    expect(levels(replies)).toEqual([level]);
    expect(replies.map((r) => r.text)).not.toContain(chat.services.content.messages.error);
  });

  it('what a feature keeps about the user is saved with the turn; when only that write fails, the answer is held back too', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    // Something kept about the user (the bot keeps nothing there yet), set during the turn as a future feature would.
    const profile = chat.userState.createProperty<{ preferredName: string; messages: number }>('profile');
    chat.adapter.use(async (context, next) => {
      const before = await profile.get(context, { preferredName: 'Pat', messages: 0 });
      await profile.set(context, { ...before, messages: before.messages + 1 });
      await next();
    });
    await chat.say('hello');
    expect(Object.entries(storage.docs()).find(([k]) => k.includes('/users/'))?.[1]).toMatchObject({ profile: { preferredName: 'Pat', messages: 1 } });
    storage.writeFault = (key) => (key.includes('/users/') ? outage() : undefined);
    const replies = await chat.say(QUESTION);
    expect(replies.map((r) => r.text)).toEqual([chat.services.content.messages.error]);
  });

  it('without the services to apologise with, the error goes to the host', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage, { withServices: false });
    await chat.say('hello');
    storage.writeFault = outage;
    await expect(chat.say(QUESTION)).rejects.toThrow(/ECONNREFUSED/);
    expect(chat.sent()).toEqual([]);
  });
});

describe('the stored format', () => {
  it('keeps the dialogs\' state under "dialogState", where a server of the version before (a rolling deploy) reads it', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    await chat.say('check my symptoms');
    expect(storage.conversationDoc()).toHaveProperty('dialogState.dialogStack');
  });
});

describe('"forget me" with the state the server uses', () => {
  it('leaves nothing stored for the conversation, not even the ledger of handled messages', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    await chat.say({ id: 'f1', text: QUESTION });
    expect(storage.conversationDoc()).toBeDefined();
    await chat.say({ id: 'f2', text: 'forget me' });
    const done = await chat.say({ id: 'f3', text: 'yes' });
    expect(visibleText(done)).toContain(chat.services.content.messages.forget.done);
    expect(storage.conversationDoc()).toBeUndefined();
  });
});

describe('a retried activity', () => {
  it('the same activity id again gets nothing new, and is not answered twice', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    expect(entities(await chat.say({ id: 'act-1', text: QUESTION }), 'clinic.answer')).toHaveLength(1);
    const writes = storage.writes;
    expect(await chat.say({ id: 'act-1', text: QUESTION })).toEqual([]);
    expect(storage.writes).toBe(writes);
    // A new activity with the same words is a new message and is answered.
    expect(entities(await chat.say({ id: 'act-2', text: QUESTION }), 'clinic.answer')).toHaveLength(1);
  });

  it('an emergency sent again by the channel is not shown again', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    expect(levels(await chat.say({ id: 'flag-1', text: EMERGENCY }))).toEqual(['emergency']);
    expect(await chat.say({ id: 'flag-1', text: EMERGENCY })).toEqual([]);
    const ledger = storage.conversationDoc()?.turnLedger as { handled: string[]; highestLevel?: string };
    expect(ledger.handled).toEqual(['flag-1']);
    expect(ledger.highestLevel).toBe('emergency');
  });
});

describe('eTag conflicts without the services to ask again', () => {
  it('a turn that keeps losing throws to the host and shows nothing of itself', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage, { withServices: false });
    await chat.say('hello');
    storage.writeFault = (key) => (key.includes('/conversations/') ? new Error(`Storage: error writing "${key}" due to eTag conflict.`) : undefined);
    await expect(chat.say(QUESTION)).rejects.toThrow(/eTag conflict/);
    expect(chat.sent()).toEqual([]);
  });
});

describe('a turn the host gave up on (its deadline passed)', () => {
  it('neither stores nor shows anything', async () => {
    const storage = new FaultyStorage();
    const abandon = new AbortController();
    const chat = conversation(storage, { abandoned: abandon.signal });
    abandon.abort();
    expect(await chat.say(EMERGENCY)).toEqual([]);
    expect(storage.writes).toBe(0);
    expect(storage.conversationDoc()).toBeUndefined();
  });
});

describe('a turn whose deadline passes while its state is being saved', () => {
  it('shows nothing: the host has already answered for it', async () => {
    const storage = new FaultyStorage();
    const abandon = new AbortController();
    const chat = conversation(storage, { abandoned: abandon.signal });
    await chat.say('hello');
    // The host gives up exactly while the write is under way.
    storage.writeFault = () => (abandon.abort(), undefined);
    expect(await chat.say(QUESTION)).toEqual([]);
  });
});

describe('user state that is only read', () => {
  it('is not written back, so a refusing user store costs the patient nothing on that turn', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    const profile = chat.userState.createProperty<{ preferredName: string }>('profile');
    // A feature that looks at what is kept about the user, and changes nothing.
    chat.adapter.use(async (context, next) => {
      await profile.get(context, { preferredName: 'Pat' });
      await next();
    });
    await chat.say('hello');
    storage.writeFault = (key) => (key.includes('/users/') ? outage() : undefined);
    const replies = await chat.say(QUESTION);
    expect(entities(replies, 'clinic.answer')).toHaveLength(1);
    expect(replies.map((r) => r.text)).not.toContain(chat.services.content.messages.error);
  });
});

describe('a dialog that fails mid-turn', () => {
  function failingAfterSaying(error: Error) {
    const storage = new FaultyStorage();
    const services = { ...realServices(), storage };
    const conversationState = new SafeConversationState(storage);
    const userState = new UserState(storage);
    const dialog = new MainDialog(services, conversationState, userState);
    dialog.run = async (context) => {
      await context.sendActivity('half an answer');
      throw error;
    };
    const bot = new ClinicBot(conversationState, userState, dialog, { services });
    const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'webchat', locale: 'en-GB' });
    return { storage, adapter };
  }

  it('shows nothing it said before failing, stores nothing, and tells the host it was the dialogs', async () => {
    const { storage, adapter } = failingAfterSaying(new TypeError('x is undefined'));
    const failed = adapter.receiveActivity({ type: 'message', text: QUESTION });
    await expect(failed).rejects.toBeInstanceOf(DialogTurnError);
    expect(visibleText(adapter.activeQueue)).not.toContain('half an answer');
    expect(storage.writes).toBe(0);
  });

  it('a storage failure inside the dialogs is passed on as it is (the host must not clear the state for it)', async () => {
    const { adapter } = failingAfterSaying(outage());
    const failed = adapter.receiveActivity({ type: 'message', text: QUESTION });
    await expect(failed).rejects.toThrow(/ECONNREFUSED/);
    await expect(adapter.receiveActivity({ type: 'message', text: QUESTION })).rejects.not.toBeInstanceOf(DialogTurnError);
  });
});

describe('who is welcomed', () => {
  it('a conversation opened by a user is welcomed once', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    const replies = await chat.say({
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'user', name: 'User' }, { id: 'bot', name: 'Bot' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    expect(visibleText(replies)).toMatch(/not a diagnosis/i);
  });

  it('only the bot itself joining is not a reason to welcome anyone', async () => {
    const storage = new FaultyStorage();
    const chat = conversation(storage);
    const replies = await chat.say({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot', name: 'Bot' }], recipient: { id: 'bot', name: 'Bot' } });
    expect(visibleText(replies)).not.toMatch(/not a diagnosis/i);
  });

  it('Messenger\'s "Get started" button gets the welcome, not an answer', async () => {
    const storage = new FaultyStorage();
    const services = { ...realServices(), storage };
    const conversationState = new SafeConversationState(storage);
    const userState = new UserState(storage);
    const bot = new ClinicBot(conversationState, userState, new MainDialog(services, conversationState, userState), { services });
    const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'facebook', locale: 'en-GB' });
    await adapter.receiveActivity({ type: 'message', text: 'GET_STARTED' });
    const replies = adapter.activeQueue.splice(0);
    expect(visibleText(replies)).toMatch(/not a diagnosis/i);
  });
});

describe('what the operator sees in the logs', () => {
  // Event names an operator can alert on; errors by name and code only, never their message
  // (a storage error can quote what was being written: a patient's words).
  it('storage that cannot be read: a warning with the error\'s code, then which reply was given', async () => {
    const storage = new FaultyStorage();
    const log = recordingLog();
    const chat = conversation(storage, { log });
    storage.readFault = outage;
    await chat.say(EMERGENCY);
    await chat.say(QUESTION);
    expect(log.events()).toEqual([
      'warn state_read_failed: conversation state unreadable: answering without it',
      'info answered_without_state: answered without state',
      'warn state_read_failed: conversation state unreadable: answering without it',
      'info answered_without_state: answered without state',
    ]);
    expect(log.lines.map((l) => l.fields.reply)).toEqual([undefined, 'disposition', undefined, 'apology']);
    expect(log.lines[0]!.fields.err).toMatchObject({ name: 'Error', code: 'ECONNREFUSED' });
    expect(JSON.stringify(log.lines)).not.toContain('127.0.0.1:10000');
  });

  it('a write that fails: a warning with the error\'s code and not its message', async () => {
    const storage = new FaultyStorage();
    const log = recordingLog();
    const chat = conversation(storage, { log });
    await chat.say('hello');
    storage.writeFault = outage;
    await chat.say(QUESTION);
    expect(log.events()).toEqual(['warn state_write_failed: conversation state not saved']);
    expect(log.lines[0]!.fields.err).toMatchObject({ name: 'Error', code: 'ECONNREFUSED' });
    expect(JSON.stringify(log.lines)).not.toContain('127.0.0.1:10000');
  });

  it('a retried activity and each lost eTag race are noted, with the run that lost', async () => {
    const storage = new FaultyStorage();
    const log = recordingLog();
    const chat = conversation(storage, { log });
    await chat.say({ id: 'r1', text: 'hello' });
    await chat.say({ id: 'r1', text: 'hello' });
    expect(log.events()).toEqual(['info duplicate_activity: activity already handled: nothing new to say']);
    expect(log.lines[0]!.fields.channel).toBe('webchat');
    log.lines.length = 0;
    storage.writeFault = (key) => (key.includes('/conversations/') ? new Error(`Storage: error writing "${key}" due to eTag conflict.`) : undefined);
    await chat.say(QUESTION);
    expect(log.lines.map((l) => [l.fields.event, l.fields.run, l.msg])).toEqual([1, 2, 3].map((run) => ['state_conflict', run, 'another server wrote this conversation: replaying the turn']));
  });
});
