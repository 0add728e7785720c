// Classes found by session 32's blind batches (questions about a process or its steps, in regional dialect,
// and with readings from apps and gadgets), measured once before they were read; none of these sentences is
// one of their questions: a noun that frames what is asked before the clinic's cue ("the process for", "a
// trick to getting") names no other service; the headings' general words ("comes", "works") name no health
// subject; a service the writer cancelled is their story; dialect's words of grammar and its dropped
// letters are read as the words they stand for.
import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../../src/clinical/answer/lexicon.ts';
import { contentEngine, headingOf, lexicon } from './helpers.ts';

const engine = contentEngine();

describe('the clinic\'s questions framed by a general noun', () => {
  it.each([
    ["what's the procedure for paying, is it card at the desk?", 'cost'],
    ['Is there a knack to getting through to a real person on your phones?', 'human'],
    ["what's the drill for booking a first session?", 'booking'],
    ['I get off the train at the station, what comes after that to find you, which entrance is it?', 'address'],
    ['the booking app shows my slot on Tuesday, how do I change it?', 'booking'],
    ['How does the process work if my private cover pays, do you bill them?', 'insurance'],
  ])('%j is the clinic\'s %s', (q, topic) => {
    expect(engine.answer(q)).toMatchObject({ kind: 'clinic', topic });
  });
  it.each([
    'The parcel app says my delivery was cancelled. How do I get a refund from the shop?',
    'My music app charged me again after a subscription I cancelled, how do I get my money back?',
    'Got a bad cold and a christening to go to this weekend, quickest way to shift it?',
  ])('%j is not the clinic\'s', (q) => {
    expect(engine.answer(q).kind).not.toBe('clinic');
  });
});

describe('dialect', () => {
  it('its words of grammar and its dropped letters are read as words', () => {
    expect(expandShorthand("can ye tell me summat aboot it, I'm goin' mad wi' it", lexicon)).toBe("can you tell me something about it, I'm going mad with it");
    expect(expandShorthand("the physios' room, 'sciatica', o'clock", lexicon)).toBe("the physios' room, 'sciatica', o'clock");
  });
  it.each([
    ["Do yous take Aviva? How do I go about claimin' it back?", 'insurance'],
    ["How do I book in wi' yous and can I change it if summat comes up?", 'booking'],
  ])('%j is the clinic\'s %s', (q, topic) => {
    expect(engine.answer(q)).toMatchObject({ kind: 'clinic', topic });
  });
  it('"when it\'s at home" asks what a thing is, not what to do at home', () => {
    expect(headingOf(engine.answer("Ma da says it's the sciatica. What's that when it's at home?"))).toBe('Sciatica');
  });
});

describe('words in other people\'s English', () => {
  it.each([
    ['which signs show the trouble is in my spinal column, not my hip?', 'Signs the pain comes from the spine'],
    ['my kinesitherapist wants me to come twice a week, what will she actually do for my back?', 'Physiotherapy'],
  ])('%j → %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });
  it('"make sure" is no doubt about what to do', () => {
    expect(headingOf(engine.answer('What should I eat to make sure my bones get enough calcium?'))).not.toBe('Not sure what to do');
  });
  it('"kinds of" names no subject of its own', () => {
    expect(headingOf(engine.answer('what kinds of treatment are there?'))).not.toBe('Weight, diet and smoking');
  });
  it('a subject never ours, used as a verb of the story, does not make the question another\'s', () => {
    expect(headingOf(engine.answer('I run my own business and every day off work costs me. How long does a flare of lower back pain usually last?'))).toBe('How soon back pain gets better');
  });
});

describe('what a question to the clinic may still be about', () => {
  it.each(['the pain lasts for hours after I sit, is that normal?', 'what time of day is best to move about with a bad back?'])('%j is no clinic question', (q) => {
    expect(engine.answer(q).kind).not.toBe('clinic');
  });
  it.each(['any chance I could book a table for two', 'the restaurant I like, how do I book a table'])('%j names another service', (q) => {
    expect(engine.answer(q).kind).not.toBe('clinic');
  });
  it('a quoted part of the body keeps its last letter', () => {
    expect(expandShorthand("what does 'pain in the groin' mean", lexicon)).toBe("what does 'pain in the groin' mean");
  });
});

describe('swearing that only intensifies, and a booking told done', () => {
  it.each([
    ['where the hell are you and can I park nearby?', 'address'],
    ['how the heck do I book in with you lot?', 'booking'],
  ])('%j is the clinic\'s %s', (q, topic) => {
    expect(engine.answer(q)).toMatchObject({ kind: 'clinic', topic });
  });
  it.each([
    "My driving test is booked for May, which is a bother. How long does the theory certificate last?",
    "I've a physio appointment booked for next month, but what can I do for my back in the meantime?",
  ])('%j asks nothing of the booking', (q) => {
    expect(engine.answer(q).kind).not.toBe('clinic');
  });
});
