// The answer engine's public face: build it from the content folder or from parts.
import path from 'node:path';
import { loadArticles } from '../articles.ts';
import { createAnswerEngine, type AnswerEngineDetail } from './engine.ts';
import { loadClinicCues, loadIntents } from './intents.ts';
import { loadLexicon } from './lexicon.ts';
import { loadQuestionsBySection } from './patientQuestions.ts';

export { createAnswerEngine, shortAnswer, type AnswerEngineInput, type AnswerEngineDetail, type Candidate } from './engine.ts';
export { loadClinicCues, loadIntents, type Intents } from './intents.ts';
export { CLINIC_TOPICS, type ClinicCues, type ClinicTopic } from './clinicTopic.ts';
export { loadLexicon, buildLexicon, type Lexicon } from './lexicon.ts';
export { loadPatientQuestions, loadQuestionsBySection, questionsBySection, type PatientQuestion } from './patientQuestions.ts';
export type { AnswerEngine, AnswerResult, FollowUp, IntentMatch, IntentName } from './types.ts';

/** Loads content/articles, lexicon.yaml, intents.yaml and questions/ and builds the engine. */
export function loadAnswerEngine(contentDir: string): AnswerEngineDetail {
  const articles = loadArticles(path.join(contentDir, 'articles'));
  return createAnswerEngine({
    articles,
    lexicon: loadLexicon(path.join(contentDir, 'lexicon.yaml')),
    intents: loadIntents(path.join(contentDir, 'intents.yaml')),
    clinicCues: loadClinicCues(path.join(contentDir, 'intents.yaml')),
    trainingQuestions: loadQuestionsBySection(contentDir, articles),
  });
}
