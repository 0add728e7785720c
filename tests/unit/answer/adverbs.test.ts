// An "-ly" adverb says how or how often, not what the question is about: WordNet's adverb synonyms
// ("generally" = "mostly") are not read as the articles' words (issue 10, session 13).
import { describe, expect, it } from 'vitest';
import { loadWordNetCache } from '../../../src/clinical/answer/wordnet.ts';
import { contentEngine } from './helpers.ts';

const engine = contentEngine();
const heading = (q: string) => {
  const r = engine.answer(q);
  return r.kind === 'answer' ? r.section.heading : r.kind;
};

describe('adverbs in a question', () => {
  it.each(['what generally causes hip and back pain?', 'what largely causes lower back pain?'])('%s is a cause question', (q) => {
    expect(heading(q)).toBe('What causes hip and back pain');
  });

  it('the cache maps no "-ly" adverb, and keeps the others ("quickest" is "fastest")', () => {
    const { synonyms } = loadWordNetCache();
    expect([...synonyms.keys()].filter((w) => /ly$/.test(w) && ['generally', 'largely', 'normally', 'probably'].includes(w))).toEqual([]);
    expect(synonyms.get('quickest')).toBe('fastest');
  });
});
