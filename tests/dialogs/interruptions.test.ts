// What the interruptions that work at every step leave behind: after "help" or "start over" at the
// top level the next message is still read; "contact" offers the clinic team only outside the
// check; a screen question is answered only by the screen; a clinic question mid-check gets the
// clinic's answer and the same question again; a card of feedback for a section never offered is
// still recorded.
import { describe, expect, it } from 'vitest';
import { advanceTo, questionOf } from '../fixtures/vignettes/patient.ts';
import { entities, startConversation, visibleText } from '../support/testBot.ts';
import { startStaffClinic } from '../support/staffBot.ts';

const POSSIBLE_BLADDER = 'I keep having to strain to get any wee out';

describe('at the top level', () => {
  it.each(['help', 'start over'])('after "%s" the next message is answered as usual, and a red flag still acts', async (command) => {
    const chat = startConversation('webchat');
    await chat.say(command);
    const next = await chat.say('what is sciatica?');
    expect(entities(next, 'clinic.answer')).toHaveLength(1);
    const flag = await chat.say("I've wet myself without noticing");
    expect(entities(flag, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
  });

  it('"contact" shows the clinic, in the words of the topic asked, and offers to pass a message to the team', async () => {
    const chat = startConversation('webchat');
    const { clinic, messages } = chat.services.content;
    const replies = await chat.say('I want to talk to someone');
    expect(entities(replies, 'clinic.answer')).toEqual([expect.objectContaining({ article: 'clinic', section: 'human' })]);
    expect(visibleText(replies)).toContain(`To talk to a person at ${clinic.name}`);
    expect(visibleText(replies)).toContain(messages.handoff.offerAfterContact);
  });

  it('a contact request that names no topic ("call me back please") shows the clinic\'s contact details', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('call me back please');
    expect(entities(replies, 'clinic.answer')).toEqual([expect.objectContaining({ article: 'clinic', section: 'contact' })]);
    expect(visibleText(replies)).toContain(chat.services.content.clinic.phone);
  });

  it('a request passed on after "contact" carries no reasons and no summary: there was no check', async () => {
    const clinic = startStaffClinic({ now: () => new Date('2026-03-03T10:00:00Z') });
    const channel = clinic.teams({ conversationType: 'channel' });
    await channel.send({ text: '<at>Clinic</at> notify here', entities: [{ type: 'mention', text: '<at>Clinic</at>', mentioned: { id: '28:bot', name: 'Clinic' } }] });
    const patient = clinic.patient();
    await patient.say('I want to talk to someone');
    await patient.say(clinic.services.content.messages.handoff.yes);
    await patient.say('jane@example.com');
    expect(await clinic.services.staff.handoffs.list()).toEqual([expect.objectContaining({ reason: 'contact', reasons: [], summary: [] })]);
  });

  it('feedback from a card for a section it never offered in this conversation is still recorded, as direct', async () => {
    const chat = startConversation('webchat');
    const article = chat.services.content.articles[0]!;
    const section = article.sections[0]!;
    const replies = await chat.say({ value: { action: 'feedback', vote: 'up', article: article.id, section: section.heading } });
    expect(visibleText(replies)).toContain(chat.services.content.messages.feedback.thanksUp);
    const day = chat.services.now().toISOString().slice(0, 10);
    expect(await chat.services.figures.recorded(day)).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'feedback', vote: 'up', article: article.id, section: section.heading, question: '', via: 'direct' })]),
    );
  });
});

describe('screening a message at the top level', () => {
  it('a question that may tell a red flag is answered first, then asked about; after "no" it is not answered twice', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say(`${POSSIBLE_BLADDER}, is that from my back?`);
    expect(entities(first, 'clinic.answer')).toHaveLength(1);
    expect(entities(first, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['bladder-dysfunction'] }]);
    const answered = first.findIndex((r) => r.entities?.some((e) => e.type === 'clinic.answer'));
    const screened = first.findIndex((r) => r.entities?.some((e) => e.type === 'clinic.screen'));
    expect(answered).toBeLessThan(screened);
    const after = await chat.say('no');
    expect(visibleText(after)).toContain(chat.services.triage.screening.thanksNo);
    expect(entities(after, 'clinic.answer')).toHaveLength(0);
    expect(entities(after, 'clinic.no-answer')).toHaveLength(0);
    expect(entities(after, 'clinic.triage')).toHaveLength(0);
  });

  it('a statement that may tell a red flag is asked about first, and answered after "no"', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say(POSSIBLE_BLADDER);
    expect(entities(first, 'clinic.answer')).toHaveLength(0);
    expect(entities(first, 'clinic.no-answer')).toHaveLength(0);
    const after = await chat.say('no');
    expect(entities(after, 'clinic.answer').length + entities(after, 'clinic.no-answer').length).toBe(1);
  });

  it('a question that may tell a red flag and that no article answers: asked about first, the honest "no answer" only after "no"', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say('I have been feeling shaky, can my cat catch it?');
    expect(entities(first, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['fever-chills'] }]);
    expect(entities(first, 'clinic.no-answer')).toHaveLength(0);
    expect(entities(first, 'clinic.answer')).toHaveLength(0);
    const after = await chat.say('no');
    expect(entities(after, 'clinic.no-answer')).toHaveLength(1);
  });

  it('a part of the body the check does not cover, with a question the clinic answers: the answer, not the emergency signs', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('my shoulder hurts, can I book an appointment?');
    expect(entities(replies, 'clinic.answer')).toEqual([expect.objectContaining({ article: 'clinic' })]);
    expect(entities(replies, 'clinic.screen')).toHaveLength(0);
  });
});

describe('in the middle of the check', () => {
  it('"contact" shows the clinic and asks the same question again, with no offer to pass a message', async () => {
    const chat = startConversation('webchat');
    const { messages } = chat.services.content;
    await advanceTo(chat, 'duration');
    const replies = await chat.say('contact');
    expect(entities(replies, 'clinic.answer')).toEqual([expect.objectContaining({ article: 'clinic', section: 'contact' })]);
    expect(visibleText(replies)).not.toContain(messages.handoff.offerAfterContact);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('duration');
  });

  it('a question about the clinic ("when are you open?") gets its answer, then the same question', async () => {
    const chat = startConversation('webchat');
    const { clinic, messages } = chat.services.content;
    await advanceTo(chat, 'duration');
    const replies = await chat.say('when are you open?');
    expect(entities(replies, 'clinic.answer')).toEqual([expect.objectContaining({ article: 'clinic', section: 'hours' })]);
    expect(visibleText(replies)).toContain(`${clinic.name} is open`);
    expect(visibleText(replies)).toContain(messages.carryOn);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('duration');
  });
});

describe('in the middle of the check, a message about the body the step cannot use', () => {
  it('with no sign it may be ("my shoulder hurts too"): the emergency signs, then the same question after "no"', async () => {
    const chat = startConversation('webchat');
    const { screening, protocol } = chat.services.triage;
    await advanceTo(chat, 'duration');
    const replies = await chat.say('my shoulder hurts too');
    expect(entities(replies, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: screening.emergency.flags }]);
    expect(visibleText(replies)).toContain(screening.emergency.question);
    expect(questionOf(protocol, await chat.say('no'))).toBe('duration');
  });
});

describe('at the checklist that follows a "yes" to a group of signs', () => {
  it('a message about the body it cannot use gets the emergency signs; after "no" the checklist again, not the group question', async () => {
    const chat = startConversation('webchat');
    const { protocol } = chat.services.triage;
    await advanceTo(chat, 'checklist');
    expect(entities(await chat.say('my shoulder hurts too'), 'clinic.screen')).toHaveLength(1);
    expect(questionOf(protocol, await chat.say('no'))).toBe('checklist');
  });
});

describe('in the middle of the check, a question about another part of the body', () => {
  it('that the clinic answers ("my shoulder hurts, can I book an appointment?"): the answer and the same question, not the emergency signs', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'side');
    const replies = await chat.say('my shoulder hurts, can I book an appointment?');
    expect(entities(replies, 'clinic.answer')).toEqual([expect.objectContaining({ article: 'clinic' })]);
    expect(entities(replies, 'clinic.screen')).toHaveLength(0);
    expect(visibleText(replies)).toContain(chat.services.content.messages.carryOn);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('side');
  });
});

describe('in the middle of the check, a question that no article answers', () => {
  it('is not answered (no clinic card, no "carry on"): the same question, asked again as for an answer it cannot use', async () => {
    const chat = startConversation('webchat');
    const { messages } = chat.services.content;
    await advanceTo(chat, 'duration');
    const replies = await chat.say('can my cat catch back pain?');
    expect(entities(replies, 'clinic.answer')).toHaveLength(0);
    expect(visibleText(replies)).not.toContain(messages.carryOn);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('duration');
  });
});

describe('while a screen question waits', () => {
  it('a question typed is not answered from the articles: the screen asks again, and "yes" still escalates', async () => {
    const chat = startConversation('webchat');
    await chat.say(POSSIBLE_BLADDER);
    const replies = await chat.say('what is sciatica?');
    expect(entities(replies, 'clinic.answer')).toHaveLength(0);
    expect(entities(replies, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['bladder-dysfunction'] }]);
    expect(entities(await chat.say('yes'), 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: ['bladder-dysfunction'] })]);
  });
});

describe('a possible red flag told with the last answer of the check', () => {
  it('is asked about after the outcome, not dropped: "yes" gives its emergency outcome', async () => {
    const chat = startConversation('webchat');
    // "Getting better or worse?" is the last question of a calm check.
    await advanceTo(chat, 'improving');
    const replies = await chat.say('getting better, but I keep needing to strain to wee');
    // The check's own outcome for what it was told…
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'self-care' })]);
    // …then the question about what the last message may be.
    expect(entities(replies, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['bladder-dysfunction'] }]);
    expect(entities(await chat.say('yes'), 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: ['bladder-dysfunction'] })]);
  });
});

describe('a possible red flag told with an answer that gives the emergency outcome', () => {
  it('is not asked about after it: the emergency outcome is the most there is', async () => {
    const chat = startConversation('webchat');
    await chat.say("I've had a fever and chills since yesterday");
    const replies = await chat.say('yes, and I keep needing to strain to wee');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
    expect(entities(replies, 'clinic.screen')).toHaveLength(0);
  });
});

describe('how the check and the emergency screen begin', () => {
  it("the check with its own intro, never the emergency screen's", async () => {
    const chat = startConversation('webchat');
    const { symptomCheck, emergencyScreen } = chat.services.content.messages;
    const replies = await chat.say('check my symptoms');
    expect(visibleText(replies)).toContain(symptomCheck.intro);
    expect(visibleText(replies)).not.toContain(emergencyScreen.intro);
  });

  it('with every emergency sign already answered, the message after the urgent outcome is read at the top level', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'severity');
    const { emergencyScreen } = chat.services.content.messages;
    const outcome = await chat.say("I've had a fever and chills since yesterday");
    expect(entities(outcome, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent' })]);
    // Nothing left to ask (the check has asked every emergency sign): no intro, no "all clear" line.
    expect(visibleText(outcome)).not.toContain(emergencyScreen.intro);
    expect(visibleText(outcome)).not.toContain(emergencyScreen.allClear);
    const next = await chat.say('what is sciatica?');
    expect(entities(next, 'clinic.answer')).toHaveLength(1);
    expect(visibleText(next)).not.toContain(chat.services.content.messages.carryOn);
  });
});

describe('"yes" to a screen question', () => {
  it('in the middle of the check: the outcome keeps what the check was told, the signs said no to included', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'severity');
    const screen = await chat.say('I keep needing to strain to wee');
    expect(entities(screen, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['bladder-dysfunction'] }]);
    const replies = await chat.say('yes');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: ['bladder-dysfunction'] })]);
    expect(visibleText(replies)).toContain(chat.services.content.messages.disposition.flagsNo.split('{')[0]!);
  });
});

// The same-day outcome after "yes" to a screen question, and the check's outcome before a screen
// question, come with the offer to pass the summary to the clinic team, and the question right after
// it. A click on the offer's buttons is no answer to that question: it was read as one ("Yes,
// contact me" gave the emergency outcome, "No, thanks" said no to the emergency signs).
describe('the offer to pass the outcome to the team, made with a question after it', () => {
  const OWN_FEVER = 'I have been feeling shaky';

  it('"yes" to a screen about the patient\'s own same-day sign: the outcome, the offer, then the emergency signs', async () => {
    const chat = startConversation('webchat');
    const { handoff, emergencyScreen } = chat.services.content.messages;
    expect(entities(await chat.say(OWN_FEVER), 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['fever-chills'] }]);
    const replies = await chat.say('yes');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: ['fever-chills'] })]);
    expect(visibleText(replies)).toContain(handoff.offerAfterCheck);
    expect(visibleText(replies)).toContain(emergencyScreen.intro);
  });

  it("someone else's sign said yes to is no end of a check: no offer", async () => {
    const chat = startConversation('webchat');
    await chat.say('my husband has a fever');
    const replies = await chat.say('yes');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: ['fever-chills'] })]);
    expect(visibleText(replies)).not.toContain(chat.services.content.messages.handoff.offerAfterCheck);
  });

  it.each(['yes', 'no'] as const)('the offer\'s "%s" button while the emergency signs are asked: the same question again, no outcome', async (button) => {
    const chat = startConversation('webchat');
    const { handoff } = chat.services.content.messages;
    await chat.say(OWN_FEVER);
    const asked = await chat.say('yes');
    const question = questionOf(chat.services.triage.protocol, asked);
    expect(question).toBeDefined();
    const replies = await chat.say(handoff[button]);
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe(question);
    // The question still takes its answer.
    expect(entities(await chat.say('yes'), 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
  });

  it('after the check\'s last answer: the offer\'s "yes" while the screen question waits asks it again; after "no" the offer is still open', async () => {
    const chat = startConversation('webchat');
    const { handoff } = chat.services.content.messages;
    await advanceTo(chat, 'improving');
    const outcome = await chat.say('getting better, but I keep needing to strain to wee');
    expect(visibleText(outcome)).toContain(handoff.offerAfterCheck);
    expect(entities(outcome, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['bladder-dysfunction'] }]);
    const again = await chat.say(handoff.yes);
    expect(entities(again, 'clinic.triage')).toHaveLength(0);
    expect(entities(again, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['bladder-dysfunction'] }]);
    expect(visibleText(await chat.say('no'))).toContain(chat.services.triage.screening.thanksNo);
    const taken = await chat.say(handoff.yes);
    expect(entities(taken, 'clinic.screen')).toHaveLength(0);
    expect(entities(taken, 'clinic.triage')).toHaveLength(0);
    // Taken as the offer (no staff channel in these tests: the clinic's details instead).
    expect(visibleText(taken)).toContain(handoff.unavailable);
  });
});
