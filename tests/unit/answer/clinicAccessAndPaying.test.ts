// Found by session 30's blind batch of questions from disabled people and people with long-term aids,
// measured once before it was read; none of these sentences is one of its questions: the clinic named as
// a place ("near you", "to you") makes a question the clinic's whatever words we do not know it holds; a
// cue opening with a strong one ("pay by card" with "pay") is strong; asking for a member of staff is a
// request for a person whatever health word it holds.
import { describe, expect, it } from 'vitest';
import { contentEngine } from './helpers.ts';

const engine = contentEngine();

describe("the clinic's own questions from people with access needs", () => {
  it.each([
    ['Is there a hearing loop and level access to you from the car park?', 'address'],
    ['Can I pay by card for my hip appointment, or is it cash only?', 'cost'],
    ['Could I speak to a member of staff about my back rather than typing all this?', 'human'],
  ])('%j → %s', (q, topic) => {
    expect(engine.answer(q)).toMatchObject({ kind: 'clinic', topic });
  });
  it('a question about another place near the clinic is not the clinic\'s', () => {
    expect(engine.answer('Is there a good sushi restaurant near you?').kind).toBe('none');
  });
});
