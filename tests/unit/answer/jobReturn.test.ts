// A place or kind of work returned to is the job (src/clinical/answer/jobReturn.ts), read with WordNet's words of
// work from the cache: only after "back to / on / into / in", never a verb right after "to".
import { describe, expect, it } from 'vitest';
import { jobReturnedTo } from '../../../src/clinical/answer/jobReturn.ts';
import { loadWordNetCache } from '../../../src/clinical/answer/wordnet.ts';

const jobWords = loadWordNetCache().jobWords;
const read = (text: string) => jobReturnedTo(text.split(' '), jobWords).join(' ');

describe('a return to work named by its place or its shifts', () => {
  it.each([
    ['when can i go back into the office', 'when can i go back into the work'],
    ['is it ok to go back on my early shifts', 'is it ok to go back on my early work'],
    ['when can i go back to teaching', 'when can i go back to work'],
  ])('%j reads the place as work', (text, want) => expect(read(text)).toBe(want));
  it.each(['i hurt my office chair', 'when can i get back to sport', 'back to watch the match', 'the office is too cold for my back'])(
    '%j is left as it is',
    (text) => expect(read(text)).toBe(text),
  );
  it('takes its words from WordNet, not a list of the misses: a job in a later sense, never a pastime', () => {
    expect([...['office', 'shift', 'studio', 'duty', 'teaching']].every((w) => jobWords.has(w))).toBe(true);
    expect(['sport', 'treadmill'].some((w) => jobWords.has(w))).toBe(false);
  });
});
