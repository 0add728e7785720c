// Outcome first, and always a way on: an emergency ends with its call, a same-day outcome with how
// to be seen today (never a booking link); later replies keep a one-line reminder of the outcome
// until "start over"; after feedback and "forget me" the next steps come back as buttons.
import { describe, expect, it } from 'vitest';
import { buttonTitles, clickButton, entities, startConversation, visibleText } from '../support/testBot.ts';

const EMERGENCY = "I've wet myself without noticing";
const URGENT = "I've been shivering with a high temperature";

describe('outcome first', () => {
  it('a same-day outcome ends with how to be seen today, with no booking or email offer', async () => {
    const chat = startConversation('webchat');
    const { clinic, messages } = chat.services.content;
    const replies = await chat.say(URGENT);
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'urgent' });
    const afterOutcome = replies.slice(replies.findIndex((r) => entities([r], 'clinic.triage').length > 0) + 1);
    expect(visibleText(afterOutcome.slice(0, 1))).toContain(messages.contact.sameDayTitle);
    expect(JSON.stringify(afterOutcome[0])).toContain(`tel:${clinic.phone.replace(/[^+\d]/g, '')}`);
    expect(buttonTitles(replies)).not.toContain(messages.contact.book);
    expect(buttonTitles(replies)).not.toContain(messages.contact.email);
  });

  it('later replies start with a one-line reminder of an emergency until "start over"', async () => {
    const chat = startConversation('webchat');
    const { messages } = chat.services.content;
    const outcome = await chat.say(EMERGENCY);
    expect(visibleText(outcome)).not.toContain(messages.reminder.emergency);
    const later = await chat.say('Should I use heat or ice?');
    expect(later[0]?.text).toBe(messages.reminder.emergency);
    expect(entities(later, 'clinic.answer').length).toBeGreaterThan(0);
    const restarted = await chat.say('start over');
    expect(visibleText(restarted)).not.toContain(messages.reminder.emergency);
    const after = await chat.say('Should I use heat or ice?');
    expect(visibleText(after)).not.toContain(messages.reminder.emergency);
  });

  it('the questions about emergency signs after a same-day outcome are asked without the reminder', async () => {
    const chat = startConversation('webchat');
    const { messages } = chat.services.content;
    await chat.say(URGENT);
    const next = await chat.say('no');
    expect(visibleText(next)).not.toContain(messages.reminder.urgent);
  });

  it('a same-day outcome raised to an emergency is remembered as the emergency', async () => {
    const chat = startConversation('webchat');
    const { messages } = chat.services.content;
    await chat.say(URGENT);
    await chat.say(EMERGENCY);
    const later = await chat.say('hello');
    expect(later[0]?.text).toBe(messages.reminder.emergency);
  });
});

describe('always a way on', () => {
  const menuTitles = (chat: ReturnType<typeof startConversation>) => Object.values(chat.services.content.messages.menu);

  it('after 👍 the menu comes back as buttons; after 👎 the offer to pass it to the team, then the menu', async () => {
    const chat = startConversation('webchat');
    const answer = await chat.say('Should I use heat or ice?');
    const up = await chat.say(clickButton(answer, /Helpful/));
    expect(buttonTitles(up.slice(-1))).toEqual(expect.arrayContaining(menuTitles(chat)));

    const other = startConversation('webchat');
    const second = await other.say('Should I use heat or ice?');
    const down = await other.say(clickButton(second, /Not helpful/));
    const offer = other.services.content.messages.handoff;
    expect(buttonTitles(down.slice(-1))).toEqual([offer.yes, offer.no]);
    const declined = await other.say(clickButton(down, new RegExp(offer.no)));
    expect(buttonTitles(declined.slice(-1))).toEqual(expect.arrayContaining(menuTitles(other)));
  });

  it('after "forget me", deleted or kept, the menu comes back as buttons', async () => {
    for (const choice of [/Yes, delete/, /No, keep/]) {
      const chat = startConversation('webchat');
      const confirm = await chat.say('forget me');
      const replies = await chat.say(clickButton(confirm, choice));
      expect(buttonTitles(replies.slice(-1))).toEqual(expect.arrayContaining(menuTitles(chat)));
    }
  });

  it('"No, keep it" in the middle of the check goes back to the check, not to the menu', async () => {
    const chat = startConversation('webchat');
    await chat.say('Check my symptoms');
    const confirm = await chat.say('forget me');
    const replies = await chat.say(clickButton(confirm, /No, keep/));
    expect(visibleText(replies)).toContain(chat.services.content.messages.forget.kept);
    expect(buttonTitles(replies)).not.toContain(chat.services.content.messages.menu.askQuestion);
  });
});
