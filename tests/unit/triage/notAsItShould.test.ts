// A sign told only as something not being normal, right or the same, or as less than before (session 26:
// the fresh red-flag batches "negated normality" and "compared with the other side or with before"; none of
// these is a sentence of them). Vague, so asked about — never passed over; plain enough, acted on.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

const flagged = (text: string) => [...hitIds(text), ...askedFlags(text)];

describe('not normal, not right, not the same', () => {
  it.each([
    ["since Tuesday my bottom doesn't feel like my own when I wipe", 'saddle-numbness'],
    ["the skin between my legs hasn't felt normal since my back went", 'saddle-numbness'],
    ["my left foot doesn't lift like it should any more and my toes keep catching", 'leg-weakness'],
    ["my dad's face doesn't look the same on one side since lunch and his words aren't coming out right", 'stroke'],
  ])('"%s" is %s, asked or acted on', (text, flag) => {
    expect(flagged(text)).toContain(flag);
  });
  it('a back that is not right, with everything else working as usual, is no sign', () => {
    const text = "My back hasn't been right since I moved the fridge, but my legs feel normal and my bladder and bowels are working as usual.";
    expect(hitIds(text)).toEqual([]);
  });
  it('a denied "working properly" is no denial of the sign', () => {
    expect(askedFlags("my waterworks haven't been working properly since Sunday, I stand there and not much comes")).toContain('bladder-dysfunction');
  });
});

describe('less than before, more than normal', () => {
  it('"I can feel far less around my bottom than on Monday" is asked about', () => {
    expect(askedFlags("when I wipe I can feel much less around my bottom than I could last week")).toContain('saddle-numbness');
  });
  it('"harder than it was" is a change in sex, asked about', () => {
    expect(askedFlags('getting an erection is a lot harder than it was before my back went')).toContain('sexual-dysfunction');
  });
  it('"more than normal" is no denial: struggling for breath still acts', () => {
    expect(hitIds("I'm struggling to get my breath far more than usual and can only say a few words")).toContain('breathing');
  });
  it('feeling kept ("I can feel everything") still says all is well', () => {
    expect(askedFlags('I can feel everything fine when I wipe and my bladder is normal')).toEqual([]);
  });
});

describe('not oneself, not walking right', () => {
  it('"he isn\'t himself, he\'s not with it" after an operation asks about sepsis\'s signs', () => {
    expect(askedFlags("My husband isn't himself since his operation on Monday, he's not with it at all")).toContain('sepsis');
  });
  it('"I\'m not walking right" asks about the legs', () => {
    expect(askedFlags("I'm not walking right since Friday and my foot keeps scuffing")).toContain('leg-weakness');
  });
  it('"not quite back to normal" after an old sciatica asks nothing', () => {
    expect(askedFlags("I'm not quite back to normal after my sciatica in the spring, a bit of ache in the right buttock")).toEqual([]);
  });
});

describe('compared with before or with the other side', () => {
  it('a known aneurysm with a change in the pain is an emergency', () => {
    expect(hitIds("I've an aneurysm they scan every year, and since this afternoon my back pain is different, not the same pain at all")).toContain('aortic');
    expect(hitIds("I've an aneurysm they scan every year and my back aches after the garden")).toEqual([]);
  });
  it('"my bones are thinner than they should be" is thin bones', () => {
    expect(hitIds('the scan said my bones are much thinner than they should be at my age')).toContain('osteoporosis');
  });
  it('"I can\'t bend properly for the first hour every morning" at 30 asks about inflammatory back pain', () => {
    expect(askedFlags("I'm 30 and every morning I can't bend properly for the first hour until I've moved about")).toContain('inflammatory-back-pain');
  });
  it('"my left foot doesn\'t lift as high as my right" asks about the leg', () => {
    expect(askedFlags("my left foot doesn't lift as high as my right one any more")).toContain('leg-weakness');
  });
});

describe('a limb told against the other one', () => {
  it('"doesn\'t feel as warm as the other and looks paler" is a cold, pale leg', () => {
    expect(hitIds("in the last hour my right foot doesn't feel as warm as my left and it looks paler")).toContain('cold-leg');
  });
  it('feet cold in winter are no sign', () => {
    expect(hitIds('my feet always feel cold in winter and my back aches')).toEqual([]);
  });
});

describe('a weight log', () => {
  it('three falling weights, not dieting, are weight lost', () => {
    expect(hitIds('Oct: weight 81kg\nNov: 78kg\nDec: 76kg, eating as normal, back aching more')).toContain('weight-loss');
  });
  it('the same on a diet, or two people\'s weights, are not', () => {
    expect(hitIds('Oct 81kg, Nov 78kg, Dec 76kg on my diet plan')).not.toContain('weight-loss');
    expect(hitIds("I'm 80kg and my husband is 70kg, both with bad backs")).not.toContain('weight-loss');
  });
});
