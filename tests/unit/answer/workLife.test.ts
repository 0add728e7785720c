// Questions asked from the middle of working life (issue 10, session 13): the job, the shift and
// the weeks are the setting; the question is what is asked.
import { describe, expect, it } from 'vitest';
import { answeredAs, contentEngine } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => answeredAs(engine.answer(q));

describe('a clinic question after a story clause', () => {
  it.each([
    // The story's words (a ward, a depot) are no other service: the question is in its own clause.
    ['Night porter at the hospital — what time do you open on Saturdays?', 'clinic:hours'],
    ["I'm in the van at the depot, can I speak to a real person please?", 'clinic:human'],
    ['I walk with a frame since my hip op; where exactly is the clinic?', 'clinic:address'],
  ])('%s → %s', (q, want) => {
    expect(shown(q)).toBe(want);
  });

  it('a clause saying what is wanted still names the service asked about', () => {
    expect(engine.answer('I need a haircut, what times are you open?').kind).not.toBe('clinic');
    expect(engine.answer('I want my nails done, can I book for Friday?').kind).not.toBe('clinic');
  });

  it('a story clause about the pain does not make the question its own when the question points back', () => {
    expect(engine.answer('My hip is bad, what time of day is it worst?').kind).not.toBe('clinic');
  });
});

describe("the clinic's words from WordNet", () => {
  it('a synonym of a cue word (telephone for phone, companies for insurers) keeps the question the clinic\'s', () => {
    expect(shown('could I talk to a real person on the telephone?')).toBe('clinic:human');
    expect(shown('do you take insurance, and which companies?')).toBe('clinic:insurance');
  });

  it('a word nobody listed still says the question is about something else', () => {
    expect(engine.answer('can I book a haircut on the telephone?').kind).not.toBe('clinic');
  });
});

describe('insurance or cost', () => {
  it('the cover named before the paying asks whether it pays', () => {
    expect(shown('will the health cover from my employer pay for physio?')).toBe('clinic:insurance');
  });
  it('paying named first asks the price', () => {
    expect(shown('how much would I pay if my insurer does not cover it?')).toBe('clinic:cost');
  });
});

describe('a health question with the clinic words only in its story', () => {
  it('is answered as health', () => {
    const q = 'My GP, who is impossible to get an appointment with, thinks I have a trapped nerve. What does a pinched nerve in the back mean?';
    expect(shown(q)).toBe('Pinched nerve in the lower back');
  });
});

describe('a stretch of time told as the setting', () => {
  it('does not pull the answer to "Pain that lasts more than a few weeks"', () => {
    expect(shown('my brother says to stay in bed for a whole week when your back goes, is that right?')).toBe('Rest and bed rest');
    expect(shown('My appointment is not for another four weeks. What can I do until then?')).toBe('What helps while you wait to be seen');
  });

  it('leaves a question about something else with nothing of ours to answer', () => {
    expect(engine.answer('I texted my plumber three weeks ago and heard nothing, how do I chase him up?').kind).toBe('none');
  });

  it('is the point when the question asks when to be seen, or the pain is not improving', () => {
    expect(shown('my hip has hurt for 6 weeks, should I see a doctor?')).not.toBe('none');
    expect(shown('Back pain for 7 weeks, nothing is improving. What next?')).toBe('Pain that lasts more than a few weeks');
  });
});

describe('work as the setting', () => {
  it.each([
    ['I work from home at a dining table, how should I set up my chair so my back stops aching?', 'Posture and ergonomics'],
    ['the lads at work all have theories, what actually causes lower back pain?', 'What causes hip and back pain'],
  ])('%s → %s', (q, want) => {
    expect(shown(q)).toBe(want);
  });

  it('going back, being off, or stopping work still asks about the job', () => {
    expect(shown("I've been off work for a week with my back, when can I go back?")).toBe('Going back to work');
    expect(shown('when can I go back to work on the building site after a strain?')).toBe('Going back to work');
  });
});
