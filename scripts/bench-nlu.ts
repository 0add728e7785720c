// npm run bench:nlu -- [setDir]: our answer engine against nlp.js (node-nlp's NlpManager) trained
// on exactly the same data: one intent per article section, its example questions and heading as
// utterances. Both run on the same development set (qa.jsonl judged like the harness, and the
// "no-answer" rows of out_of_scope.jsonl). nlp.js answers when its intent is not "None"; its
// answer is judged with the same shown text (lead, title, heading) but no follow-up buttons, which
// is noted in the output.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// node-nlp ships no types.
// @ts-expect-error untyped package
import { NlpManager } from 'node-nlp';
import { judgedText, loadContent, readJsonl } from './eval/qa.ts';
import { shortAnswer } from '../src/clinical/answer/index.ts';
import type { ArticleSection } from '../src/clinical/types.ts';

interface NlpResult {
  intent: string;
  score: number;
}
interface Manager {
  addDocument(lang: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(lang: string, text: string): Promise<NlpResult>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const setDir = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('-')) ?? path.join(here, '../../shared/eval'));
if (!existsSync(path.join(setDir, 'qa.jsonl'))) {
  console.error(`bench:nlu: no qa.jsonl in ${setDir}`);
  process.exit(1);
}

const { engine } = loadContent();
const sections = engine.sections;
const key = (s: ArticleSection) => `${s.articleId}#${s.heading}`;
const byKey = new Map(sections.map((s) => [key(s), s]));

const tTrain = performance.now();
const manager = new NlpManager({ languages: ['en'], forceNER: false, nlu: { log: false }, autoSave: false, autoLoad: false }) as Manager;
for (const s of sections) for (const q of [s.heading, ...s.examples]) manager.addDocument('en', q, key(s));
await manager.train();
const trainMs = performance.now() - tTrain;

const qa = readJsonl(path.join(setDir, 'qa.jsonl'));
const oosFile = path.join(setDir, 'out_of_scope.jsonl');
const oos = existsSync(oosFile) ? readJsonl(oosFile).filter((r) => r.expect === 'no-answer').map((r) => String(r.say)) : [];

type Verdict = 'correct' | 'wrong' | 'declined';
const judge = (text: string | undefined, expect: string[][]): Verdict =>
  text === undefined ? 'declined' : expect.every((g) => g.some((alt) => text.includes(alt))) ? 'correct' : 'wrong';
const groups = (row: Record<string, unknown>) => ((row.expect as unknown[]) ?? []).map((g) => (Array.isArray(g) ? g : [g]).map((x) => String(x).toLowerCase()));

async function run(name: string, answer: (q: string) => Promise<{ text?: string; bare?: string }>) {
  const verdicts: Verdict[] = [];
  const bare: Verdict[] = [];
  const times: number[] = [];
  for (const row of qa) {
    const t = performance.now();
    const r = await answer(String(row.q));
    times.push(performance.now() - t);
    verdicts.push(judge(r.text, groups(row)));
    bare.push(judge(r.bare, groups(row)));
  }
  let oosDeclined = 0;
  for (const q of oos) if ((await answer(q)).text === undefined) oosDeclined++;
  const n = qa.length;
  const c = (xs: Verdict[], v: Verdict) => xs.filter((x) => x === v).length;
  const pct = (k: number, d: number) => `${((100 * k) / d).toFixed(1)}% (${k}/${d})`;
  times.sort((a, b) => a - b);
  return {
    name,
    correct: pct(c(verdicts, 'correct'), n),
    bareCorrect: pct(c(bare, 'correct'), n),
    wrong: pct(c(verdicts, 'wrong'), n),
    declined: pct(c(verdicts, 'declined'), n),
    oos: pct(oosDeclined, oos.length),
    ms: (times[Math.floor(times.length / 2)] ?? 0).toFixed(3),
  };
}

const bareText = (s: ArticleSection) => [shortAnswer(s), s.articleTitle, s.heading].join('\n').toLowerCase();
const ours = await run('answer engine', async (q) => {
  const r = engine.answer(q);
  return r.kind === 'answer' ? { text: judgedText(r), bare: bareText(r.section) } : {};
});
const nlp = await run('nlp.js NlpManager', async (q) => {
  const r = await manager.process('en', q);
  const s = r.intent && r.intent !== 'None' ? byKey.get(r.intent) : undefined;
  return s ? { text: bareText(s), bare: bareText(s) } : {};
});

console.log(`set: ${setDir} (${qa.length} questions, ${oos.length} out-of-scope)`);
console.log(`nlp.js training time: ${trainMs.toFixed(0)} ms on ${sections.length} sections`);
const rows: [string, keyof typeof ours][] = [
  ['qa correct (as shown)', 'correct'],
  ['qa correct (answer section only)', 'bareCorrect'],
  ['qa confidently wrong', 'wrong'],
  ['qa declined (incl. did-you-mean)', 'declined'],
  ['out-of-scope declined', 'oos'],
  ['median ms per question', 'ms'],
];
const w = Math.max(...rows.map(([l]) => l.length));
console.log(`${''.padEnd(w)}  ${ours.name.padEnd(24)}  ${nlp.name}`);
for (const [label, k] of rows) console.log(`${label.padEnd(w)}  ${String(ours[k]).padEnd(24)}  ${nlp[k]}`);
console.log('Note: "as shown" counts the follow-up and second-topic buttons our engine adds; nlp.js has none, so');
console.log('"answer section only" is the like-for-like line (lead, article title and heading of the one section).');
