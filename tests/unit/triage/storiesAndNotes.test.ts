// Classes found by session 28's blind batches (red flags in carers' shift notes and in replies to the clinic's
// texts; answer questions hooked on a news story), measured once before these were read; none of these
// sentences is one of their messages: a story set in a programme or the papers is the story's, a fall told by
// how far, a weight written now and then, and not working "down there".
import { describe, expect, it } from 'vitest';
import { askedFlags, detector, hitIds } from './contentDetector.ts';

describe('a story set in a programme or the papers is asked about, never acted on', () => {
  it.each([
    ['On the telly last night a footballer collapsed and stopped breathing', 'breathing'],
    ['In a soap opera yesterday a man could not move his leg after a car crash', 'cant-move-leg'],
    ['A chat show host lost three stone without trying, then talked about her back', 'weight-loss'],
    ['In the papers today an old lady could not feel her legs after a fall', 'bilateral-sciatica'],
  ])('"%s" is not acted on at once', (text, flag) => {
    expect(hitIds(text)).not.toContain(flag);
  });
  it('what the writer says of themself after it still counts', () => {
    expect(hitIds('On the news a man fell off a roof. I fell off a ladder yesterday and cannot put weight on my leg')).toContain('hip-fracture');
    expect(hitIds('I watched a film last night and now both my legs are numb')).toContain('bilateral-sciatica');
  });
  it('words that only look like a programme tell no story', () => {
    expect(hitIds("I slipped on the soap in the shower and can't put weight on my leg")).toContain('hip-fracture');
    expect(hitIds('After a series of falls this week my legs keep giving way')).toContain('leg-weakness');
    expect(hitIds('The scan showed a secondary in my spine')).toContain('cancer-history');
  });
  it('a poster or a leaflet gives advice, not a story: the writer\'s words after it are read as before', () => {
    expect(askedFlags('The leaflet said to tell you about any change in peeing. I stand at the loo for ages and only a trickle comes')).toContain('bladder-dysfunction');
  });
});

describe('a fall told by how far', () => {
  it.each(['Mum went down the whole flight of stairs this morning', 'He went down the entire flight last night, top to bottom'])('"%s" is a serious fall', (text) => {
    expect(hitIds(text)).toContain('trauma');
  });
  it('walking down the stairs is no fall', () => {
    expect(hitIds('I went down the stairs to make a cup of tea and my back twinged')).toEqual([]);
  });
});

describe('a weight written as now, then as it was', () => {
  it.each(['Weight today 61kg (was 68kg at Easter), not trying to lose it', 'Weighed 70 kg this week, down from 77 kg'])('"%s" is weight lost', (text) => {
    expect(hitIds(text)).toContain('weight-loss');
  });
  it('a small swing or a gain is not', () => {
    expect(hitIds('Weight today 61kg (was 62kg at Easter)')).not.toContain('weight-loss');
    expect(hitIds('Weight today 75kg (was 68kg at Easter)')).not.toContain('weight-loss');
  });
});

describe('not working "down there"', () => {
  it.each(['Since my back went nothing works down there any more', "Things aren't working down there since the fall, if you get me"])('"%s" gets the question about sex', (text) => {
    expect(askedFlags(text)).toContain('sexual-dysfunction');
  });
  it('said to work is no sign', () => {
    expect(askedFlags('Everything works down there, no problems at all')).not.toContain('sexual-dysfunction');
  });
});

// Session 28's second pair of blind red-flag batches ("before you ask", complaints about care so far).
describe('a question the writer expects, answered not in the next sentence', () => {
  it('"You will ask if I have had cancer. I have not." denies it', () => {
    expect(hitIds("You'll want to know if I've had cancer. I haven't, thankfully.")).not.toContain('cancer-history');
    expect(hitIds('They always ask if I am on steroids. Nope.')).not.toContain('steroids');
  });
  it('a longer answer is read as told', () => {
    expect(hitIds("You'll ask if I've had cancer. I have, bowel cancer in 2019.")).toContain('cancer-history');
    expect(hitIds("You'll ask if I've lost weight. I haven't weighed myself but my clothes hang off me.")).toContain('weight-loss');
  });
});

describe('likened to one, or told to lose weight, is not the sign', () => {
  it.each(['The nurse looked at me like a junkie when I asked for codeine', 'My GP says I should lose weight, that is his answer to everything'])('"%s" is no red flag', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
  it('the sign itself still is', () => {
    expect(hitIds('I inject heroin most days')).toContain('ivdu');
    expect(hitIds("I've lost a stone without trying since the summer")).toContain('weight-loss');
  });
  it('told to lose weight, then weight lost without trying: still asked', () => {
    expect(askedFlags("The GP keeps telling me to lose weight but I've lost two stone without trying since summer")).toContain('weight-loss');
  });
});

describe('pain that does not settle at night', () => {
  it('"it never settles at night, whatever I do" is night pain', () => {
    expect(hitIds('It never settles at night, whatever I do')).toContain('night-pain');
  });
  it('pain that settles at night is not', () => {
    expect(hitIds('It usually settles at night once I am in bed')).toEqual([]);
  });
});

describe('the chest as an illness treated (found by the answer batch "this time and last time")', () => {
  it('"steroids for a chest problem last year… now a deep ache in the groin" is no chest pain, but the chest is asked about', () => {
    const text = 'I was on steroids for a chest problem last year and now there is a deep ache in my groin';
    expect(hitIds(text)).not.toContain('chest-pain');
    expect(askedFlags(text)).toContain('chest-pain');
  });
  it('chest pain told after it still is', () => {
    expect(hitIds('I take inhalers for my chest and my chest hurts badly now')).toContain('chest-pain');
  });
});

describe('travel (session 28, the blind batch "on holiday")', () => {
  it('confused by a cause named is asked about, not a 999', () => {
    const text = 'Jet lag has me confused about what day it is, and my lower back is stiff from the seat';
    expect(hitIds(text)).not.toContain('sudden-confusion');
    expect(askedFlags(text)).toContain('sudden-confusion');
  });
  it('someone confused since this morning still is an emergency', () => {
    expect(hitIds('Mum is confused about what day it is since this morning')).toContain('sudden-confusion');
  });
  it('back from a trip is no stumble', () => {
    expect(askedFlags('Thinking of booking a physio when I get back from my trip, my back is stiff')).not.toContain('recent-fall');
  });
});
