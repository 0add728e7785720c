// Classes found by session 32's blind batches (questions in regional dialect, and readings from apps and
// gadgets), measured once before they were read; none of these sentences is one of their messages:
// Scots negatives ("cannae", "dinnae", "nae") deny and report as "can't" does; a dropped "g" written with
// an apostrophe is the whole word; "wee" for small is no wee; a form's or an app's boxes to tick name
// signs it asks about, not the writer's; "I don't think I've peed" is "I haven't peed"; "not peeing much" is
// less, not none denied.
import { describe, expect, it } from 'vitest';
import { askedFlags, detector, hitIds } from './contentDetector.ts';

const levelOf = (text: string) => detector.detect(text).hits.map((h) => h.level);

describe('Scots negatives report and deny', () => {
  it.each([
    ['I cannae feel ma legs since teatime', 'bilateral-sciatica'],
    ['cannae pass water since last night, back is murder', 'bladder-dysfunction'],
    ['I cannae feel ma bum on the toilet seat', 'saddle-numbness'],
    ["I've nae control o'er ma bowels since this morning", 'bowel-dysfunction'],
  ])('"%s" is %s at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
    expect(levelOf(text)).toContain('emergency');
  });
  it.each(['I dinnae have a temperature', 'nae fever, waterworks fine', "I didnae fall, it just came on"])('"%s" tells no sign', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
});

describe('a dropped "g" is the whole word', () => {
  it('"goin\' numb" is going numb', () => {
    expect(hitIds("both ma legs are goin' numb")).toContain('bilateral-sciatica');
  });
  it('"peein\' masel" is peeing myself', () => {
    expect(hitIds("I keep peein' masel and don't know it's happening")).toContain('bladder-dysfunction');
  });
});

describe('"wee" for small', () => {
  it.each(['my back is a wee bit stiff and the pain has changed', 'a wee while ago the pain changed sides', 'our wee lass changed schools and I lift her bag'])(
    '"%s" is no change in weeing',
    (text) => {
      expect(hitIds(text)).not.toContain('bladder-dysfunction');
    },
  );
  it.each(['my wee stream has changed and it is weak', 'my wee flow has changed since the fall', 'I cannae wee since this morning'])('"%s" is still the bladder', (text) => {
    expect(hitIds(text)).toContain('bladder-dysfunction');
  });
});

describe("an app's boxes to tick name signs, they report none", () => {
  it('a list of them after "checkboxes for" is asked about, not acted on', () => {
    const text = "The physio app has checkboxes for 'tingling', 'numbness' and 'leg weakness'. When would those matter?";
    expect(hitIds(text)).toEqual([]);
    expect(askedFlags(text)).toContain('leg-weakness');
  });
  it('the writer\'s own sign after the list is still theirs', () => {
    expect(hitIds('the tracker has boxes for fever, numbness and weakness, I have weakness in both legs now')).toContain('leg-weakness');
  });
});

describe('"nae" is "not" after a verb and "no" before a noun; "naw" answers', () => {
  it.each([
    ["I've nae feeling doon there at all", 'saddle-numbness'],
    ["I've nae been able to pass water since yesterday", 'bladder-dysfunction'],
    ['naw I wet the bed last night and never woke', 'bladder-dysfunction'],
  ])('"%s" is %s at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
});

describe('"wee" beside another word of urine keeps its own sense', () => {
  it.each(['I leaked a wee bit without feeling it', 'a wee bit came out when I coughed and I never felt it'])('"%s" is the bladder', (text) => {
    expect([...hitIds(text), ...askedFlags(text)]).toContain('bladder-dysfunction');
  });
});

describe('a list of boxes to tick, then the writer\'s own', () => {
  it.each(['the app has checkboxes for numbness and not being able to pee, and I have both since this morning', 'the form has a box for saddle numbness, ticked it'])(
    '"%s" is the writer\'s',
    (text) => {
      expect(levelOf(text)).toContain('emergency');
    },
  );
});

describe('English raises a negation to the verb of thinking', () => {
  it.each(["I don't think I've had a wee since yesterday morning", "I don't think I can feel my legs properly"])('"%s" tells the sign', (text) => {
    expect(levelOf(text)).toContain('emergency');
  });
  it.each(["I can't say I've felt anything round my back passage when I wipe since Saturday", "I can't honestly say I've been to the toilet since yesterday, nothing comes"])(
    'so does saying: "%s" tells the sign',
    (text) => {
      expect([...hitIds(text), ...askedFlags(text)].length).toBeGreaterThan(0);
    },
  );
  it('"I can\'t say I\'ve noticed any tingling in my legs" still denies (not noticing is itself a sign of going unawares)', () => {
    expect(hitIds("I can't say I've noticed any tingling in my legs, only my back aches")).toEqual([]);
  });
  it('"I don\'t think I have a fever" still denies', () => {
    expect(detector.detect("I don't think I have a fever").denied).toContain('fever-chills');
  });
});

describe('less urine, told by a negated amount', () => {
  it('"not peeing much" is asked about, and with a trickle acted on', () => {
    expect(askedFlags("I'm not peeing much these days")).toContain('bladder-dysfunction');
    expect(levelOf("not peeing much since Sunday, only a trickle")).toContain('emergency');
  });
});

describe('not feeling, told in the perfect', () => {
  it.each([
    ["I haven't been able to feel my legs since teatime", 'bilateral-sciatica'],
    ["I haven't felt anything round my bottom when I wipe since Sunday", 'saddle-numbness'],
  ])('"%s" is %s at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('a likeness is no numbness', () => {
    expect(hitIds("I haven't felt anything like this in my legs before, such a deep ache")).toEqual([]);
  });
});
