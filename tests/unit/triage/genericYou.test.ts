// Signs told in the generic "you" (the fresh red-flag batch "generic you", session 21).
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('what "you" know, then "mine\'s like that"', () => {
  it('a likeness points back to the signs just told: "My right foot\'s like that on a warm day"', () => {
    expect(hitIds("You know when your foot's been out in the snow and goes all white and icy? My right foot's like that on a warm day.")).toContain('cold-leg');
    expect(hitIds('My feet go white in the snow. I like that.')).toEqual([]);
  });
  it('"you\'d normally panic if a leg kept giving way, but mine\'s solid" supposes: "you\'d" is "you would"', () => {
    expect(hitIds("You'd normally panic if a leg kept giving way, but mine's solid. It's just a twinge in my buttock.")).toEqual([]);
  });
  it('"chest pain is the one they say you should never ignore" is asked about, not acted on; "I\'ve got chest pain" is', () => {
    const says = "Chest pain is the one they say you should never ignore, but that's not what this is.";
    expect(hitIds(says)).toEqual([]);
    expect(askedFlags(says)).toContain('chest-pain');
    expect(hitIds("I've got chest pain which you should never ignore.")).toContain('chest-pain');
  });
});

describe('signs in other words', () => {
  it('"half a stone gone since Christmas without trying" is weight loss; "half a stone off" on a diet is not', () => {
    expect(hitIds('Half a stone gone since Christmas without trying, and now this back ache that will not shift.')).toContain('weight-loss');
    expect(hitIds("I've been doing slimming world, half a stone off since Christmas")).toEqual([]);
  });
  it('"fourteen tablets since breakfast" asks the medicines question, with no word of taking', () => {
    expect(askedFlags('Co-codamol, then more co-codamol, then the ibuprofen on top... probably fourteen tablets since breakfast.')).toContain('overdose');
  });
  it('"you can\'t even tell whether you\'ve been or not" asks about the bladder and the bowels', () => {
    const asked = askedFlags("It's like your bottom has stopped taking orders: you bear down and nothing moves, and you can't even tell whether you've been or not.");
    expect(asked).toContain('bowel-dysfunction');
    expect(asked).toContain('bladder-dysfunction');
  });
  it('sex talked of as the bedroom asks about sexual function; sleeping in the bedroom does not', () => {
    expect(askedFlags("You'd expect things to still work in the bedroom at 38, wouldn't you? Since my back went last week they just don't.")).toContain('sexual-dysfunction');
    expect(askedFlags('I sleep in the bedroom upstairs and the stairs hurt my back')).toEqual([]);
    expect(askedFlags('No problems in the bedroom, just my back.')).toEqual([]);
  });
});

describe('sarcasm around a question (the fresh answer batch "sarcasm", session 21)', () => {
  it('"you\'re about to tell me to lose weight" is advice, no weight lost', () => {
    expect(hitIds("Let me guess, you're about to tell me to lose weight and quit smoking. Does any of that make a difference to back pain?")).toEqual([]);
  });
  it('"Say back pain comes with pins and needles or legs that feel a bit feeble" supposes; "I\'d say your legs look weak" does not hide what follows', () => {
    expect(hitIds("Say back pain comes with pins and needles or legs that feel a bit feeble. Is that 'keep calm and carry on' or 'ring someone'?")).toEqual([]);
    expect(hitIds("I'd say your legs look weak, I can't stand up")).toContain('cant-move-leg');
  });
});

describe('hashtags (the fresh answer batch "hashtags", session 21)', () => {
  it('a sign only in a hashtag is asked about, not acted on: "#confused" after a question is no sudden confusion', () => {
    expect(hitIds('why is it sooo hard to tell if pain is coming from ur hip or ur back?? 😤 #confused #physio')).toEqual([]);
    expect(hitIds("Mum is confused and doesn't know where she is #help")).toContain('sudden-confusion');
    expect(hitIds('#backpain #sciatica both legs numb since last night')).toContain('bilateral-sciatica');
  });
});
