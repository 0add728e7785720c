// Signs told by a parent or grandparent of the child in their care (the fresh red-flag batch "parents", session 21).
import { describe, expect, it } from 'vitest';
import { parseSomeonesAge } from '../../../src/clinical/triage/parsers.ts';
import { askedFlags, hitIds, protocol } from './contentDetector.ts';

const people = protocol.language.otherPerson.before;

describe("the child's age, however it is told", () => {
  it('with the name between ("my grandson Alfie, 9", "our Maisie is 12") and as "our 15-year-old"', () => {
    expect(parseSomeonesAge('My grandson Alfie, 9, keeps rubbing his knee', people)).toBe(9);
    expect(parseSomeonesAge('Our Maisie is 12 and she has been limping', people)).toBe(12);
    expect(parseSomeonesAge('Our 15-year-old has just gone stiff', people)).toBe(15);
  });
  it('a word with no capital is no name: "our appointment is 12 o\'clock", "my son plays 9 holes"', () => {
    expect(parseSomeonesAge("our appointment is 12 o'clock", people)).toBeUndefined();
    expect(parseSomeonesAge('my son plays 9 holes of golf', people)).toBeUndefined();
  });
});

describe('signs in the words of those who watch', () => {
  it('"walking a bit lopsided" is a limp (WordNet limp.v.1)', () => {
    expect(askedFlags("Our Maisie is 12 and for the last week she's been walking a bit lopsided after school.")).toContain('teen-limp');
  });
  it('"gone stiff… jerking all over, eyes rolled back" is a fit', () => {
    expect(hitIds('Our 15-year-old has just gone stiff on the sofa and started jerking all over, eyes rolled back.')).toContain('seizure');
  });
  it('back pain "all night whichever way she lies" is constant night pain (hers: asked whose it is)', () => {
    expect(askedFlags("My daughter has back pain that's there all night whichever way she lies.")).toContain('night-pain');
    expect(hitIds('My back pain is there all night whichever way I lie.')).toContain('night-pain');
  });
  it('what a parent "asked him about" or the GP "warned us about" is asked about, not acted on', () => {
    expect(hitIds("I asked him about the numb-between-the-legs thing the GP warned us about. Nothing like that, and he's weeing normally.")).toEqual([]);
  });
});

describe('how much a sign matters, asked of no one (the fresh answer batch "after an answer", session 21)', () => {
  it('"how worried should someone be about pins and needles…" is a question; "how worried should I be that I have to strain…" is still asked about', () => {
    expect(hitIds('Follow-up: how worried should someone be about pins and needles or weakness in the legs with back pain — when does it need checking?')).toEqual([]);
    expect(askedFlags("How worried should I be that I have to strain and strain to get a wee going since my lower back flared up?")).toContain('bladder-dysfunction');
  });
});
