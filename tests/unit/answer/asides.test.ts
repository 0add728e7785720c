// Found by session 30's blind batch of questions with asides in brackets, measured once before it was
// read; none of these sentences is one of its questions: an aside in brackets that names nothing we cover
// is no part of the question, and one that does stays.
import { describe, expect, it } from 'vitest';
import { asideReader } from '../../../src/clinical/answer/asideFrame.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();

describe('an aside in brackets', () => {
  const read = asideReader((part) => /\b(?:hip|back)\b/i.test(part));
  it('is taken off when it names nothing of ours, brackets round or square', () => {
    expect(read('What helps sciatica (asking for my book club, they are all nosy) at night?')).toBe('What helps sciatica at night?');
    expect(read('How long does a strain take [typing this on the bus] to settle?')).toBe('How long does a strain take to settle?');
  });
  it('stays when it names what we cover, or when nothing else would be left', () => {
    expect(read('Which stretch is best (for the left hip, not the right)?')).toBe('Which stretch is best (for the left hip, not the right)?');
    expect(read('(just curious)')).toBe('(just curious)');
  });
  it.each([
    ["My hip and lower back ache (the dog walks me, not the other way round, and my husband thinks I'm mad) - what usually sets that off?", 'What causes hip and back pain'],
    ['Anything simple to loosen up a stiff back at home (not pilates, I tried a class and laughed the whole way through)?', 'Stretching'],
  ])('%j → %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });
});
