// "Can't" in idioms that tell no failing body (session 26: "Can't I just speak to a real person?" in the fresh
// answer batch "negative questions" was a 999 stroke; the rest were probed after it). What fails in them is
// patience, access or a plan; the same verbs telling a failing body still act.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('idioms of "can\'t" that tell no sign', () => {
  it.each([
    'Can I not just speak to an actual person rather than this chatbot?',
    "I can't get through to speak to anyone at the surgery",
    "I can't get a word in with my GP",
    "I can't stand my neighbour's music",
    "I couldn't stand the waiting any longer",
    "I can't breathe a word of this to my wife",
    "I can't hold my breath for long underwater",
  ])('"%s"', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
});

describe('an activity given up that may be walking lost', () => {
  it('"I can\'t walk the dog this week" is asked about, not acted on', () => {
    expect(hitIds("I can't walk the dog this week because of my back")).toEqual([]);
    expect(askedFlags("I can't walk the dog this week because of my back")).toContain('cant-move-leg');
  });
});

describe('the same verbs telling a failing body', () => {
  it.each([
    ["he can't speak properly since lunch, his words are slurred", 'stroke'],
    ["my husband can't talk to me properly, his words come out jumbled", 'stroke'],
    ["I can't stand up since this morning, my legs won't hold me", 'cant-move-leg'],
    ['she fell in the bath and when we try to stand her up her leg will not take any weight', 'hip-fracture'],
    ["I can't breathe properly and my lips are going blue", 'breathing'],
  ])('"%s" is %s', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
});
