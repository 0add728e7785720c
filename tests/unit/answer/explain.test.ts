// Issue 10's twelfth round (fresh batch 12, "explain it to me": roundabout why and should-I questions).
// Each case below went wrong before its fix; none is a sentence of the batch. (The clinic's own
// questions asked the long way round are in clinicTopic.test.ts.)
import { describe, expect, it } from 'vitest';
import { contentEngine } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => {
  const r = engine.answer(q);
  return r.kind === 'answer' ? [r.section.heading, ...(r.secondary ? [r.secondary.heading] : [])] : [];
};

describe('"both at once" is together (WordNet: at once, at one time — "simultaneously")', () => {
  it.each([
    ['my hip and back always flare up both at once, why is that', 'Why hip and back pain often come together'],
  ])('%s → %s', (q, heading) => {
    expect(shown(q)[0]).toBe(heading);
  });
});

describe('the GP surgery is the practice, not an operation (WordNet surgery.n.3)', () => {
  it.each([
    "my doctor's surgery never answers the phone, any tips for getting through?",
    'is there a trick to getting a GP surgery appointment quickly',
  ])('%s is not answered by Surgery', (q) => {
    expect(shown(q)).not.toContain('Surgery');
  });

  it('an operation is still surgery', () => {
    expect(shown('will I need surgery for my hip')[0]).toBe('Surgery');
  });
});

describe('"actually", "truly", "genuinely" ask nothing (WordNet synonyms of the stop word "really")', () => {
  it('leave the answer and its confidence as they were without them', () => {
    expect(engine.answer('are my hip and back actually linked')).toEqual(engine.answer('are my hip and back linked'));
  });
});

describe('"set off" asks for a cause (WordNet trigger.v.1: trigger, set off, spark off, touch off)', () => {
  it.each([
    ['what can set off lower back pain', 'What causes hip and back pain'],
    ['my hip and back ache on and off, what sets it off', 'What causes hip and back pain'],
  ])('%s → %s', (q, heading) => {
    expect(shown(q)[0]).toBe(heading);
  });
});
