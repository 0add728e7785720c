// Classes found by session 33's blind batches (self-corrections, and reassurance sought: "is it normal
// that…"), measured once before they were read; none of these sentences is one of their questions: a
// question started, taken back and asked again ("…no, the other way round: …") is the question asked again
// when it stands alone; a question that only names both ways round keeps its whole; a muscle named by its
// anatomy (WordNet's kinds of muscle that are part of a place of ours: the quadriceps, of the
// thigh) is that place's muscle.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();

describe('a question asked again after taking it back', () => {
  it.each([
    ['does a bad back give you hip pain? no wait, the other way round - can a worn hip be what makes my back ache?', 'How hip problems can cause back pain'],
    ['can hip trouble make the back hurt, or vice versa: can a bad back be why my hip aches?', 'How back problems can cause hip pain'],
    ['is ice good for a strain - scratch that, what is a bursa and why does it get inflamed?', 'Bursitis of the hip'],
  ])('%j', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });
  it('a question that only names both ways round keeps its whole', () => {
    const r = engine.answer('does my bad back cause my hip pain or is it the other way round?');
    expect(r.kind).toBe('answer');
    expect(headingOf(r)).toMatch(/cause (hip|back) pain/);
  });
  it('what follows the taking back that does not stand alone is read with the rest', () => {
    expect(engine.answer('how long does sciatica last - scratch that, ugh').kind).toBe('answer');
  });
});

describe('a muscle named by its anatomy', () => {
  it.each([
    'are tight quadriceps a reason my back and hips ache?',
    'could weak gluteus muscles be throwing my lower back out of balance?',
  ])('%j is about tight muscles', (q) => {
    expect(headingOf(engine.answer(q))).toBe('Tight muscles and muscle imbalance');
  });
});
