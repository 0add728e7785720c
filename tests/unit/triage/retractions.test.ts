// A class found by session 33's blind batch of self-corrections, measured once before it was read, and
// narrowed after a review probed it; none of these sentences is one of the batch's messages: a sign the writer
// says was overstated ("that's a bit dramatic", "I was exaggerating"), or takes back ("scratch that") and then
// makes less or denies, is asked about, never acted on unasked nor dropped. Told, or hinted at, again after,
// it stands; so does a sign whose detail was put right ("sorry, I meant Tuesday"), one told before the
// statement taken back, and an emergency that is not the spine's.
import { describe, expect, it } from 'vitest';
import { askedFlags, detector, hitIds } from './contentDetector.ts';

describe('a sign said to be overstated or taken back and made less is asked about', () => {
  it.each([
    ["Can't lift my leg at all! OK that's a bit dramatic, it's just stiff getting into bed at night.", 'cant-move-leg'],
    ['Both my legs went numb on the bike. I was exaggerating, it was only my toes for a minute.', 'bilateral-sciatica'],
    ["I can't put any weight on my hip after the fall. Scratch that, I can walk on it fine, it's only bruised.", 'hip-fracture'],
    ["I've got a fever. Scratch that, the thermometer says 36.6, I don't have a fever.", 'fever-chills'],
  ])('"%s": %s asked', (text, flag) => {
    expect(hitIds(text)).not.toContain(flag);
    expect(askedFlags(text)).toContain(flag);
  });
  it('asked even when an earlier sentence denied it', () => {
    const text = "No fever yesterday. Today I've got a fever and chills. OK that's a bit dramatic, I just feel warm.";
    expect(hitIds(text)).not.toContain('fever-chills');
    expect(askedFlags(text)).toContain('fever-chills');
    expect(detector.detect(text).denied).not.toContain('fever-chills');
  });
});

describe('what stands', () => {
  it.each([
    ['No fever. Scratch that, I just took my temperature and it says 38.9.', 'fever-chills'],
    ['Numb round my back passage since Monday, sorry I meant since Tuesday.', 'saddle-numbness'],
    ['My left leg is weak and I have a fever of 38.5. Scratch that, my right leg.', 'fever-chills'],
    ['My left foot is a bit tingly. Scratch that, both legs are numb now and I cannot feel my feet.', 'bilateral-sciatica'],
    ['My left leg feels a bit weak. Scratch that, it is worse than I said, I fell over it twice this morning.', 'leg-weakness'],
    ["Both legs numb and I can't feel when I wee. Scratch that, I'm going to A&E.", 'bladder-dysfunction'],
  ])('"%s" is %s at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('a word put right and already in place', () => {
    expect(hitIds("I can feel it when I wee. Sorry, I mean CAN'T. Since last night.")).toContain('bladder-dysfunction');
  });
  it('a sign told before the statement taken back', () => {
    expect(hitIds("I can't control my bowels since this morning. My leg went weak, scratch that, it's just tired.")).toContain('bowel-dysfunction');
  });
  it('an emergency that is not the spine\'s, however it is put', () => {
    expect(hitIds("I've got crushing chest pain going down my arm. OK I'm being dramatic, it's just tight.")).toContain('chest-pain');
  });
});

describe('words that only sound like taking back take nothing back', () => {
  it.each([
    ["I've lost control of my bladder. I'm not being dramatic, it's true.", 'bladder-dysfunction'],
    ["Fell down the stairs an hour ago and can't put any weight on my right leg. Don't want to sound like a drama queen.", 'hip-fracture'],
    ["Both legs have gone numb since this morning. Sorry for being a drama queen, it's just scary.", 'bilateral-sciatica'],
    ["I haven't been able to wee since this morning. Ignore that typo above, it's fine.", 'bladder-dysfunction'],
    ['I scratched that bite on my leg and now both legs are numb and it is only getting worse.', 'bilateral-sciatica'],
  ])('"%s" is %s at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
});
