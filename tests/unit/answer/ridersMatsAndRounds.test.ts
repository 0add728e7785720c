// Classes found by session 44's blind batches written by cyclists, by people who practise yoga and Pilates, and by
// postal workers and couriers, measured once before they were read; none of these sentences is one of their
// questions: a cause asked of two areas that ache together, the meaning of a word asked after the word, "medically",
// routes weighed with "or", an area said to be well beside a question about something else, "side" as a place, and an
// irregular past tense that is no typo.
import { describe, expect, it } from 'vitest';
import { answeredAs, contentEngine } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => answeredAs(engine.answer(q));

describe('"what is causing it" of two areas that ache together asks what causes them, not how one causes the other', () => {
  it.each([
    "my lower back and hip both ache after a long shift, what's actually causing it?",
    'hips and lower back stiff every Friday after a week on the bike. what causes this?',
  ])('%j → What causes hip and back pain', (q) => {
    expect(shown(q)).toBe('What causes hip and back pain');
  });
  it('one area named as the cause still is', () => {
    expect(shown('My lower back has been sore for a year and now my hip hurts too. Could my back be causing it?')).toBe('How back problems can cause hip pain');
  });
});

describe('the meaning of a word asked after the word', () => {
  it.each([
    ["When physios say 'lower back pain', which part do they mean?", 'What lower back pain means'],
    ['when my doctor says lumbago, what does that cover?', 'What lower back pain means'],
    ["what does 'lower back pain' mean medically?", 'What lower back pain means'],
  ])('%j → %s', (q, heading) => {
    expect(shown(q)).toBe(heading);
  });
  it('a reason called medical asks for a cause, not a medicine', () => {
    expect(shown('is there a medical reason my hip keeps aching?')).not.toBe('Painkillers and anti-inflammatories');
    expect(engine.answer('is there a medical reason my hip keeps aching?')).toMatchObject({ kind: 'answer' });
  });
});

describe('routes weighed with "or" are a doubt about what to do', () => {
  it.each([
    'no idea if I should go to the GP, a physio or A&E with my hip, help',
    "honestly no idea whether it's the GP, a physio or just more rest for my back. what should I do?",
  ])('%j → Not sure what to do', (q) => {
    expect(shown(q)).toBe('Not sure what to do');
  });
  it('one route asked about is that route', () => {
    expect(shown('will a physio be able to help my lower back?')).toBe('Physiotherapy');
  });
});

describe('an area said to be well, beside a question about something else, makes the question no more ours', () => {
  it.each([
    "My back's totally fine these days! Is it ok to go swimming with an ear infection?",
    "Hip's been great for months. Any tips for a sore throat before my gig?",
  ])('%j is declined', (q) => {
    expect(engine.answer(q).kind).toBe('none');
  });
  it.each([
    'my back is fine but my hip aches when I walk, what helps?',
    'my back was fine until I lifted a box, now it hurts, what should I do?',
  ])('%j is still answered', (q) => {
    expect(engine.answer(q).kind).toBe('answer');
  });
});

describe('"side" as a place, with no side of the body told', () => {
  it('"round the side of my hip and across the back" is not the section on one side or both', () => {
    expect(shown('my hip hurts round the side and my back aches across the middle, what causes that?')).not.toBe('Pain on one side or both sides');
  });
  it('a side told without the word "side" still names it', () => {
    expect(shown('my lower back only ever hurts on the right, the side I carry my bag, does that mean something?')).toBe('Pain on one side or both sides');
  });
});

describe('an irregular past tense is a word, not a typo of ours', () => {
  it('"rode" is no "code" (declined as computing)', () => {
    expect(engine.answer('I rode to the shops on my bike and now my lower back aches, why would that be?').kind).toBe('answer');
  });
});
