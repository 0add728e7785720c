// The turn engine against storage that loses every eTag race (a Storage wrapper): a turn is replayed
// on the newer state, and when it keeps losing the patient is asked to send the message again —
// never a silent overwrite. And the highest disposition reached is kept in the state.
import { MemoryStorage, TestAdapter, UserState, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { MainDialog } from '../../dialogs/mainDialog.ts';
import { ClinicBot } from '../../src/bot.ts';
import { SafeConversationState } from '../../src/state/safeConversationState.ts';
import { realServices } from '../support/testBot.ts';

/** Memory storage where someone else writes each conversation just before we do, `times` times. */
class RacingStorage extends MemoryStorage {
  conflicts = 0;
  /** How many of the next conversation writes lose their race. */
  times = 0;
  override async write(changes: StoreItems): Promise<void> {
    const key = Object.keys(changes).find((k) => k.includes('/conversations/'));
    if (key && this.times > 0) {
      this.times--;
      // The other instance's write: it changes the stored eTag, so ours must fail.
      const current = (await this.read([key]))[key] ?? {};
      await super.write({ [key]: { ...current, eTag: '*' } });
    }
    try {
      return await super.write(changes);
    } catch (err) {
      this.conflicts++;
      throw err;
    }
  }
}

function conversation(storage: MemoryStorage) {
  const services = { ...realServices(), storage };
  const conversationState = new SafeConversationState(storage);
  const userState = new UserState(storage);
  const bot = new ClinicBot(conversationState, userState, new MainDialog(services, conversationState, userState), { services });
  const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'webchat', locale: 'en-GB' });
  return {
    async say(text: string) {
      await adapter.receiveActivity({ type: 'message', text });
      return adapter.activeQueue.splice(0, adapter.activeQueue.length);
    },
  };
}

describe('eTag conflicts', () => {
  it('replays a turn that lost one race: the patient sees one answer, not two', async () => {
    const storage = new RacingStorage();
    const chat = conversation(storage);
    await chat.say('hello');
    storage.times = 1;
    const replies = await chat.say('is heat or ice better for back pain?');
    expect(storage.conflicts).toBe(1);
    const answers = replies.flatMap((r) => (r.entities ?? []).filter((e) => e.type === 'clinic.answer'));
    expect(answers).toHaveLength(1);
  });

  it('asks the patient to send the message again when the turn keeps losing, showing nothing of it', async () => {
    const storage = new RacingStorage();
    const chat = conversation(storage);
    await chat.say('hello');
    storage.times = 10;
    const replies = await chat.say('is heat or ice better for back pain?');
    expect(storage.conflicts).toBe(3);
    expect(replies.map((r) => r.text)).toEqual([realServices().content.messages.sendAgain]);
  });

  it('keeps the highest disposition reached in the state, and a later turn does not lower it', async () => {
    const storage = new MemoryStorage();
    const chat = conversation(storage);
    await chat.say("I can't control my bladder any more");
    await chat.say('my back is a bit stiff, what can I do at home?');
    const stored = Object.values((storage as unknown as { memory: Record<string, string> }).memory)
      .map((v) => JSON.parse(v) as { turnLedger?: { highestLevel?: string; handled?: string[] } })
      .find((d) => d.turnLedger);
    expect(stored?.turnLedger?.highestLevel).toBe('emergency');
    expect(stored?.turnLedger?.handled).toHaveLength(2);
  });
});
