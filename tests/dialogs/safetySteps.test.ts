// Red flags typed where a question waits for a set answer — the "forget me" confirmation, the mood
// question of long-lasting pain, a warning sign asked on its own — are acted on at once; and
// "forget me" deletes what is kept about the user, not only the conversation.
import { UserState, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { advanceTo, CALM, questionOf } from '../fixtures/vignettes/patient.ts';
import { clickButton, entities, startConversation, visibleText, type TestConversation } from '../support/testBot.ts';

const EMERGENCY = "I've wet myself without noticing";

function ask(chat: TestConversation, replies: Partial<Activity>[]): string | undefined {
  return questionOf(chat.services.triage.protocol, replies, chat.services.content.messages.symptomCheck.flagQuestion);
}

function expectEmergency(chat: TestConversation, replies: Partial<Activity>[]): void {
  expect(entities(replies, 'clinic.triage')).toEqual([
    expect.objectContaining({ level: 'emergency', reasons: expect.arrayContaining(['bladder-dysfunction']) }),
  ]);
  expect(visibleText(replies)).toContain(chat.services.triage.protocol.levels.emergency.headline);
  expect(ask(chat, replies)).toBeUndefined();
}

describe('a red flag typed where a question waits for a set answer', () => {
  it('at the "forget me" confirmation: the emergency outcome, and nothing is deleted', async () => {
    const chat = startConversation('webchat');
    const { forget } = chat.services.content.messages;
    expect(visibleText(await chat.say('forget me'))).toContain(forget.confirm);
    const replies = await chat.say(EMERGENCY);
    expectEmergency(chat, replies);
    expect(visibleText(replies)).not.toContain(forget.done);
    expect(visibleText(replies)).not.toContain(forget.confirm);
  });

  it('at the mood question of long-lasting pain', async () => {
    const chat = startConversation('webchat');
    const long = { ...CALM, answers: { ...CALM.answers, duration: '8 weeks' } };
    await advanceTo(chat, 'group:mood', long);
    expectEmergency(chat, await chat.say(EMERGENCY));
  });

  it('at a warning sign asked on its own (after "yes" without saying which)', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'checklist');
    const single = await chat.say('yes');
    expect(ask(chat, single)).toMatch(/^flag:/);
    expectEmergency(chat, await chat.say(EMERGENCY));
  });
});

describe('"forget me"', () => {
  it('deletes the user state too', async () => {
    const chat = startConversation('webchat');
    // Something kept about the user (the bot itself keeps nothing there yet): written through the
    // same storage, as a future feature would.
    const userState = new UserState(chat.storage);
    const profile = userState.createProperty<{ preferredName: string }>('profile');
    let key = '';
    chat.adapter.use(async (context, next) => {
      key = userState.getStorageKey(context) ?? '';
      if (context.activity.text === 'hello') {
        await profile.set(context, { preferredName: 'Pat' });
        await userState.saveChanges(context);
      }
      await next();
    });
    await chat.say('hello');
    expect(Object.values(await chat.storage.read([key]))).toEqual([expect.objectContaining({ profile: { preferredName: 'Pat' } })]);

    const confirm = await chat.say('forget me');
    const done = await chat.say(clickButton(confirm, /yes/i));
    expect(visibleText(done)).toContain(chat.services.content.messages.forget.done);
    expect(await chat.storage.read([key])).toEqual({});
  });
});
