// What the articles do not cover (body parts, named medicines, supplements) is declined, unless the
// question is also about the hip, back or leg, or about medicines the articles do cover.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/clinical/answer/normalise.ts';
import { outOfScope } from '../../../src/clinical/answer/scope.ts';
import { contentEngine, lexicon, lines } from './helpers.ts';

const real = contentEngine();

describe('scope on the clinic content', () => {
  it.each(lines('in-scope.txt'))('answers a question that is also about our areas: %s', (q) => {
    expect(real.answer(q).kind).toBe('answer');
  });

  it.each(['can I take gabapentin for sciatica', 'does amitriptyline help nerve pain in my leg'])(
    'declines a named medicine even with a leg or nerve word: %s',
    (q) => {
      expect(real.answer(q).kind).not.toBe('answer');
    },
  );
});

describe('drug names by their endings', () => {
  const out = (q: string, known: string[] = []) => outOfScope(normalise(q), lexicon, (w) => known.includes(w));

  it.each(['is ciprofloxacin ok for my hip', 'does atorvastatin cause back pain', 'my back hurts since I started ramipril'])(
    'takes an unknown word with a drug ending for a medicine: %s',
    (q) => {
      expect(out(q)).toBe(true);
    },
  );

  it('never takes a word of the content for a drug, whatever its ending', () => {
    expect(out('does atorvastatin cause back pain', ['atorvastatin'])).toBe(false);
  });

  it('ignores short words that merely end like a drug', () => {
    expect(out('my back has hurt since april')).toBe(false);
  });
});
