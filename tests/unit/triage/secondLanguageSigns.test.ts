// Signs told in English as a second language (the fresh red-flag batch "second language", session 19):
// literal likenesses, "giving away" for "giving way", a denial that must not reach the next clause.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a denial stops where the patient starts a new clause', () => {
  it('"…not stand up anymore and down there I feel nothing" tells numbness', () => {
    expect(hitIds('with my wife now the thing not stand up anymore and down there I feel nothing when she touch')).toContain('saddle-numbness');
  });
  it('"no pain in my legs and down there I feel nothing" tells numbness; "no numbness down there" still denies it', () => {
    expect(hitIds('I have no pain in my legs and down there I feel nothing')).toContain('saddle-numbness');
    expect(hitIds('no numbness down there and I can walk fine')).not.toContain('saddle-numbness');
  });
});

describe('weak legs by a likeness or a near word', () => {
  it('"legs like cotton… shaking and giving away" asks the leg question', () => {
    expect(askedFlags('both my legs have become like cotton, when I stand up they are shaking and giving away and I must hold the wall')).toContain('leg-weakness');
  });
});

describe('bones that break easily', () => {
  it('"my bones are like biscuit, thin and easy to break" is osteoporosis', () => {
    expect(hitIds('My doctor told me after the DEXA scan that my bones are like biscuit, thin and easy to break.')).toContain('osteoporosis');
  });
  it('bones said to be strong or fine are not', () => {
    expect(hitIds('my bones are strong, not brittle at all')).not.toContain('osteoporosis');
    expect(hitIds('my bones are fine but my back is fragile')).not.toContain('osteoporosis');
  });
});

describe('a swollen calf', () => {
  it('with the operation told in the sentence before, is taken as a possible clot at once', () => {
    expect(hitIds('I had hip replacement three weeks ago. Now the calf on the same leg is swollen, hard and very painful.')).toContain('leg-clot');
  });
});

describe('a dose told as written on the box', () => {
  it('"like is written on the box" asks nothing; "more than is written on the box" after a comma still asks', () => {
    expect(askedFlags('For my hip pain I take paracetamol two tablets four times in the day like is written on the box')).not.toContain('overdose');
    expect(askedFlags('I took 20 tablets, more than is written on the box')).toContain('overdose');
  });
});
