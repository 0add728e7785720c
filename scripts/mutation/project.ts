// How long the whole `npm run mutation` takes, from Stryker's own initial test run and test plan:
//   node --import tsx scripts/mutation/project.ts reports/mutation/chunks/plan.json [reports/mutation/chunks/runs.jsonl]
// plan.json is written by `npm run mutation -- --plan` (plan-reporter.mjs): one Stryker run over every
// file and every test file, stopped as soon as Stryker has planned the mutants — per test file its
// time, per mutant the tests covering it and whether it is static. A mutant's run is estimated as
// the time of the tests covering it plus the loading of their test files (the initial run's
// overhead per test file); a chunk's initial test run as the time of its test files plus their
// loading. That is an upper bound for a killed mutant (Stryker stops at its first failing test);
// runs.jsonl, if given, says how the estimate compares with the chunks measured, and the
// projection is scaled by that.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeChunks, partOf } from './chunks.ts';

const [planFile, runsFile] = process.argv.slice(2);
if (!planFile) throw new Error('usage: project.ts plan.json [runs.jsonl]');
interface PlanFile {
  dryRun: { files: Record<string, number>; net: number; overhead: number };
  mutants: { file: string; plan: string; status?: string; static: boolean; tests: number; testFiles: string[]; netTime: number }[];
}
const { dryRun, mutants } = JSON.parse(readFileSync(planFile, 'utf8')) as PlanFile;
const rel = (f: string) => path.relative(process.cwd(), f).split(path.sep).join('/');
const fileMs = new Map(Object.entries(dryRun.files).map(([f, ms]) => [rel(f), ms]));
const perFileMs = dryRun.overhead / fileMs.size;

const chunks = await makeChunks();
const chunkOf = new Map(chunks.flatMap((c) => c.files.map((f) => [f, c] as const)));
interface Tally { mutants: number; ignored: number; noCoverage: number; run: number; files: number; ms: number }
const empty = (): Tally => ({ mutants: 0, ignored: 0, noCoverage: 0, run: 0, files: 0, ms: 0 });
const byChunk = new Map<string, Tally>();
for (const m of mutants) {
  const chunk = chunkOf.get(rel(m.file));
  if (!chunk) continue;
  const t = byChunk.get(chunk.name) ?? byChunk.set(chunk.name, empty()).get(chunk.name)!;
  t.mutants++;
  if (m.plan !== 'Run') t.ignored++;
  else if (m.tests === 0) t.noCoverage++;
  else {
    t.run++;
    t.files += m.testFiles.length;
    t.ms += m.netTime + perFileMs * m.testFiles.length;
  }
}
const dryMs = (tests: string[]) => tests.reduce((a, f) => a + (fileMs.get(f) ?? 0) + perFileMs, 0);
const estimate = new Map(chunks.map((c) => [c.name, (byChunk.get(c.name)?.ms ?? 0) + dryMs(c.tests)]));

// Measured chunks against the estimate.
let scale = 1;
if (runsFile && existsSync(runsFile)) {
  const done = readFileSync(runsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { chunk: string; status: string; seconds: number }).filter((r) => r.status === 'done');
  const pairs = done.filter((r) => estimate.has(r.chunk)).map((r) => [r.seconds * 1000, estimate.get(r.chunk)!] as const);
  for (const r of done) if (estimate.has(r.chunk)) console.log(`measured ${r.chunk}: ${(r.seconds / 60).toFixed(1)} min, estimated ${(estimate.get(r.chunk)! / 60000).toFixed(1)} min`);
  if (pairs.length) scale = pairs.reduce((a, [m]) => a + m, 0) / pairs.reduce((a, [, e]) => a + e, 0);
  console.log(`measured / estimated over ${pairs.length} chunks: ${scale.toFixed(2)}\n`);
}

const h = (ms: number) => (ms / 3_600_000).toFixed(1);
console.log(`initial test run of every test file: ${(dryRun.net / 1000).toFixed(0)} s of tests + ${(dryRun.overhead / 1000).toFixed(0)} s loading ${fileMs.size} test files (${(perFileMs / 1000).toFixed(1)} s each)`);
console.log('part                         mutants  ignored  no cover     run  files/mutant  estimate h  scaled h');
const parts = new Map<string, Tally & { est: number }>();
for (const c of chunks) {
  const t = byChunk.get(c.name) ?? empty();
  const p = parts.get(partOf(c.files[0]!)) ?? { ...empty(), est: 0 };
  parts.set(partOf(c.files[0]!), { mutants: p.mutants + t.mutants, ignored: p.ignored + t.ignored, noCoverage: p.noCoverage + t.noCoverage, run: p.run + t.run, files: p.files + t.files, ms: p.ms + t.ms, est: p.est + estimate.get(c.name)! });
}
const all = { ...empty(), est: 0 };
for (const t of parts.values()) for (const k of Object.keys(all) as (keyof typeof all)[]) all[k] += t[k];
for (const [name, t] of [...parts, ['all', all] as const])
  console.log(`${name.padEnd(28)} ${String(t.mutants).padStart(7)} ${String(t.ignored).padStart(8)} ${String(t.noCoverage).padStart(9)} ${String(t.run).padStart(7)} ${(t.run ? t.files / t.run : 0).toFixed(1).padStart(13)} ${h(t.est).padStart(11)} ${h(t.est * scale).padStart(9)}`);
