// Issue 10's fourteenth round (fresh batch "requests": what people type as an instruction or a label,
// not a question). Each case below went wrong before its fix; none is a sentence of the batch.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';
import { letterFrameReader } from '../../../src/clinical/answer/letterFrame.ts';

const engine = contentEngine();
const first = (q: string) => headingOf(engine.answer(q));

describe('a request typed as a label or an instruction carries no topic of its own ("info on", "guidance please")', () => {
  it.each([
    ['Guidance on when I should see a doctor about my lower back', 'When to see a doctor'],
  ])('%s → %s', (q, heading) => {
    expect(first(q)).toBe(heading);
  });
});

describe('"how that works" is what a thing does, not a job: the asking part is not weighed apart for it', () => {
  it('a story about a physio, then "explain how that works", is answered by the story', () => {
    expect(first('My physio says my sore hip comes from my back. Explain how that works.')).toBe('How back problems can cause hip pain');
    expect(first('my physio says my back is behind my hip pain, can you explain how that works')).not.toBe('Going back to work');
  });
  it('a job is still a job', () => {
    expect(first('when can I go back to work with a bad back')).toBe('Going back to work');
  });
});

describe('the chemist is the pharmacy, not a misspelt chest', () => {
  it('something for back pain from the chemist is about painkillers', () => {
    expect(first('what can I get from the chemist for back pain')).toBe('Painkillers and anti-inflammatories');
  });
});

describe('the clinic asked as "you guys", on a day named in the plural or another time', () => {
  it.each([
    ['are you guys open on saturday', 'hours'],
    ['are you open over half term', 'hours'],
    ['are you open at lunchtime', 'hours'],
  ])('%s → %s', (q, topic) => {
    expect(engine.answer(q)).toEqual({ kind: 'clinic', topic });
  });
  it('a service named after "you guys" is still not ours', () => {
    expect(engine.answer('can you guys book me a haircut').kind).not.toBe('clinic');
  });
});

describe('a message written as a letter (fresh batch 15, older adults): the greeting, the closing and the name are no question', () => {
  it('a name after "Yours sincerely" is not read as a word of ours ("Brenda" was "brand", declined)', () => {
    expect(first('Dear Sir or Madam, could you explain what piriformis syndrome is? Yours sincerely, Brenda')).toBe('Piriformis syndrome');
  });
  it('the same question without the letter is answered the same', () => {
    expect(first('could you explain what piriformis syndrome is?')).toBe('Piriformis syndrome');
  });
  it('a story with everyday nouns before the clinic question does not rule the question out', () => {
    expect(engine.answer('Good morning. I am a pensioner on a fixed income. Could you tell me what a session costs? With thanks, Doris')).toEqual({ kind: 'clinic', topic: 'cost' });
  });
});

describe('the letter frame is taken off only where it is one', () => {
  const unframe = letterFrameReader({ greetings: ['dear sir or madam', 'good morning', 'hello'], closings: ['kind regards', 'thank you', 'thanks'] });
  it.each([
    ['Good morning. What causes sciatica? Kind regards, Margaret', 'What causes sciatica?'],
    ['Dear Sir or Madam, is heat or ice better? Thanks, Mr H. Jenkins', 'is heat or ice better?'],
    ['What is bursitis? Thanks, Brenda (aged 72)', 'What is bursitis?'],
    ['WHERE IS YOUR CLINIC PLEASE. THANK YOU', 'WHERE IS YOUR CLINIC PLEASE.'],
  ])('"%s" → "%s"', (text, read) => {
    expect(unframe(text)).toBe(read);
  });
  it.each(['is it worth trying acupuncture, thank you for your help with my back pain', 'thanks', 'hello'])('"%s" is kept as it is', (text) => {
    expect(unframe(text)).toBe(text);
  });
});

describe('a clinic question that names the clinic is about it, whatever else it names', () => {
  it.each([
    ['is there parking near the door of your clinic? I use a walking frame', 'address'],
    ['how do I book with one of your physiotherapists, I am hopeless with computers', 'booking'],
  ])('%s → %s', (q, topic) => {
    expect(engine.answer(q)).toEqual({ kind: 'clinic', topic });
  });
  it('without the clinic named, another thing booked is still not ours', () => {
    expect(engine.answer('can you book me a haircut for friday').kind).not.toBe('clinic');
  });
});

describe('two clinic cues of one word: the strong one says what is asked', () => {
  it.each([
    ['Could you tell me how much an appointment costs?', 'cost'],
    ['is there a fee for the appointment', 'cost'],
    ['can I book an appointment', 'booking'],
  ])('%s → %s', (q, topic) => {
    expect(engine.answer(q)).toEqual({ kind: 'clinic', topic });
  });
});
