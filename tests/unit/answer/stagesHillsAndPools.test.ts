// Classes found by session 45's blind batches written by musicians, by hillwalkers and climbers, and by swimmers,
// rowers and paddlers, measured once before they were read; none of these sentences is one of their questions: where
// a painkiller is bought is no other medicine, the meaning of a word asked as what someone is "telling me", an
// appointment to be booked again, areas said to be well together, and "as soon as" as a conjunction of time.
import { describe, expect, it } from 'vitest';
import { answeredAs, clinicTopicOf, contentEngine } from './helpers.ts';

const engine = contentEngine();

describe('a painkiller asked about with where it is bought, or what the day holds', () => {
  it.each([
    'can I get ibuprofen from the supermarket or is paracetamol better for this?',
    'ibuprofen or paracetamol for my back - which is better? not fasting at the moment so can take them with food',
  ])('%j → Painkillers and anti-inflammatories', (q) => {
    expect(answeredAs(engine.answer(q))).toBe('Painkillers and anti-inflammatories');
  });
  it.each(['is ibuprofen or paracetamol better for this with my warfarin', 'can I give the dog paracetamol for this'])(
    'beside another medicine or for an animal still goes to the pharmacist: %j',
    (q) => {
      expect(engine.answer(q)).toEqual({ kind: 'none', reason: 'medicine' });
    },
  );
});

describe('the meaning of a word asked as what the speaker is telling me', () => {
  it.each([
    "When my GP says 'mechanical back pain', what is she actually telling me?",
    "when the physio says 'non-specific back pain' what is he getting at?",
  ])('%j → What lower back pain means', (q) => {
    expect(answeredAs(engine.answer(q))).toBe('What lower back pain means');
  });
});

describe('an appointment to be booked again', () => {
  it.each(['I missed my appointment yesterday, how do I rebook?', 'Stuck at work on Friday so I will miss my slot - how do I rebook?'])('%j → booking', (q) => {
    expect(clinicTopicOf(engine.answer(q))).toBe('booking');
  });
});

describe('areas said to be well together make no question ours', () => {
  it.each([
    'my hips and back are fine now, any stretches for a stiff neck?',
    'hip and back were all good after the season, what should I do about a sore shoulder from paddling?',
  ])('%j is declined', (q) => {
    expect(engine.answer(q).kind).toBe('none');
  });
  it('an area asked about still is ours', () => {
    expect(engine.answer('are my hips and back ok to swim on?').kind).toBe('answer');
  });
});

describe('"as soon as" before a clause says when, not how soon it gets better', () => {
  it.each([
    'My hip pinches at the front at the top of the stroke and stops as soon as I sit back. What could that be?',
    'Dull ache in my lower back when I stand at the bar, stops as soon as I sit down. Why does that happen?',
    "a click in my hip on the stairs that stops as soon as I get to the top, what's it likely to be?",
  ])('%j', (q) => {
    expect(answeredAs(engine.answer(q))).not.toBe('How soon back pain gets better');
  });
  it('"how soon" is still asked', () => {
    expect(answeredAs(engine.answer('how soon will my back get better?'))).toBe('How soon back pain gets better');
  });
});
