// Builds engines for the answer tests: our fixture articles (stable, written for the tests) with
// the real lexicon and intents from content/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles } from '../../../src/clinical/articles.ts';
import { createAnswerEngine, loadClinicCues, loadIntents, loadLexicon, loadQuestionsBySection, type AnswerResult } from '../../../src/clinical/answer/index.ts';
import type { Article } from '../../../src/clinical/types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixtures = path.join(root, 'tests/fixtures/answer');
export const lexicon = loadLexicon(path.join(root, 'content/lexicon.yaml'));
export const intents = loadIntents(path.join(root, 'content/intents.yaml'));
export const clinicCues = loadClinicCues(path.join(root, 'content/intents.yaml'));

export function fixtureEngine(articles: Article[] = loadArticles(path.join(fixtures, 'articles'))) {
  return createAnswerEngine({ articles, lexicon, intents });
}

let shared: ReturnType<typeof createAnswerEngine> | undefined;
/**
 * The engine as the bot builds it from content/ (with the patients' questions of content/questions). Built once
 * per worker: the answer tests share their modules (vitest.config.ts), and an engine's answers do not depend on
 * what it answered before.
 */
export function contentEngine() {
  if (!shared) {
    const articles = loadArticles(path.join(root, 'content/articles'));
    const trainingQuestions = loadQuestionsBySection(path.join(root, 'content'), articles);
    shared = createAnswerEngine({ articles, lexicon, intents, clinicCues, trainingQuestions });
  }
  return shared;
}

export function lines(file: string): string[] {
  return readFileSync(path.join(fixtures, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The heading answered, the clinic topic ("clinic:booking"), or the kind when it did not answer: readable failures. */
export function headingOf(r: AnswerResult): string {
  return r.kind === 'answer' ? r.section.heading : r.kind === 'clinic' ? `clinic:${r.topic}` : `(${r.kind})`;
}

/** The heading answered, the clinic topic ("clinic:booking"), or the bare kind when it did not answer ("none"). */
export function answeredAs(r: AnswerResult): string {
  return r.kind === 'answer' ? r.section.heading : r.kind === 'clinic' ? `clinic:${r.topic}` : r.kind;
}

/** The clinic's topic ("booking") of a clinic answer, or the kind of the result otherwise. */
export function clinicTopicOf(r: AnswerResult): string {
  return r.kind === 'clinic' ? r.topic : r.kind;
}

/** "article#Heading" of the answer, or the kind when it did not answer. */
export function firstShown(r: AnswerResult): string {
  return r.kind === 'answer' ? `${r.section.articleId}#${r.section.heading}` : r.kind;
}

/** "article#Heading" of every part shown (the answer and its second short part), none when it did not answer. */
export function partsShown(r: AnswerResult): string[] {
  return r.kind === 'answer' ? [r.section, ...(r.secondary ? [r.secondary] : [])].map((s) => `${s.articleId}#${s.heading}`) : [];
}
