// Question answering figures without a running bot: qa.jsonl and out_of_scope.jsonl judged the way
// the harness judges them (../shared/tools/harness/sets.mjs), the external sets, and a k-fold over
// our own example questions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles } from '../../src/clinical/articles.ts';
import { createAnswerEngine, loadClinicCues, loadIntents, loadLexicon, loadPatientQuestions, questionsBySection, shortAnswer, type AnswerEngineDetail, type AnswerResult } from '../../src/clinical/answer/index.ts';
import type { Tuning } from '../../src/clinical/answer/tuning.ts';
import type { Article } from '../../src/clinical/types.ts';
import { evalFresh, shownIds } from './fresh.ts';

export interface Figure {
  name: string;
  value: number;
  detail: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CONTENT = path.join(ROOT, 'content');
export const OWN_OUT_OF_SCOPE = path.join(ROOT, 'tests/fixtures/answer/out-of-scope.txt');
export const OWN_IN_SCOPE = path.join(ROOT, 'tests/fixtures/answer/in-scope.txt');
export const OWN_QUESTION_TYPES = path.join(ROOT, 'tests/fixtures/answer/question-types.txt');
export const OWN_LONG_MESSAGES = path.join(ROOT, 'tests/fixtures/answer/long-messages.txt');

export function loadContent(tuning?: Partial<Tuning>) {
  const articles = loadArticles(path.join(CONTENT, 'articles'));
  const lexicon = loadLexicon(path.join(CONTENT, 'lexicon.yaml'));
  const intents = loadIntents(path.join(CONTENT, 'intents.yaml'));
  const clinicCues = loadClinicCues(path.join(CONTENT, 'intents.yaml'));
  // The patients' questions of content/questions, as the bot reads them.
  const questions = loadPatientQuestions(path.join(CONTENT, 'questions'));
  const training = questionsBySection(questions, articles);
  return { articles, lexicon, intents, clinicCues, questions, training, engine: createAnswerEngine({ articles, lexicon, intents, clinicCues, tuning, trainingQuestions: training }) };
}

export function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** What the bot shows for an answer, lower-cased: lead, article title, heading and button titles. */
export function judgedText(result: AnswerResult): string {
  if (result.kind !== 'answer') return '';
  const s = result.section;
  // As the bot shows it: the short answer, and a second short part (the other section's lead) for two topics.
  return [shortAnswer(s, result.excerpt), s.articleTitle, s.heading, ...result.followUps.map((f) => f.label), result.secondary?.heading ?? '', result.secondary?.lead ?? '']
    .join('\n')
    .toLowerCase();
}

const figure = (name: string, num: number, den: number, note = ''): Figure => ({
  name,
  value: den ? num / den : 0,
  detail: `(${num}/${den})${note ? ` ${note}` : ''}`,
});

export interface QaCase {
  q: string;
  topic: string;
  expect: string[][];
  verdict: 'correct' | 'wrong' | 'declined';
  result: AnswerResult;
  missing: string[][];
}

export function judgeQa(engine: AnswerEngineDetail, rows: Record<string, unknown>[]): QaCase[] {
  return rows.map((row) => {
    const q = String(row.q);
    const expect = ((row.expect as unknown[]) ?? []).map((g) => (Array.isArray(g) ? g : [g]).map((s) => String(s).toLowerCase()));
    const result = engine.answer(q);
    const text = judgedText(result);
    const missing = expect.filter((g) => !g.some((alt) => text.includes(alt)));
    const verdict = result.kind !== 'answer' ? 'declined' : missing.length ? 'wrong' : 'correct';
    return { q, topic: String(row.topic ?? '-'), expect, verdict, result, missing };
  });
}

function qaFigures(prefix: string, cases: QaCase[], perTopic: boolean): Figure[] {
  const n = cases.length;
  const c = (v: QaCase['verdict']) => cases.filter((x) => x.verdict === v).length;
  const out = [
    figure(`${prefix}.correct`, c('correct'), n),
    figure(`${prefix}.wrong`, c('wrong'), n, 'answered, keywords missing'),
    figure(`${prefix}.declined`, c('declined'), n, `(${cases.filter((x) => x.result.kind === 'clarify').length} of them "did you mean")`),
  ];
  if (perTopic) {
    const topics = [...new Set(cases.map((x) => x.topic))].sort();
    for (const t of topics) {
      const m = cases.filter((x) => x.topic === t);
      out.push(figure(`${prefix}.correct.topic=${t}`, m.filter((x) => x.verdict === 'correct').length, m.length));
    }
  }
  return out;
}

/** Sections whose lead, title and heading alone hold every expected group: tells a content gap from a wrong pick. */
function fitting(engine: AnswerEngineDetail, expect: string[][]): string {
  const fits = engine.sections.filter((s) => {
    const text = [s.lead, s.articleTitle, s.heading].join('\n').toLowerCase();
    return expect.every((g) => g.some((alt) => text.includes(alt)));
  });
  return fits.length ? `sections that fit: ${fits.slice(0, 4).map((s) => s.heading).join(' | ')}` : 'CONTENT GAP: no section lead has these words';
}

function describe(r: AnswerResult): string {
  if (r.kind === 'answer') return `answered ${r.section.articleId}#${r.section.heading} (${r.confidence})${r.secondary ? ` + ${r.secondary.heading}` : ''}`;
  if (r.kind === 'clarify') return `did you mean: ${r.options.map((o) => o.heading).join(' | ')}`;
  return 'declined';
}

function outOfScopeFigures(name: string, engine: AnswerEngineDetail, says: string[], failures: string[]): Figure {
  let ok = 0;
  for (const say of says) {
    const r = engine.answer(say);
    if (r.kind !== 'answer') ok++;
    else failures.push(`OUT-OF-SCOPE ANSWERED ${JSON.stringify(say)}: ${describe(r)}`);
  }
  return figure(name, ok, says.length, 'declined');
}

/** k-fold over the example questions of the articles: train without a fold, answer it. */
export function kfold(
  articles: Article[],
  lexicon: ReturnType<typeof loadLexicon>,
  intents: ReturnType<typeof loadIntents>,
  k = 5,
  tuning?: Partial<Tuning>,
  /** The patients' questions (content/questions), trained on in every fold: they are not the articles' examples. */
  trainingQuestions?: ReadonlyMap<string, readonly string[]>,
) {
  const held: { q: string; article: string; heading: string; result: AnswerResult; engine: AnswerEngineDetail }[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = articles.map((a) => ({
      ...a,
      sections: a.sections.map((s) => ({ ...s, examples: s.examples.filter((_, i) => i % k !== fold) })),
    }));
    const engine = createAnswerEngine({ articles: train, lexicon, intents, tuning, trainingQuestions });
    for (const a of articles) {
      for (const s of a.sections) {
        s.examples.forEach((q, i) => {
          if (i % k === fold) held.push({ q, article: a.id, heading: s.heading, result: engine.answer(q), engine });
        });
      }
    }
  }
  return held;
}

function readLines(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

export function readOwnOutOfScope(): string[] {
  return readLines(OWN_OUT_OF_SCOPE);
}

/** Our own questions that differ from their neighbours by the kind of answer wanted: [question, "article#heading"]. */
export function readOwnQuestionTypes(): [string, string][] {
  return readLines(OWN_QUESTION_TYPES).map((l) => l.split('=>').map((x) => x.trim()) as [string, string]);
}

/** Our own fixture figures: kind-of-answer picks, and in-scope questions that name an out-of-scope word. */
export function ownFixtureFigures(engine: AnswerEngineDetail, failures: string[]): Figure[] {
  const out: Figure[] = [];
  const typed = readOwnQuestionTypes();
  if (typed.length) {
    let ok = 0;
    for (const [q, want] of typed) {
      const r = engine.answer(q);
      if (r.kind === 'answer' && `${r.section.articleId}#${r.section.heading}` === want) ok++;
      else failures.push(`OWN QUESTION TYPE ${JSON.stringify(q)} (want ${want}): ${describe(r)}`);
    }
    out.push(figure('own.question_types.correct', ok, typed.length));
  }
  // Long messages with the question in one part (tuned on while writing the question focus).
  const long = readLines(OWN_LONG_MESSAGES).map((l) => l.split('=>').map((x) => x.trim()) as [string, string]);
  if (long.length) {
    let ok = 0;
    let wrong = 0;
    for (const [q, want] of long) {
      const r = engine.answer(q);
      if (r.kind === 'answer' && `${r.section.articleId}#${r.section.heading}` === want) ok++;
      else {
        if (r.kind === 'answer') wrong++;
        failures.push(`OWN LONG MESSAGE ${JSON.stringify(q.slice(0, 80))}… (want ${want}): ${describe(r)}`);
      }
    }
    out.push(figure('own.long_messages.correct', ok, long.length, `wrong ${wrong}`));
  }
  const inScope = readLines(OWN_IN_SCOPE);
  if (inScope.length) {
    let ok = 0;
    for (const q of inScope) {
      const r = engine.answer(q);
      if (r.kind === 'answer') ok++;
      else failures.push(`OWN IN-SCOPE NOT ANSWERED ${JSON.stringify(q)}: ${describe(r)}`);
    }
    out.push(figure('own.in_scope.answered', ok, inScope.length));
  }
  return out;
}

export async function evalQa(setDir: string, opts: { verbose?: boolean; freshMisses?: boolean; failures?: string[] } = {}): Promise<Figure[]> {
  const failures = opts.failures ?? [];
  const { articles, lexicon, intents, clinicCues, questions, training, engine } = loadContent();
  const figures: Figure[] = [];

  const qaFile = path.join(setDir, 'qa.jsonl');
  if (existsSync(qaFile)) {
    const cases = judgeQa(engine, readJsonl(qaFile));
    figures.push(...qaFigures('qa', cases, true));
    for (const x of cases) {
      if (x.verdict === 'correct') continue;
      failures.push(`${x.verdict.toUpperCase()} ${JSON.stringify(x.q)} (topic ${x.topic}): ${describe(x.result)}` +
        (x.verdict === 'wrong' ? `; missing ${x.missing.map((g) => `[${g.join('|')}]`).join(' ')}` : '') +
        `; ${fitting(engine, x.expect)}`);
    }
  }
  const oosFile = path.join(setDir, 'out_of_scope.jsonl');
  if (existsSync(oosFile)) {
    const says = readJsonl(oosFile).filter((r) => r.expect === 'no-answer').map((r) => String(r.say));
    figures.push(outOfScopeFigures('out_of_scope.no_answer', engine, says, failures));
  }

  // Our own figures: k-fold over the examples in the articles, and our own out-of-scope questions.
  const held = kfold(articles, lexicon, intents, 5, undefined, training);
  // Correct when the patient is shown the right section: the answer's section or its second short part.
  const hit = (h: (typeof held)[number]) => shownIds(h.result).includes(`${h.article}#${h.heading}`);
  figures.push(figure('examples.kfold.correct', held.filter(hit).length, held.length, '5-fold over the articles\' example questions (content/questions trained on in every fold)'));
  figures.push(figure('examples.kfold.wrong', held.filter((h) => h.result.kind === 'answer' && !hit(h)).length, held.length, 'answered another section'));
  figures.push(figure('examples.kfold.declined', held.filter((h) => h.result.kind !== 'answer').length, held.length));
  if (opts.verbose) {
    for (const h of held) if (!hit(h)) failures.push(`KFOLD ${JSON.stringify(h.q)} (want ${h.article}#${h.heading}): ${describe(h.result)}`);
  }
  const own = readOwnOutOfScope();
  if (own.length) figures.push(outOfScopeFigures('own.out_of_scope.declined', engine, own, failures));
  // Our batches of patients' questions (content/questions), each answered by an engine trained on all the
  // others: totals only (misses listed with --fresh-misses).
  figures.push(...evalFresh((trainingQuestions) => createAnswerEngine({ articles, lexicon, intents, clinicCues, trainingQuestions }), questions, articles, opts.freshMisses, failures));
  figures.push(...ownFixtureFigures(engine, failures));
  // Calibration: the threshold is chosen from these (our own data only), not from the dev set.
  for (const answerThreshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45]) {
    const tuning = { answerThreshold };
    const h = kfold(articles, lexicon, intents, 5, tuning, training);
    const ok = h.filter(hit).length;
    const answered = h.filter((x) => x.result.kind === 'answer').length;
    const e = createAnswerEngine({ articles, lexicon, intents, tuning, trainingQuestions: training });
    const leaked = own.filter((q) => e.answer(q).kind === 'answer').length;
    figures.push(figure(`calibration.threshold=${answerThreshold}.kfold.correct`, ok, h.length, `wrong ${answered - ok}, own out-of-scope answered ${leaked}/${own.length}`));
  }

  // External sets: same formats as the development set.
  const extDir = path.join(setDir, 'external');
  if (existsSync(extDir)) {
    for (const f of readdirSync(extDir).filter((x) => x.endsWith('.jsonl')).sort()) {
      const rows = readJsonl(path.join(extDir, f));
      const name = `external.${f.replace(/\.jsonl$/, '')}`;
      const qaRows = rows.filter((r) => typeof r.q === 'string');
      const oos = rows.filter((r) => typeof r.say === 'string' && r.expect === 'no-answer').map((r) => String(r.say));
      if (qaRows.length) {
        const cases = judgeQa(engine, qaRows);
        figures.push(...qaFigures(name, cases, false));
        if (opts.verbose) for (const x of cases) if (x.verdict !== 'correct') failures.push(`${name} ${x.verdict.toUpperCase()} ${JSON.stringify(x.q.slice(0, 100))}: ${describe(x.result)}`);
      }
      if (oos.length) figures.push(outOfScopeFigures(`${name}.no_answer`, engine, oos, failures));
    }
  }
  return figures;
}
