// Classes found by session 46's blind batches written by fighters, racket players and winter-sports people, measured
// once before they were read; none of these sentences is one of their questions: lifting told in everyday verbs
// ("hauling", "lugging", "hoisting"), one side of the body weighed against the other, the dimples low on the back, and
// asking for a person about the back.
import { describe, expect, it } from 'vitest';
import { answeredAs, clinicTopicOf, contentEngine } from './helpers.ts';
import { lifeVerbsOf } from '../../../src/clinical/answer/lifeFrame.ts';
import { liftedAsLifting } from '../../../src/clinical/answer/liftFrame.ts';
import { loadWordNetCache } from '../../../src/clinical/answer/wordnet.ts';

const engine = contentEngine();

describe('lifting told in everyday verbs of lifting and carrying (WordNet)', () => {
  const verbs = lifeVerbsOf(loadWordNetCache().liftVerbs);
  const read = (text: string) => liftedAsLifting(text.split(' '), verbs).join(' ');
  it.each([
    ['hauling the wheelie bins up the drive', 'lifting the wheelie bins up the drive'],
    ['lugging my kit bag', 'lifting my kit bag'],
    ['hoisted the canoe onto the roof', 'lifting the canoe onto the roof'],
    ['pick up the shopping', 'lifting the shopping'],
    ['pick the baby up', 'lifting the baby up'],
  ])('%j reads as %j', (text, want) => {
    expect(read(text)).toBe(want);
  });
  it.each(['carry on running', 'it picked up again', 'carrying a few extra weight does it matter', 'the extra weight i am carrying', 'no lift in our block'])(
    '%j stays as it is',
    (text) => {
      expect(read(text)).toBe(text);
    },
  );
  it.each([
    'Could hauling the wheelie bins up the drive every week, bent over, be giving me back ache?',
    'Is the way I am lugging my toolbox about what is wrecking my back?',
    "Is it the way I'm hauling the shopping in from the car that gives me back ache?",
  ])('%j → Poor posture and lifting badly', (q) => {
    expect(answeredAs(engine.answer(q))).toBe('Poor posture and lifting badly');
  });
});

describe('one side weighed against the other is how the muscles differ, not where the pain is', () => {
  it.each([
    'Years of one-sided throwing have left my right side much stronger than my left, my coach says. Can that cause hip pain?',
    'Do tight hamstrings on one side, weaker than the other side, cause back pain?',
  ])('%j → Tight muscles and muscle imbalance', (q) => {
    expect(answeredAs(engine.answer(q))).toBe('Tight muscles and muscle imbalance');
  });
  it('pain on one side only is still the section on sides', () => {
    expect(answeredAs(engine.answer('Why would my back only ever hurt on the left side and never on the right?'))).toBe('Pain on one side or both sides');
  });
});

describe('the dimples low on the back are the sacroiliac joints', () => {
  it.each([
    'I get a stabbing pain in one of the dimples just above my bum when I climb stairs. What is going on there?',
  ])('%j → Sacroiliac joint dysfunction', (q) => {
    expect(answeredAs(engine.answer(q))).toBe('Sacroiliac joint dysfunction');
  });
});

describe('asking for a person about the back', () => {
  it.each(['can I talk to someone about my back please', 'Would rather explain my hip problem to a person than a bot'])('%j → a person', (q) => {
    expect(clinicTopicOf(engine.answer(q))).toBe('human');
  });
});
