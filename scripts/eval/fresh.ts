// Our batches of patients' questions (content/questions/*.jsonl): {"q", "want": ["article#section", ...]}.
// An empty `want` means the bot must decline; "clinic#<topic>" means the clinic's own answer. Each batch
// was measured once as unseen when it was written (README); here each is answered by an engine trained
// on all the other batches (leave one batch out), so the figure stays one of questions the example view
// has not seen. Only totals are printed unless --verbose.

import path from 'node:path';
import { questionsBySection, type AnswerEngineDetail, type AnswerResult, type PatientQuestion } from '../../src/clinical/answer/index.ts';
import type { Article } from '../../src/clinical/types.ts';
import type { Figure } from './qa.ts';

export const FRESH_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../content/questions');

/** The "article#section" ids a result shows (both parts of a composed answer), or "clinic#topic". */
export function shownIds(r: AnswerResult): string[] {
  if (r.kind === 'answer') return [r.section, ...(r.secondary ? [r.secondary] : [])].map((s) => `${s.articleId}#${s.heading}`);
  if (r.kind === 'clinic') return [`clinic#${r.topic}`];
  return [];
}

export function evalFresh(
  build: (training: Map<string, string[]>) => Pick<AnswerEngineDetail, 'answer'>,
  questions: readonly PatientQuestion[],
  articles: readonly Article[],
  verbose = false,
  failures: string[] = [],
): Figure[] {
  const out: Figure[] = [];
  const files = [...new Set(questions.map((q) => q.file))].sort();
  const total = { correct: 0, wrong: 0, declined: 0, oosOk: 0, oos: 0 };
  for (const file of files) {
    const f = path.basename(file);
    const engine = build(questionsBySection(questions.filter((q) => q.file !== file), articles));
    let correct = 0, wrong = 0, declined = 0, oosOk = 0, oos = 0;
    for (const row of questions.filter((q) => q.file === file)) {
      const want = row.want;
      const r = engine.answer(row.q);
      const ids = shownIds(r);
      if (want.length === 0) {
        oos++;
        if (ids.length === 0) oosOk++;
        else if (verbose) failures.push(`${f} OUT-OF-SCOPE ANSWERED ${JSON.stringify(row.q)}: ${ids.join(' + ')}`);
        continue;
      }
      if (ids.length === 0) declined++;
      else if (want.includes(ids[0]!)) correct++;
      else wrong++;
      if (verbose && !(ids.length && want.includes(ids[0]!))) failures.push(`${f} ${ids.length ? 'WRONG' : 'DECLINED'} ${JSON.stringify(row.q)} (want ${want[0]}): ${ids.join(' + ') || r.kind}`);
    }
    const n = correct + wrong + declined;
    const name = `fresh.${f.replace(/^fresh-|\.jsonl$/g, '')}`;
    out.push({ name: `${name}.correct`, value: correct / n, detail: `(${correct}/${n})` });
    out.push({ name: `${name}.wrong`, value: wrong / n, detail: `(${wrong}/${n}) answered another section` });
    out.push({ name: `${name}.declined`, value: declined / n, detail: `(${declined}/${n})` });
    out.push({ name: `${name}.out_of_scope.declined`, value: oos ? oosOk / oos : 1, detail: `(${oosOk}/${oos})` });
    Object.assign(total, { correct: total.correct + correct, wrong: total.wrong + wrong, declined: total.declined + declined, oosOk: total.oosOk + oosOk, oos: total.oos + oos });
  }
  const n = total.correct + total.wrong + total.declined;
  if (n) {
    const all = 'fresh.all_batches_left_out';
    out.push({ name: `${all}.correct`, value: total.correct / n, detail: `(${total.correct}/${n}) each batch answered by an engine trained on the others` });
    out.push({ name: `${all}.wrong`, value: total.wrong / n, detail: `(${total.wrong}/${n})` });
    out.push({ name: `${all}.out_of_scope.declined`, value: total.oos ? total.oosOk / total.oos : 1, detail: `(${total.oosOk}/${total.oos})` });
  }
  return out;
}
