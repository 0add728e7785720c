// Found by session 31's blind batches of questions (the reason for asking given beside them, note-taking
// symbols, quiz formats, a count of days), measured once before they were read; none of these sentences
// is one of their questions: why someone asks is no part of what they ask; "→", "+", "vs" and
// abbreviated weekdays are read as words; a quiz's label is a frame; "Week 3" is a count, not a length asked.
import { describe, expect, it } from 'vitest';
import { reasonFrameReader } from '../../../src/clinical/answer/reasonFrame.ts';
import { expandShorthand } from '../../../src/clinical/answer/lexicon.ts';
import { toldTimes } from '../../../src/clinical/answer/toldTime.ts';
import { contentEngine, headingOf, lexicon } from './helpers.ts';

const engine = contentEngine();

describe('the reason for asking', () => {
  const read = reasonFrameReader(lexicon.reasons ?? [], (part) => /\b(?:hip|back)\b/i.test(part));
  it('is taken off from its opening to the end of its sentence', () => {
    expect(read('Does heat help sciatica? Only asking cos we are off camping next week. Thanks')).toBe('Does heat help sciatica? Thanks');
    expect(read('Is yoga OK for a disc? The reason I ask is my gym has a new class.')).toBe('Is yoga OK for a disc?');
  });
  it('stays when it names what we cover, or when nothing else would be left', () => {
    expect(read('Is yoga OK? Asking because my back is worse after it.')).toBe('Is yoga OK? Asking because my back is worse after it.');
    expect(read('just asking because I am nosy')).toBe('just asking because I am nosy');
  });
  it('"asking" of what is wanted, or inside a sentence, is no reason', () => {
    expect(read('Should I be asking my GP for a scan of my spine?')).toBe('Should I be asking my GP for a scan of my spine?');
    expect(read("my GP keeps asking as if I'm making it up, should I get a second opinion?")).toBe("my GP keeps asking as if I'm making it up, should I get a second opinion?");
  });
  it.each([
    ['Can a slipped disc heal on its own? Only asking as my insurance renewal is due and I need to decide on cover.', 'Herniated or slipped disc'],
  ])('%j → %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });
});

describe('note-taking symbols and abbreviations', () => {
  it('are read as their words, unless a digit stands against them or they sit inside a name', () => {
    expect(expandShorthand('stiff back → hip pain + sciatica', lexicon)).toMatch(/stiff back\s+leads to\s+hip pain\s+and\s+sciatica/);
    for (const kept of ['temp 38+ so A&E or GP?', 'A & E or my GP', 'SLR +ve on the left', 'thanks =)', '2 + 2 weeks', "we'd like to book"]) expect(expandShorthand(kept, lexicon)).toBe(kept);
  });
  it('a pain that leads to another is the one causing it', () => {
    expect(headingOf(engine.answer('stiff back → hip pain too? is that normal'))).toBe('How back problems can cause hip pain');
  });
  it.each([
    ['how much is a 1st session vs follow up?', 'cost'],
    ['need to move my appt from tues to thurs, how do I do that?', 'booking'],
  ])('%j is the clinic\'s %s', (q, topic) => {
    expect(engine.answer(q)).toMatchObject({ kind: 'clinic', topic });
  });
});

describe('a quiz is a frame', () => {
  it('"Rate this idea out of 10" asks about the idea', () => {
    expect(headingOf(engine.answer('Rate this idea out of 10: a hot bath for a stiff back every night?'))).toBe('Heat or ice');
  });
});

describe('a count of days kept', () => {
  it('"Week 2 now", "Day 12" are told, not asked', () => {
    expect(toldTimes(['week', '2', 'now', 'of', 'this', 'ache'])).toContain('week');
    expect(toldTimes(['day', '12', 'update'])).toContain('day');
    expect(toldTimes(['how', 'long', 'do', 'weeks', 'of', 'pain', 'mean'])).not.toContain('weeks');
  });
});
