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

describe('a real chat log and people in general (the fresh batches "natural" and "impersonal")', () => {
  it('"been off two weeks… when is it ok to go back?" asks about going back to work', () => {
    expect(headingOf(engine.answer("I'm a care assistant and I've been off 2 weeks with my back. When is it ok to go back? worried I'll make it worse"))).toBe('Going back to work');
  });
  it('a "hard bench" is no "hard to tell"; "a hard time telling" still is', () => {
    expect(headingOf(engine.answer('Sore right in the bum cheek since I sat on a hard bench at the cricket all day. Was it the bench?'))).toBe('Pain in the buttock');
    expect(headingOf(engine.answer("I have a hard time telling whether it's my hip or back"))).toBe('Hip or back, why it is hard to tell');
  });
  it('travel or car insurance is no question about paying for a session; health insurance is', () => {
    expect(engine.answer('Flying to Spain next week, do I need travel insurance for an existing condition?').kind).toBe('none');
    expect(clinicTopicOf(engine.answer('does my health insurance cover physio sessions'))).toBe('insurance');
    expect(clinicTopicOf(engine.answer('do you take Bupa insurance?'))).toBe('insurance');
  });
  it('asking for a job at the clinic is not a health question; carers asking for a resident still are', () => {
    expect(engine.answer("Are you hiring? I'm a band 6 physio looking to move to the area").kind).toBe('none');
    expect(headingOf(engine.answer('A resident has been on the waiting list for a physio appointment for her back for weeks now. Is there anything we as carers can do to help her in the meantime?'))).toBe(
      'What helps while you wait to be seen',
    );
  });
  it('"for people with", "available" and "back trouble" name no section of their own', () => {
    expect(headingOf(engine.answer('Broadly speaking, what treatments are available for people with hip and back pain?'))).toBe('Treatment options for hip and back pain');
    expect(headingOf(engine.answer('does slouching all day or picking boxes up wrong actually give people back trouble'))).toBe('Poor posture and lifting badly');
    expect(clinicTopicOf(engine.answer('Is there a real person one can speak to instead of the chat?'))).toBe('human');
  });
});

describe('messages to the page on Messenger (the fresh batch "messenger")', () => {
  it('setting oneself up to work is ergonomics; hoovering is daily life; homework is neither', () => {
    expect(headingOf(engine.answer("Hi, working from home on the sofa with my laptop and my back's killing me. how should I set myself up better?"))).toBe('Posture and ergonomics');
    expect(headingOf(engine.answer('is it normal to struggle putting socks on, getting in and out the car and doing the hoovering with hip and back pain?'))).toBe(
      'How the pain affects daily life',
    );
    expect(engine.answer('can you help me with my maths homework? its about fractions and i just dont get it').kind).toBe('none');
  });
  it('"where abouts are you based?" asks the address', () => {
    expect(clinicTopicOf(engine.answer('Hi hun, where abouts are you based? friend recommended you but never been'))).toBe('address');
  });
});
