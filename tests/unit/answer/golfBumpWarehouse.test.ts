// Classes found by session 42's blind batches written by golf, bowls and tennis club members, by women pregnant or in
// the year after a birth, and by warehouse, factory-line and parcel workers, measured once before they were read; none
// of these sentences is one of their questions: telling the hip and the back apart asked, a bare "when can I go back?"
// beside a job told, what a physio does, "side" as a place, a report asked to be put in plain English, the back
// loosened, a cause brought on with its object between, whom to ask, and the clinic's own questions in their words.
import { describe, expect, it } from 'vitest';
import { answeredAs, contentEngine } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => answeredAs(engine.answer(q));

describe('telling the hip and the back apart', () => {
  it.each([
    'How can anyone tell whether the trouble is my hip or my spine?',
    'would a scan help work out if it is the hip or the lower back that hurts?',
    "I can't figure out which it is, my hip or my back. it aches right where they meet",
  ])('%j is answered by why it is hard to tell', (q) => {
    expect(shown(q)).toBe('Hip or back, why it is hard to tell');
  });
  it.each([
    // One area, or no verb of discerning: the signs or the condition asked about.
    'how do I know if I have sciatica?',
    'is my hip or my back more likely to get arthritis?',
    // A helper's review: two kinds of a thing, and another question after.
    'Do you know if hip or back surgery takes longer to recover from?',
    "I can't tell if it's my hip or my back but either way should I use heat or ice?",
    "I can't tell if its hip or back. Anyway, how long will it take to heal?",
  ])('%j is not', (q) => {
    expect(shown(q)).not.toBe('Hip or back, why it is hard to tell');
  });
});

describe('a bare return beside a job told', () => {
  it.each([
    "I'm a plumber and my back is easing off, when can I go back?",
    'As a nursery nurse, should I go back while my lower back still twinges?',
    "signed off a week with my back. should I go back now or wait till it's 100%?",
    'when can I go back to my warehouse shifts with a sore back?',
    // "On my feet" is standing, no part of the body.
    "I'm a postman, on my feet all day. Should I go back now or wait till my back's 100%?",
  ])('%j is answered by going back to work', (q) => {
    expect(shown(q)).toBe('Going back to work');
  });
  it.each([
    // No job told, or a return to something else.
    "I'm a keen runner, when can I go back with a sore back?",
    "I'm a plumber, when can I go back to the gym after hurting my back?",
    // A helper's review: a pastime told as a worker, lessons, a return that is no one's, "back and forth".
    "I'm a keen angler, my back's improving, when can I go back?",
    'When can I get back to my pilates lessons?',
    "I'm a carpenter. If my sciatica settles, will it be back?",
    'I work in an office and the pain goes back and forth between my hips. Why?',
  ])('%j is not', (q) => {
    expect(shown(q)).not.toBe('Going back to work');
  });
});

describe('what a physio does', () => {
  it.each(["I've never seen a physio in my life, what do they actually do for a bad back?", 'thinking of trying a physio for my hip - what would one do at the first visit?'])(
    '%j is answered by physiotherapy',
    (q) => {
      expect(shown(q)).toBe('Physiotherapy');
    },
  );
});

describe('"side" as a place, not one side of the body', () => {
  it('"round the side and the back" names no side of the body', () => {
    expect(shown('it hurts round the side of my hip and across the back, what causes that?')).not.toBe('Pain on one side or both sides');
  });
  it.each(['my back pain is only ever on the left side, does that mean anything?', 'The pain keeps switching sides, is that weird?'])('%j still does', (q) => {
    expect(shown(q)).toBe('Pain on one side or both sides');
  });
});

describe('a report put in plain English', () => {
  it('"translate that into plain English" asks what the report means', () => {
    expect(shown("My MRI report says 'posterior disc protrusion at L4/5'. Could you translate that into plain English?")).toBe('Herniated or slipped disc');
  });
  it('a translation into another language is still declined', () => {
    expect(engine.answer('can you translate my back exercises into Polish for my mum?').kind).toBe('none');
  });
});

describe('other classes', () => {
  it('the back or hips loosened is stretching', () => {
    expect(shown('what can I do to loosen off my hips and lower back after a long drive?')).toBe('Stretching');
  });
  it.each(['Does a hot bath loosen up my back?', "I'm 30 and my back is stiff every morning but loosens up once I get going, why?"])(
    '%j is not: what a bath does, or a stiffness that eases',
    (q) => {
      expect(shown(q)).not.toBe('Stretching');
    },
  );
  it('a cause brought on with its object between', () => {
    expect(shown('My hip and lower back ache after every match now. What brings this on, is it just age?')).toBe('What causes hip and back pain');
  });
  it('whom to ask, with the routes named, is not knowing what to do', () => {
    expect(shown("no idea if my back is serious or not. who should I even see - GP, physio or 111?")).toBe('Not sure what to do');
  });
});

describe("the clinic's own questions in their words", () => {
  it.each([
    ['is it a real person typing this or an AI?', 'clinic:who'],
    ['Can I claim for the sessions on my private health cover?', 'clinic:insurance'],
    ["what time do you shut on weekdays? I can only come when my husband is home with the baby", 'clinic:hours'],
  ])('%j is %s', (q, want) => {
    expect(shown(q)).toBe(want);
  });
});
