// Classes found by session 29's blind answer batches (questions framed by gear and gadgets; half-remembered
// pages and leaflets), measured once before these were read; none of these sentences is one of theirs.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();

describe('a named medicine asked about: the section on its kind answers, with a word for the pharmacist', () => {
  it.each([
    ['Is ibuprofen gel any better than paracetamol for a stiff lower back?', 'Painkillers and anti-inflammatories'],
    ['They gave me diazepam for the spasm in my back. Does that sort of thing help, and will it make me drowsy?', 'Muscle relaxants'],
  ])('%j → %s, marked as a medicine question', (q, heading) => {
    const r = engine.answer(q);
    expect(headingOf(r)).toBe(heading);
    expect(r.kind === 'answer' && r.medicine).toBe(true);
  });
  it('a question with no named medicine is answered as before, unmarked', () => {
    const r = engine.answer('do anti-inflammatories help hip pain?');
    expect(headingOf(r)).toBe('Painkillers and anti-inflammatories');
    expect(r.kind === 'answer' && r.medicine).toBeFalsy();
  });
  it.each([
    ['how much paracetamol can I take in a day for my hip?'],
    ['what dose of co-codamol is safe for back pain?'],
    ['Can I take 500mg paracetamol and ibuprofen together for my back?'],
    ['Can I take 2 paracetamol and 2 ibuprofen together for my back?'],
    ['Can I take ibuprofen and paracetamol for my back 3 times a day?'],
  ])('a dose is the pharmacist\'s alone: %j is declined as a medicine question', (q) => {
    expect(engine.answer(q)).toEqual({ kind: 'none', reason: 'medicine' });
  });
  it('a medicine of no kind the sections explain is declined as a medicine question', () => {
    expect(engine.answer('is it safe to take omeprazole with my back tablets?')).toEqual({ kind: 'none', reason: 'medicine' });
    expect(engine.answer('can I take pregabalin for my sciatica?')).toMatchObject({ kind: 'none' });
  });
});

describe("the clinic's questions beside a story", () => {
  it('a question with an everyday word of a heading ("after work") does not make the clinic question a health one', () => {
    expect(engine.answer('Could I pop in after work? When do you shut on Thursdays — my diary is full till six')).toEqual({ kind: 'clinic', topic: 'hours' });
  });
  it('a question of "how the claim works" after an insurer told is the insurance', () => {
    expect(engine.answer('My AXA app says I have physio cover. Do you take it and how does the claim work?')).toMatchObject({ kind: 'clinic', topic: 'insurance' });
  });
  it('cues only in statements, in a message about another illness, are the story', () => {
    expect(engine.answer("Hay fever has wrecked my week and I can't afford more days off. Which tablets work best?").kind).not.toBe('clinic');
  });
  it('a bot as the other of two asks who this is; reaching a human asks for one', () => {
    expect(engine.answer('is this a real physio replying or some automated bot?')).toEqual({ kind: 'clinic', topic: 'who' });
    expect(engine.answer("Sick of explaining my back to a chat window, how do I reach an actual human?")).toMatchObject({ kind: 'clinic', topic: 'human' });
  });
});
