// A sign first denied or played down, then admitted ("not having any waterworks issues as such, apart
// from I haven't managed a proper wee since last night"), and an alarm first raised, then explained
// ("I ticked weight loss, but that's on purpose — Slimming World"): the classes of the fresh red-flag
// batch "first denied, then corrected" (session 15). Built from content/ as the bot builds it.
import { describe, expect, it } from 'vitest';
import { hitIds } from './contentDetector.ts';

describe('"haven\'t managed", "not been able to": cannot, in other words', () => {
  it.each([
    "Not having any waterworks issues as such, apart from I haven't managed a proper wee since last night.",
    'I have not been able to pee all day and my back is agony',
  ])('"%s" → bladder at once', (text) => {
    expect(hitIds(text)).toContain('bladder-dysfunction');
  });
  it('"I haven\'t managed to sleep" is no sign', () => {
    expect(hitIds("I haven't managed to sleep")).toEqual([]);
  });
});

describe('weight lost on purpose, said anywhere in the sentence', () => {
  it.each([
    "I've been doing Slimming World since January and I'm 8 pounds down",
    "I ticked 'weight loss' on your form, but that's on purpose - I've been doing Slimming World since January and I'm 8 pounds down.",
  ])('"%s" is no sign', (text) => {
    expect(hitIds(text)).not.toContain('weight-loss');
  });
  it.each(["I've lost a stone without trying and my back aches at night", "I'm not dieting but I've lost a stone"])('"%s" still is', (text) => {
    expect(hitIds(text)).toContain('weight-loss');
  });
  it('other flags still cancel only in their clause: "I shoot up and my back hurts" is injecting', () => {
    expect(hitIds('I shoot up heroin most days and my back hurts')).toContain('ivdu');
  });
});
