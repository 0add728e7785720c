// Signs told as "is this normal?" and goals told around a question (the fresh batches "is this normal?"
// and "goals and plans", session 18): thin bones in other words, a word between that turns the meaning
// round, and everyday words that are no sign at all — "fit for my trip", "keep my hips loose".
import { describe, expect, it } from 'vitest';
import { askedFlags, buildDetector, hitIds } from './contentDetector.ts';

describe('thin, fragile bones in other words', () => {
  it.each([
    'My bone scan showed my bones are very thin and brittle.',
    'My bones are quite fragile, the consultant said.',
    'Apparently my bone density is quite low.',
    'I take alendronic acid every Monday morning.',
    'I have a Prolia injection every six months.',
    // Up to three words between, no more.
    'My bones are now really very thin, the consultant said.',
  ])('"%s" is osteoporosis', (text) => {
    expect(hitIds(text)).toContain('osteoporosis');
  });
  it.each(['My bones are not weak, the scan was fine.', 'The scan said my bones are not thin at all.'])('"%s" is none', (text) => {
    expect(hitIds(text)).not.toContain('osteoporosis');
  });
});

describe('a word between that turns the meaning round is never skipped over', () => {
  it('"my clothes are not loose" is no weight loss; "my clothes are really loose" is', () => {
    const detector = buildDetector();
    expect(detector.detect('My clothes are not loose, I just feel bloated.').hits.map((h) => h.flagId)).not.toContain('weight-loss');
    expect(detector.detect('My clothes are really loose on me now and I have not been dieting.').hits.map((h) => h.flagId)).toContain('weight-loss');
  });
});

describe('"fit" the adjective is no seizure', () => {
  it.each([
    'I really want to be fit to carry my son\'s bags when we move him into uni.',
    'I want to be fit for my trip to Japan in the spring.',
    "I'm fitting a new kitchen and my back is killing me.",
  ])('"%s" is none', (text) => {
    expect(hitIds(text)).not.toContain('seizure');
    expect(askedFlags(text)).not.toContain('seizure');
  });
  it.each(['He is fitting and will not stop shaking.', "She's having a fit on the kitchen floor.", 'He has fits and has just bitten his tongue.'])(
    '"%s" is a seizure now',
    (text) => {
      expect(hitIds(text)).toContain('seizure');
    },
  );
  it('a fit just had is asked about', () => {
    const text = "My dad just had a fit and he's still jerking.";
    expect([...hitIds(text), ...askedFlags(text)]).toContain('seizure');
  });
});

describe('a journey and a supple back are no fall and no bowel sign', () => {
  it('"my trip to Japan" asks nothing about a fall; "I had a trip on the stairs" does', () => {
    expect(askedFlags('I want to be ready for my trip to Japan, my hip aches.')).not.toContain('trauma');
    expect(askedFlags('I had a trip on the stairs and hurt my back.')).toContain('trauma');
  });
  it('"keep my hips and back loose" asks nothing about the bowels; a loose poo does', () => {
    expect(askedFlags('I want to keep my hips and back loose on long shifts.')).not.toContain('bowel-dysfunction');
    expect([...hitIds('My poo has been loose and I cannot hold it.'), ...askedFlags('My poo has been loose.')]).toContain('bowel-dysfunction');
  });
});

describe('weight one means to lose is asked about, not acted on', () => {
  it.each(['My new years resolution is to lose 2 stone and quit smoking.', "I'm hoping to drop a dress size before the wedding, my back aches."])(
    '"%s" is no same-day sign',
    (text) => {
      expect(hitIds(text)).not.toContain('weight-loss');
    },
  );
  it('weight lost without trying still is', () => {
    expect(hitIds("I want to find out why I've lost a stone without trying.")).toContain('weight-loss');
  });
});
