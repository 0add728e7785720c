// A question about a named medicine: answered by the section on its kind (painkillers, muscle
// relaxants) with a word that a pharmacist or doctor advises on the medicine itself (session 29); a dose
// or a medicine of no kind the articles explain is declined with who can advise and the painkillers
// section offered as a button, on every channel; a medicine only told as tried before a question of its
// own is still answered (issue 10, session 17).
import { describe, expect, it } from 'vitest';
import { buttonTitles, clickButton, entities, startConversation, visibleText } from '../support/testBot.ts';

const CHANNELS = ['webchat', 'msteams', 'facebook', 'some-unknown-channel'];

describe.each(CHANNELS)('on %s', (channel) => {
  it('"ibuprofen or paracetamol, which is better" gets the painkillers section, then the pharmacist', async () => {
    const chat = startConversation(channel);
    const replies = await chat.say('ibuprofen or paracetamol for hip pain - which is better');
    expect(entities(replies, 'clinic.answer')[0]).toMatchObject({ article: 'treatments', section: 'Painkillers and anti-inflammatories' });
    expect(entities(replies, 'clinic.no-answer')).toHaveLength(0);
    expect(visibleText(replies)).toMatch(/ibuprofen/i);
    // The note comes after the answer: the article explains the kind, the pharmacist the medicine.
    const answerAt = replies.findIndex((r) => entities([r], 'clinic.answer').length > 0);
    expect(visibleText(replies.slice(answerAt + 1))).toMatch(/pharmacist/i);
  });

  it('"what dose of paracetamol" is declined with a pharmacist and the painkillers section', async () => {
    const chat = startConversation(channel);
    const replies = await chat.say('what dose of paracetamol should I take for my back?');
    expect(entities(replies, 'clinic.no-answer')).toHaveLength(1);
    expect(entities(replies, 'clinic.answer')).toHaveLength(0);
    expect(visibleText(replies)).toMatch(/pharmacist/i);
    const heading = 'Painkillers and anti-inflammatories';
    // A button where the channel has room for its title; else a numbered line to type (Messenger's
    // quick replies take 20 characters).
    const asButton = buttonTitles(replies).some((t) => /Painkillers/.test(t));
    if (channel === 'webchat' || channel === 'msteams') expect(asButton).toBe(true);
    else expect(visibleText(replies)).toContain(heading);
    const next = asButton ? clickButton(replies, /Painkillers/) : { text: heading };
    const answer = await chat.say(next);
    expect(entities(answer, 'clinic.answer')[0]).toMatchObject({ article: 'treatments', section: heading });
  });
});

describe('a question about a medicine with a symptom word in it', () => {
  it('"diazepam for the muscle spasm… can I drive on it" gets muscle relaxants and the pharmacist, not the emergency signs', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say("The GP gave me diazepam 'for the muscle spasm, short course only'. Can I drive on it, and why only a few days?");
    expect(entities(replies, 'clinic.answer')[0]).toMatchObject({ section: 'Muscle relaxants' });
    expect(entities(replies, 'clinic.screen')).toHaveLength(0);
    expect(visibleText(replies)).toMatch(/drive/i);
    expect(visibleText(replies)).toMatch(/pharmacist/i);
  });
  it('a medicine of another kind ("the pill back to back") is declined, not answered by painkillers', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('is it okay to take the pill back to back to skip periods?');
    expect(entities(replies, 'clinic.answer')).toHaveLength(0);
  });
  it('more of a medicine than the dose is still asked about first', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('I took sixteen co-codamol since yesterday, can I take ibuprofen too?');
    expect(entities(replies, 'clinic.screen')[0]).toMatchObject({ flags: expect.arrayContaining(['overdose']) });
  });
});

describe('what is not a question about a medicine', () => {
  it('a medicine told as tried, then a question of its own, is answered', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('I have tried paracetamol. What causes sciatica?');
    expect(entities(replies, 'clinic.answer')[0]).toMatchObject({ section: 'Sciatica' });
  });
  it('a question out of scope for another reason gets the plain decline, not the pharmacist', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('how much protein do I need to build muscle at the gym?');
    expect(entities(replies, 'clinic.no-answer')).toHaveLength(1);
    expect(visibleText(replies)).not.toMatch(/pharmacist/i);
  });
});
