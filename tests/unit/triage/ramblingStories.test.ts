// Warning signs told once in the middle of a long, rambling message, and habitual signs that are over:
// the classes of the fresh red-flag batch "long rambles" (session 16). Built from content/ as the bot builds it.
import { describe, expect, it } from 'vitest';
import { askedFlags as asked, hitIds } from './contentDetector.ts';

describe('"have not been able to" is the same inability as "cannot"', () => {
  it.each([
    ["since then I haven't been able to put any weight through that leg at all", 'cant-move-leg'],
    ["I haven't been able to put any weight on that leg", 'cant-move-leg'],
    ["he hasn't been able to stand since this morning", 'cant-move-leg'],
  ])('"%s" → %s at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('a distance never managed for years is a limit, not a sign', () => {
    expect(hitIds("I haven't been able to walk far for years")).toEqual([]);
  });
  it('in the middle of a long message it still interrupts at once', () => {
    const text =
      "Hi, I'm 37 and I teach PE, so I'm fairly active. I've had on and off pain in my right hip for about six months. " +
      "Then on Tuesday I was demonstrating a drill, and since then I haven't been able to put any weight through that leg at all, " +
      "I've been hopping round the house on crutches. Do you have a hip specialist, and can you refer for an MRI directly? Thanks, Emma";
    expect(hitIds(text)).toContain('cant-move-leg');
  });
});

describe('a sign that comes and goes and "is gone" is asked about, not alarmed at', () => {
  it.each([
    "My backside goes a bit numb on the long runs, same as every driver I know, but it's gone as soon as I'm out of the cab, always been like that.",
    "my bum goes numb on the long runs but it's gone as soon as I get out",
  ])('"%s" is asked about', (text) => {
    expect(hitIds(text)).toEqual([]);
    expect(asked(text).length).toBeGreaterThan(0);
  });
});
