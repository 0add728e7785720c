// Questions in the shorthand of back-pain forums and clinical notes (the fresh answer batch
// "acronyms", session 22): appt, tx, dx, OTC, HEP, named stretches, and how to get to the clinic.
import { describe, expect, it } from 'vitest';
import { clinicTopicOf, contentEngine, firstShown } from './helpers.ts';

const engine = contentEngine();
const first = (q: string) => firstShown(engine.answer(q));
const clinicTopic = (q: string) => clinicTopicOf(engine.answer(q));

describe("notes' and forums' shorthand", () => {
  it('"appt" is an appointment: booking one is the clinic\'s; having one is the story', () => {
    expect(clinicTopic('How do I book an appt w/ you — online or do I have to ring up?')).toBe('booking');
    expect(clinicTopic('got a physio appt in 2 weeks, what can i do till then to get by')).not.toBe('booking');
  });
  it('"tx" is treatment: "dx\'d sciatica. What\'s the tx for it"', () => {
    expect(first("6 wks of leg pain from a disc, dx'd sciatica. What's the tx for it before anyone starts talking about surgery?")).toBe('treatments#Treating sciatica');
  });
  it('"HEP" is a home exercise programme, no typo of "hip": a neck question with it is still declined', () => {
    expect(engine.answer('Cervical radiculopathy at C5/6, neck pain + arm tingling. Any HEP for that? TIA').kind).toBe('none');
    expect(engine.answer('what HEP should I do for my LBP').kind).toBe('answer');
  });
  it('a named stretch ("cat-cow", "knee-to-chest", "bird dog") is a stretch, not a pet or a chest', () => {
    expect(first('Any good home stretches for LBP and tight hips? Knee-to-chest, cat-cow, that kind of thing? How long do you hold them?')).toBe('self-care#Stretching');
    expect(first('is bird dog good for my back')).toBe('self-care#Stretching');
  });
});

describe('how to get to the clinic', () => {
  it('a bus stop, a station or public transport is the address; its "stop" is no pain that stops sleep', () => {
    expect(clinicTopic('Where exactly are you located? Is there parking or a bus stop nearby?')).toBe('address');
    expect(clinicTopic('is there a bus stop near the clinic')).toBe('address');
    expect(clinicTopic('can I get to you by public transport')).toBe('address');
  });
  it('a bus in the story of a health question is no question of the address', () => {
    expect(clinicTopic('I drive a bus for a living, does sitting all day hurt my back?')).toBe('answer');
  });
});

describe('units of time offered as the choices of a question', () => {
  it('"are we talking days or weeks?" asks how long: it does not make the question one of pain that has lasted weeks', async () => {
    const { offeredTimes } = await import('../../../src/clinical/answer/toldTime.ts');
    expect([...offeredTimes(['days', 'or', 'weeks'])]).toEqual(['days', 'weeks']);
    expect([...offeredTimes(['for', 'six', 'weeks', 'or', 'so'])]).toEqual([]);
    // Session 28: more than two, with a filler between, or with no "or" ("weeks? months?").
    expect([...offeredTimes(['days', 'weeks', 'or', 'hmm', 'months'])]).toEqual(['days', 'weeks', 'months']);
    expect([...offeredTimes(['take', 'to', 'settle', 'weeks', 'months'])]).toEqual(['weeks', 'months']);
    expect([...offeredTimes(['two', 'weeks', 'and', 'then', 'months'])]).toEqual([]);
    expect(first("Day 5 of acute LBP, first time ever. What's the usual recovery timeline, are we talking days or weeks?")).not.toBe('when-to-get-help#Pain that lasts more than a few weeks');
  });
});
