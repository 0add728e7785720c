// Classes found by session 34's blind batch of over-polite questions, measured once before it was read;
// none of these sentences is one of its questions: a sentence of apology, thanks or deference that asks
// nothing and names nothing is no part of the question; a yes/no question asked inside another
// ("Might I ask whether I am talking to…") is read in the order the clinic's cues are written in; a
// lexicon's name of one word of ours in several ("sciatic nerve pain": sciatica, "bum cheek": buttock)
// names that word's heading, as the word itself does.
import { describe, expect, it } from 'vitest';
import { courtesyReader } from '../../../src/clinical/answer/courtesyFrame.ts';
import { directOrder } from '../../../src/clinical/answer/clinicTopic.ts';
import { contentEngine, headingOf, lexicon } from './helpers.ts';

const engine = contentEngine();

describe('courtesy around a question', () => {
  const namesSomething = (s: string) => /\b(back|hip|knee|appointment)\b/i.test(s);
  const uncourteous = courtesyReader(lexicon.courtesy ?? [], namesSomething);
  it.each([
    ['So sorry to trouble you. Does swimming help? Many thanks for your patience.', 'Does swimming help?'],
    ['Please forgive the intrusion. I do apologise for the long message. What is a bursa?', 'What is a bursa?'],
    ['What is a bursa? Thank you ever so much, and apologies for the bother.', 'What is a bursa?'],
  ])('%j is read as %j', (text, question) => {
    expect(uncourteous(text)).toBe(question);
  });
  it.each([
    // Only the clause with the formula goes: what hurts, what is named, what the clinic is asked stays.
    ['Sorry to be a pain, it hurts more after sitting. What can I do?', 'it hurts more after sitting. What can I do?'],
    ["Sorry to be a pain, I can't make my appointment on Friday. How do I change it?", "I can't make my appointment on Friday. How do I change it?"],
    ['Sorry, my back is the problem, not my neck. What helps?', 'my back is the problem, not my neck. What helps?'],
  ])('%j keeps what it tells: %j', (text, kept) => {
    expect(uncourteous(text)).toBe(kept);
  });
  it.each([
    'Sorry to ask again? What is a bursa?',
    // Nothing would be left, or nothing said but courtesy.
    'Thank you so much for your help!',
    'Many thanks. Kind regards.',
  ])('%j keeps what it says', (text) => {
    expect(uncourteous(text)).toBe(text);
  });
  it("a wait for the physio is what is asked, the thanks and apology around it are not", () => {
    const r = engine.answer("I'm so sorry to take up your time, thank you for being so patient. What can I be doing to manage until my physio appointment in three weeks? Best wishes.");
    expect(headingOf(r)).toBe('What helps while you wait to be seen');
  });
});

describe('a yes/no question asked inside another', () => {
  it('is read in the direct order', () => {
    expect(directOrder(['might', 'i', 'ask', 'whether', 'i', 'am', 'talking', 'to', 'a', 'bot'])).toEqual(['might', 'i', 'ask', 'whether', 'am', 'i', 'talking', 'to', 'a', 'bot']);
    expect(directOrder(['know', 'if', 'you', 'are', 'open'])).toEqual(['know', 'if', 'are', 'you', 'open']);
    expect(directOrder(['whether', 'to', 'book'])).toEqual(['whether', 'to', 'book']);
    // An "if" that supposes, after no verb of asking, is no question inside another.
    expect(directOrder(['is', 'it', 'ok', 'if', 'i', 'am', 'talking', 'to', 'my', 'gp'])).toEqual(['is', 'it', 'ok', 'if', 'i', 'am', 'talking', 'to', 'my', 'gp']);
  });
  it.each([
    ['Sorry for the long message and thank you in advance for reading it. Might I ask whether I am talking to a real person or an automated system?', 'clinic:who'],
    ['Could you possibly tell me whether I am chatting with a member of your staff?', 'clinic:who'],
  ])('%j is asked of the clinic', (text, topic) => {
    expect(headingOf(engine.answer(text))).toBe(topic);
  });
});

describe("a thing's name in several words names its heading", () => {
  it.each([
    ['what sets off sciatic nerve pain in the first place', 'Sciatica'],
    ['is my ache in the bum cheek coming from my spine', 'Pain in the buttock'],
    // A name after "non" is what is not meant.
    ['what non-surgical treatment is there for sciatica?', 'Treating sciatica'],
    // A heading is read with the names too: "anti-inflammatories" is one thing in both.
    ['do anti-inflammatories slow down healing?', 'Painkillers and anti-inflammatories'],
  ])('%j', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });
});
