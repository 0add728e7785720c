// Issue 10's tenth round (fresh batch 10: idioms, regional slang and polite indirect requests).
// Each case below was declined or went wrong before its fix; none of them is a sentence of the batch.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/clinical/answer/analyse.ts';
import { WORDNET_CACHE, wordnetCacheInputs } from '../../../src/clinical/answer/wordnet.ts';
import { contentEngine, headingOf, lexicon } from './helpers.ts';

const engine = contentEngine();

describe('idioms that say the pain or the injury without a word for it (content/lexicon.yaml)', () => {
  it.each([
    // Declined before: "playing up" and "crook" said no pain, and "crook" was read as "cook" (a scope word).
    ["my back's been playing up since Christmas, should I see a doctor", 'When to see a doctor'],
    ['is swimming ok with a crook back', 'Gentle exercise'],
    // Painkillers first before: "gammy" and "giving me gyp" said nothing.
    ['my gammy hip is giving me gyp, what can I do', 'Treatment options for hip and back pain'],
    // Answered by Gentle exercise before: "put my back out" is a strain of the back.
    ['I put my back out lifting the shopping, is it just a pulled muscle?', 'Muscle strains and sprains'],
  ])('answers "%s" from %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });

  it('reads "put my back out" and "done my back in" as a strain of the back, keeping the back', () => {
    expect(analyse('I put my back out', lexicon).words).toEqual(['i', 'back', 'strain']);
    expect(analyse('he has done his back in', lexicon).words).toEqual(['he', 'has', 'back', 'strain']);
  });

  it('still declines an idiom about a part of the body that is not ours ("a dodgy knee")', () => {
    expect(engine.answer('my dodgy knee is playing up again, what can I do').kind).not.toBe('answer');
  });
});

describe('idioms for being seen ("get it looked at", "need seeing to", "bother the doctor")', () => {
  it.each([
    // What lower back pain means, Why early diagnosis helps and Fastest way to heal before.
    // (Session 27: since the patients' questions of content/questions, from Pain that lasts more than a few weeks: a month of pain
    // asks that section's question, when to get it checked.)
    ['my hip has hurt for a month, should I get it looked at?', 'Pain that lasts more than a few weeks'],
    ['does a sore back after gardening need seeing to', 'When to see a doctor'],
    ['should I bother the doctor with my back pain', 'When to see a doctor'],
  ])('answers "%s" from %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });

  it('reads "refer me" as a question about booking with the clinic', () => {
    const r = engine.answer('do I need my GP to refer me to you?');
    expect(r.kind === 'clinic' && r.topic).toBe('booking');
  });
});

describe('conditions named in one rare word (WordNet, wordnet-cache.json)', () => {
  it.each([
    // Declined before: "lumbago" named nothing of ours.
    ['what is lumbago', 'What lower back pain means'],
    ['what causes lumbago', 'What causes hip and back pain'],
  ])('answers "%s" from %s: lumbago is "lumbar pain", lower back pain', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });

  it('reads "lumbar pain" as lower back pain (it went to Pinched nerve in the lower back)', () => {
    expect(headingOf(engine.answer('what is lumbar pain'))).toBe('What lower back pain means');
  });

  it('reads a crick, "a painful muscle spasm especially in the neck or back", as a spasm', () => {
    expect(engine.rank('a crick in my lower back').some((c) => c.specific.includes('spasm'))).toBe(true);
    // Still not ours in the neck.
    expect(engine.answer('I have a crick in my neck, what helps').kind).not.toBe('answer');
  });
});

describe('everyday words for smoking', () => {
  it.each([
    // Signs the pain comes from the spine, and Hip or back, why it is hard to tell, before.
    ['do cigarettes make back pain worse', 'Weight, diet and smoking'],
    ["I'm a smoker, will it slow my back getting better", 'Weight, diet and smoking'],
  ])('answers "%s" from %s', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });
});

describe('polite frames that bury the question', () => {
  it.each([
    ['Would you be so kind as to tell me how long sciatica lasts?', 'how long does sciatica last'],
    ['I was wondering if you could tell me what the warning signs are with back pain', 'what are the warning signs with back pain'],
    ['could you possibly tell me whether heat or ice is better for a sore back', 'is heat or ice better for a sore back'],
  ])('answers "%s" as "%s" is answered', (framed, bare) => {
    const r = engine.answer(framed);
    expect(r.kind).toBe('answer');
    expect(headingOf(r)).toBe(headingOf(engine.answer(bare)));
  });

  it('reads the frame as a word that carries nothing', () => {
    expect(analyse('I wonder whether you could tell me what causes sciatica', lexicon).terms).toEqual(analyse('what causes sciatica', lexicon).terms);
  });
});

describe('the WordNet cache is computed from the content as it is', () => {
  it('records the digest of the articles, the lexicon and the intents it was computed from (else: npm run wordnet-cache)', () => {
    const raw = JSON.parse(readFileSync(WORDNET_CACHE, 'utf8')) as { inputs?: string };
    expect(raw.inputs, 'content changed since the WordNet cache was computed: run `npm run wordnet-cache`').toBe(wordnetCacheInputs(path.resolve('content')));
  });
});
