// Classes found by session 29's blind batches (red flags told with a reason not to come in, and inside
// routines of faith and home), measured once before these were read; none of these sentences is one of
// their messages: being well "now" keeps a past sign in the past, air that will not come in is trouble
// breathing, no wee over a stretch of time is asked about, and a scald told before the skin it left.
import { describe, expect, it } from 'vitest';
import { askedFlags, detector, hitIds } from './contentDetector.ts';

describe('"fine now" after a sign of the past keeps it in the past', () => {
  it.each([
    "I fainted at a christening two years ago, I'm fine now. My hip aches after the long drive.",
    'Dad passed out at a barbecue last summer, he is OK now; his back is what bothers him.',
  ])('"%s" is not acted on', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
  it('a sign of the past that is back, or not being well now, still counts', () => {
    expect(hitIds("I fainted last year and I'm not fine now, I fainted again this morning")).toContain('unresponsive');
    expect(hitIds('My wife fainted last year, fine now, but she fainted again today')).toContain('unresponsive');
  });
  it.each([
    "I fainted last year and I don't feel well now",
    "I fainted last year and I'm not feeling very well now",
    'I fainted last year and it happens at work as well now',
  ])('a denial a few words before the word of being well, or "as well now", still counts: "%s"', (text) => {
    expect(hitIds(text)).toContain('unresponsive');
  });
});

describe('air that will not come in is trouble breathing', () => {
  it.each(["My back's sore and I can't get enough air even lying still", 'She is fighting for air and her lips look grey', "I'm not getting any air in properly since lunch"])(
    '"%s" is an emergency',
    (text) => {
      expect(hitIds(text)).toContain('breathing');
    },
  );
  it('words of air around do not hide a breathing emergency', () => {
    expect(hitIds('She stopped breathing in the car with the air con on')).toContain('breathing');
    expect(hitIds("I can't get any air in even with the air con on full")).toContain('breathing');
  });
  it('air that is not breathed, and being busy, are not', () => {
    expect(hitIds("There's not enough air in this office, it's so stuffy, and my back aches")).not.toContain('breathing');
    expect(hitIds('Not enough air in my bike tyres made the ride hard on my back')).not.toContain('breathing');
    expect(hitIds("I've barely come up for air at work this month and my lower back aches")).not.toContain('breathing');
  });
  it('gasping with no word of breath is asked about; gasping for a cuppa is not', () => {
    expect(askedFlags("I'm gasping even on the sofa and my back is killing me")).toContain('breathing');
    expect(askedFlags("I'm gasping for a cuppa but my back's too stiff to get up")).not.toContain('breathing');
  });
});

describe('no wee over a stretch of time is asked about, not taken as a denial', () => {
  it.each(["I haven't needed the toilet all day though I've had four mugs of tea, and my back aches", 'No wee since last night and my lower back is sore', "I've not been to the loo since yesterday morning"])(
    '"%s" asks the bladder question',
    (text) => {
      expect(askedFlags(text)).toContain('bladder-dysfunction');
    },
  );
  it('a problem denied is still a denial', () => {
    expect(detector.detect('No wee problems since the operation, just the hip ache').denied).toContain('bladder-dysfunction');
    expect(detector.detect("I haven't had any trouble peeing today").denied).toContain('bladder-dysfunction');
  });
});

describe('a scald told first, the skin it left after', () => {
  it('is a serious burn', () => {
    expect(hitIds('The kettle tipped and boiling water went all down my leg. The skin has gone white and is peeling.')).toContain('severe-burn');
  });
  it('hot water with skin that is merely dry or pink is not', () => {
    expect(hitIds('I had a boiling hot bath for my back. My skin went a bit pink.')).not.toContain('severe-burn');
  });
});

describe('a foot named in one sentence and how it moves in the next', () => {
  it('is asked about as a leg or foot that drags or catches', () => {
    expect(askedFlags("My right foot won't come up properly when I walk. It slaps down and scuffs on the kerbs.")).toContain('leg-weakness');
  });
  it('rain slapping down names no foot', () => {
    expect(askedFlags('I went for a run and my back aches. The rain was slapping down on the pavement.')).toEqual([]);
  });
});
