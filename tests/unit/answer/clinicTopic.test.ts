// The clinic's own questions are told from health questions and from questions about other places.
import { describe, expect, it } from 'vitest';
import { contentEngine } from './helpers.ts';

const engine = contentEngine();

describe('clinic questions', () => {
  it.each([
    ['what are your opening hours', 'hours'],
    ['are you open on saturdays?', 'hours'],
    ['can I book an appointment for my sciatica', 'booking'],
    ['how much is a physio session', 'cost'],
    ['do you take Bupa', 'insurance'],
    ['where are you based', 'address'],
    ['am I talking to a bot', 'who'],
    ['can I speak to a real person', 'human'],
  ])('%s → %s', (q, topic) => {
    expect(engine.answer(q)).toEqual({ kind: 'clinic', topic });
  });

  it.each([
    'what time of day is sciatica worst',
    'how much rest does a pulled muscle need',
    'can you book me a haircut for friday',
    'what time is it in Tokyo',
    "what's apple's share price today",
  ])('not a question about the clinic: %s', (q) => {
    expect(engine.answer(q).kind).not.toBe('clinic');
  });
});

describe('clinic questions asked the long way round (issue 10, twelfth round)', () => {
  it.each([
    // Words that only ask (verbs, adverbs, describing adjectives) name no other service.
    ['roughly what would I be paying for a visit', 'cost'],
    ['honestly, is this automatic or is there someone real replying', 'who'],
    // "talk … person": the parts with a few words between.
    ["I'd prefer to talk things over with a proper person", 'human'],
    ['could I speak with an actual member of staff', 'human'],
    // A heading's everyday words (work, early) and verbs say nothing of health in a clinic question.
    ['I finish work late, are you open early or at weekends', 'hours'],
    ['would my private cover through work pay for it', 'insurance'],
    ['whereabouts is the clinic', 'address'],
  ])('%s → %s', (q, topic) => {
    expect(engine.answer(q)).toEqual({ kind: 'clinic', topic });
  });

  it.each([
    'can you book me a dental appointment', // a relational adjective (WordNet adj.pert) names a field
    'who should I even ask', // "even" is a stop word, not "evenings"
    'should I talk to someone about my sciatica',
    'my GP referred me to you, what will you actually do', // a past-tense cue done to the patient: the story
  ])('not a question about the clinic: %s', (q) => {
    expect(engine.answer(q).kind).not.toBe('clinic');
  });
});

describe('commands with courtesy around them', () => {
  it.each([
    ["hi, I'd like to check my symptoms", 'check-symptoms'],
    ['hello there, start over please', 'restart'],
    ['check my symptoms thanks', 'check-symptoms'],
    ['hi', 'greeting'],
  ])('%s → %s', (q, intent) => {
    expect(engine.classifyIntent(q)?.intent).toBe(intent);
  });

  it('a greeting before a health question is no command', () => {
    expect(engine.classifyIntent('hi, my hip hurts when I walk, what should I do')).toBeUndefined();
  });
});

describe('scope: the subject, not only the words', () => {
  it.each(['diet for type 2 diabetes', 'a stretching routine for calves', 'can I claim physio on my taxes', 'I have a cold, heat or ice?'])(
    'declines %s',
    (q) => {
      expect(engine.answer(q).kind).toBe('none');
    },
  );

  it.each(['My back is killing me, what do I do?', 'MY BACK IS KILLING ME, WHAT DO I DO?', 'is accupuncture worth trying for hip pain'])(
    'answers %s',
    (q) => {
      const r = engine.answer(q);
      expect(r.kind).toBe('answer');
      expect(r).toEqual(engine.answer(q.toLowerCase()));
    },
  );
});
