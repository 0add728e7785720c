// A sign told as an inability in other grammatical forms (session 26, found while reading a question of the
// "don'ts" batch: "not being able to control my bladder" read nothing at all). The gerund, "unable",
// "inability", "no longer able", "lack of", "losing" and the past all tell the sign.
import { describe, expect, it } from 'vitest';
import { hitIds } from './contentDetector.ts';

describe('an inability told in other forms', () => {
  it.each([
    ['not being able to control my bladder since this morning', 'bladder-dysfunction'],
    ['inability to pass urine since this morning', 'bladder-dysfunction'],
    ["wasn't able to hold my poo this morning", 'bowel-dysfunction'],
    ["I couldn't hold my wee this morning, it just came out", 'bladder-dysfunction'],
    ['no longer being able to feel when I wipe', 'saddle-numbness'],
    ['lack of feeling in my bum since yesterday', 'saddle-numbness'],
    ['losing the feeling in both legs today', 'bilateral-sciatica'],
  ])('"%s" is %s', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('a worry about what one will not be able to do is no inability now', () => {
    expect(hitIds("My daughter's wedding is in 3 weeks and I'm panicking I won't be able to walk her down the aisle")).toEqual([]);
  });
});
