// Edges of the red-flag reading that no batch test pinned down (found by mutation testing, session 16):
// a disguise in one sentence of several, someone else's past with their pain now, screens that count the
// past, how far a "none" reaches, a history marker without a pointer, a sign that is over from the first word.
import { describe, expect, it } from 'vitest';
import { askedFlags as asked, buildDetector, detector, hitIds } from './contentDetector.ts';

const whose = (text: string) => detector.detect(text).possible.filter((p) => p.reason === 'whose').flatMap((p) => p.flags);

describe('"asking for a friend" in one sentence disguises the question in the next', () => {
  it('a supposed sign after it is asked about', () => {
    expect(asked("Asking for a friend. What would it mean if someone couldn't feel their bottom on the toilet?")).toContain('saddle-numbness');
  });
  it('the same question with no disguise asks nothing', () => {
    expect(asked("What would it mean if someone couldn't feel their bottom on the toilet?")).toEqual([]);
  });
  it('a sign with no screen of its own (a tearing pain) is asked about too; with no disguise nothing is asked', () => {
    expect(asked('Asking for a friend: hypothetically, if someone had a tearing pain in their back what would it mean?')).toContain('aortic');
    expect(asked('If someone had a tearing pain in their back what would it mean?')).toEqual([]);
  });
  it('a plain question about such a sign is asked about after a disguise, not without', () => {
    expect(asked('Asking for a friend. Is a tearing pain in the back serious?')).toContain('aortic');
    expect(asked('Is a tearing pain in the back serious?')).toEqual([]);
  });
  it('a word that only hints at a sign (weeing a lot) is asked about after a disguise, not without', () => {
    expect(asked('Asking for a friend. What would it mean if someone kept weeing a lot at night?')).toContain('bladder-dysfunction');
    expect(asked('What would it mean if someone kept weeing a lot at night?')).toEqual([]);
  });
  it('"hypothetically" disguises an "if" too; a plain "if" asks nothing', () => {
    expect(asked("hypothetically, if I couldn't feel my bum, what would that mean?")).toContain('saddle-numbness');
    expect(asked("if I couldn't feel my bum, what would that mean?")).toEqual([]);
  });
});

describe("someone else's past that counts, with their pain now", () => {
  it('"Mum finished her cancer treatment… now she\'s got a back pain" asks whose the pain is', () => {
    expect(whose("Mum finished her breast cancer treatment two years ago, and now she's got a back pain she can't shift")).toContain('cancer-history');
  });
  it("the writer's own pain now does not make it the mother's", () => {
    expect(whose("Mum had breast cancer two years ago and now I've got back pain")).toEqual([]);
  });
  it('pain now with no one named in its clause is not taken for hers', () => {
    expect(whose("Mum had breast cancer two years ago and now the back pain won't shift")).toEqual([]);
  });
  it('pain the writer shares ("she and I both") is not asked whose', () => {
    expect(whose('Mum had breast cancer two years ago and now she and I both have back pain')).toEqual([]);
  });
  it('her pain denied is no pain now', () => {
    expect(whose('Mum had breast cancer two years ago and she has no back pain now')).toEqual([]);
  });
});

describe("a screen whose flag counts the past asks about the patient's own past", () => {
  it('a hint of cancer told as the past ("a scan for a growth last year") is asked about; built inside the test', () => {
    const d = buildDetector();
    expect(d.detect('I had a scan for a growth last year').possible.flatMap((p) => p.flags)).toContain('cancer-history');
    expect(d.detect('I had a lump removed from my breast years ago').possible.flatMap((p) => p.flags)).toContain('cancer-history');
  });
  it("someone else's old growth is not", () => {
    expect(asked('my dad had a growth removed years ago')).toEqual([]);
  });
  it.each(['I had a lump removed from my breast years ago', '2019: lump removed from my breast'])('"%s" → the cancer question', (text) => {
    expect(asked(text)).toContain('cancer-history');
    expect(hitIds(text)).toEqual([]);
  });
});

describe('how far a "none" reaches (the detector built inside each test)', () => {
  it('weight lost on a diet said anywhere in the sentence is on purpose', () => {
    expect(buildDetector().detect("I've been doing slimming world since january and I've lost 3 stone").hits.map((h) => h.flagId)).not.toContain('weight-loss');
  });
  it('for a fit, only nearby: "keep fit" in the next clause does not make a fit fitness', () => {
    expect(buildDetector().detect('I had a fit this morning, I was trying to keep fit').hits.map((h) => h.flagId)).toContain('seizure');
  });
  it('for other signs only nearby: the gym in another clause does not explain weak legs', () => {
    expect(hitIds("my legs have gone weak since this morning and I haven't been to the gym for weeks")).toContain('leg-weakness');
  });
});

describe('the past of someone else, from their first word of the past on', () => {
  it('"my son is 6, he started limping yesterday, there was no fall" is his limp now', () => {
    expect(whose('my son is 6, he started limping yesterday, there was no fall')).toContain('teen-limp');
  });
});

describe('a history marker dates the clause before it only when it points back', () => {
  it('"Numbness down below, but that was years ago" is over, from its first word', () => {
    expect(hitIds('Numbness down below, but that was years ago')).toEqual([]);
  });
  it('"I can\'t feel my bum, I had a fall years ago": the fall is old, the numbness is not', () => {
    expect(hitIds("I can't feel my bum, I had a fall years ago")).toContain('saddle-numbness');
  });
  it('a pointer earlier in the sentence ("that was scary, …") does not point from the old fall back to the numbness', () => {
    expect(hitIds("that was scary, I can't feel my bum, I had a fall years ago")).toContain('saddle-numbness');
  });
  it('"…since this morning, I had a fall years ago" leaves the sign of this morning', () => {
    expect(hitIds("I can't feel my bum since this morning, I had a fall years ago")).toContain('saddle-numbness');
  });
});

describe('a sign said to be over, from the very first word', () => {
  it('"Tingling down there, but it went away after an hour" is asked about', () => {
    expect(hitIds('Tingling down there, but it went away after an hour')).toEqual([]);
    expect(asked('Tingling down there, but it went away after an hour')).toContain('saddle-numbness');
  });
});

describe('how the words are read before the signs', () => {
  it('a dash between spaces breaks the clause: "my back aches - fever: yes" tells a fever', () => {
    expect(hitIds('my back aches - fever: yes')).toContain('fever-chills');
  });
  it('a doubled negative with words between ("I don\'t really feel nothing down there") is no denial: asked about', () => {
    expect(detector.detect("I don't really feel nothing down there").denied).toEqual([]);
    expect(asked("I don't really feel nothing down there")).toContain('saddle-numbness');
  });
});

describe('a return told after "went away" undoes it, unless the return itself is denied', () => {
  it('a "no" earlier in the sentence does not deny the return ("No idea why, but … went away yesterday and it\'s back today")', () => {
    expect(hitIds("No idea why, but the tingling down below went away yesterday and it's back today")).toContain('saddle-numbness');
  });
  it('"went away and has not come back" stays over: asked about, not acted on', () => {
    expect(hitIds('numb bum last week, it went away and has not come back')).toEqual([]);
  });
});
