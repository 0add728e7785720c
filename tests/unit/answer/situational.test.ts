// Issue 10's eighth round (fresh batch 8: active, situational questions from runners, gardeners,
// office workers, parents, tradespeople). Each case below went wrong before its fix.
import { describe, expect, it } from 'vitest';
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
