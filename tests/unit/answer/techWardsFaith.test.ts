// Classes found by session 41's blind batches written by software developers, by ward and care-home staff and by
// people whose pain meets their worship, measured once before they were read; none of these sentences is one of
// their questions: the pain taking over one's whole life (WordNet's verbs of affecting, disrupting and taking over,
// before "everything"), booking named as one of the routes a doubt weighs, a name cut short ("physio") or of several
// words that a heading says whole ("SI joint"), and what these must not touch.
import { describe, expect, it } from 'vitest';
import { answeredAs, contentEngine } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => answeredAs(engine.answer(q));

describe('the pain taking over everything', () => {
  it.each([
    "my back is disrupting everything at the moment, can't garden, can't drive far. is that usual?",
    'is it normal for hip pain to take over everything like this',
    "it's ruining my life honestly, can't sleep or lift the baby. normal with a bad back?",
  ])('%j is answered by how the pain affects daily life', (q) => {
    expect(shown(q)).toBe('How the pain affects daily life');
  });
  it.each([
    "I've tried everything for my back and nothing works, what else is there?",
    'everything I read says keep moving, does walking help a bad back?',
    // A helper's review: what takes over must be the pain or the part, and "life" one's own.
    "I eat everything and I've put on weight, is that why my back hurts?",
    'Does sciatica affect everything down the leg?',
    'Does ankylosing spondylitis affect life expectancy?',
  ])('%j is not read as daily life', (q) => {
    expect(shown(q)).not.toBe('How the pain affects daily life');
  });
});

describe('booking as one of the routes a doubt weighs', () => {
  it.each([
    "I really can't decide whether to phone my GP, book in with you or just rest it for a week",
    'not sure whether to book a physio or wait it out with my hip, what would you do?',
  ])('%j is answered by the section for not knowing what to do', (q) => {
    expect(shown(q)).toBe('Not sure what to do');
  });
  it.each([
    'can I book an appointment for my back on Thursday?',
    "I don't know how to book, do I ring you or is there a website?",
    'not sure if I can book online or do I have to phone?',
    // A helper's review: a referral, or a choice of slot with the physio, is no choice of care.
    'Not sure whether my GP has to refer me or I can book in with you directly',
    "Can't decide whether to book the morning or evening physio slot",
  ])('%j is still a booking', (q) => {
    expect(shown(q)).toBe('clinic:booking');
  });
});

describe('names cut short or said in several words', () => {
  it.each([
    'first time going to physio next week, what happens there? is it only a list of exercises?',
    'so what actually happens in physio for a bad back, apart from exercises?',
  ])('%j is answered about physiotherapy, not gentle exercise', (q) => {
    expect(shown(q)).toBe('Physiotherapy');
  });
  it.each([
    'my osteopath keeps saying my SI joint is stuck. what is that?',
    'SI joint pain - what is the SI joint and why does it hurt?',
  ])('%j is answered by the section on the sacroiliac joint', (q) => {
    expect(shown(q)).toBe('Sacroiliac joint dysfunction');
  });
});

describe('an English word is no name cut short', () => {
  it('"butt in" names no buttock, and the knee is declined', () => {
    expect(shown('Can I butt in with a quick question about my knee?')).toBe('none');
  });
});
