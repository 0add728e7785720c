// Questions told after what was already tried (the fresh batch "what I've already tried", issue 10,
// session 18): a hip replacement is an operation, and "it" that stands for the pain is no medicine.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => headingOf(engine.answer(q));

describe('a hip replacement names Surgery', () => {
  it.each([
    "I'd like to walk the grandkids to school again. My hip arthritis is getting worse, at what point would a hip replacement come into it?",
    'The consultant says a new hip may be needed one day. How do they decide when?',
  ])('"%s" → Surgery', (q) => {
    expect(shown(q)).toBe('Surgery');
  });
});

describe('a medicine told as tried before a question of its own', () => {
  it('"…see if it goes?" points back to the pain, not to the paracetamol: the question is answered', () => {
    expect(
      shown(
        'I keep putting off going to the doctor and just managing with heat and paracetamol. Is there any real advantage to getting a diagnosis early rather than waiting to see if it goes?',
      ),
    ).toBe('Why early diagnosis helps');
  });
  it('"…is it safe?" is about the medicine: declined, with the medicine named', () => {
    expect(engine.answer("I've been taking co-codamol every day for my back. Is it safe to keep going?")).toMatchObject({ kind: 'none' });
  });
});
