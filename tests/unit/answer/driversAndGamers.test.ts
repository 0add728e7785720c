// Classes found by session 36's blind batches of drivers and of gamers, measured once before they were read;
// none of these sentences is one of their questions: "is that a problem?" asks whether to be seen; the
// clinic's booking named first ("Thursday's appointment needs moving"), a condition on a booking ("…if a
// tournament runs late"), a vehicle parked, and what "that" covers after a health subject.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const topicOf = (q: string) => {
  const r = engine.answer(q);
  return r.kind === 'clinic' ? r.topic : r.kind;
};

describe('"is that a problem?" asks whether to be seen', () => {
  it.each([
    "My lower back has ached for seven weeks on the delivery round and it's not easing, is that a problem?",
    'my back has been sore for eight weeks now, is it a problem?',
  ])('%j', (q) => expect(headingOf(engine.answer(q))).toBe('Pain that lasts more than a few weeks'));
});

describe("the clinic's booking, however it is put", () => {
  it.each([
    "Friday's appointment needs rearranging, I've been put on a late shift",
    'can my appointment be moved to the morning?',
    'How do I book, and can I reschedule if my raid runs over?',
  ])('%j is about booking', (q) => expect(topicOf(q)).toBe('booking'));
  it('a service of another kind under a condition is still not ours', () => {
    expect(topicOf('Can you book me in for a pedicure if I come after work?')).not.toBe('booking');
  });
  it('a condition on what is paid is what is asked', () => {
    expect(topicOf('How much would I have to pay if the ambulance takes me?')).not.toBe('cost');
  });
});

describe('"back" given or got back', () => {
  it('names no health subject ("how do I claim it back")', () => {
    expect(topicOf("Would my company's health cover pay for the appointments, and how would I claim it back?")).toBe('insurance');
  });
});

describe('a vehicle parked', () => {
  it.each(['is there room to park a Sprinter outside?', 'Can I park my Berlingo near the entrance?'])('%j asks where the clinic is', (q) => expect(topicOf(q)).toBe('address'));
});

describe('what "that" covers after a health subject', () => {
  it('is its meaning, not insurance', () => {
    expect(topicOf('Sciatica, what does that cover exactly? Only the leg, or the back too?')).not.toBe('insurance');
  });
  it('what my policy or my insurer covers is still insurance', () => {
    expect(topicOf('What does my policy cover?')).toBe('insurance');
    expect(topicOf("I'm with AXA, what does that cover?")).toBe('insurance');
  });
});

describe('two kinds asked at once, on general words', () => {
  // Found while reading the gamers' "where's the line between toughing it out and seeing a doctor?": no
  // section is of both kinds, so each was left out and the question declined.
  it.each(['Do I need to see a GP, or will my back sort itself out on its own?', 'should I see a doctor or will my hip get better by itself'])('%j is answered by a section of one of them', (q) => {
    expect(['When to see a doctor', 'How soon back pain gets better']).toContain(headingOf(engine.answer(q)));
  });
});

describe('words newer than WordNet, and a verb of lying down', () => {
  it.each([
    ['could all the vaping I do be making my bad back worse?', 'Weight, diet and smoking'],
    ['My mate says I should lie down for a week until my back settles, is that right?', 'Rest and bed rest'],
  ])('%j', (q, want) => expect(headingOf(engine.answer(q))).toBe(want));
});

describe('a wage is not the price of a session', () => {
  // Session 36's retail batch: "am i entitled to sick pay if im signed off" was answered with the prices.
  it.each(['Do I still get holiday pay while I am off with my back?', 'Will I get statutory sick pay if the physio signs me off?'])('%j', (q) => {
    expect(topicOf(q)).not.toBe('cost');
  });
  it('the price is still asked', () => expect(topicOf('How much do I pay for a first session?')).toBe('cost'));
});
