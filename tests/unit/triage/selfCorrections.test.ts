// A message that corrects itself (session 25: the fresh red-flag batch "self-corrections"; none of these is a
// sentence of the batch). What a correction takes back is asked about, never acted on nor dropped; what it
// puts right is read as told.
import { describe, expect, it } from 'vitest';
import { parseAge } from '../../../src/clinical/triage/parsers.ts';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a lone "*" takes back what came before it', () => {
  it('both legs numb, taken back: asked, not 999', () => {
    const text = 'both my legs are numb *sorry, only my left little toe, from tight shoes';
    expect(hitIds(text)).not.toContain('bilateral-sciatica');
    expect(askedFlags(text)).toContain('bilateral-sciatica');
  });
  it('what the star puts right is read as told', () => {
    expect(hitIds('my calf is a bit achy *actually the whole calf has swollen up and is bigger than the other, since my knee op last week')).toContain('leg-clot');
  });
  it('an emphasis "*really*" takes nothing back', () => {
    expect(hitIds('I *really* cannot feel my bum or my private parts since this morning')).toContain('saddle-numbness');
  });
});

describe('"can" corrected to "can\'t"', () => {
  it('"I can move my leg. Sorry, I mean can\'t" is a leg that cannot move', () => {
    expect(hitIds("I can move my right leg. Sorry, I mean can't. Since I woke up.")).toContain('cant-move-leg');
  });
  it('"*can\'t" after "I can stand" after a fall is a leg that cannot bear weight', () => {
    expect(hitIds("Slipped in the bath and landed on my hip. I can stand *can't, autocorrect again.")).toContain('hip-fracture');
  });
});

describe('the writer quoting their own words back', () => {
  it('"I said I\'d wet myself but I meant…" is asked about', () => {
    const text = "Correction: I said I'd wet myself but I meant I spilt my tea on my lap when my back twinged";
    expect(hitIds(text)).not.toContain('bladder-dysfunction');
    expect(askedFlags(text)).toContain('bladder-dysfunction');
  });
  it('a report with "I said" in a message that corrects nothing is read as told', () => {
    expect(hitIds("I said to my wife I can't feel my bum or between my legs since this morning")).toContain('saddle-numbness');
  });
});

describe('a sign told, then denied later in a message that corrects itself', () => {
  it('is asked about', () => {
    const text = 'edit: I typed chest pain earlier. It was the chest freezer I hurt my back lifting. No chest pain.';
    expect(hitIds(text)).not.toContain('chest-pain');
  });
});

describe('"no actual …" denies', () => {
  it('"no actual chest pain" is a denial, not a report', () => {
    expect(hitIds('My back hurts after moving the sofa. No actual chest pain.')).not.toContain('chest-pain');
  });
});

describe('an age corrected', () => {
  it('the last age stated in a message that corrects itself', () => {
    expect(parseAge("I'm 61 and limping. Typo, I'm 16 not 61", true)).toBe(16);
    expect(parseAge("I'm 61 and limping after football", true)).toBe(61);
  });
});

describe('a word struck out in quotes', () => {
  it('"scratch \'cancer\'" takes the word back: asked, not acted on', () => {
    const text = "Edit: scratch 'cancer', I meant my cat had a cancer scare. My back is just stiff.";
    expect(hitIds(text)).not.toContain('cancer-history');
  });
});
