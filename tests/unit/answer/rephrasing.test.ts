// A second try after not being understood (session 25: the fresh answer batch "trying again"; none of these is
// a sentence of the batch): the frame that opens it says how the question is put, not what it asks.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';
import { rephraseReader } from '../../../src/clinical/answer/rephraseFrame.ts';
import { lexicon } from './helpers.ts';

const engine = contentEngine();
const heading = (q: string) => headingOf(engine.answer(q));
const read = rephraseReader(lexicon.rephrasing ?? []);

describe('the frame is taken off', () => {
  it.each([
    ['Let me try again: is heat or ice better for a sore lower back?', 'is heat or ice better for a sore lower back?'],
    ["Hmm, that's not what I asked. Should I stay in bed with back pain?", 'Should I stay in bed with back pain?'],
    ['Sorry, badly worded. To be clearer: does swimming help a bad back?', 'does swimming help a bad back?'],
    ['What I really want to know is whether a slipped disc heals on its own', 'whether a slipped disc heals on its own'],
  ])('%j', (q, rest) => expect(read(q)).toBe(rest));
  it('"I mean" inside a statement is left alone', () => {
    expect(read('I mean my back hurts when I sit')).toBe('I mean my back hurts when I sit');
  });
});

describe('the question is answered as if asked plainly', () => {
  it.each([
    'Let me put it differently - what usually causes hip and lower back pain?',
    'ok simpler question: what causes hip and back pain?',
  ])('%j', (q) => expect(heading(q)).toBe('What causes hip and back pain'));
  it('a clinic question after a complaint', () => {
    expect(heading("ugh, this isn't working. can I talk to a real person please")).toBe('clinic:human');
  });
});
