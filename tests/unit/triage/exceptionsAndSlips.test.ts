// What a denial excepts, and words one slip from everyday English (session 26: the fresh red-flag batches
// "exceptions inside denials" and "already doing something about it"; none of these is a sentence of them).
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('an exception inside a denial', () => {
  it('"no numbness apart from around my back passage" is asked about, never denied', () => {
    for (const text of ['no numbness apart from around my back passage since yesterday', 'no numbness except around my bum and privates', 'no numbness, save for around my back passage']) {
      expect(askedFlags(text), text).toContain('saddle-numbness');
    }
  });
  it('what follows the exception is read as told', () => {
    expect(hitIds("Not on any tablets besides prednisolone, which I've taken every day for a year for my chest")).toContain('steroids');
    expect(hitIds("No waterworks trouble as such, apart from I haven't managed a wee since last night")).toContain('bladder-dysfunction');
  });
  it('an exception about something else leaves no sign', () => {
    expect(hitIds('no numbness except my little toe, which has been numb since I broke it years ago')).toEqual([]);
    expect(askedFlags('no numbness except my little toe, which has been numb since I broke it years ago')).toEqual([]);
  });
  it('a denial with no exception still denies', () => {
    expect(askedFlags('no numbness around my back passage and no trouble peeing')).toEqual([]);
  });
});

describe('a word one slip from an everyday English word', () => {
  it('"tomorow" is tomorrow, no tumour', () => {
    expect(hitIds("I'm flying to Spain tomorow and my back is a bit achy after packing")).toEqual([]);
  });
  it('a slip of one of our own words is still ours', () => {
    expect(hitIds('feaver and shivers since last night')).toContain('fever-chills');
    expect(hitIds('i have a tumer in my spine')).toContain('cancer-history');
    expect(hitIds('weekness in both legs since this morning')).toContain('leg-weakness');
  });
});

describe('what the writer is already doing about it', () => {
  it('"waiting to see if it settles" hopes for an end, it tells none', () => {
    expect(hitIds("Started a new anti-inflammatory this morning and now my lips and tongue have swollen up. I've had an antihistamine and I'm waiting to see if it settles.")).toContain('anaphylaxis');
  });
  it('a sign said to have settled is asked about, not acted on', () => {
    expect(hitIds('I had a bad fever last week. It settled after two days.')).not.toContain('fever-chills');
  });
  it('a cold and flu remedy taken is no fever', () => {
    expect(hitIds("I've been taking cold and flu sachets for my blocked nose, back is a bit stiff")).not.toContain('fever-chills');
  });
});

describe('legs said to be fine, then a contrast', () => {
  it('"my legs are fine but my bum is numb" is the saddle, not both legs', () => {
    const hits = hitIds('my legs are fine but my bum is numb since this morning');
    expect(hits).toContain('saddle-numbness');
    expect(hits).not.toContain('bilateral-sciatica');
  });
  it('"both legs are strong but my left foot tingles" is no numbness of both legs', () => {
    expect(hitIds('both legs are strong but my left foot tingles a bit')).not.toContain('bilateral-sciatica');
  });
  it('both legs numb is still both legs', () => {
    expect(hitIds('both legs went numb this morning')).toContain('bilateral-sciatica');
  });
});

describe('"just that" after a run of denials', () => {
  it('tells the one thing that is wrong', () => {
    expect(hitIds('no fever, no falls, nothing with my waterworks, just that the skin around my back passage has gone numb since last night')).toContain('saddle-numbness');
  });
  it('"no numbness, just that my back is stiff" tells nothing', () => {
    expect(hitIds('no numbness, just that my back is stiff')).toEqual([]);
  });
});

describe('a general question that gives an amount of its own', () => {
  it('"is losing a stone without trying anything to do with back pain" is asked about', () => {
    expect(askedFlags('is dropping a stone without trying linked to back pain?')).toContain('weight-loss');
  });
  it('with no amount it stays a general question', () => {
    expect(askedFlags('is losing weight without trying a red flag for back pain?')).toEqual([]);
  });
});
