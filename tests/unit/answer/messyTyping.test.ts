// Questions typed in a hurry on a phone (issue 10, fresh batch 6): words run together, words spelt as
// they sound. Each answer below was declined or wrong before the speller read these.
import { describe, expect, it } from 'vitest';
import { Speller } from '../../../src/clinical/answer/spelling.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();

describe('two words typed as one', () => {
  it.each([
    ['where exactly is the lowerback', 'What lower back pain means'],
    ['is ibuprofin ok for backpain', 'Painkillers and anti-inflammatories'],
  ])('answers "%s" from %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });

  it('splits into two content words, one way only, never into stop words or an English word', () => {
    const frequency = new Map([['back', 3], ['pain', 5], ['any', 2], ['way', 1], ['heart', 1], ['burn', 1]]);
    const notStop = (w: string) => w !== 'any' && w !== 'way';
    expect(new Speller(frequency, new Set(), notStop).correct('backpain')).toBe('back pain');
    expect(new Speller(frequency, new Set(), notStop).correct('anyway')).toBeUndefined();
    expect(new Speller(frequency, new Set(), notStop, new Set(['heartburn'])).correct('heartburn')).toBeUndefined();
  });
});

describe('words spelt as they sound', () => {
  it.each([
    ['wat hight shud my office chair be for my back', 'Posture and ergonomics'],
    ['can tite back mussles make my hips hurt', 'Tight muscles and muscle imbalance'],
    ['wat is a strane', 'Muscle strains and sprains'],
  ])('answers "%s" from %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });

  it('declines a knee spelt "nee": it is another body part, not ours', () => {
    expect(engine.answer('my nee hurts wen i go down stairs').kind).toBe('none');
  });

  it('reads a word by its sound only when it is near in spelling too, and not an English word itself', () => {
    const speller = (dictionary: string[] = []) =>
      new Speller(new Map([['tight', 1], ['twist', 1], ['shot', 2], ['right', 2], ['what', 9], ['wait', 1]]), new Set(), () => true, new Set(dictionary));
    expect(speller().correct('tite')).toBe('tight'); // not twist: nearer by Jaro-Winkler
    expect(speller().correct('wat')).toBe('what'); // not wait: the content uses it far more
    expect(speller().correct('shud')).toBeUndefined(); // same sound key as "shot", too far apart
    expect(speller().correct('rite')).toBe('right');
    expect(speller(['rite']).correct('rite')).toBeUndefined(); // an English word is left alone
  });

  it('reads a first consonant spelt another way: "fisio" is physio, "gud" is no "cauda"', () => {
    expect(headingOf(engine.answer('fisio for my hip'))).toBe('Physiotherapy');
    const speller = new Speller(new Map([['physio', 1], ['cauda', 1]]));
    expect(speller.correct('fizio')).toBe('physio');
    expect(speller.correct('gud')).toBeUndefined(); // "ca" is a consonant and a vowel, not a "g" sound
  });

  it('settles a tie one edit away by sound: "hight" is height, not night or tight', () => {
    const speller = new Speller(new Map([['height', 1], ['night', 1], ['tight', 1]]));
    expect(speller.correct('hight')).toBe('height');
  });
});

describe('a letter typed three times or more for emphasis', () => {
  it('answers "sciaticaaaa is killing me" from Sciatica', () => {
    expect(headingOf(engine.answer('sciaticaaaa is killing me'))).toBe('Sciatica');
  });

  it('reads the letter once, or twice, whichever makes a known word', () => {
    const speller = new Speller(new Map([['pain', 3], ['sleep', 2]]));
    expect(speller.correct('painnn')).toBe('pain');
    expect(speller.correct('sleeeep')).toBe('sleep');
  });
});

describe('a typo of a word only our example questions use', () => {
  it('reads "conected" as connected, a word of the example "are hip pain and back pain connected"', () => {
    expect(headingOf(engine.answer('is hip pain conected to back pain'))).toBe('Why hip and back pain often come together');
  });
});

describe('a message typed all in capitals', () => {
  it.each([
    ['CAN I GO SWIMMING AS MY BACK HURTS', 'Gentle exercise'],
    ['IS HEAT AS GOOD AS ICE FOR BACK PAIN', 'Heat or ice'],
  ])('reads "AS" in "%s" as the word, not ankylosing spondylitis', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });

  it('still reads AS as the condition in a message with lower case, and NSAIDs in capitals', () => {
    expect(headingOf(engine.answer('what is AS'))).toBe('Ankylosing spondylitis');
    expect(headingOf(engine.answer('ARE NSAIDs OK FOR BACK PAIN'))).toBe('Painkillers and anti-inflammatories');
  });
});
