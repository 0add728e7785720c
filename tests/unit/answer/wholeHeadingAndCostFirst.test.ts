// Classes found by session 30's blind answer batches (superlatives, daily routines, questions asked for a
// group), measured once before these were read; none of these sentences is one of theirs: a heading of
// general words named whole answers a question of its kind however the asker is put ("when you have");
// a word told as someone's verdict ("what does it mean when my GP says I have…") asks what the word means;
// of the price and the insurance asked together, the one asked first leads; and "down" the stairs takes
// no pain down the leg.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();

describe('a heading of general words named whole answers its kind of question', () => {
  it.each([
    'So what does it mean when you have lower back pain?',
    'What does it mean when your doctor says you have lower back pain?',
    "what does it actually mean when someone tells you they've got lower back pain",
  ])('%j → What lower back pain means', (q) => {
    expect(headingOf(engine.answer(q))).toBe('What lower back pain means');
  });
  it('general words alone, of no heading named whole, are still not enough', () => {
    expect(engine.answer('what does it mean when you have pain?').kind).toBe('none');
  });
});

describe('a word told as someone\'s verdict asks what the word means', () => {
  it.each([
    ['What does it mean when the GP says I have sciatica?', 'Sciatica'],
    ["what does it mean when the physio said it's SI joint dysfunction", 'Sacroiliac joint dysfunction'],
  ])('%j → %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });
  it('advice told ("…when my GP says I need to lose weight") is read as it is', () => {
    expect(headingOf(engine.answer('What does it mean when my GP says I need to lose weight?'))).toBe('Weight, diet and smoking');
  });
  it('a sign told after "when" is still the sign asked about', () => {
    expect(headingOf(engine.answer('what does it mean when my leg goes numb and tingly?'))).toBe('Numbness, tingling or weak legs');
  });
});

describe('the price and the insurance asked together: the one asked first leads', () => {
  it.each([
    ['What do you charge for a first appointment, and will my private health insurance pay for it?', 'cost', 'insurance'],
    ['Does my private health insurance cover sessions with you, and what is the price otherwise?', 'insurance', 'cost'],
  ])('%j → %s, then %s', (q, topic, also) => {
    expect(engine.answer(q)).toMatchObject({ kind: 'clinic', topic, also });
  });
  it('a person asked for, or a booking, still leads', () => {
    expect(engine.answer('Can I speak to a real person about how much it costs and whether my insurance covers it?')).toMatchObject({ kind: 'clinic', topic: 'human' });
    expect(engine.answer('I want to book an appointment, how much is it and does my insurance cover it?')).toMatchObject({ kind: 'clinic', topic: 'booking' });
  });
});

describe('down the stairs is no pain going down the leg', () => {
  it.each(['Coming down the ladder my knee aches, why would that be?', 'Whenever I run down hills my ankle hurts, what causes it?', 'walking down steps my knee clicks - why?'])(
    '%j is about the knee or the ankle alone: declined',
    (q) => {
      expect(engine.answer(q).kind).toBe('none');
    },
  );
  it.each(['the ache runs down the back of my thigh to my knee, what is it?', 'the pain shoots down past my knee, what could that be?'])('%j takes pain down the leg: ours', (q) => {
    expect(headingOf(engine.answer(q))).toBe('Pain that spreads down the leg');
  });
});

describe('999 is the emergency', () => {
  it('"a 999 thing" asks about emergencies', () => {
    expect(headingOf(engine.answer('Is this a 999 thing? My back is really sore.'))).toBe('Warning signs that need emergency care');
  });
  it('other numbers are what they count', () => {
    expect(headingOf(engine.answer('I am 112 kilos and my hip hurts when I walk, what helps?'))).toBe('Weight, diet and smoking');
  });
});
