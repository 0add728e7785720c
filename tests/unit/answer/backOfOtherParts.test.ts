// "Back" that is not the lower back (session 25: the fresh answer batch "living with another condition"; none of
// these is a sentence of the batch): the back of another part, or reaching behind oneself.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const heading = (q: string) => headingOf(engine.answer(q));

describe('the back of another part is that part', () => {
  it.each([
    'I get a sharp pain at the back of my knee when I kneel, what helps?',
    'the back of my neck is stiff every morning, any stretches?',
    'I cannot reach behind my back since my shoulder op, which exercises help the shoulder?',
  ])('%j is declined', (q) => expect(heading(q)).toBe('(none)'));
  it('the back of the thigh is still a leg of ours, and the lower back still ours', () => {
    expect(heading('pain down the back of my thigh from my lower back, what is it?')).not.toBe('(none)');
    expect(heading('my lower back aches and so does the back of my neck, what helps my back?')).not.toBe('(none)');
  });
});
