// Children and young teenagers writing for themselves (the fresh red-flag batch "under-16s", session
// 23): a limp in their words, told with no age, is asked about; a fit in the lunch hall is a fit.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a limp in a young writer\'s words', () => {
  it.each(['my friends keep asking why im walking weird', 'i have to go really slow and sort of hop', 'everyone says im walking differently since the holidays'])('"%s" is a limp', (text) => {
    expect(hitIds(text)).toContain('teen-limp');
  });
  it('told with school words in another sentence and no age, the limp is asked about (is it a child or teenager?)', () => {
    expect(askedFlags('my knee hurts every time i walk and miss said knees dont go wrong at my age. its been like 2 weeks now and i walk funny')).toContain('teen-limp');
    expect(askedFlags("its my left hip, it hurts when i walk and i'm walking weird. please dont tell my mum she will make a massive fuss")).toContain('teen-limp');
  });
  it('an adult\'s limp with no school words is not asked about as a child\'s', () => {
    expect(askedFlags("I've had a limp from my arthritic hip for years. My wife says I should get it seen to.")).not.toContain('teen-limp');
  });
});

describe('a fit', () => {
  it('"had a fit in the lunch hall" is a fit; fitting someone in is booking', () => {
    expect(hitIds('hi im 15, i just had a fit in the lunch hall. my friend said i was shaking on the floor')).toContain('seizure');
    expect(hitIds('can you fit me in on Tuesday, my back is bad')).toEqual([]);
    expect(hitIds("I'm trying to fit in more exercise for my back")).toEqual([]);
  });
});
