// Hedged questions and things described instead of named (the fresh answer batches "vague" and
// "circumlocution", session 23).
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/clinical/answer/lexicon.ts';
import { clinicTopicOf, contentEngine, firstShown, partsShown } from './helpers.ts';

const engine = contentEngine();
const first = (q: string) => firstShown(engine.answer(q));

describe('hedges', () => {
  it('"-ish" softens a word and names nothing: "are you around evenings-ish?" is still about the hours', () => {
    expect(clinicTopicOf(engine.answer("what time are you open till? and are you around weekends at all, or evenings-ish? I work shifts so it's awkward"))).toBe('hours');
  });
  it('"not sure how to put this" softens the question; it is no "Not sure what to do"', () => {
    const q = "Not sure how to put this. My GP mentioned a nerve maybe being 'trapped' low down in my spine? How does a nerve even get squashed like that, and, well, what does that mean for me…";
    expect(partsShown(engine.answer(q))).not.toContain('when-to-get-help#Not sure what to do');
    expect(first(q)).toBe('causes#Pinched nerve in the lower back');
  });
  it('a time of day a symptom comes at is no question about the opening hours: "heartburn… most evenings"', () => {
    const r = engine.answer("Does anyone know if heartburn after big meals is just, like, normal-ish? been getting it most evenings lately and I'm a bit fed up");
    expect(r.kind).not.toBe('clinic');
    expect(r.kind).not.toBe('answer');
    expect(clinicTopicOf(engine.answer('are you open most evenings?'))).toBe('hours');
  });
});

describe('places told by where they are', () => {
  it('the bottom, base or small of the back or spine is the lower back, no buttock', () => {
    for (const q of ['an ache at the base of my spine, how long till it clears up?', 'how long does a twinge at the bottom of the spine take to settle?']) {
      expect(partsShown(engine.answer(q))).toEqual(['self-care#How soon back pain gets better']);
    }
    expect(partsShown(engine.answer('what stretches help an ache at the bottom of my spine?'))).toEqual(['self-care#Stretching']);
  });
  it('"~" in a lay phrase stands for a determiner or none', () => {
    const lexicon = buildLexicon({ synonyms: { 'lower back': ['bottom of ~ spine'] } });
    for (const lay of ['bottom of my spine', 'bottom of the spine', 'bottom of spine', 'bottom of his spine']) expect(lexicon.replacements.get(lay)).toBe('lower back');
    expect(lexicon.replacements.has('bottom of my back')).toBe(false);
  });
});

describe('parts of the body as verbs', () => {
  it('"head straight to hospital" names no head; "do they just hand you a sheet" no hand', () => {
    expect(first('What are the red-flag whatsits, the really serious symptoms where you drop everything and head straight to hospital or ring 999?')).toBe('when-to-get-help#Warning signs that need emergency care');
    expect(first('is physio genuinely effective or do they just hand you a sheet of exercises')).toBe('treatments#Physiotherapy');
  });
  it('a head or a hand that is one is still another part of the body', () => {
    expect(engine.answer('my head aches every evening, what can I take?').kind).not.toBe('answer');
    expect(engine.answer('I keep getting pins and needles in my hand, why?').kind).not.toBe('answer');
  });
});

describe('the clinic, told about rather than asked', () => {
  it('"on the list for an appointment… what can I do in the meantime" asks about the wait, not how to book', () => {
    expect(first("I'm on the list for an appointment but it's a fortnight off. What can I do in the meantime, in that gap before somebody actually examines me?")).toBe('self-care#What helps while you wait to be seen');
  });
  it('"checked today rather than booking for next week" is no booking question; "can I book for next week" is', () => {
    expect(engine.answer('Apart from the obvious dire stuff, what else would mean I should get checked today rather than booking for next week?').kind).not.toBe('clinic');
    expect(clinicTopicOf(engine.answer('can I book an appointment for next week?'))).toBe('booking');
  });
  it('"at what point should I… book the GP" asks when to be seen, not how to book with us', () => {
    expect(first('Tell me in plain terms at what point I should stop managing my back ache at home and book the GP.')).toBe('when-to-get-help#When to see a doctor');
    expect(clinicTopicOf(engine.answer('can I book a physio appointment with you?'))).toBe('booking');
  });
  it('"am I typing to a computer program?" asks who is answering', () => {
    expect(clinicTopicOf(engine.answer('Am I typing to a computer program at the moment?'))).toBe('who');
  });
});

describe('asking for a format', () => {
  it('how the answer is wanted changes nothing of what it is about', () => {
    // (Session 27: since the patients' questions of content/questions and the threshold at 0.33, the question itself is declined, 0.33 before: the
    // format asked for still changes nothing.)
    expect(first('Short version: when is it sensible to return to my job after putting my back out, and should I ease back in?')).toBe(first('when is it sensible to return to my job after putting my back out, and should I ease back in?'));
    expect(first('Short version: when can I go back to work after putting my back out?')).toBe('self-care#Going back to work');
    expect(first('tl;dr please: what are the usual reasons someone ends up with an aching hip and lower back at the same time?')).toBe(first('what are the usual reasons someone ends up with an aching hip and lower back at the same time?'));
  });
  it('"a list I can screenshot" names no injection', () => {
    expect(partsShown(engine.answer('As a list I can screenshot, what are the main ways hip and lower back pain can be treated?'))).not.toContain('treatments#Steroid injections');
  });
  it('"is it worth paying for a massage therapist…?" asks whether it helps, not what it costs', () => {
    expect(first('Is it worth paying for a massage therapist, acupuncture needles or having my spine manipulated? Brief pros and cons.')).toBe('treatments#Massage, acupuncture and chiropractic');
    expect(clinicTopicOf(engine.answer('how much do I pay for a massage?'))).toBe('cost');
  });
});
