// Questions typed in a hurry on a phone (issue 10, fresh batch 6): words run together. Each answer
// below was declined or wrong before the speller read these.
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
