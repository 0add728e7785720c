import { describe, expect, it } from 'vitest';
import { shortAnswer } from '../../../src/clinical/answer/index.ts';
import type { Article, ArticleSection } from '../../../src/clinical/types.ts';
import path from 'node:path';
import { loadArticles } from '../../../src/clinical/articles.ts';
import { createAnswerEngine } from '../../../src/clinical/answer/index.ts';
import { contentEngine, fixtureEngine, fixtures, headingOf, intents, lexicon, lines } from './helpers.ts';

const engine = fixtureEngine();

describe('answer engine: finding the section', () => {
  it.each([
    ['sharp pain running from my backside into my calf', 'Sciatica'],
    ['a disc in my spine is pushing on a nerve root', 'Herniated disc'],
    ['how long do I leave a cold pack on a strained back', 'Heat or ice'],
    ['what is a good way to sit when working at a computer', 'Posture at work'],
    ['how many appointments with a physiotherapist will it take', 'Physiotherapy'],
    ['does a cortisone jab in the hip wear off', 'Steroid injections'],
  ])('answers a paraphrase: %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });

  it.each([
    ["what's sciatia", 'Sciatica'],
    ['is my posure at my desk bad', 'Posture at work'],
    ['which strecthes for the lower back', 'Stretching'],
    ['do steriod injections work', 'Steroid injections'],
  ])('tolerates the typo in %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });

  it.each([
    ['my bum hurts all the way down my leg', 'Sciatica'],
    ['I have a slipped disk', 'Herniated disc'],
    ['is a hot water bottle good', 'Heat or ice'],
    ['will physio fix it', 'Physiotherapy'],
    ['pins and needles in my foot', 'Numb or weak legs'],
  ])('understands the lay words in %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });

  it('answers the stronger topic and offers the other when a question mixes two', () => {
    const r = engine.answer('should I put ice on my back, and which stretches can I do for my hips?');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect([r.section.heading, r.secondary?.heading].sort()).toEqual(['Heat or ice', 'Stretching']);
  });

  it.each(['what is sciatica', 'is a hot water bottle good', 'how long do I leave a cold pack on a strained back'])(
    'offers no second topic for a single-topic question: %s',
    (q) => {
      const r = engine.answer(q);
      expect(r.kind).toBe('answer');
      if (r.kind === 'answer') expect(r.secondary).toBeUndefined();
    },
  );

  it('offers up to two follow-ups that are other sections and lead back to them', () => {
    const r = engine.answer('what is sciatica');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.followUps.length).toBeGreaterThan(0);
    expect(r.followUps.length).toBeLessThanOrEqual(2);
    for (const f of r.followUps) {
      expect(f.section).not.toBe(r.section.heading);
      const next = engine.answer(f.question);
      expect(headingOf(next)).toBe(f.section);
    }
  });

  it('gives the section lead as the short answer', () => {
    const r = engine.answer('what is a herniated disc');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(shortAnswer(r.section)).toBe(r.section.lead);
    expect(shortAnswer(r.section)).toMatch(/herniated disc is/i);
  });
});

describe('answer engine: knowing when not to answer', () => {
  it.each(lines('out-of-scope.txt'))('declines a question the articles do not cover: %s', (q) => {
    expect(engine.answer(q).kind).not.toBe('answer');
  });

  it.each(['', '   ', 'qwzx plmk vbnt', '???', 'the and of'])('declines when nothing matches: %j', (q) => {
    expect(engine.answer(q)).toEqual({ kind: 'none' });
  });

  it('declines a knee question even though it shares "pain" and "stairs" with the content', () => {
    expect(engine.answer('sharp knee pain going up stairs').kind).toBe('none');
  });

  const walkingArticle = (hills: string, stairs: string): Article => {
    const section = (heading: string, text: string): ArticleSection => ({
      articleId: 'walking', articleTitle: 'Walking', heading, text, lead: text, examples: [], file: 'walking.md', line: 1,
    });
    return {
      id: 'walking', title: 'Walking', summary: 'Walking with hip pain.', file: 'walking.md',
      sections: [section('Walking on hills', hills), section('Walking on stairs', stairs)],
    };
  };

  it('shows both short parts when two sections fit a vague question equally and both leads say what was asked', () => {
    const walking = walkingArticle(
      'Walking uphill with a stiff hip loads the joint; take short steps and rest.',
      'Walking upstairs with a stiff hip loads the joint; lead with the good leg.',
    );
    const r = fixtureEngine([...loadArticles(path.join(fixtures, 'articles')), walking]).answer('is walking ok with a stiff hip');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect([r.section.heading, r.secondary?.heading].sort()).toEqual(['Walking on hills', 'Walking on stairs']);
  });

  it('asks "did you mean" when two sections fit a vague question equally but their leads do not say it', () => {
    const walking = walkingArticle(
      'Going uphill with a stiff hip loads the joint; take short steps and rest.',
      'Going upstairs with a stiff hip loads the joint; lead with the good leg.',
    );
    const r = fixtureEngine([...loadArticles(path.join(fixtures, 'articles')), walking]).answer('is walking ok with a stiff hip');
    expect(r.kind).toBe('clarify');
    if (r.kind !== 'clarify') return;
    expect(r.options.map((o) => o.heading).sort()).toEqual(['Walking on hills', 'Walking on stairs']);
  });
});

describe('answer engine: when its two views disagree', () => {
  // "Lying on the sore side" says the question's words; the example questions of "Sleeping position"
  // are nearer to how it is asked. Close scores and views that disagree: both short parts are shown.
  const section = (heading: string, text: string, examples: string[]): ArticleSection => ({
    articleId: 'nights', articleTitle: 'Nights', heading, text, lead: text, examples, file: 'nights.md', line: 1,
  });
  const nights = (withCheck: boolean): Article => ({
    id: 'nights', title: 'Nights', summary: 'Hip pain at night.', file: 'nights.md',
    sections: [
      section('Lying on the sore side', 'Lying on the sore hip at night presses on the joint and wakes you; lie on the other side.', []),
      ...(withCheck
        ? [section('Night pain that needs a check', 'See a doctor if hip pain wakes you every night.', [
            'should I see a doctor if my hip is sore in bed at night', 'when to worry about hip pain at night in bed', 'is hip pain in bed at night serious'])]
        : []),
      section('Sleeping position', 'A different position in bed can ease the ache.', [
        'what position should I sleep in with a sore hip', 'how should I lie in bed with hip pain', 'best way to sleep with a bad hip']),
    ],
  });
  const build = (withCheck: boolean, tuning = {}) =>
    createAnswerEngine({ articles: [...loadArticles(path.join(fixtures, 'articles')), nights(withCheck)], lexicon, intents, tuning });
  const question = 'should I lie on my sore hip at night in bed';

  it('shows both sections as two short parts, not one that may be wrong', () => {
    const r = build(false).answer(question);
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect([r.section.heading, r.secondary?.heading]).toEqual(['Lying on the sore side', 'Sleeping position']);
    // Without the rule the same question gets the first section alone.
    const alone = build(false, { disagreeNearest: 0, closeCallShare: 2 }).answer(question);
    expect(headingOf(alone)).toBe('Lying on the sore side');
    if (alone.kind === 'answer') expect(alone.secondary).toBeUndefined();
  });

  it('adds no advice to be seen to a question that does not ask when to be seen', () => {
    const r = build(true).answer(question);
    expect(headingOf(r)).toBe('Lying on the sore side');
    if (r.kind === 'answer') expect(r.secondary?.heading).not.toBe('Night pain that needs a check');
  });

  it('shows one section when the views agree', () => {
    // The asking part weighed apart (askingPartShare) brings Sleeping position within a close call of
    // this story-then-question; the rule under test here is the two views', so that part is off.
    const r = build(false, { askingPartShare: 0 }).answer('lying on the sore hip at night, how do I lie in bed');
    expect(headingOf(r)).toBe('Lying on the sore side');
    if (r.kind === 'answer') expect(r.secondary).toBeUndefined();
  });
});

describe('answer engine: a close call', () => {
  // Two sections that answer a question almost equally well: in the k-fold the first of such a pair
  // is right only about half the time, so both short parts are shown rather than one that may be wrong.
  const section = (heading: string, text: string, examples: string[]): ArticleSection => ({
    articleId: 'kneeling', articleTitle: 'Kneeling', heading, text, lead: text, examples, file: 'kneeling.md', line: 1,
  });
  const kneeling: Article = {
    id: 'kneeling', title: 'Kneeling', summary: 'Kneeling for long.', file: 'kneeling.md',
    sections: [
      section('Gardening', 'Kneeling in the garden for hours stiffens the hip; stand and stretch every half hour.', ['how often should I stand up when weeding']),
      section('Praying', 'Kneeling in church for hours stiffens the hip; shift your weight every few minutes, and sit for a while when the service allows it.', ['how often should I shift my weight in church']),
    ],
  };
  const build = (tuning = {}) => createAnswerEngine({ articles: [...loadArticles(path.join(fixtures, 'articles')), kneeling], lexicon, intents, tuning });

  it('shows both sections when they score within a tenth of each other', () => {
    const r = build().answer('hours of kneeling stiffens my hip');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect([r.section.heading, r.secondary?.heading].sort()).toEqual(['Gardening', 'Praying']);
    // Without the rule the same question gets one of them alone.
    const alone = build({ closeCallShare: 2 }).answer('hours of kneeling stiffens my hip');
    expect(alone.kind === 'answer' && alone.secondary).toBeFalsy();
  });

  it('shows one section when one is clearly the better answer', () => {
    const r = build().answer('stiff hip after kneeling in church');
    expect(headingOf(r)).toBe('Praying');
    if (r.kind === 'answer') expect(r.secondary).toBeUndefined();
  });

  it('on the clinic content: a deep ache in the buttock shows the buttock and the muscle deep in it', () => {
    const r = contentEngine().answer('deep pain in my buttock');
    expect(r.kind === 'answer' && [r.section.heading, r.secondary?.heading]).toEqual(['Pain in the buttock', 'Piriformis syndrome']);
  });
});

describe('answer engine on the clinic content', () => {
  const real = contentEngine();

  it.each(lines('out-of-scope.txt'))('declines: %s', (q) => {
    expect(real.answer(q).kind).not.toBe('answer');
  });

  // WordNet's regular inflections are spelt as English spells them ("swimming"): the single-consonant
  // typo ("swiming") is no "English word" the corrector must leave alone.
  it.each([
    ['is swiming good for a sore back', 'Gentle exercise'],
    ['does stoping exercise make my hip worse', 'Gentle exercise'],
  ])('corrects a doubled consonant typed once: %s', (q, heading) => {
    expect(headingOf(real.answer(q))).toBe(heading);
  });

  it('answers every section heading with that section', () => {
    for (const s of real.sections) {
      const r = real.answer(s.heading);
      expect(r.kind === 'answer' ? `${r.section.articleId}#${r.section.heading}` : r.kind).toBe(`${s.articleId}#${s.heading}`);
    }
  });

  // A part of the body the articles explain only in their text (WordNet's noun.body, rare in everyday
  // English): the section whose short answer says it answers; a section that only shares other words
  // with the question does not.
  it('answers a body part named only in an article\'s text: "what\'s a bursa"', () => {
    expect(headingOf(real.answer("what's a bursa"))).toBe('Bursitis of the hip');
  });

  it.each(['my bladder leaks when I laugh', 'I keep getting bladder infections', 'what is a cartilage piercing', 'my genitals itch'])(
    'does not answer a question that names such a body part but none of our subjects: %s',
    (q) => {
      expect(real.answer(q).kind).not.toBe('answer');
    },
  );

  it.each(['hip', 'back pain', 'does pain help', 'my back hurts'])('does not answer on generic words alone: %s', (q) => {
    expect(real.answer(q).kind).not.toBe('answer');
  });
});
