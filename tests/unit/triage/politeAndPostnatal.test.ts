// Classes found by session 34's blind batches (over-polite questions; pregnancy and new parents),
// measured once before they were read; none of these sentences is one of their messages: a word only
// starting like "heart" is no heart ("heartfelt thanks"); a joint that cracked is no crack cocaine; the
// writer "in a muddle" is in a fix, not confused; losing weight as the subject of a supposing question is
// no weight lost; a caesarean carries a clot's risk as an operation does, and a leg swollen and painful is asked about; not
// being able to get or keep an erection is told in any order.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

const told = (text: string) => [...hitIds(text), ...askedFlags(text)];

describe('words that only look like a sign', () => {
  it.each([
    ['Is a heat pack alright for an achy hip at night? With heartfelt thanks.', 'chest-pain'],
    ['It was heartening to read your page on back pain. Does walking help?', 'chest-pain'],
    ['Is it worth having needles put in by the osteopath, or having my back cracked by a chiropractor?', 'ivdu'],
    ["Sorry, I'm in a bit of a muddle about which exercises to do for my hip.", 'sudden-confusion'],
    ['Would losing a couple of stone take the strain off my hips?', 'weight-loss'],
    ['Could shedding some weight and walking more ease my back?', 'weight-loss'],
    ["I honestly can't face another physio session this week, my back is so stiff.", 'stroke'],
    ['Slipped on the bathroom mat on Sunday and my lower back has ached since.', 'bladder-dysfunction'],
  ])('%j is no %s', (text, flag) => {
    expect(told(text)).not.toContain(flag);
  });
  it.each([
    ['My heart is pounding and my back hurts', 'chest-pain'],
    ['I inject crack most weekends and my back is agony', 'ivdu'],
    ["Mum's in a muddle since this morning and doesn't know what day it is", 'sudden-confusion'],
    ["I've lost two stone since the summer without trying and my back aches at night", 'weight-loss'],
    // A review's probes: a muddle of one's own with no choice named, and weight lost without trying asked as a question.
    ["I'm in rather a muddle. I keep losing my way round the house and my back hurts.", 'sudden-confusion'],
    ['Might shedding all this weight without even trying be why my back aches at night?', 'weight-loss'],
  ])('%j is still %s', (text, flag) => {
    expect(told(text)).toContain(flag);
  });
  it('the writer in a muddle with no choice named is asked about, not acted on', () => {
    const text = "I'm in a muddle. I can't decide whether to phone my GP or wait for my physio.";
    expect(hitIds(text)).not.toContain('sudden-confusion');
    expect(askedFlags(text)).toContain('sudden-confusion');
  });
});

describe('a clot after a birth, and an erection not got or kept', () => {
  it.each([
    ['Had an emergency caesarean twelve days ago. Now my left calf is swollen and sore to walk on.', 'leg-clot'],
    ['Since my back went on Friday I cannot get or keep an erection at all.', 'sexual-dysfunction'],
    ["Ever since lifting the wardrobe I couldn't maintain an erection, and my back is awful.", 'sexual-dysfunction'],
  ])('%j is %s at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('a leg swollen and aching, with no calf or operation named, is asked about', () => {
    expect(askedFlags('Three weeks postpartum and one leg is swollen, hot to touch and aching.')).toContain('leg-clot');
  });
  it.each([
    'I gave birth in May and my ankles swell a bit in the heat, but my back is the real problem.',
    "I'm nine months postnatal and my ankles swell at the end of a long day.",
    'No problems getting an erection, just the lower back pain after gardening.',
    'My second was a caesarean eight years ago and my legs swell on long shifts.',
  ])('%j is neither', (text) => {
    expect(hitIds(text)).not.toContain('leg-clot');
    expect(hitIds(text)).not.toContain('sexual-dysfunction');
  });
});

describe('an erection not got: with the back it acts, alone it asks', () => {
  it('told beside other causes, it is asked about', () => {
    const text = "I can't keep an erection these days, it has been like that for years with my diabetes.";
    expect(hitIds(text)).not.toContain('sexual-dysfunction');
    expect(askedFlags(text)).toContain('sexual-dysfunction');
  });
});
