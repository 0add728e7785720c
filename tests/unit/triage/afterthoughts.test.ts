// Signs told as an afterthought, and assumptions told with a question tag (the fresh red-flag batch
// "afterthoughts" and the answer batch "tags", session 20).
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a question tag asks for agreement; it denies nothing', () => {
  it('"I can get put through to someone on reception, can\'t I?" after "speak to a person" is no speech trouble', () => {
    expect(hitIds("I'd rather speak to an actual person than a bot — I can get put through to someone on reception, can't I?")).toEqual([]);
    expect(hitIds("I can't speak properly, my words are coming out jumbled")).toContain('stroke');
  });
  it('a sign told before a tag is still told', () => {
    expect(hitIds("I can't feel my legs, can I?")).toContain('bilateral-sciatica');
    expect(hitIds("my speech is slurred, isn't it?")).toContain('stroke');
  });
});

describe('the second leg told as the other one', () => {
  it('"down my left leg… now down the right one too" asks about both legs; "the other leg as well" tells it', () => {
    expect(askedFlags("the pins and needles used to be just down my left leg but now it's going down the right one too")).toContain('bilateral-sciatica');
    expect(hitIds('pins and needles in my left leg and now the other leg as well')).toContain('bilateral-sciatica');
  });
  it('one leg numb and the other fine is no sign in both', () => {
    expect(hitIds('my left leg is numb but my right leg is fine')).not.toContain('bilateral-sciatica');
    expect(askedFlags('my left leg is numb but my right leg is fine')).not.toContain('bilateral-sciatica');
  });
});

describe('"faint" the adjective is no fainting', () => {
  it('"a faint pink mark" from a heat pad is no collapse; "she fainted and won\'t wake up" is', () => {
    expect(hitIds("Is it OK to use a heat pad every evening? Also it left a faint pink mark on my skin that was gone by morning and didn't hurt.")).not.toContain('unresponsive');
    expect(hitIds("my husband fainted and won't wake up")).toContain('unresponsive');
  });
});

describe('a temperature read with a decimal point', () => {
  it('a normal reading anywhere in the sentence is no fever, though the fever is asked about', () => {
    const text = 'Any tips for setting up my work chair? Also (probably nothing) I took my temperature because I felt a bit warm and it was 36.8.';
    expect(hitIds(text)).not.toContain('fever-chills');
    expect(askedFlags(text)).toContain('fever-chills');
    expect(hitIds("Took me temp this arvo, 36.8, totally normal, and me back's just a bit tight after a surf.")).not.toContain('fever-chills');
  });
  it('a high reading beside a normal one is still a fever; a high number of the weather is none', () => {
    expect(hitIds('My temperature is 39 and yesterday it was 36.9')).toContain('fever-chills');
    expect(hitIds('I took my temperature and it was 38.4, then this morning 36.9')).toContain('fever-chills');
    expect(hitIds('it was 38.5 degrees outside and my back hurts')).not.toContain('fever-chills');
  });
  it('an age is no reading: "I\'m 36 and I have a fever" is a fever', () => {
    expect(hitIds("I'm 36 and I have a fever")).toContain('fever-chills');
  });
});
