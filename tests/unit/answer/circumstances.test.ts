// Questions framed by a circumstance (session 25: the fresh answer batch "constraints and circumstances";
// none of these is a sentence of the batch): the circumstance sets the scene, the question is answered.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const heading = (q: string) => headingOf(engine.answer(q));

describe('money or time that is tight is no tight muscle', () => {
  it.each([
    ['Money is tight at the moment, so what treatments are there for back pain?', 'Treatment options for hip and back pain'],
    ['on a tight budget — which stretches help a stiff lower back?', 'Stretching'],
  ])('%j', (q, want) => expect(heading(q)).toBe(want));
  it('tight hamstrings are still tight muscles', () => {
    expect(heading('can tight hamstrings cause lower back pain?')).toBe('Tight muscles and muscle imbalance');
  });
});

describe('a clinic word in a clause that sets the scene', () => {
  it('"before I pay for a session" does not make a question about the hip a question about the price', () => {
    expect(heading('Before I pay for a session, how can I tell whether the problem is my hip joint or my back?')).not.toBe('clinic:cost');
  });
  it('"before I book" with a clinic question is still the clinic question', () => {
    expect(heading('Before I book, can you tell me your opening hours?')).toBe('clinic:hours');
  });
});

describe('the job told as a statement is the setting, not the subject', () => {
  it('"I work nights…" with a question about the cause is not about going back to work', () => {
    expect(heading('I work nights in a bakery and can never rest. Why does my lower back ache?')).not.toBe('Going back to work');
  });
  it('"can I work…" and "back to work" still ask about the job', () => {
    expect(heading('can I work with a bad back?')).toBe('Going back to work');
    expect(heading('I work in a warehouse, when should I go back to work after hurting my back?')).toBe('Going back to work');
  });
});

describe('the price and the insurance asked apart', () => {
  it('carries the other half of paying with the answer', () => {
    const r = engine.answer('how much does a session cost, and will my insurance cover it?');
    expect(r.kind === 'clinic' && [r.topic, r.also].sort()).toEqual(['cost', 'insurance']);
  });
  it('not when the paying is what the insurance question is about', () => {
    const r = engine.answer('will my health insurance pay for physio?');
    expect(r.kind === 'clinic' && r.also).toBeFalsy();
  });
});
