// Older people writing for themselves (the fresh batch "older people", session 19): signs told in
// polite, old-fashioned words, and plain statements that things are as they always were.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('more of a medicine than the dose', () => {
  it.each([
    'My back was so bad last night that I took my co-codamol, and then forgot I had taken it and took some more, and then in the night I took more again.',
    'I have had about sixteen of my tablets since teatime yesterday.',
    'I took two paracetamol as it says on the box but last night I took ten more.',
  ])('"%s" asks the medicines question', (text) => {
    expect(askedFlags(text)).toContain('overdose');
  });
  it('a dose told as kept to, in the same clause, asks nothing', () => {
    expect(askedFlags('I take exactly two paracetamol four times a day as it says on the box.')).not.toContain('overdose');
    expect(askedFlags('I have been taking the paracetamol from the chemist as directed.')).not.toContain('overdose');
  });
});

describe('a change in sex told politely', () => {
  it('"the gentleman\'s side of things has stopped working" asks the sex question', () => {
    expect(askedFlags("Since this back trouble came on the gentleman's side of things has stopped working altogether.")).toContain('sexual-dysfunction');
  });
  it('WordNet\'s words for love-making count as sex words', () => {
    expect(askedFlags('Since my back went our lovemaking has stopped, I just cannot.')).toContain('sexual-dysfunction');
  });
  it('no change said asks nothing', () => {
    expect(askedFlags('I walk out with a lady friend and we go dancing on Fridays.')).not.toContain('sexual-dysfunction');
  });
});

describe('feeling more ill than ever, blotchy skin, not thinking straight', () => {
  it.each([
    'My knees and legs have come up all blotchy and purplish like corned beef.',
    'I feel dreadfully poorly, worse than I have ever felt.',
  ])('"%s" asks about feeling very unwell (sepsis)', (text) => {
    expect(askedFlags(text)).toContain('sepsis');
  });
  it('"I cannot seem to think straight" asks about sudden confusion', () => {
    expect(askedFlags('I cannot seem to think straight either.')).toContain('sudden-confusion');
  });
  it('a face or skin that stays its colour asks nothing', () => {
    expect(askedFlags('My hip aches after gardening but I feel perfectly well in myself.')).toEqual([]);
  });
});

describe('two things said to be normal together', () => {
  it('"my waterworks and my motions are perfectly normal" asks nothing of either', () => {
    expect(askedFlags('I have no other complaints, my waterworks and my motions are perfectly normal, thank you.')).toEqual([]);
  });
  it('"my legs are as strong as they ever were", "my breathing is as it always has been" ask nothing', () => {
    expect(askedFlags('My legs are as strong as they ever were and I still manage the stairs.')).toEqual([]);
    expect(askedFlags('My chest and breathing are as they always have been.')).toEqual([]);
  });
  it('joined subjects still tell a sign said of both', () => {
    expect(hitIds('my bladder and my bowels are not right since my back went')).toEqual(expect.arrayContaining(['bladder-dysfunction', 'bowel-dysfunction']));
    expect(hitIds('my legs and my feet are numb')).toContain('bilateral-sciatica');
  });
});
