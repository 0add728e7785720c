// Classes found by session 47's blind batches written by airline crews, team-sport players and cleaners, measured once
// before they were read; none of these sentences is one of their questions: a spread down the leg denied, a claim
// checked after a story, a request after a story clause, paying and claiming back, causes and treatments asked with
// their object between ("set this off", "sorts it out"), the time until one is seen, and a comparative the speller
// knows.
import { describe, expect, it } from 'vitest';
import { answeredAs, clinicTopicOf, contentEngine } from './helpers.ts';
import { claimAfterStoryReader } from '../../../src/clinical/answer/hearsay.ts';
import { loadLexicon } from '../../../src/clinical/answer/lexicon.ts';

const engine = contentEngine();

describe('a spread down the leg said not to happen names no spread', () => {
  it.each([
    'Jarred my back moving a wardrobe, stiff bending, nothing going down my legs. Is it just a strain?',
    'twinged my lower back lifting the mower into the van, no pain down either leg, just sore to bend. pulled muscle?',
  ])('%j → Muscle strains and sprains', (q) => {
    expect(answeredAs(engine.answer(q))).toBe('Muscle strains and sprains');
  });
  it('a spread told is still read', () => {
    expect(answeredAs(engine.answer('why does my back pain go down my leg?'))).toBe('Pain that spreads down the leg');
  });
});

describe('a claim checked after a story is what is asked', () => {
  it('the muscle said to press on the nerve, after the symptoms', () => {
    const q = 'After a long day of driving my buttock throbs and there is numbness down the back of my leg. Read about a muscle deep in your bum pinching the nerve, is that true?';
    expect(answeredAs(engine.answer(q))).toBe('Piriformis syndrome');
  });
});

describe('the clinic asked for after a story clause', () => {
  it('moving an appointment, after what changed', () => {
    expect(clinicTopicOf(engine.answer('The school has changed my timetable - need to move my appointment next week. How do I do that?'))).toBe('booking');
  });
  it.each(['I\'m on the ward twelve hours a day. Can I pay and claim it back through my Simplyhealth plan?', 'The bank gives staff Bupa cover. Do I just pay you on the day and claim back after?'])(
    'paying and claiming back is the insurance: %j',
    (q) => {
      expect(clinicTopicOf(engine.answer(q))).toBe('insurance');
    },
  );
  it('how much is paid, and whether cover pays, is still the cost', () => {
    expect(clinicTopicOf(engine.answer('how much do I pay per session and can my insurance cover it?'))).toBe('cost');
  });
});

describe('what is asked, told with its object between', () => {
  it('a cause: "set this kind of thing off"', () => {
    expect(answeredAs(engine.answer('My lower back and hip both ache after every late shift. What tends to set this kind of thing off?'))).toBe('What causes hip and back pain');
  });
  it('a treatment: "what sorts it out"', () => {
    expect(answeredAs(engine.answer('my sciatica has been down my right leg for a fortnight. What actually sorts it out?'))).toBe('Treating sciatica');
  });
});

describe('the time until one is seen', () => {
  it('"between now and then"', () => {
    expect(answeredAs(engine.answer("I'm booked in for next month. What can I do for my back between now and then?"))).toBe('What helps while you wait to be seen');
  });
});

describe('a comparative of a known word is never corrected', () => {
  it('"tighter" stays tighter (it was read as "lighter")', () => {
    expect(answeredAs(engine.answer('my right hip feels tighter than the left one, why would that be?'))).toBe('Tight muscles and muscle imbalance');
  });
});

describe('the claim checked after a story, read apart (claimAfterStoryReader)', () => {
  const claimAfterStory = claimAfterStoryReader(loadLexicon('content/lexicon.yaml').hearsay!);
  it.each([
    ['My hip clicks on the stairs. My yoga teacher says a tendon is flicking over the bone. Is that really true?', 'a tendon is flicking over the bone.'],
    ['Back stiff every morning for months. read about a disease that fuses the spine, is that a thing?', 'a disease that fuses the spine'],
  ])('%j → %j', (q, claim) => {
    expect(claimAfterStory(q)).toBe(claim);
  });
  it.each([
    'My yoga teacher says a tendon is flicking over the bone. Is that true?',
    'My hip clicks on the stairs. My yoga teacher says a tendon is flicking over the bone.',
    'My hip clicks on the stairs. Is that normal?',
  ])('no claim checked after a story: %j', (q) => {
    expect(claimAfterStory(q)).toBeUndefined();
  });
});
