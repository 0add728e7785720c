// Signs told through what someone else noticed (the fresh red-flag batch "what others noticed", session 20).
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('signs in the words of what others saw', () => {
  it('"throwing up and nodding off… since I smacked my head" is a head injury', () => {
    expect(hitIds('My wife says I keep throwing up and nodding off mid-sentence since I smacked my head on the cupboard door when my back locked this morning.')).toContain('head-injury');
  });
  it('a calf "much fatter than the left" three weeks after a hip replacement is a clot in the leg; "fatter than I was" is weight', () => {
    expect(hitIds("I'm three weeks out from my hip replacement and the district nurse noticed my right calf is much fatter than the left. It's really tender when she pressed on it.")).toContain('leg-clot');
    expect(hitIds("I'm fatter than I was and my hip hurts")).toEqual([]);
  });
  it('"I move like a rusty robot for the first hour every morning" at 31 asks the morning-stiffness question', () => {
    expect(askedFlags("I'm 31 and my flatmate jokes that I move like a rusty robot for the first hour every morning until I get going.")).toContain('inflammatory-back-pain');
  });
});

describe('what others checked', () => {
  it('a temperature taken or checked is no fever; a high one is', () => {
    expect(hitIds('My GP checked my temperature and bloods yesterday and everything was normal.')).not.toContain('fever-chills');
    expect(hitIds('I took my temperature and it was 39')).toContain('fever-chills');
    expect(hitIds('I have a temperature and my back hurts')).toContain('fever-chills');
  });
  it('a fall "when I was a teenager" is no injury now', () => {
    expect(hitIds('I broke my wrist falling off my bike when I was a teenager, over twenty years ago.')).not.toContain('trauma');
  });
});
