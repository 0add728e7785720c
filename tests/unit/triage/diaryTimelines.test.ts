// Stories told as a diary or timeline ("Day 1: … Day 3: …"): a sign told in one entry and said to be
// over in a later one, a short course of steroids, and long morning stiffness told in passing — the
// classes of the fresh red-flag batch "diary timelines" (session 17). Built from content/ as the bot builds it.
import { describe, expect, it } from 'vitest';
import { askedFlags as asked, buildDetector, hitIds } from './contentDetector.ts';

describe('a sign told in one entry and denied "since" in a later one is asked about, not acted on', () => {
  it.each([
    'Day 1 - had a cold, bit of a temperature (37.9) for a day. Day 3 - cold gone, no fever since. Day 10 - back ache after moving house.',
    'I had a fever on Monday. No fever since then, but my back is worse.',
    'Mon: shivery and hot all night. Wed: no chills any more, back still sore.',
  ])('"%s" → the fever question', (text) => {
    expect(hitIds(text)).not.toContain('fever-chills');
    expect(asked(text)).toContain('fever-chills');
  });
  it('the same sign still there is acted on', () => {
    expect(hitIds('I had a fever on Monday. I still have a fever now.')).toContain('fever-chills');
  });
  it('a denial without "since" in a later entry does not take the sign back', () => {
    expect(hitIds('Day 1: fever and chills. Day 2: no better.')).toContain('fever-chills');
    expect(hitIds("I've had a fever since Monday. No chills.")).toContain('fever-chills');
  });
  it('"since" in a later entry that denies nothing does not take the sign back', () => {
    expect(hitIds('I have a high temperature. I have been in bed since Monday.')).toContain('fever-chills');
  });
  it('a sign of many wordings denied "since" in one of them is asked about', () => {
    const text = 'Day 1: I could not pee at all. Day 3: no trouble peeing since.';
    expect(hitIds(text)).not.toContain('bladder-dysfunction');
    expect(asked(text)).toContain('bladder-dysfunction');
  });
  it('a sign that counts in the past still counts ("no cancer since")', () => {
    expect(hitIds('I had breast cancer in 2015. No cancer since then.')).toContain('cancer-history');
  });
});

describe('a sign said to be over in the next sentence, or "long gone", is asked about, not acted on', () => {
  it.each([
    "I had a bad fever with flu in January. That's all cleared up. My back has been sore since I started running again.",
    "Had a cold and a bit of a temperature last month, long gone, but now my back's stiff from lying in bed for a week.",
  ])('"%s" → the fever question', (text) => {
    expect(hitIds(text)).not.toContain('fever-chills');
    expect(asked(text)).toContain('fever-chills');
  });
  it('a sentence that says something is over and tells a sign of its own does not take the sign before back', () => {
    expect(hitIds("I can't feel my bum when I wipe. It's all gone numb down there.")).toContain('saddle-numbness');
    expect(hitIds('I have a fever. It is long gone but now I have chills again')).toContain('fever-chills');
  });
  it('a sign that counts in the past still counts (the detector built here: what is decided while it is built)', () => {
    expect(buildDetector().detect("I had breast cancer in 2015. That's all cleared up.").hits.map((h) => h.flagId)).toContain('cancer-history');
  });
  it('"all cleared up" points back one sentence only', () => {
    expect(hitIds("I have a fever. My back is sore. That's all cleared up.")).toContain('fever-chills');
  });
  it('said first, before any sign, it takes nothing back and asks nothing', () => {
    const text = "That's all cleared up. My back is sore.";
    expect(hitIds(text)).toEqual([]);
    expect(asked(text)).toEqual([]);
  });
});

describe('a short course of steroids is asked about, not taken as months of tablets', () => {
  it.each(['my GP put me on a 5-day steroid course last month for a chest infection', 'a short course of prednisolone last winter', 'I took steroids for 5 days', 'i was on steroids for like a week last yr for a chest infection'])(
    '"%s" → asked',
    (text) => {
      expect(hitIds(text)).not.toContain('steroids');
      expect(asked(text)).toContain('steroids');
    },
  );
  it('months or years of steroids are the flag', () => {
    expect(hitIds("I've been on prednisolone for years")).toContain('steroids');
    expect(hitIds("I've been on a course of steroids for 6 months")).toContain('steroids');
  });
  it('"week" is no word of the course: "weekness" is still read as weakness', () => {
    expect(hitIds('my leg weekness is getting worse and worse')).toContain('leg-weakness');
  });
});

describe('morning stiffness told as lasting a long while asks the inflammatory back pain question', () => {
  it.each([
    'low back stiffness, worst first thing, takes about an hour of moving around to loosen up',
    "Mornings my lower back's stiff and it loosens up by lunchtime",
    'my back is stiff every morning for about half an hour',
  ])('"%s" → asked', (text) => {
    expect(asked(text)).toContain('inflammatory-back-pain');
  });
  it.each(['My back is stiff in the morning for ten minutes then ok', 'stiff back mornings, better after shower', 'my hip is stiff after an hour in the car'])(
    'a short or other stiffness is not: "%s"',
    (text) => {
      expect(asked(text)).not.toContain('inflammatory-back-pain');
    },
  );
});
