// Classes found by session 30's blind batches (red flags told in sport talk, after a medical history, and
// in muddled tenses), measured once before these were read; none of these sentences is one of their
// messages: epilepsy named is the illness, asked about, not a fit now; the bike's saddle is not the body's;
// turning over in bed rolls no vehicle; "both legs" beside one buttock is no second buttock; a gap in
// passing water told with "from" or "still" is asked about.
import { describe, expect, it } from 'vitest';
import { askedFlags, detector, hitIds } from './contentDetector.ts';

describe('epilepsy named is asked about, a fit now is an emergency', () => {
  it.each(['I have epilepsy and my lower back has ached since the weekend', "My son's epileptic, he's 15 and his hip hurts after football"])(
    '"%s" asks whether someone is having a fit',
    (text) => {
      expect(hitIds(text)).not.toContain('seizure');
      expect(askedFlags(text)).toContain('seizure');
    },
  );
  it('a history of epilepsy with the fits denied is neither acted on nor asked', () => {
    const text = 'Background: epilepsy, no seizures for eight years on medication. My back aches after gardening.';
    expect(hitIds(text)).not.toContain('seizure');
    expect(askedFlags(text)).not.toContain('seizure');
  });
  it.each(['My husband is having a seizure on the kitchen floor', "She's epileptic and she's been fitting for ten minutes"])('"%s" is an emergency', (text) => {
    expect(hitIds(text)).toContain('seizure');
  });
});

describe('the saddle of a bike is not the saddle area', () => {
  it('numbness gone once off the bike is asked about, not a 999', () => {
    const text = 'After the club ride my bum went tingly but it was gone an hour after I got off the saddle. Now just a stiff lower back.';
    expect(hitIds(text)).not.toContain('saddle-numbness');
    expect(askedFlags(text)).toContain('saddle-numbness');
  });
  it('the saddle area itself still counts', () => {
    expect(hitIds("Since this morning I've gone numb in the saddle area and round my back passage")).toContain('saddle-numbness');
  });
});

describe('turning over in bed is no vehicle rolling over', () => {
  it('"rolling over in bed" beside a car is no accident', () => {
    expect(hitIds('Rolling over in bed at night and getting into the car for work both give me a sharp pain in my lower back')).not.toContain('trauma');
  });
  it('a vehicle that rolled over still is', () => {
    expect(hitIds('Our van rolled over on the bypass an hour ago and my back is agony')).toContain('trauma');
  });
});

describe('"both" said of the legs is not the other buttock', () => {
  it('both legs and one buttock is not the saddle sign', () => {
    expect(hitIds('I had pins and needles in both legs two winters ago, all gone; this week just my right buttock aches')).not.toContain('saddle-numbness');
  });
  it('one buttock numb and then the other is', () => {
    expect(hitIds('My right buttock went numb on Monday and now both cheeks are')).toContain('saddle-numbness');
    expect(hitIds('Numb left buttock since yesterday and now the right one too')).toContain('saddle-numbness');
  });
});

describe('no wee over a stretch told with "from" or "still" is asked about', () => {
  it.each(['Still no pee from the early morning and my tummy feels tight', 'no wee from lunchtime, back is agony'])('"%s" asks the bladder question', (text) => {
    expect([...hitIds(text), ...askedFlags(text)]).toContain('bladder-dysfunction');
  });
  it('a denial of trouble with the bladder is still a denial', () => {
    expect(detector.detect('Still no problems with my waterworks, the back ache started this morning').denied).toContain('bladder-dysfunction');
  });
});
