// "Forget me" as a patient types it: which answers delete, which keep, which are asked again; and
// what is gone afterwards. Written for mutants that survived on dialogs/forgetMeDialog.ts (see the
// README): a "not sure" read as "yes" deletes a patient's check, a "yes" read as "no" keeps it.
import { describe, expect, it } from 'vitest';
import { advanceTo, questionOf } from '../fixtures/vignettes/patient.ts';
import { buttonTitles, realServices, startConversation, visibleText, type TestConversation } from '../support/testBot.ts';

/** What is stored for the conversation and the user (staff figures aside). */
function stored(chat: TestConversation): string[] {
  const memory = (chat.storage as unknown as { memory: Record<string, unknown> }).memory;
  return Object.entries(memory)
    .filter(([k, v]) => v !== undefined && !k.startsWith('figures/'))
    .map(([k]) => k);
}

async function confirmWith(answer: string) {
  const chat = startConversation('webchat');
  await chat.say('what is sciatica?');
  expect(stored(chat)).not.toEqual([]);
  const confirm = await chat.say('forget me');
  expect(visibleText(confirm)).toContain(chat.services.content.messages.forget.confirm);
  return { chat, replies: await chat.say(answer) };
}

describe('the answer to "delete everything?"', () => {
  it.each(['yes', 'Yes', 'y', 'yeah', 'yep', 'ok', 'okay', 'OK please', 'delete it', 'sure', 'Yes, delete it', 'YES, DELETE IT'])(
    '"%s" deletes',
    async (answer) => {
      const { chat, replies } = await confirmWith(answer);
      expect(visibleText(replies)).toContain(chat.services.content.messages.forget.done);
      expect(stored(chat)).toEqual([]);
    },
  );

  it.each(['no', 'No', 'n', 'nope', 'keep it', 'No, keep it', '  no thanks'])('"%s" keeps everything', async (answer) => {
    const { chat, replies } = await confirmWith(answer);
    expect(visibleText(replies)).toContain(chat.services.content.messages.forget.kept);
    expect(visibleText(replies)).not.toContain(chat.services.content.messages.forget.done);
    expect(stored(chat)).not.toEqual([]);
  });

  it.each(['not sure', 'yesterday I asked about sciatica', 'nothing', 'maybe', 'okey dokey', 'what happens then?'])(
    '"%s" is neither: the question is asked again with its buttons, and nothing is deleted',
    async (answer) => {
      const { chat, replies } = await confirmWith(answer);
      const { forget } = chat.services.content.messages;
      expect(visibleText(replies)).toContain(forget.confirm);
      expect(buttonTitles(replies)).toEqual([forget.yes, forget.no]);
      expect(visibleText(replies)).not.toContain(forget.done);
      expect(visibleText(replies)).not.toContain(forget.kept);
      expect(stored(chat)).not.toEqual([]);
    },
  );
});

describe('after "forget me"', () => {
  it('"cancel" starts again and deletes nothing', async () => {
    const { chat, replies } = await confirmWith('cancel');
    expect(visibleText(replies)).not.toContain(chat.services.content.messages.forget.done);
    expect(stored(chat)).not.toEqual([]);
  });

  it('asks with two buttons, yes and no', async () => {
    const chat = startConversation('webchat');
    const { forget } = chat.services.content.messages;
    expect(buttonTitles(await chat.say('forget me'))).toEqual([forget.yes, forget.no]);
  });

  it('deleted in the middle of a check: the check is over, the menu comes back, the next message starts afresh', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'severity');
    await chat.say('forget me');
    const done = await chat.say('yes');
    const { menu, forget } = chat.services.content.messages;
    expect(visibleText(done)).toContain(forget.done);
    expect(buttonTitles(done)).toEqual([menu.checkSymptoms, menu.askQuestion, menu.contact]);
    expect(stored(chat)).toEqual([]);
    // "4" is no longer an answer to the severity question: nothing of the check is left.
    const next = await chat.say('4');
    expect(questionOf(chat.services.triage.protocol, next, chat.services.content.messages.symptomCheck.flagQuestion)).toBeUndefined();
  });

  it('kept outside a check: the menu comes back', async () => {
    const { chat, replies } = await confirmWith('no');
    const { menu } = chat.services.content.messages;
    expect(buttonTitles(replies)).toEqual([menu.checkSymptoms, menu.askQuestion, menu.contact]);
  });

  it('kept in the middle of a check: the check\'s question comes back, not the menu', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'severity');
    await chat.say('forget me');
    const kept = await chat.say('no');
    const { menu, forget, symptomCheck } = chat.services.content.messages;
    expect(visibleText(kept)).toContain(forget.kept);
    expect(buttonTitles(kept)).not.toContain(menu.askQuestion);
    expect(questionOf(chat.services.triage.protocol, kept, symptomCheck.flagQuestion)).toBe('severity');
  });
});

describe('a clinic that words the two buttons its own way (content/messages.yaml)', () => {
  /** Button titles that none of the typed-word patterns ("yes", "delete", "no", "keep"...) would match. */
  function reworded() {
    const real = realServices();
    const forget = { ...real.content.messages.forget, yes: 'Erase all of it', no: 'Leave it as it is' };
    const content = { ...real.content, messages: { ...real.content.messages, forget } };
    return startConversation('webchat', { content });
  }

  async function confirmReworded(answer: string) {
    const chat = reworded();
    await chat.say('what is sciatica?');
    const confirm = await chat.say('forget me');
    expect(buttonTitles(confirm)).toEqual(['Erase all of it', 'Leave it as it is']);
    return { chat, replies: await chat.say(answer) };
  }

  it.each(['Erase all of it', 'erase all of it', 'ERASE ALL OF IT'])('pressing (or typing) its delete button "%s" deletes', async (answer) => {
    const { chat, replies } = await confirmReworded(answer);
    expect(visibleText(replies)).toContain(chat.services.content.messages.forget.done);
    expect(stored(chat)).toEqual([]);
  });

  it.each(['Leave it as it is', 'LEAVE IT AS IT IS'])('pressing (or typing) its keep button "%s" keeps everything, without asking again', async (answer) => {
    const { chat, replies } = await confirmReworded(answer);
    const { forget } = chat.services.content.messages;
    expect(visibleText(replies)).toContain(forget.kept);
    expect(visibleText(replies)).not.toContain(forget.confirm);
    expect(stored(chat)).not.toEqual([]);
  });
});
