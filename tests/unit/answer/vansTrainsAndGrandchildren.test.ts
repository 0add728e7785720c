// Classes found by session 49's blind batches written by grandparents minding grandchildren, rail commuters and train
// staff, and parcel couriers, measured once before they were read; none of these sentences is one of their questions:
// a subject named two sentences before the "it" that asks about it, "hands on" said alone, one area "setting off"
// another, "never … in my life", "down to" as a cause, "rock hard" seats, a question about our area before a story of
// a medicine tried, and an area said to be better before another thing is asked about.
import { describe, expect, it } from 'vitest';
import { answeredAs, contentEngine } from './helpers.ts';

const engine = contentEngine();

describe('a subject named before the sentence that points back to it, asked to be of a kind', () => {
  it.each([
    ["The consultant wants to rule out something called Paget's disease. I've never heard of it. What is it and is it a type of arthritis?", "Paget's disease and avascular necrosis"],
    ['Hospital letter says they are checking for bursitis. Never heard of it. What is it, is it a kind of arthritis?', 'Bursitis of the hip'],
  ])('the kind is what it is measured against: %j → %s', (q, heading) => {
    expect(answeredAs(engine.answer(q))).toBe(heading);
  });
  it('with nothing else named, the kind is the subject', () => {
    expect(answeredAs(engine.answer('my hip aches deep in the groin, is it a kind of arthritis?'))).toBe('Arthritis and osteoarthritis');
  });
});

describe('"hands on" said alone is hands-on treatment, not the hands', () => {
  it.each(['First time seeing a physio next week, will it all be exercises or do they do hands on too?', 'Is a physio session just a sheet of exercises, or hands on as well?'])(
    '%j → Physiotherapy',
    (q) => {
      expect(answeredAs(engine.answer(q))).toBe('Physiotherapy');
    },
  );
  it('hands with something after them are still the hands: not ours', () => {
    expect(answeredAs(engine.answer('my hands on both sides go numb when I type, what helps?'))).toBe('none');
  });
});

describe('one area setting another off', () => {
  it.each([
    ['My knackered hip has me walking lopsided and now the lower back aches. Could the hip be setting my back off?', 'How hip problems can cause back pain'],
    ['Slipped a disc last winter and this spring the hip has started. Can a bad back set a hip off like that?', 'How back problems can cause hip pain'],
  ])('%j → %s', (q, heading) => {
    expect(answeredAs(engine.answer(q))).toBe(heading);
  });
  it('"what sets off hip and back pain" names no area brought on by another', () => {
    expect(answeredAs(engine.answer('Mine came out of the blue. What usually sets off hip and lower back pain in the first place?'))).toBe('What causes hip and back pain');
  });
});

describe('words that say when, or why, and name no section', () => {
  it('"never … in my life" is a time, not daily life', () => {
    const q = 'Twenty years on the tills and never had a bad back in my life. Now my lower back and hip ache most days. What usually causes that?';
    expect(answeredAs(engine.answer(q))).toBe('What causes hip and back pain');
  });
  it('"down to" after "be" is a cause asked', () => {
    expect(answeredAs(engine.answer('Is hip pain ever down to an infection? What would I notice?'))).toBe('Fever, chills or a swollen hip');
  });
  it('"rock hard" seats are firm, not hard to tell', () => {
    const q = 'The seats on my commute are rock hard. Could the way I sit be what is giving me back ache?';
    expect(answeredAs(engine.answer(q))).not.toBe('Hip or back, why it is hard to tell');
  });
});

describe('a question about our area, then the medicine already tried', () => {
  it('the treatments are asked, not the painkiller', () => {
    const q = 'What treatments are there for hip and lower back pain? Only ever taken co-codamol.';
    expect(answeredAs(engine.answer(q))).toBe('Treatment options for hip and back pain');
  });
  it('a medicine asked about is still the medicine', () => {
    expect(answeredAs(engine.answer('My back hurts. Is naproxen ok for it?'))).toBe('Painkillers and anti-inflammatories');
  });
});

describe('an area said to be better, then another thing had', () => {
  it('"better, but I have got a new pain in my hip" takes the hip back', () => {
    expect(answeredAs(engine.answer('My back is a lot better but I have got a new pain in my hip, what is causing it?'))).not.toBe('none');
  });
  it('"better than" compares, it says nothing is well', () => {
    expect(answeredAs(engine.answer('Why is my hip better than my back in the mornings?'))).not.toBe('none');
  });
});
