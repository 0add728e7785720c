// Questions put around a goal or a plan (the fresh batch "goals and plans", issue 10, session 18): the
// wish or the coming event says why the patient asks, not what about.
import { describe, expect, it } from 'vitest';
import { planFrameReader } from '../../../src/clinical/answer/planFrame.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => headingOf(engine.answer(q));

describe('planFrameReader: a part telling a wish or a coming event, asking nothing and naming nothing of ours, is taken off', () => {
  const ours = (part: string) => /\b(back|hip|hips|sciatica)\b/i.test(part);
  const unplan = planFrameReader({ wishes: ['want to', 'hoping to', 'starting a'], ahead: ['next week', 'on friday'] }, ours);
  it('the wish and the event go, the story and the question stay', () => {
    expect(unplan("My daughter's wedding is in 6 weeks and I really want to dance at it. My back started hurting 10 days ago. Will it be better by then?")).toBe(
      'My back started hurting 10 days ago. Will it be better by then?',
    );
    expect(unplan('Starting a new office job next week. How should I set up my desk so I don’t wreck my back?')).toBe('How should I set up my desk so I don’t wreck my back?');
  });
  it('a part naming what we cover, or asking, stays', () => {
    const text = 'I want to get back to running but my hip aches after a mile. What could it be?';
    expect(unplan(text)).toBe(text);
    expect(unplan('I want to know what sciatica is. Is it serious?')).toBe('I want to know what sciatica is. Is it serious?');
  });
  it('a time in a part that tells the past is the story, not a plan', () => {
    const text = 'On Friday I lifted a heavy box and my back went. What should I do?';
    expect(unplan(text)).toBe(text);
  });
  it('nothing left, or a message of one part: the message as it was', () => {
    expect(unplan('I want to dance at the wedding next week.')).toBe('I want to dance at the wedding next week.');
  });
});

describe('the answer engine reads the question, not the plan around it', () => {
  it.each([
    ["I've got a night-shift rota starting next month and I want to keep my hips and back loose. Which stretches make sense?", 'Stretching'],
    // (Session 27: since the patients' questions of content/questions, from the lifting section, which gives the same "bend your
    // knees and keep your back straight" as Posture and ergonomics.)
    ["I'm starting a new job as a warehouse picker on Monday and I'm nervous about my back. How should I be lifting boxes so I don't end up with back or hip pain?", 'Poor posture and lifting badly'],
    ['My back went 2 days ago and I have a job interview on Friday where I will have to sit for an hour. What is the quickest way to get on top of the pain?', 'Fastest way to heal'],
  ])('"%s" → %s', (q, heading) => {
    expect(shown(q)).toBe(heading);
  });
  it('a plan naming another illness keeps the message out of scope', () => {
    expect(engine.answer('I want to feel less anxious before starting my new job next month. Any tips for calming nerves?').kind).toBe('none');
  });
});

describe('everyday words around another part of the body', () => {
  it('"get back to tennis" is no back: a tennis elbow question is declined', () => {
    expect(engine.answer("I'd like to get back to tennis but I keep getting pain on the outside of my elbow. Is it tennis elbow?").kind).toBe('none');
  });
  it('my back hurting with my elbow is still ours', () => {
    expect(engine.answer('My back and my elbow both hurt after tennis, what could cause the back pain?').kind).not.toBe('none');
  });
  it('"how many hours" of sleep is no question about our opening hours', () => {
    expect(engine.answer('I want to sleep better. How many hours should I be aiming for?').kind).not.toBe('clinic');
    expect(engine.answer('What are your opening hours on Saturday?')).toEqual({ kind: 'clinic', topic: 'hours' });
  });
});
