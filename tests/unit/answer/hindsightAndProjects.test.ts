// Looking back ("was that a mistake?", "should I have booked sooner?") and asking for a project ("for my
// essay…", "give me an overview of…"): the fresh answer batches "hindsight" and "research" (session 24).
import { describe, expect, it } from 'vitest';
import { waitIsSetting } from '../../../src/clinical/answer/waitSense.ts';
import { normalise } from '../../../src/clinical/answer/normalise.ts';
import { clinicTopicOf, contentEngine, headingOf, partsShown } from './helpers.ts';

const engine = contentEngine();

describe('a question that looks back at what was done', () => {
  it('"was that a bad idea?" asks about what was done, and an empty stomach names no stomach', () => {
    expect(partsShown(engine.answer('I was popping ibuprofen for weeks on an empty stomach — was that a bad idea, and did it even help?'))).toContain(
      'treatments#Painkillers and anti-inflammatories',
    );
    // Another part of the body asked about is still not ours.
    expect(engine.answer('My stomach has been cramping for weeks, was that from the curry?').kind).toBe('none');
  });

  it('a wait told before care was sought is how long it went on, not waiting to be seen', () => {
    expect(waitIsSetting(normalise('I waited six weeks before seeing anyone'))).toBe(true);
    expect(headingOf(engine.answer('I waited six weeks before seeing anyone — was that a mistake?'))).toBe('Pain that lasts more than a few weeks');
    expect(headingOf(engine.answer("I'm on the waiting list for physio, what can I do in the meantime?"))).toBe('What helps while you wait to be seen');
  });

  it('blame asks for a cause: "is it my own fault…", "what\'s done this?"', () => {
    expect(partsShown(engine.answer("I've been working from home at the kitchen table on a dining chair for 2 years. Is that what's done this?"))).toContain(
      'causes#What causes hip and back pain',
    );
  });
});

describe("the clinic's questions after a look back", () => {
  it('"should I have booked sooner — what are your hours?" asks the hours; a booking to change still books', () => {
    expect(clinicTopicOf(engine.answer('Should I have booked with you sooner — what are your hours anyway?'))).toBe('hours');
    expect(clinicTopicOf(engine.answer('I had booked for Tuesday, can I move it?'))).toBe('booking');
  });

  it('a hedging adverb inside a clinic cue is read across ("who am I actually chatting to")', () => {
    expect(clinicTopicOf(engine.answer("Before I tell you everything I've done wrong with my back, who am I actually chatting to here?"))).toBe('who');
    expect(clinicTopicOf(engine.answer('am I really talking to a person?'))).toBe('who');
  });
});

describe('a question asked for a project', () => {
  it('"give me an overview of" asks for the subject, and a script is no computer program', () => {
    expect(headingOf(engine.answer('For an undergrad essay, could you give me an overview of the treatments available for hip and lower back pain?'))).toBe(
      'Treatment options for hip and back pain',
    );
    expect(headingOf(engine.answer('For a documentary script: how often does back pain actually need an operation, and what sort of ops are done?'))).toBe('Surgery');
    expect(engine.answer('can you write a python script to rename my files?').kind).toBe('none');
  });
});
