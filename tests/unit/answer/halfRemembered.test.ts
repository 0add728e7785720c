// Half-remembered words and the course of the pain in everyday verbs (session 29's blind batch "half-
// remembered from the clinic's own pages"; none of these sentences is one of its questions).
import { describe, expect, it } from 'vitest';
import { completeHalfWords } from '../../../src/clinical/answer/halfWords.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const heading = (q: string) => headingOf(engine.answer(q));

describe('a word cut short and said to be so is completed from the content', () => {
  it('only where the writer says the rest is forgotten', () => {
    const complete = (w: string) => (w === 'piri' ? 'piriformis' : undefined);
    expect(completeHalfWords('the piri-something muscle', complete)).toBe('the piriformis muscle');
    expect(completeHalfWords('the piri whatsit muscle', complete)).toBe('the piriformis muscle');
    expect(completeHalfWords('a piri muscle', complete)).toBe('a piri muscle');
    expect(completeHalfWords('the sacro-something joint', complete)).toBe('the sacro-something joint');
    // After a space, "something" and "whatever" often end a list: "a physio, osteo whatever" is an osteopath.
    expect(completeHalfWords('should I see a physio, piri whatever', complete)).toBe('should I see a physio, piri whatever');
  });
  it.each([
    ['Is it the piri-something muscle in my bum that can press on the nerve?', 'Piriformis syndrome'],
    ['My friend has the sacro-whatsit joint problem. What is that exactly?', 'Sacroiliac joint dysfunction'],
    ['The doctor said osteo-something in my hip. What does that do to the joint?', 'Arthritis and osteoarthritis'],
  ])('%j → %s', (q, want) => expect(heading(q)).toBe(want));
  it('a short word of its own is never completed ("could I overdo it" is no overdose)', () => {
    expect(completeHalfWords('could I overdo it?', () => 'overdose')).toBe('could I overdo it?');
  });
});

describe('how long the pain takes to settle, calm down or clear is its course', () => {
  it.each([
    'how long does a sore lower back usually take to settle down?',
    'Roughly how long do these back flare-ups take to calm down?',
  ])('%j → How soon back pain gets better', (q) => expect(heading(q)).toBe('How soon back pain gets better'));
  it('"sooner rather than later" asks about seeing someone early', () => {
    expect(heading('Is it worth getting my back looked at sooner rather than later?')).toBe('Why early diagnosis helps');
  });
});

describe('a question of a general kind, with "it" for what the story told of the back or hip', () => {
  it('is answered by the section of that kind in general', () => {
    expect(heading("My sister's bad back was gone in a week. Mine began nine days ago and it's only slightly easier. How long does it usually take to settle down?")).toBe(
      'How soon back pain gets better',
    );
  });
  it('not when the story is about something else', () => {
    expect(engine.answer("My sister's cold was gone in a week. Mine began nine days ago. How long does it usually take to settle down?").kind).not.toBe('answer');
  });
});

describe('"these days" is now, no day', () => {
  it('a question of how long something else takes these days is declined', () => {
    expect(engine.answer('How long does a driving licence renewal take these days?').kind).not.toBe('answer');
  });
  it('a question of ours with it is answered as without it', () => {
    expect(heading('Is lying flat in bed for a few days still the advice these days?')).toBe('Rest and bed rest');
  });
});
