// What someone means by a word, and what a conversation is "talking about" (session 25: the fresh answer
// batch "asking for the short version"; none of these is a sentence of the batch).
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const heading = (q: string) => headingOf(engine.answer(q));

describe('"what does my doctor mean by X" asks what X is', () => {
  it.each([
    ['what does my GP mean by sciatica?', 'Sciatica'],
    ['what do physios mean when they say muscle imbalance?', 'Tight muscles and muscle imbalance'],
    ['what did the doctor mean by a slipped disc?', 'Herniated or slipped disc'],
  ])('%j', (q, want) => expect(heading(q)).toBe(want));
  it('"what do you mean by that?" names nothing', () => {
    expect(heading('what do you mean by that?')).toBe('(none)');
  });
});

describe('"talking about" is what is discussed, not talking to an employer', () => {
  it('"which part of the back are we talking about?" is not about going back to work', () => {
    expect(heading('lumbar pain: which part of the back are we talking about?')).not.toBe('Going back to work');
  });
  it('talking to the boss about going back still is', () => {
    expect(heading('should I talk to my boss about my back before going back to work?')).toBe('Going back to work');
  });
});
