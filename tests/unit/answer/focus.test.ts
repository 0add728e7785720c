// Long messages with the question in one part of them; spelling that leaves real words alone.
import { describe, expect, it } from 'vitest';
import { clausesOf, questionFocus } from '../../../src/clinical/answer/focus.ts';
import { normalise } from '../../../src/clinical/answer/normalise.ts';
import { Speller } from '../../../src/clinical/answer/spelling.ts';
import { loadWordNetCache } from '../../../src/clinical/answer/wordnet.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();

describe('where a long message asks its question', () => {
  it('splits a message at sentence ends, commas and a clause opened by "but"', () => {
    expect(clausesOf("My back hurts. My wife says rest, but I read that bed is bad, which is it?")).toEqual([
      'My back hurts.',
      'My wife says rest',
      'I read that bed is bad',
      'which is it?',
    ].map((c, i) => (i === 2 ? `but ${c}` : c)));
  });

  it('reads a short message whole', () => {
    expect(questionFocus('should I use heat or ice on my back')).toBeUndefined();
  });

  it('keeps the part that asks and the part before it, and leaves the story out', () => {
    const m = "So I was at my daughter's wedding on Saturday, I danced all night with my cousins, and now my lower back is really stiff, I'm wondering should I use heat or ice on it";
    expect(questionFocus(m)).toBe("and now my lower back is really stiff, I'm wondering should I use heat or ice on it");
  });

  it('keeps the parts that name a subject when the question only says "it"', () => {
    const m = "My partner has ankylosing spondylitis in the family, we moved house last spring, he's been stiff for months, I've been reading about it, what are the signs we should look out for";
    const names = (c: string) => /spondylitis/.test(c);
    expect(questionFocus(m, names)).toBe(
      'My partner has ankylosing spondylitis in the family, I\'ve been reading about it, what are the signs we should look out for',
    );
  });
});

describe('answering a long message from the part that asks', () => {
  it.each([
    [
      "I've been off work since Monday, I can't get comfy on the sofa or in bed and my wife keeps telling me to stay lying down, but I read somewhere that staying in bed is actually bad for backs, which is it",
      'Rest and bed rest',
    ],
    [
      "My partner has ankylosing spondylitis in the family and he's been waking up stiff for months, I've been reading about it, what are the signs we should look out for",
      'Ankylosing spondylitis',
    ],
    [
      "I was at the gym last night doing deadlifts and felt something go in my lower back, it's sore this morning but I can walk fine, I think I've strained it, what's the best thing to do at home",
      'Muscle strains and sprains',
    ],
  ])('%s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });

  it('shows the sentence of the section that answers what the part asks', () => {
    const r = engine.answer(
      "I was at the gym last night doing deadlifts and felt something go in my lower back, it's sore this morning but I can walk fine, I think I've strained it, what's the best thing to do at home",
    );
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.excerpt).toMatch(/care at home/);
  });

  it('still declines a long message whose story names what we do not cover', () => {
    expect(
      engine.answer("I'm pregnant and my lower back aches every evening, my sister says it's normal and not to fuss, is heat ok to use on it").kind,
    ).toBe('none');
  });
});

describe('spelling leaves real words alone', () => {
  it('does not "correct" an English word two edits from a content word', () => {
    const speller = new Speller(new Map([['resting', 3], ['sciatica', 5]]), loadWordNetCache().english);
    expect(speller.correct('reading')).toBeUndefined();
    expect(speller.correct('sciatcia')).toBe('sciatica');
  });
});

describe('the subject of a long message', () => {
  it('does not answer a long message about another complaint from its last part', () => {
    // "…worn out and tired, is there anything that helps": the last part alone would be about energy.
    expect(
      engine.answer('My son has had toothache for three days and hardly sleeps, we are all completely worn out and tired, is there anything that helps with that').kind,
    ).toBe('none');
  });

  it('reads "backache", "earache" as the body part and the ache', () => {
    expect(normalise('a backache and earache')).toEqual(['a', 'back', 'ache', 'and', 'ear', 'ache']);
    expect(engine.answer('I have a terrible backache, what can help').kind).toBe('answer');
    expect(engine.answer('my daughter has earache every night, what can help').kind).toBe('none');
  });
});
