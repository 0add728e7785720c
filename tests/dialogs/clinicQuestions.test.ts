// The clinic's own questions, greetings around commands, remembered stories and composed answers,
// through the real dialogs on several channels.
import { describe, expect, it } from 'vitest';
import { entities, startConversation, visibleText } from '../support/testBot.ts';

describe.each(['webchat', 'facebook'])('on %s', (channel) => {
  it.each([
    ['what are your opening hours?', 'hours'],
    ['What time do you open on Saturdays', 'hours'],
    ['how do I book an appointment', 'booking'],
    ['how much does a session cost?', 'cost'],
    ['do you take health insurance', 'insurance'],
    ['where is the clinic?', 'address'],
    ['are you a real person?', 'who'],
    ['who am I talking to', 'who'],
    ['I want to talk to a human', 'human'],
    // Asked the long way round (issue 10, twelfth round).
    ['roughly what would I be paying for a visit?', 'cost'],
    ["I'd rather talk it over with an actual person", 'human'],
    ['is this automatic, or am I chatting to someone real?', 'who'],
    ['I work shifts, are you open early or at weekends?', 'hours'],
    ['whereabouts is your clinic?', 'address'],
  ])('answers %j from clinic.yaml with the contact card', async (say, topic) => {
    const chat = startConversation(channel);
    const reply = await chat.say(say);
    expect(entities(reply, 'clinic.answer')).toEqual([expect.objectContaining({ article: 'clinic', section: topic })]);
    expect(entities(reply, 'clinic.no-answer')).toHaveLength(0);
    const { clinic } = chat.services.content;
    expect(visibleText(reply)).toContain(clinic.phone);
    if (topic === 'hours') expect(visibleText(reply)).toContain(clinic.hours[0]!);
    if (topic === 'address') expect(visibleText(reply)).toContain(clinic.address);
  });
});

describe('the price and the insurance asked together', () => {
  it('answers both in one reply, the one asked first carried as the section', async () => {
    const chat = startConversation('webchat');
    const reply = await chat.say('How much is a session, and does my health insurance pay for any of it?');
    const answers = chat.services.content.clinic.answers!;
    const text = visibleText(reply);
    // The templates' first words (placeholders come later in each).
    expect(text).toContain(answers.cost!.split('{')[0]!.trim());
    expect(text).toContain(answers.insurance!.split('{')[0]!.trim());
    expect(entities(reply, 'clinic.answer')).toHaveLength(1);
  });
  it('a question about what the insurance pays for is the insurance alone', async () => {
    const chat = startConversation('webchat');
    const reply = await chat.say('would my private cover through work pay for it');
    const answers = chat.services.content.clinic.answers!;
    expect(visibleText(reply)).toContain(answers.insurance!.split('{')[0]!.trim());
    expect(visibleText(reply)).not.toContain(answers.cost!.split('{')[0]!.trim());
  });
});

describe('commands and stories', () => {
  it('a greeting around a command does not hide it', async () => {
    const chat = startConversation('webchat');
    const reply = await chat.say("hi, I'd like to check my symptoms");
    expect(visibleText(reply)).toContain(chat.services.content.messages.symptomCheck.intro);
  });

  it('a story told first prefills the check, confirmed in one line and not asked again', async () => {
    const chat = startConversation('webchat');
    await chat.say("I'm 58 and my left hip has ached for 3 weeks since I was gardening, what should I do?");
    const start = await chat.say('check my symptoms');
    const text = visibleText(start);
    expect(text).toMatch(/From what you told me:/);
    expect(text).toMatch(/left/i);
    // The next question is not where it hurts, which side or how long.
    const ask = chat.services.triage.protocol.questions;
    expect(text).not.toContain(ask.location.text);
    expect(text).not.toContain(ask.side.text);
  });

  it.each([
    "I'm 58, I was gardening, my left hip has ached for 3 weeks, can you check my symptoms",
    'my left hip has ached for 3 weeks. Can you do a symptom check?',
  ])('a story with the request in its last clause starts the check, prefilled by the story: %j', async (say) => {
    const chat = startConversation('webchat');
    const reply = await chat.say(say);
    const text = visibleText(reply);
    expect(text).toContain(chat.services.content.messages.symptomCheck.intro);
    expect(text).toMatch(/From what you told me:/);
    expect(entities(reply, 'clinic.answer')).toHaveLength(0);
    const ask = chat.services.triage.protocol.questions;
    expect(text).not.toContain(ask.location.text);
    expect(text).not.toContain(ask.side.text);
  });

  it('a question that only names the symptom check is not the command', async () => {
    const chat = startConversation('webchat');
    const reply = await chat.say('my hip aches after walking, is a symptom checker like this accurate?');
    expect(visibleText(reply)).not.toContain(chat.services.content.messages.symptomCheck.intro);
  });

  it('"…and is it serious" after a question of its own: the question is answered, then the check offered', async () => {
    const chat = startConversation('webchat');
    const reply = await chat.say('whats the difference between a strain and a sprain and is it serious');
    expect(entities(reply, 'clinic.answer')).toEqual(expect.arrayContaining([expect.objectContaining({ article: 'causes', section: 'Muscle strains and sprains' })]));
    expect(visibleText(reply)).not.toContain(chat.services.content.messages.symptomCheck.intro);
    expect(visibleText(reply)).toContain(chat.services.content.messages.symptomsCheckOffer);
  });

  it('a question to the clinic naming a weekday is no story: no symptom check is offered', async () => {
    const chat = startConversation('webchat');
    const reply = await chat.say('what time do you open on saturday');
    expect(entities(reply, 'clinic.answer')).toEqual([expect.objectContaining({ article: 'clinic', section: 'hours' })]);
    expect(visibleText(reply)).not.toContain(chat.services.content.messages.symptomsCheckOffer);
  });

  it('case does not change the route', async () => {
    const upper = await startConversation('webchat').say('My back is killing me, what do I do?');
    const lower = await startConversation('webchat').say('my back is killing me, what do i do?');
    expect(entities(upper, 'clinic.answer')).toEqual(entities(lower, 'clinic.answer'));
    expect(entities(upper, 'clinic.answer')).toHaveLength(1);
  });

  it('a clear answer is not followed by a "you also asked" card', async () => {
    const chat = startConversation('webchat');
    const reply = await chat.say('can arthritis in my spine affect my hips?');
    expect(visibleText(reply)).not.toContain(chat.services.content.messages.alsoAsked);
  });
});
