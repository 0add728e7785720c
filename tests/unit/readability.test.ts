// The leads (each section's first paragraph) are the bot's short answers: patients should be able
// to read them at a reading age of about 9 to 11. Measured with the Flesch–Kincaid grade of
// text-readability; no words are excluded from the measurement, medical names count in full.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- text-readability ships no type declarations (TS7016); typed just below.
import untypedReadability from 'text-readability';
import { loadArticles } from '../../src/clinical/articles.ts';

const readability: { fleschKincaidGrade(text: string): number } = untypedReadability;

const root = path.resolve(import.meta.dirname, '../..');

/** Median grade over all leads: about reading age 11. */
const MEDIAN_GRADE = 6;
/** Hardest single lead allowed: medical names are long, the words around them must stay easy. */
const MAX_GRADE = 8;
const MAX_SENTENCES = 3;
const MAX_WORDS_PER_SENTENCE = 20;

/** Sentences in a plain paragraph (our leads avoid abbreviations such as "e.g."). */
function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=["(]?[A-Z])/).filter((s) => s.trim());
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const sections = loadArticles(path.join(root, 'content/articles')).flatMap((a) => a.sections);
const graded = sections.map((s) => ({ name: `${s.articleId} / ${s.heading}`, lead: s.lead, grade: readability.fleschKincaidGrade(s.lead) }));

describe('short answers (leads) are easy to read', () => {
  it('every lead: a few short sentences, grade 8 at most (all offenders listed)', () => {
    const problems: string[] = [];
    for (const { name, lead, grade } of graded) {
      const parts = sentences(lead);
      if (parts.length < 1 || parts.length > MAX_SENTENCES) problems.push(`${name}: lead has ${parts.length} sentences`);
      for (const sentence of parts) {
        const words = sentence.split(/\s+/).length;
        if (words > MAX_WORDS_PER_SENTENCE) problems.push(`${name}: sentence of ${words} words: "${sentence}"`);
      }
      if (grade > MAX_GRADE) problems.push(`${name}: Flesch–Kincaid grade ${grade}`);
    }
    expect(graded.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it(`has a median Flesch–Kincaid grade of ${MEDIAN_GRADE} or less`, () => {
    const hardest = [...graded]
      .sort((a, b) => b.grade - a.grade)
      .slice(0, 5)
      .map((g) => `${g.name} (${g.grade})`);
    expect(median(graded.map((g) => g.grade)), `hardest leads: ${hardest.join('; ')}`).toBeLessThanOrEqual(MEDIAN_GRADE);
  });
});
