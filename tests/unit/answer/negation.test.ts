// What a message says is not the matter, or turns down ("it's not my back this time, it's my
// shoulder", "I really don't want surgery"): the classes of misses of the fresh batch of negation and
// contrast (issue 10, session 14).
import { describe, expect, it } from 'vitest';
import { unwantedWords } from '../../../src/clinical/answer/unwanted.ts';
import { normalise } from '../../../src/clinical/answer/normalise.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => headingOf(engine.answer(q));
/** The headings of both short parts shown. */
const parts = (q: string) => {
  const r = engine.answer(q);
  return r.kind === 'answer' ? [r.section.heading, r.secondary?.heading] : [];
};

describe('a place of ours said not to be the matter does not make a question ours', () => {
  it.each([
    "It's not my back this time, it's my shoulder — it clicks and aches when I lift my arm. Any idea why?",
    "This isn't about my hip, my daughter has a migraine that won't go away. What should she take?",
  ])('"%s" is declined', (q) => {
    expect(shown(q)).toBe('(none)');
  });
  it('a place said to be not getting better is still the matter', () => {
    // The scope guard keeps it (sections are ranked), where it rejects the two above. (Session 27: with the
    // threshold at 0.33 it is then declined as not sure enough, 0.31, rather than answered.)
    expect(engine.rank('my back is not getting better and my shoulder hurts too').length).toBeGreaterThan(0);
    for (const q of ["It's not my back this time, it's my shoulder — it clicks and aches when I lift my arm. Any idea why?"]) expect(engine.rank(q)).toEqual([]);
  });
});

describe('what is turned down is not what is asked about', () => {
  it('reads the thing turned down', () => {
    expect([...unwantedWords(normalise("I really don't want surgery"))]).toEqual(['surgery']);
    expect([...unwantedWords(normalise("I'd rather not have injections"))]).toEqual(['injections']);
    expect([...unwantedWords(normalise('do I need surgery'))]).toEqual([]);
  });
  it('"I really don\'t want surgery. What other treatments are there?" is not answered with Surgery', () => {
    expect(shown("I really don't want surgery. What other treatments are there for my back?")).not.toBe('Surgery');
    // (Session 27: shown as the second part, after Herniated or slipped disc, since the patients' questions.)
    expect(parts('do I need surgery for a slipped disc')).toContain('Surgery');
  });
  it('not wanting to book yet is no booking question', () => {
    expect(shown("No I don't want to book anything yet, just tell me what a session costs")).toBe('clinic:cost');
    expect(shown('can I book?')).toBe('clinic:booking');
  });
});
