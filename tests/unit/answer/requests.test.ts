// Issue 10's fourteenth round (fresh batch "requests": what people type as an instruction or a label,
// not a question). Each case below went wrong before its fix; none is a sentence of the batch.
import { describe, expect, it } from 'vitest';
import { contentEngine } from './helpers.ts';

const engine = contentEngine();
const first = (q: string) => {
  const r = engine.answer(q);
  return r.kind === 'answer' ? r.section.heading : `(${r.kind})`;
};

describe('a request typed as a label or an instruction carries no topic of its own ("info on", "guidance please")', () => {
  it.each([
    ['Guidance on when I should see a doctor about my lower back', 'When to see a doctor'],
  ])('%s → %s', (q, heading) => {
    expect(first(q)).toBe(heading);
  });
});

describe('"how that works" is what a thing does, not a job: the asking part is not weighed apart for it', () => {
  it('a story about a physio, then "explain how that works", is answered by the story', () => {
    expect(first('My physio says my sore hip comes from my back. Explain how that works.')).toBe('How back problems can cause hip pain');
    expect(first('my physio says my back is behind my hip pain, can you explain how that works')).not.toBe('Going back to work');
  });
  it('a job is still a job', () => {
    expect(first('when can I go back to work with a bad back')).toBe('Going back to work');
  });
});

describe('the chemist is the pharmacy, not a misspelt chest', () => {
  it('something for back pain from the chemist is about painkillers', () => {
    expect(first('what can I get from the chemist for back pain')).toBe('Painkillers and anti-inflammatories');
  });
});

describe('the clinic asked as "you guys", on a day named in the plural or another time', () => {
  it.each([
    ['are you guys open on saturday', 'hours'],
    ['are you open over half term', 'hours'],
    ['are you open at lunchtime', 'hours'],
  ])('%s → %s', (q, topic) => {
    expect(engine.answer(q)).toEqual({ kind: 'clinic', topic });
  });
  it('a service named after "you guys" is still not ours', () => {
    expect(engine.answer('can you guys book me a haircut').kind).not.toBe('clinic');
  });
});
