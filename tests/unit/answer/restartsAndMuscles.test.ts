// Classes found by session 33's blind batches (self-corrections, and reassurance sought: "is it normal
// that…"), measured once before they were read; none of these sentences is one of their questions: a
// question started, taken back and asked again ("…no, the other way round: …") is the question asked again
// when it stands alone; a question that only names both ways round keeps its whole; a muscle named by its
// anatomy (WordNet's kinds of muscle that are part of a place of ours: the quadriceps, of the
// thigh) is that place's muscle.
import { describe, expect, it } from 'vitest';
import { restartReader } from '../../../src/clinical/answer/restartFrame.ts';
import { loadWordNetCache } from '../../../src/clinical/answer/wordnet.ts';
import { contentEngine, headingOf, lexicon } from './helpers.ts';

const engine = contentEngine();

describe('a question asked again after taking it back', () => {
  it.each([
    ['does a bad back give you hip pain? no wait, the other way round - can a worn hip be what makes my back ache?', 'How hip problems can cause back pain'],
    ['does a bad hip cause back pain? scratch that, can a bad back be why my hip aches?', 'How back problems can cause hip pain'],
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

describe('what a restart is', () => {
  const restarted = restartReader(lexicon.restarts ?? []);
  it.each([
    ['is ice good for my hip, no wait, how long does bursitis last?', 'how long does bursitis last?'],
    ['how do I cancel, scratch that: how do I rebook?', 'how do I rebook?'],
  ])('%j is asked again as %j', (text, again) => {
    expect(restarted(text)).toBe(again);
  });
  it.each([
    'Is it the hip causing the back or vice versa? either way what helps?',
    'is there a waiting list or no wait at all for physio?',
    'It is the other way round from usual: my hip hurts more than my back. What does that mean?',
    'Other way round - could my dodgy hip be why my back aches?',
  ])('%j is no restart', (text) => {
    expect(restarted(text)).toBeUndefined();
  });
});

describe('a muscle named by its anatomy', () => {
  it.each([
    'are tight quadriceps a reason my back and hips ache?',
    'could weak gluteus muscles be throwing my lower back out of balance?',
  ])('%j is about tight muscles', (q) => {
    expect(headingOf(engine.answer(q))).toBe('Tight muscles and muscle imbalance');
  });
  it('one of another part of the body is not made ours (the soleus, of the calf)', () => {
    const { synonyms } = loadWordNetCache();
    expect(synonyms.get('quadriceps')).toBe('thigh muscle');
    expect(synonyms.get('soleus')).toBeUndefined();
    expect(synonyms.get('biceps')).toBeUndefined();
  });
});
