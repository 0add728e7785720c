// The chunks of `npm run mutation` (scripts/mutation/run.ts): the files Stryker mutates, each with
// the test files that really import it, grouped into small Stryker runs.
//
// The tests of a file come from the import graph, not from a hand list: a test file tests a source
// file when the source file is in its static imports, followed transitively (`import … from`,
// `export … from`, `import '…'`; not `import type`, not `await import(…)`). tests/browser and
// tests/http/startup.test.ts are left out as in stryker.config.mjs: the first drives Chromium, the
// second runs `node src/index.ts` in a child process where no mutant is active.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import ts from 'typescript';

// The `mutate` list of `npm run mutation` stays in stryker.config.mjs (a .mjs file: no types to import).
const { default: base } = (await import(new URL('./stryker.config.mjs', import.meta.url).href)) as { default: { mutate: string[] } };

export const EXCLUDED_TESTS = ['tests/browser/', 'tests/http/startup.test.ts'];

/** Relative, forward-slash path. */
const rel = (f: string) => path.relative(process.cwd(), f).split(path.sep).join('/');

/** Every file under a folder (Node 20 has no fs.globSync). */
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [rel(path.join(dir, e.name))]));

/** The files of stryker.config.mjs's `mutate` list (a file, or `folder/**\/*.ts`), sorted. */
export function filesToMutate(): string[] {
  const out = new Set<string>();
  for (const pattern of base.mutate) {
    const star = pattern.indexOf('/**/');
    if (star < 0) out.add(pattern);
    else for (const f of walk(pattern.slice(0, star))) if (f.endsWith('.ts')) out.add(f);
  }
  return [...out].filter((f) => !f.endsWith('.d.ts')).sort();
}

export function testFiles(): string[] {
  return walk('tests')
    .filter((f) => f.endsWith('.test.ts'))
    .filter((f) => !EXCLUDED_TESTS.some((x) => f.startsWith(x)))
    .sort();
}

/** The project files a file imports statically (values, not types only). */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const st of source.statements) {
    let spec: ts.Expression | undefined;
    if (ts.isImportDeclaration(st)) {
      if (st.importClause?.isTypeOnly) continue;
      spec = st.moduleSpecifier;
    } else if (ts.isExportDeclaration(st)) {
      if (st.isTypeOnly) continue;
      spec = st.moduleSpecifier;
    }
    if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), spec.text);
    const candidates = [target, target.replace(/\.js$/, '.ts'), `${target}.ts`, path.join(target, 'index.ts')];
    const found = candidates.find((c) => /\.(ts|mjs|js)$/.test(c) && existsSync(c));
    if (found) out.push(rel(found));
  }
  return out;
}

/** Each test file with every project file it imports, transitively (itself included). */
export function importClosures(tests = testFiles()): Map<string, Set<string>> {
  const direct = new Map<string, string[]>();
  const edges = (f: string) => {
    let e = direct.get(f);
    if (!e) direct.set(f, (e = importsOf(f)));
    return e;
  };
  const closures = new Map<string, Set<string>>();
  for (const t of tests) {
    const seen = new Set<string>([t]);
    const todo = [t];
    while (todo.length) for (const next of edges(todo.pop()!)) if (!seen.has(next)) (seen.add(next), todo.push(next));
    closures.set(t, seen);
  }
  return closures;
}

/** The part of the code a file belongs to, as the README's table counts them. */
export function partOf(file: string): string {
  for (const p of ['src/clinical/answer', 'src/clinical/triage', 'src/clinical/text', 'src/channels', 'dialogs']) if (file.startsWith(`${p}/`)) return p;
  if (file.startsWith('src/clinical/')) return 'src/clinical (other files)';
  return 'wiring';
}

export interface Chunk {
  /** Names the chunk's reports: reports/mutation/chunks/<name>.json. */
  name: string;
  files: string[];
  tests: string[];
  /** Mutants Stryker makes in the files (before static / coverage are known). */
  mutants: number;
}

/** Mutants per file, from Stryker's own instrumenter (the same mutators and options as a run). */
export async function countMutants(files: string[]): Promise<Map<string, number>> {
  const quiet = { isDebugEnabled: () => false, debug() {}, info() {}, warn() {}, error() {}, trace() {}, fatal() {} };
  const instrumenter = new Instrumenter(quiet as never);
  const counts = new Map<string, number>();
  for (const file of files) {
    const result = await instrumenter.instrument([{ name: path.resolve(file), content: readFileSync(file, 'utf8'), mutate: true }], { plugins: null, excludedMutations: [], ignorers: [] });
    counts.set(file, result.mutants.length);
  }
  return counts;
}

/**
 * One chunk per file of TARGET mutants or more; smaller files of the same folder are put together
 * up to about TARGET mutants, so that one Stryker start and one initial test run (every test file
 * that imports the code, with per-test coverage: minutes, README) serve several files.
 */
export const TARGET = 200;
export async function makeChunks(): Promise<Chunk[]> {
  const files = filesToMutate();
  const closures = importClosures();
  const counts = await countMutants(files);
  const testsOf = (f: string) => [...closures].filter(([, c]) => c.has(f)).map(([t]) => t);
  const chunks: Chunk[] = [];
  const byFolder = new Map<string, string[]>();
  for (const f of files) (byFolder.get(path.dirname(f)) ?? byFolder.set(path.dirname(f), []).get(path.dirname(f))!).push(f);
  for (const [folder, inFolder] of byFolder) {
    let group: string[] = [];
    let n = 0;
    const flush = () => {
      if (!group.length) return;
      const tests = [...new Set(group.flatMap(testsOf))].sort();
      const name = group.length === 1 ? group[0]!.replace(/\.ts$/, '') : `${folder}/${path.basename(group[0]!, '.ts')}+${group.length - 1}`;
      chunks.push({ name: name.replace(/[/+]/g, (c) => (c === '/' ? '--' : '_and_')), files: group, tests, mutants: n });
      group = [];
      n = 0;
    };
    for (const f of inFolder) {
      const c = counts.get(f)!;
      if (c === 0) continue;
      if (c >= TARGET) {
        chunks.push({ name: f.replace(/\.ts$/, '').replace(/\//g, '--'), files: [f], tests: testsOf(f), mutants: c });
        continue;
      }
      group.push(f);
      n += c;
      if (n >= TARGET) flush();
    }
    flush();
  }
  return chunks;
}
