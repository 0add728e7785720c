// Classes found by session 40's blind batches written by hairdressers and beauty therapists, by police, fire and
// prison officers, and in lawyers' formal clauses, measured once before they were read; none of these sentences is
// one of their questions: a part of the body inside an adjective that names none (WordNet's "hands-on", before its
// noun), and doubt between ways of care with carrying on regardless (WordNet's press on, "crack on"); what a
// helper's review found these must not touch.
import { describe, expect, it } from 'vitest';
import { answeredAs, contentEngine } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => answeredAs(engine.answer(q));

describe('a part of the body inside an adjective of several words', () => {
  it.each([
    'Do physiotherapists do hands-on therapy or just exercises?',
    'What does a physiotherapist do in a first session - hands on treatment or advice?',
  ])('%j is answered about physiotherapy, not declined for the hands', (q) => {
    expect(shown(q)).toBe('Physiotherapy');
  });
  it.each([
    'my hands go numb on and off, could it be a trapped nerve?',
    'I put my hands on the desk to stand up and my wrist hurts, why?',
    'tingling hands on and off for weeks',
    'pain in head on the left side',
    'swollen glands under arms',
    'pins and needles in hand',
  ])('%j is still about that part of the body, and declined', (q) => {
    expect(shown(q)).toBe('none');
  });
});

describe('doubt between ways of care', () => {
  it.each([
    "honestly don't know whether to ring the GP, see a physio or just crack on",
    'not sure if I should see the GP or a physio or just ignore it',
    'unsure if I need the GP or physio or should just press on. help',
  ])(
    '%j is answered by the section for not knowing what to do',
    (q) => expect(shown(q)).toBe('Not sure what to do'),
  );
  it.each([
    'dunno if I should see a physio about my knee or just wait it out',
    "not sure whether to see the GP about my cough or just ignore it",
    'i feel confused and dizzy',
  ])('%j is not ours, and declined', (q) => expect(shown(q)).toBe('none'));
});
