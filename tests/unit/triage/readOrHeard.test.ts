// Signs framed by what the writer read, watched or heard (the fresh red-flag batch "read it online", session 21).
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('what a page, a leaflet or a programme said is asked about, not acted on', () => {
  it('"a forum said to worry if you lose control of your bladder" asks about the bladder', () => {
    const says = 'A forum said to worry if you lose control of your bladder.';
    expect(hitIds(says)).toEqual([]);
    expect(askedFlags(says)).toContain('bladder-dysfunction');
    // …and denied after it, nothing is left to ask.
    expect(askedFlags(`${says} No problems there, it is a dull ache after sitting.`)).toEqual([]);
  });
  it('"the physio leaflet says numbness in the saddle area is an emergency" asks about the saddle area', () => {
    const says = 'The physio leaflet says numbness in the saddle area is an emergency. My pain is a tight band across my lower back.';
    expect(hitIds(says)).toEqual([]);
    expect(askedFlags(says)).toContain('saddle-numbness');
  });
  it('a condition named on a page ("the NHS cauda equina page") is the page\'s subject', () => {
    const says = 'I read the NHS cauda equina page twice to be sure. Just a stiff lower back since we moved house.';
    expect(hitIds(says)).toEqual([]);
    expect(askedFlags(says)).toContain('cauda-equina');
  });
  it('"heard on a podcast that legs giving way is serious" asks about the legs', () => {
    expect(hitIds('Heard on a podcast that legs giving way is serious. It is my lower back that aches when I hoover.')).toEqual([]);
  });
  it('the writer\'s own sign beside what they read is acted on', () => {
    expect(hitIds('The leaflet says numbness in the saddle area is serious. Since last night I cannot feel my bum at all when I wipe.')).toContain('saddle-numbness');
    expect(hitIds('I was reading about sciatica. Both my legs have gone numb since this morning.')).toContain('bilateral-sciatica');
  });
  it('what someone told the writer about the writer is no page: "my wife says I\'ve been dribbling"', () => {
    expect(hitIds("My wife says I've been dribbling wee since my back went on Monday.")).toContain('bladder-dysfunction');
  });
});

describe('what follows', () => {
  it('a number standing alone takes up a medicine named before it: "…co-codamol. I\'ve had about twelve since this morning"', () => {
    expect(askedFlags("Someone on a forum said you can double up co-codamol if the pain's bad. I've had about twelve since this morning and now I feel really drowsy and sick.")).toContain('overdose');
    expect(askedFlags("I take ibuprofen for my back. I've had back pain for twelve days.")).not.toContain('overdose');
  });
  it('a denied sign ends what "it" can point back to', () => {
    const says = "After reading about foot drop I kept watching how I walk. No dragging or catching, both feet lift normally. It's a nagging pain in my right buttock.";
    expect(hitIds(says)).toEqual([]);
  });
});
