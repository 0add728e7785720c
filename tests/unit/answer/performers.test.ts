// Classes found by session 35's blind batch of musicians and performers, measured once before it was read;
// none of these sentences is one of its questions: "for hours" is how long something lasts, not the opening
// hours; a condition on a second question to the clinic ("…and can I move it if a gig comes up?") is the
// story, its words naming no other service.
import { describe, expect, it } from 'vitest';
import { contentEngine } from './helpers.ts';

const engine = contentEngine();
const topicOf = (q: string) => {
  const r = engine.answer(q);
  return r.kind === 'clinic' ? r.topic : r.kind;
};

describe('"for hours"', () => {
  it('is how long, not when the clinic opens', () => {
    expect(topicOf("How should I set up my chair so I'm not hunched over the keyboard for hours?")).not.toBe('hours');
  });
  it('the opening hours are still asked for', () => {
    expect(topicOf('What are your opening hours on Saturday?')).toBe('hours');
  });
});

describe('a condition on a second question', () => {
  it('names no other service', () => {
    expect(topicOf('How do I book an appointment, and can I change it if a late concert gets added?')).toBe('booking');
  });
  it('a condition on the only question still may', () => {
    expect(topicOf('Does my travel insurance cover me if I break my wrist skiing?')).not.toBe('insurance');
  });
});
