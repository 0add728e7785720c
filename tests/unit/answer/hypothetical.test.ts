// Questions that weigh options or imagine a situation ("if I…, can that wait?", "if I'd rather…, could I
// do that?"): the classes of misses of the fresh batch of hypotheticals (issue 10, session 14).
import { describe, expect, it } from 'vitest';
import { waitIsSetting } from '../../../src/clinical/answer/waitSense.ts';
import { comingTimes, notImproving, pastPointTimes, toldTimes } from '../../../src/clinical/answer/toldTime.ts';
import { normalise } from '../../../src/clinical/answer/normalise.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => headingOf(engine.answer(q));

describe('"can it wait?" asks whether it is urgent', () => {
  it.each([
    ['can that wait till next week', true],
    ['could it wait until Monday', true],
    ['I am waiting for my appointment, what can I do', false],
  ])('%s → a wait that is not for care: %s', (q, want) => {
    expect(waitIsSetting(normalise(q))).toBe(want);
  });

  it('is answered from the signs told, not from waiting to be seen', () => {
    expect(shown("If I'm running a temperature and my hip has puffed up, can that wait till next week?")).toBe('Fever, chills or a swollen hip');
    expect(shown('my hip is hot and swollen, can it wait?')).toBe('Fever, chills or a swollen hip');
  });
});

describe('a time still to come says when, never how long the pain has lasted', () => {
  it('"next week" is a coming time; "two weeks" and "six weeks now" are not', () => {
    expect([...comingTimes(normalise('can that wait till next week'))]).toEqual(['week']);
    expect([...comingTimes(normalise('it has hurt for two weeks'))]).toEqual([]);
    // Told as an amount either way: the earlier reading of stories is unchanged.
    expect([...toldTimes(normalise('I fly out next month'))]).toEqual(['month']);
  });

  it('a bare "for weeks" is a stretch told too (session 27, batch "what if")', () => {
    expect([...toldTimes(normalise('is it bad if I take it for weeks on end'))]).toEqual(['weeks']);
    expect(shown('My back is fine now, but I have had heartburn for weeks. Is that just something you live with?')).toBe('(none)');
  });

  it('"last week" is a point gone by, never how long the pain has lasted', () => {
    expect([...pastPointTimes(normalise('never heard of bursitis until last week, what is it?'))]).toEqual(['week']);
    expect([...pastPointTimes(normalise('it has hurt for the last six weeks'))]).toEqual([]);
    expect(shown('Bursitis? Never heard of it till last week. What is it?')).toBe('Bursitis of the hip');
  });

  it('"still hurts" is the pain going on, as "no better" is', () => {
    expect(notImproving(['rested', 'for', 'weeks', 'and', 'my', 'hip', 'still', 'pain'])).toBe(true);
    expect(notImproving(['still', 'waiting', 'for', 'my', 'appointment'])).toBe(false);
  });

  it('six weeks of pain, asked when to be seen, still finds the section about weeks', () => {
    expect(shown('my hip has been sore for six weeks now, should I get it looked at?')).toBe('Pain that lasts more than a few weeks');
  });
});

describe("the clinic's words in any of their forms", () => {
  it('"type" is a form of "typing": a request for a person is not read as another service', () => {
    expect(shown("If I'd rather just speak to an actual person than type here, could I do that?")).toBe('clinic:human');
  });
  it('a service of its own is still not ours', () => {
    expect(shown('can you book me a haircut')).not.toBe('clinic:booking');
  });
});

describe('an appointment the patient cannot have yet is the story', () => {
  it('the question after it is read for itself', () => {
    expect(shown("If I can't get an appointment for three weeks, what should I be doing in the meantime?")).toBe('What helps while you wait to be seen');
    expect(shown("I'm waiting for a physio appointment, what can I do until then?")).toBe('What helps while you wait to be seen');
  });
  it('asking for one is still booking', () => {
    expect(shown("I can't get an appointment online, how do I book?")).toBe('clinic:booking');
    expect(shown('can I get an appointment this week?')).toBe('clinic:booking');
  });
});

describe('everyday words for a strain and a fever', () => {
  it('"pulled something" is a strain', () => {
    expect(shown('I pulled something lifting a sofa, will it heal by itself?')).toBe('Muscle strains and sprains');
  });
  it('"running a temperature" is a fever, and a bare "temperature" still finds the fever section', () => {
    expect(shown("I've been running a temperature and my lower back aches, is that a worry?")).toBe('Fever, chills or a swollen hip');
    expect(shown('is a temperature with back pain serious')).toBe('Fever, chills or a swollen hip');
  });
});
