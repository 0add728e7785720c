// Signs as airline crews, team-sport players and cleaners tell them (session 47's blind batches), none of these
// sentences one of theirs: a bus or coach off the road, someone out cold; and what only sounds like a sign: a likeness
// of being hit by a bus, the ward someone works on, numb legs that came right again, someone else who is fine now.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a bus or coach in an accident (WordNet bus.n.1 and its kinds)', () => {
  it.each([
    'The team coach left the road on the M6 and I was thrown across the aisle, my back is agony',
    'our school bus skidded off the road into a ditch this morning and my lower back hurts',
    'a double-decker ran into the back of my car at the lights',
  ])('is a serious accident: %j', (text) => {
    expect(hitIds(text)).toContain('trauma');
  });
  it.each(['I drive a bus for a living and my back aches by Friday', 'been off the road a month with my back, the van has just sat there', 'my coach hit me with a tackle bag in training and my hip is sore'])(
    'is no accident: %j',
    (text) => {
      expect(hitIds(text)).not.toContain('trauma');
    },
  );
});

describe('feeling as if hit by a vehicle is a likeness, not an accident', () => {
  it.each(['woke up feeling like I had been hit by a lorry', "my back feels like I'd been run over by a tractor", 'honestly as if I had been hit by a car after that shift'])(
    '%j',
    (text) => {
      expect(hitIds(text)).not.toContain('trauma');
    },
  );
  it('being hit by one, with a likeness after it, is still an accident', () => {
    expect(hitIds('I was hit by a car crossing the road and it feels like my back is broken')).toContain('trauma');
  });
});

describe('someone out cold', () => {
  it.each(['my husband is out cold on the kitchen floor', 'the lad went down in the tackle and was spark out for a minute'])('is acted on: %j', (text) => {
    expect(hitIds(text)).toContain('unresponsive');
  });
  it('out cold from sleep is asked about, not acted on', () => {
    const text = 'I slept so badly, then was out cold till ten, now my back is stiff';
    expect(hitIds(text)).not.toContain('unresponsive');
  });
});

describe('what only sounds like a sign', () => {
  it('the stroke ward someone works on is no stroke', () => {
    expect(hitIds('I am a porter on the stroke ward and my back hurts from pushing beds')).not.toContain('stroke');
  });
  it('legs numb for a moment in cold water, then fine, are asked about, not acted on', () => {
    const text = 'my legs went numb in the freezing lake for a minute then they were fine. Does cold help a sore back?';
    expect(hitIds(text)).not.toContain('bilateral-sciatica');
    expect(hitIds(text)).toEqual([]);
  });
  it('someone said to be fine is still acted on: "she says she is fine" is no sign over', () => {
    expect(hitIds('Gran tripped on the rug, her hip hurts and her foot is turned out, she says she is fine')).toContain('hip-fracture');
  });
  it('someone who collapsed and is not fine is acted on', () => {
    expect(hitIds('my dad collapsed in the garden and he is not fine, he will not answer me')).toContain('unresponsive');
  });
  it('a thing dragged like a dead weight is no weight lost: asked about, not acted on', () => {
    expect(hitIds("the hoover's lost its wheels so I've been dragging it round like a dead weight and my back aches")).not.toContain('weight-loss');
    expect(hitIds("I've lost a stone without trying and my back aches")).toContain('weight-loss');
  });
  it('"stuck with" a pain is no hip that will not move', () => {
    expect(hitIds("I'm stuck with a sore hip all week, is heat better than ice?")).not.toContain('cant-move-leg');
    expect(hitIds("my hip is stuck and I can't move it")).toContain('cant-move-leg');
  });
});
