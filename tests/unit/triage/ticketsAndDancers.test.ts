// Classes found by session 39's blind batches written as support tickets and by dancers and yoga teachers, measured
// once before they were read (and the sailors' batch after them); none of these sentences is one of their messages:
// a person dropped by another from above the head or shoulders who comes down on something is a serious fall, a
// weight, a box or an exercise dropped is none; a leg turned out by the writer (a dancer's "turn out") is asked
// about, "it turns out" is no leg; "paralysed with indecision" is asked about; a bunk collapsed into is a bed; going
// over the side and not coming back is asked about as thoughts of suicide; down the steps on one's backside is a fall.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a person dropped from above the head or shoulders', () => {
  it.each([
    'My dance partner dropped me from overhead in rehearsal and I landed flat on my back, everything hurts.',
    'He lost his grip and dropped me from shoulder height onto the studio floor, my lower back is agony.',
    "I was dropped from above his head during the cheer routine and I'm lying on the mat, my back is agony.",
  ])('%j acts on a serious fall', (text) => {
    expect(hitIds(text)).toContain('trauma');
  });
  it.each([
    'I dropped the kettlebell from overhead and tweaked my lower back catching it.',
    'I dropped a box from shoulder height at work and my back twinged.',
    'My partner dropped me in the lift, no harm done, just a sore hip from landing on my feet.',
    'My coach dropped me from overhead presses because of my back, what else can I do?',
  ])('%j is no serious fall', (text) => {
    expect(hitIds(text)).not.toContain('trauma');
  });
});

describe('a leg turned out or shorter', () => {
  it.each([
    'Mum fell in the kitchen and her leg is turned out and looks shorter than the other one.',
    'Since the fall her left foot turns out and she cannot get up.',
  ])('%j acts on a broken hip', (text) => {
    expect(hitIds(text)).toContain('hip-fracture');
  });
  it.each([
    'My groin aches when I turn out in second position and when I pull my knee up to my chest.',
    'It turns out my hip pain is from tight muscles, and my knee clicks a bit.',
  ])('%j is no broken hip acted on', (text) => {
    expect(hitIds(text)).not.toContain('hip-fracture');
  });
  it('asks about a dancer turning out beside a knee', () => {
    expect(askedFlags('My groin aches when I turn out in second position and when I pull my knee up to my chest.')).toContain('hip-fracture');
  });
});

describe('a feeling that paralyses, a bunk, going over the side, steps on one\'s backside', () => {
  it('asks about "paralysed with indecision", and acts on paralysis', () => {
    expect(hitIds("I'm paralysed with indecision, physio or chiro for my stiff back?")).not.toContain('cant-move-leg');
    expect(hitIds('my legs have been paralysed since this morning')).toContain('cant-move-leg');
  });
  it('reads collapsing into a bunk as going to bed', () => {
    expect(hitIds('Collapsed into my bunk after a long shift and woke with a stiff hip.')).toEqual([]);
  });
  it('asks about going over the side and not coming back', () => {
    expect(askedFlags("Lost my job and my boat. I've been thinking about going over the side one night and not coming back up.")).toContain('suicidal');
    expect(askedFlags("I'm thinking about not coming back to the gym after this injury")).not.toContain('suicidal');
  });
  it('reads going down the steps on one\'s backside as a fall', () => {
    expect(hitIds('Slid down the boat steps on my backside on Sunday and my lower back has ached since.')).toContain('recent-fall');
  });
});
