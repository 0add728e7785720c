// Signs played down ("probably nothing, but…"; the fresh batch "hedged and played down", session 18):
// the hedge changes nothing of what is told, and a list of what is fine stays a denial.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a sign played down is still the sign', () => {
  it('"I can\'t really put any weight on that leg at all" after a slip is a leg that cannot bear weight', () => {
    expect(hitIds("I slipped on the wet kitchen floor yesterday. Probably just bruised, but I can't really put any weight on that leg at all.")).toContain('cant-move-leg');
    expect(hitIds("I can't even stand on it since the fall.")).toContain('cant-move-leg');
  });
  it('"I can\'t say I\'ve put on weight" is none', () => {
    expect(hitIds("I can't say I've put on weight, my back just aches.")).not.toContain('cant-move-leg');
  });
  it("someone else's face drooping since twenty minutes ago is now, not their past", () => {
    expect(hitIds("Probably nothing, but my husband's face looks a bit droopy on one side since about twenty minutes ago.")).toContain('stroke');
  });
  it("someone else's stroke years ago is their past", () => {
    expect(hitIds('My dad had a stroke years ago.')).not.toContain('stroke');
  });
  it('mornings "locked for about an hour" that "loosen up" ask the inflammatory back pain question', () => {
    expect(askedFlags("I'm 28 and my lower back has been stiff for a year. Mornings it's kind of locked for about an hour, then it loosens up once I get moving.")).toContain(
      'inflammatory-back-pain',
    );
    expect(askedFlags('My back takes an hour to loosen up in the morning.')).toContain('inflammatory-back-pain');
    expect(askedFlags('I loosen up after a few minutes in the morning.')).not.toContain('inflammatory-back-pain');
  });
});

describe('a list of what is fine is a denial', () => {
  it('"Peeing fine, no problems there, and nothing feels numb anywhere" is no emergency', () => {
    const text = "Back's been sore this week after moving house. Peeing fine, no problems there, and nothing feels numb anywhere, just achy muscles I think.";
    expect(hitIds(text)).toEqual([]);
  });
  it('"nothing feels numb" does not deny a sign told after it', () => {
    expect(hitIds('Nothing feels numb but I wet myself twice today.')).toContain('bladder-dysfunction');
  });
});
