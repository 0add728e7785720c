// `npm run mutation`: Stryker over src/clinical/, src/channels/, dialogs/ and the HTTP / auth /
// state wiring (the `mutate` list of stryker.config.mjs), run as many small Stryker runs ("chunks",
// scripts/mutation/chunks.ts: a file, or a few small files of one folder) so that the whole, which
// takes many hours on 2 cores, can be stopped and continued:
//   - each chunk runs against the test files that import its code (the import graph of tests/),
//     with its own incremental file and JSON report in reports/mutation/chunks/;
//   - a chunk whose report is newer than its source files, its test files and everything those
//     import is skipped, so a second `npm run mutation` continues where the first stopped (a chunk
//     stopped half-way starts again, but its incremental file is only written at its end);
//   - at the end (or when stopped) the score per folder of every finished chunk is printed (score.ts).
// Options (after `npm run mutation --`):
//   --list            the chunks, their mutants and test files, and the totals per part; runs nothing
//   --only=a,b        only the chunks whose name or files start with one of these (e.g. dialogs/, src/app.ts)
//   --stop-at=HH:MM   stop the running chunk at this time (UTC) and print the score so far
//   --check           the TypeScript checker on (off by default: README, "Mutation testing")
//   --static          test static mutants too (ignored by default: each reruns every test file)
//   --force           rerun chunks whose report is up to date (still incremental)
//   --plan            no chunk: one Stryker initial test run over every file and test file, stopped
//                     as soon as Stryker has planned the mutants (plan-reporter.mjs writes
//                     reports/mutation/chunks/plan.json), then scripts/mutation/project.ts
//                     prints the mutants per part (ignored, not covered, to run) and the projected time
// Azurite: nothing to start here — the tests that need it (tests/storage/*) start their own through
// tests/support/azurite.ts, inside Stryker's sandbox as under `npm test`.
import { spawn } from 'node:child_process';
import { appendFileSync, createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesToMutate, importClosures, makeChunks, partOf, testFiles, type Chunk } from './chunks.ts';

const DIR = 'reports/mutation/chunks';
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const only = value('only')?.split(',').filter(Boolean);
const stopAt = value('stop-at');
const deadline = stopAt ? (() => {
  const [h, m] = stopAt.split(':').map(Number);
  const d = new Date();
  d.setUTCHours(h!, m!, 0, 0);
  // A time already past today is tomorrow's: "--stop-at=02:05" given at 23:40 means after midnight.
  if (d.getTime() <= Date.now()) d.setUTCDate(d.getUTCDate() + 1);
  return d.getTime();
})() : Infinity;

const reportOf = (c: Chunk) => path.join(DIR, `${c.name}.json`);
const minutes = (ms: number) => `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;

// Cheap chunks first — mutants × test files, since a mutant can be run against every test file of
// its chunk — so that the most chunks are finished per hour and a first score comes soon.
const cost = (c: Chunk) => c.mutants * c.tests.length;
const all = (await makeChunks()).sort((a, b) => cost(a) - cost(b) || a.name.localeCompare(b.name));
const chunks = only ? all.filter((c) => only.some((o) => c.name.startsWith(o.replace(/\//g, '--')) || c.files.some((f) => f.startsWith(o)))) : all;

if (flag('list')) {
  const parts = new Map<string, { files: number; mutants: number; chunks: number }>();
  for (const c of chunks) {
    const p = parts.get(partOf(c.files[0]!)) ?? { files: 0, mutants: 0, chunks: 0 };
    parts.set(partOf(c.files[0]!), { files: p.files + c.files.length, mutants: p.mutants + c.mutants, chunks: p.chunks + 1 });
    console.log(`${String(c.mutants).padStart(5)} mutants  ${String(c.tests.length).padStart(3)} test files  ${c.name}${c.files.length > 1 ? `  (${c.files.join(', ')})` : ''}`);
  }
  console.log('\npart                         files  chunks  mutants');
  for (const [p, t] of parts) console.log(`${p.padEnd(28)} ${String(t.files).padStart(5)} ${String(t.chunks).padStart(7)} ${String(t.mutants).padStart(8)}`);
  console.log(`${'all'.padEnd(28)} ${String(chunks.reduce((a, c) => a + c.files.length, 0)).padStart(5)} ${String(chunks.length).padStart(7)} ${String(chunks.reduce((a, c) => a + c.mutants, 0)).padStart(8)}`);
  process.exit(0);
}

mkdirSync(DIR, { recursive: true });

if (flag('plan')) {
  const out = path.join(DIR, 'plan.json');
  rmSync(out, { force: true });
  const env = { ...process.env, MUTATE: filesToMutate().join(','), TESTS: testFiles().join(','), NAME: 'plan', PLAN_OUT: out, CHECK: '', IGNORE_STATIC: 'true' };
  const log = createWriteStream(path.join(DIR, 'plan.log'));
  const started = Date.now();
  const stryker = spawn('nice', ['-n', '19', 'npx', 'stryker', 'run', 'scripts/mutation/stryker.plan.config.mjs'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  stryker.stdout!.pipe(log);
  stryker.stderr!.pipe(log);
  console.log(`initial test run of ${env.TESTS.split(',').length} test files over ${env.MUTATE.split(',').length} files (log: ${DIR}/plan.log)…`);
  const ended = new Promise((resolve) => stryker.on('close', resolve));
  while (!existsSync(out) && stryker.exitCode === null) await Promise.race([ended, new Promise((r) => setTimeout(r, 5000))]);
  await new Promise((r) => setTimeout(r, 2000));
  if (stryker.exitCode === null) process.kill(-stryker.pid!, 'SIGTERM');
  await ended;
  rmSync('.stryker-tmp-plan', { recursive: true, force: true });
  if (!existsSync(out)) throw new Error(`Stryker ended before its plan: ${DIR}/plan.log`);
  console.log(`planned in ${minutes(Date.now() - started)}\n`);
  const project = spawn(process.execPath, ['--import', 'tsx', 'scripts/mutation/project.ts', out, path.join(DIR, 'runs.jsonl')], { stdio: 'inherit' });
  await new Promise((resolve) => project.on('close', resolve));
  process.exit(0);
}
const closures = importClosures();
const newestInput = (c: Chunk) => {
  const inputs = new Set([...c.files, ...c.tests.flatMap((t) => [...(closures.get(t) ?? [t])])]);
  for (const cfg of ['stryker.config.mjs', 'stryker.file.config.mjs', 'stryker.chunk.config.mjs']) inputs.add(`scripts/mutation/${cfg}`);
  return Math.max(...[...inputs].map((f) => statSync(f).mtimeMs));
};
const upToDate = (c: Chunk) => !flag('force') && existsSync(reportOf(c)) && statSync(reportOf(c)).mtimeMs > newestInput(c);

let child: ReturnType<typeof spawn> | undefined;
let stopping = false;
const stop = (why: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${why}: stopping the running chunk (it starts again on the next run)`);
  if (child?.pid) try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
};
process.on('SIGINT', () => stop('interrupted'));
process.on('SIGTERM', () => stop('terminated'));
if (deadline < Infinity) setTimeout(() => stop(`--stop-at ${stopAt}`), Math.max(0, deadline - Date.now())).unref();

function runChunk(c: Chunk): Promise<number | null> {
  const log = createWriteStream(path.join(DIR, `${c.name}.log`));
  const env = { ...process.env, MUTATE: c.files.join(','), TESTS: c.tests.join(','), NAME: c.name, CHECK: flag('check') ? 'typescript' : '', IGNORE_STATIC: flag('static') ? 'false' : 'true' };
  // Its own process group, so that stopping it stops Stryker's test runner and checker processes too.
  child = spawn('nice', ['-n', '19', 'npx', 'stryker', 'run', 'scripts/mutation/stryker.chunk.config.mjs'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let lastProgress = 0;
  const forward = (data: Buffer) => {
    log.write(data);
    for (const line of data.toString().split('\n')) {
      const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
      const progress = plain.startsWith('Mutation testing ');
      if (progress ? Date.now() - lastProgress > 60_000 : /Instrumented|Initial test run|static mutants|Done in|ERROR|Error:/.test(plain)) {
        if (progress) lastProgress = Date.now();
        console.log(`  ${plain}`);
      }
    }
  };
  child.stdout!.on('data', forward);
  child.stderr!.on('data', forward);
  return new Promise((resolve) => child!.on('close', (code) => (log.end(), (child = undefined), resolve(code))));
}

const todo = chunks.filter((c) => !upToDate(c));
console.log(`${chunks.length} chunks, ${chunks.reduce((a, c) => a + c.mutants, 0)} mutants; ${chunks.length - todo.length} up to date, ${todo.length} to run`);
let failed = 0;
for (const [i, c] of todo.entries()) {
  if (stopping) break;
  console.log(`\n[${i + 1}/${todo.length}] ${c.name}: ${c.mutants} mutants, ${c.tests.length} test files (${new Date().toISOString().slice(11, 19)} UTC, load ${os.loadavg()[0]!.toFixed(1)})`);
  const started = Date.now();
  const load = os.loadavg()[0]!;
  const code = await runChunk(c);
  const ms = Date.now() - started;
  const status = stopping ? 'stopped' : code === 0 && existsSync(reportOf(c)) ? 'done' : 'failed';
  if (status === 'stopped') rmSync(`.stryker-tmp-${c.name}`, { recursive: true, force: true });
  if (status === 'failed') failed++;
  // One line per chunk run: what the README's rates and projection are computed from.
  appendFileSync(path.join(DIR, 'runs.jsonl'), `${JSON.stringify({ chunk: c.name, files: c.files, tests: c.tests.length, mutants: c.mutants, status, start: new Date(started).toISOString(), seconds: Math.round(ms / 1000), load: [load, os.loadavg()[0]].map((l) => Number(l!.toFixed(1))), check: flag('check') })}\n`);
  console.log(`  ${status} in ${minutes(ms)}${status === 'done' ? ` (${((60000 * c.mutants) / ms).toFixed(1)} mutants a minute, Stryker start and initial test run included)` : ''}`);
}

const reports = chunks.map(reportOf).filter((r) => existsSync(r));
console.log(`\n${reports.length} of ${chunks.length} chunks have a report${failed ? `; ${failed} failed this run (see ${DIR}/<chunk>.log)` : ''}`);
if (reports.length) {
  const score = spawn(process.execPath, ['--import', 'tsx', 'scripts/mutation/score.ts', ...reports], { stdio: 'inherit' });
  await new Promise((resolve) => score.on('close', resolve));
}
process.exit(failed ? 1 : stopping ? 130 : reports.length === chunks.length ? 0 : 2);
