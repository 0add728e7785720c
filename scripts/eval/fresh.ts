// Our own fresh batches (tests/fixtures/answer/fresh-*.jsonl): {"q", "want": ["article#section", ...]}.
// An empty `want` means the bot must decline; "clinic#<topic>" means the clinic's own answer.
// Only totals are printed unless --verbose: a batch whose misses were read is no longer fresh.

import path from 'node:path';
import type { AnswerEngineDetail, AnswerResult } from '../../src/clinical/answer/index.ts';
import type { Figure } from './qa.ts';
import { readdirSync, readFileSync } from 'node:fs';

const readJsonl = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

export const FRESH_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../tests/fixtures/answer');

/** The "article#section" ids a result shows (both parts of a composed answer), or "clinic#topic". */
export function shownIds(r: AnswerResult): string[] {
  if (r.kind === 'answer') return [r.section, ...(r.secondary ? [r.secondary] : [])].map((s) => `${s.articleId}#${s.heading}`);
  if (r.kind === 'clinic') return [`clinic#${r.topic}`];
  return [];
}

export function evalFresh(engine: Pick<AnswerEngineDetail, 'answer'>, verbose = false, failures: string[] = []): Figure[] {
  const out: Figure[] = [];
  for (const f of readdirSync(FRESH_DIR).filter((x) => /^fresh-.*\.jsonl$/.test(x)).sort()) {
    const rows = readJsonl(path.join(FRESH_DIR, f));
    let correct = 0, wrong = 0, declined = 0, oosOk = 0, oos = 0;
    for (const row of rows) {
      const want = (row.want as string[]) ?? [];
      const r = engine.answer(String(row.q));
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
  }
  return out;
}
