// Classes found by session 48's blind batches written by anglers, distance runners and call-centre workers, measured
// once before they were read; none of these sentences is one of their questions: a clinic word in a clause of time
// or said of the body, a person asked for as "real" or "actual", opening hours of another place, a medicine the
// writer takes, an area said to be well before another part is asked about, pain that gets one down, an area to
// blame, a doctor who signed one off, and forms for benefits.
import { describe, expect, it } from 'vitest';
import { answeredAs, clinicTopicOf, contentEngine } from './helpers.ts';

const engine = contentEngine();

describe('a clinic word that asks nothing of the clinic', () => {
  it('paying, in a clause of time after a health question, is the scene', () => {
    const q = "Lower back's been grumbling for weeks. What sort of things cause that? Want a rough idea before we go paying for anything.";
    expect(answeredAs(engine.answer(q))).toBe('What causes hip and back pain');
  });
  it('a part of the body that "pays for it" suffers: no price asked', () => {
    expect(answeredAs(engine.answer("How do I sit at a desk all day so my hips don't pay for it?"))).toBe('Posture and ergonomics');
  });
  it.each([
    ['Can I pay by card?', 'cost'],
    ['Before I book, how much is it?', 'cost'],
    ['Before I commit to anything, roughly what am I looking at paying for a session with you?', 'cost'],
  ])('paying asked of the clinic is still the cost: %j', (q, topic) => {
    expect(clinicTopicOf(engine.answer(q))).toBe(topic);
  });
});

describe('a person asked for as real or actual, with the bot named beside', () => {
  it.each(['can I chat to a real physio instead of a bot?', 'could I talk with an actual therapist, not this chatbot?'])('%j → a person', (q) => {
    expect(clinicTopicOf(engine.answer(q))).toBe('human');
  });
  it('asking whether this is a person is still who this is', () => {
    expect(clinicTopicOf(engine.answer('is this a real person or a bot?'))).toBe('who');
  });
});

describe('opening hours of another place', () => {
  it('what opens is named, and it is not the clinic: not our hours', () => {
    expect(clinicTopicOf(engine.answer('what time does the gym open?'))).not.toBe('hours');
  });
  it.each(['my gym closes at 9, are you open later?', 'What are your opening hrs? Open Sat?', 'what time does the clinic shut tonight?'])(
    'ours, asked beside it or of us: %j',
    (q) => {
      expect(clinicTopicOf(engine.answer(q))).toBe('hours');
    },
  );
});

describe('a medicine of a kind the articles explain, taken by the writer', () => {
  it.each(['should I keep taking co-codamol?', 'is it ok to keep taking ibuprofen? does it fix anything or just mask it'])('%j → Painkillers and anti-inflammatories', (q) => {
    expect(answeredAs(engine.answer(q))).toBe('Painkillers and anti-inflammatories');
  });
  it('taken with a medicine we do not cover, it is still declined', () => {
    expect(engine.answer('I keep taking ibuprofen with my warfarin, ok?').kind).not.toBe('answer');
  });
});

describe('an area said to be well, then another part asked about', () => {
  it('"but my wrist" turns to the wrist: declined', () => {
    expect(engine.answer("Back's fine now thanks, but my wrist is swollen from the gym. What can I do for it?").kind).toBe('none');
  });
  it('"but now it aches" takes it back: ours', () => {
    expect(engine.answer('my back was fine but now it aches when I bend, why?').kind).toBe('answer');
  });
});

describe('pain that gets one down (WordNet depress.v.2, "get down")', () => {
  it('is how the pain affects daily life', () => {
    expect(answeredAs(engine.answer('is it normal for a sore back to get you down?'))).toBe('How the pain affects daily life');
  });
});

describe('an area to blame, or doing it to the other', () => {
  it.each(['My back aches after every shift now. Is my hip to blame for that?', 'is the hip doing that to my back?'])('%j → the hip causes the back pain', (q) => {
    expect(answeredAs(engine.answer(q))).toBe('How hip problems can cause back pain');
  });
  it('the other way round', () => {
    expect(answeredAs(engine.answer('is my back to blame for my hip pain'))).toBe('How back problems can cause hip pain');
  });
});

describe('off work on a doctor\'s note, with the doctor named', () => {
  it('"signed me off" is going back to work', () => {
    expect(answeredAs(engine.answer('The doctor signed me off for a fortnight with my back, when can I go back?'))).toBe('Going back to work');
  });
});

describe('forms for money while ill are another office\'s', () => {
  it('declined, though the back is named', () => {
    expect(engine.answer('what should I write on my universal credit form about my back?').kind).toBe('none');
  });
});
