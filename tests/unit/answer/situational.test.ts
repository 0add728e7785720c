// Issue 10's eighth round (fresh batch 8: active, situational questions from runners, gardeners,
// office workers, parents, tradespeople). Each case below went wrong before its fix.
import { describe, expect, it } from 'vitest';
import { askingPart } from '../../../src/clinical/answer/focus.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();

describe('another part of the body with only what is found all over the body', () => {
  it.each([
    'I have a slipped disc in my neck, what helps',
    'numbness in my hand when I type all day',
    'tingling in my arm after the gym',
    'is carpal tunnel the same as a trapped nerve in the wrist',
  ])('declines "%s": a disc, a nerve or numbness elsewhere is not ours', (q) => {
    expect(engine.answer(q).kind).not.toBe('answer');
  });

  it.each([
    ['does pain below the knee mean a nerve problem', 'Pain that spreads down the leg'],
    ['pain below the knee from my back', undefined],
  ])('answers "%s": the knee is part of the leg, a place of ours', (q, heading) => {
    const r = engine.answer(q);
    expect(r.kind).toBe('answer');
    if (heading) expect(headingOf(r)).toBe(heading);
  });
});

describe('a story told first, then a question of its own in the last part', () => {
  it('finds the asking part: the last part when it asks and a part before it does not', () => {
    expect(askingPart('I drive a van for work all day and my leg tingles, is a nerve being pinched?')).toBe('is a nerve being pinched?');
    expect(askingPart('is a nerve being pinched?')).toBeUndefined();
    expect(askingPart('what causes sciatica, and how is it treated?')).toBeUndefined();
  });

  it.each([
    // The story's "work" pulled these to Going back to work, or its tingling to Numbness, tingling or weak legs.
    ["I'm a nurse lifting patients at work, can physio help my sciatica?", 'Treating sciatica'],
    ['I drive a van for work all day and my leg tingles, is a nerve being pinched?', 'Pinched nerve in the lower back'],
  ])('answers "%s" from %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });

  it('does not weigh apart an asking part that points back to the story ("could a tight muscle cause that")', () => {
    // Weighed apart, "cause" and "muscle" of the last part brought How back problems can cause hip pain in.
    const r = engine.answer('my buttock aches after long runs and it goes down the back of my thigh, could a tight muscle cause that?');
    expect(r.kind).toBe('answer');
    expect(r.kind === 'answer' && [r.section.heading, r.secondary?.heading]).not.toContain('How back problems can cause hip pain');
  });
});

describe('foods and substances the articles never name', () => {
  it('declines "how much creatine should I take for the gym": sports nutrition, no place of ours', () => {
    expect(engine.answer('how much creatine should I take for the gym').kind).not.toBe('answer');
  });

  it('still answers one that names a place of ours: "does coffee make my back pain worse"', () => {
    expect(engine.answer('does coffee make my back pain worse').kind).toBe('answer');
  });
});
