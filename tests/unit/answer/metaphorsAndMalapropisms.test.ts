// Questions told through likenesses and questions with half-remembered words (the fresh batches
// "metaphor" and "malaprop", issue 10, session 21).
import { describe, expect, it } from 'vitest';
import { clinicTopicOf, contentEngine, firstShown } from './helpers.ts';

const engine = contentEngine();
const first = (q: string) => firstShown(engine.answer(q));
const clinicTopic = (q: string) => clinicTopicOf(engine.answer(q));

describe('half-remembered words', () => {
  it('two words that together spell one of ours are read as it: "sacred iliac" is sacroiliac, "osteo arthritis" osteoarthritis', () => {
    expect(first("Someone told me my sacred iliac joint isn't working right. What is that and why would it hurt?")).toBe('causes#Sacroiliac joint dysfunction');
    expect(first('is osteo arthritis the same as arthritis')).toBe('causes#Arthritis and osteoarthritis');
  });
  it('a word taken back ("procrastination, sorry, prognosis") is not read; one that is no correction stays', () => {
    expect(engine.answer("What's the usual procrastination, sorry, prognosis, for ordinary back pain?").kind).toBe('answer');
    expect(first("What is sciatica, sorry, if that's a silly question")).toBe('causes#Sciatica');
  });
  it('"prognosis" asks how soon it gets better', () => {
    expect(first('what is the prognosis for back pain')).toBe('self-care#How soon back pain gets better');
  });
  it('"an inflammatory condition" is no anti-inflammatory medicine', () => {
    expect(first("I'm 26 and my back is stiffest in the morning but eases as I move about. That couldn't be an inflammatory condition at my age, could it?")).toBe('causes#Ankylosing spondylitis');
    expect(first('can I take anti-inflammatories for my back')).toBe('treatments#Painkillers and anti-inflammatories');
  });
  it('"the pill" is the contraceptive pill, which we do not cover; pills are tablets', () => {
    expect(engine.answer("is it okay to take the pill back to back to skip periods?").kind).not.toBe('answer');
  });
});

describe('hedging words inside a question', () => {
  it('"what usually causes", "what even is that": the kind of question is read across the hedge', () => {
    expect(first('what usually causes sciatica')).toBe('causes#Sciatica');
    expect(first('um my physio terrapin said something about the sacred iliac joint being the problem what even is that')).toBe('causes#Sacroiliac joint dysfunction');
  });
});

describe("the clinic's questions in figures of speech", () => {
  it('"the price tag on an appointment" after "so to speak" asks the cost', () => {
    expect(clinicTopic("Before I bring the old banger in, so to speak, what's the price tag on an appointment?")).toBe('cost');
  });
  it('"put me through to an actual person" asks for a person', () => {
    expect(clinicTopic("This automated sat-nav isn't getting me where I need to go. Can you put me through to an actual person, please?")).toBe('human');
  });
  it('a likeness is no other service ("reserve a slot, like booking a table at a restaurant"), but a service named is ("an MRI")', () => {
    expect(clinicTopic("What's the easiest way to reserve a slot, like booking a table at a restaurant?")).toBe('booking');
    expect(engine.answer('how much does an MRI cost').kind).toBe('none');
    expect(engine.answer('can you book me a dental appointment').kind).toBe('none');
  });
});

describe('what happens at a visit', () => {
  it('"what happens after the first appointment?" asks about the care, not the booking; "can I get an appointment" books', () => {
    expect(first('So what happens after the first appointment? Do I just get a random list of exercises, or is there some kind of actual plan?')).toBe('treatments#Your treatment plan');
    expect(clinicTopic('can I get an appointment')).toBe('booking');
  });
});

describe('what a word covers', () => {
  it('"what does the term actually cover?" is no insurance question; "does my insurance cover physio" is', () => {
    expect(clinicTopic("Right, I keep hearing 'lower back pain' as if it's one thing. What does the term actually cover?")).not.toBe('insurance');
    expect(clinicTopic('does my insurance cover physio')).toBe('insurance');
  });
});

describe('a thanks for an answer before the next question', () => {
  it('"OK that explains the hip. But my knee…" is about the knee, which we do not cover; "Right, makes sense for the back. What about a stiff neck…" too', () => {
    expect(engine.answer("OK that explains the hip. But my knee has started clicking when I go up stairs — what's causing that?").kind).toBe('none');
    expect(engine.answer('Right, makes sense for the back. What about a stiff neck from sleeping funny — how do I loosen it?').kind).toBe('none');
  });
  it('a question that points back to what the thanks named is read whole: "That explains what sciatica is. So how is it treated…?"', () => {
    expect(first('That explains what sciatica is. So how is it treated — does it need anything different from normal back pain?')).toBe('treatments#Treating sciatica');
  });
  it('a bare "OK" opens the writer\'s own story, which is read', () => {
    expect(engine.answer('OK so my lower back hurts after gardening. What should I do?').kind).toBe('answer');
  });
});
