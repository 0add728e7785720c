// Classes found by session 32's blind batches (questions in regional dialect, and readings from apps and
// gadgets), measured once before they were read; none of these sentences is one of their messages:
// Scots negatives ("cannae", "dinnae", "nae") deny and report as "can't" does; a dropped "g" written with
// an apostrophe is the whole word; "wee" for small is no wee; a form's or an app's boxes to tick name
// signs it asks about, not the writer's; a thermometer's reading with no value is no fever.
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

describe("a thermometer's reading", () => {
  it('with no value is asked about, not a fever', () => {
    const text = 'Where do I see the temperature reading in the app?';
    expect(hitIds(text)).not.toContain('fever-chills');
  });
  it('with a high value is a fever', () => {
    expect(hitIds('my temperature reading this morning was 38.9 and my back aches')).toContain('fever-chills');
  });
});

describe('a sign well again by a time, told as past, is over: asked about', () => {
  it.each(["both legs went to jelly on the hike but they were grand by the next morning", 'I could not feel my bum on Friday but it was fine by Sunday'])('"%s"', (text) => {
    expect(hitIds(text)).toEqual([]);
    expect(askedFlags(text).length).toBeGreaterThan(0);
  });
  it.each(["I can't feel my legs, will they be fine by tonight?", 'my bum is numb, should be fine by the morning?'])('a hope of it, "%s", is still acted on', (text) => {
    expect(levelOf(text)).toContain('emergency');
  });
});

describe('a fright given is a figure of speech', () => {
  it.each(['the parking charge gave me a heart attack, ha', "the dog nearly gave me a heart attack barking at the postman"])('"%s" is asked about, not a 999', (text) => {
    expect(hitIds(text)).toEqual([]);
    expect(askedFlags(text)).toContain('chest-pain');
  });
  it('a heart attack happening is acted on', () => {
    expect(levelOf('I think I am having a heart attack, my chest is crushing')).toContain('emergency');
  });
});
