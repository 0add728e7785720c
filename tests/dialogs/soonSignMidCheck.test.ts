// A "book soon" sign told in the middle of the check ("I have osteoporosis…") is said at once with its
// level, as at the top level, and the check goes on to its outcome, which keeps the sign.
import { describe, expect, it } from 'vitest';
import { answerFor, CALM, questionOf } from '../fixtures/vignettes/patient.ts';
import { entities, startConversation, visibleText } from '../support/testBot.ts';

const SIGN = 'I have osteoporosis (the brittle bones thing) and my lower back started hurting after I sneezed';

describe('a book-soon sign told during the check', () => {
  it('is noted at once with level "soon", and the check asks its next question', async () => {
    const chat = startConversation('webchat');
    const { protocol } = chat.services.triage;
    await chat.say('check my symptoms');
    const replies = await chat.say(SIGN);
    expect(entities(replies, 'clinic.triage')).toEqual([{ type: 'clinic.triage', level: 'soon', reasons: ['osteoporosis'] }]);
    expect(visibleText(replies)).toContain("I've noted that: thin, fragile bones (osteoporosis)");
    expect(questionOf(protocol, replies, chat.services.content.messages.symptomCheck.flagQuestion)).toBeDefined();
  });

  it('is noted once, and the outcome at the end is at least "soon" with it among the reasons', async () => {
    const chat = startConversation('webchat');
    const { protocol } = chat.services.triage;
    const flagQuestion = chat.services.content.messages.symptomCheck.flagQuestion;
    await chat.say('check my symptoms');
    let replies = await chat.say(SIGN);
    let notes = entities(replies, 'clinic.triage').length;
    // The calm answers to the rest: the next clinic.triage is the outcome.
    for (let turn = 0; turn < 30; turn++) {
      const question = questionOf(protocol, replies, flagQuestion);
      if (!question) break;
      replies = await chat.say(answerFor(CALM, question, replies, protocol));
      notes += entities(replies, 'clinic.triage').length;
      if (entities(replies, 'clinic.triage').length) break;
    }
    const outcome = entities(replies, 'clinic.triage');
    expect(notes).toBe(2);
    expect(outcome).toEqual([expect.objectContaining({ level: 'soon', reasons: expect.arrayContaining(['osteoporosis']) })]);
  });

  it('a same-day sign during the check still ends it with its outcome, unchanged', async () => {
    const chat = startConversation('webchat');
    await chat.say('check my symptoms');
    const replies = await chat.say("I've had a fever and the shivers since yesterday with this back pain");
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: expect.arrayContaining(['fever-chills']) })]);
  });
});
