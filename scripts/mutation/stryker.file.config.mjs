// One source file at a time, against the few test files that really exercise it: minutes
// instead of hours on 2 cores. The file and the tests come from the environment:
//   MUTATE=src/clinical/triage/context.ts TESTS=tests/unit/triage/detector.test.ts,tests/unit/triage/safety.test.ts \
//     nice -n 19 npx stryker run scripts/mutation/stryker.file.config.mjs
// A few small files in one run (one sandbox, one initial test run): MUTATE=a.ts,b.ts NAME=http.
// Results per file: reports/mutation/file-<name>.json (and its incremental file, so a rerun after a
// new test retests only what changed); read them with score.ts.
// @ts-check
import path from 'node:path';
import base from './stryker.config.mjs';

const mutate = process.env.MUTATE;
const tests = process.env.TESTS;
if (!mutate || !tests) throw new Error('set MUTATE (one file, or a file:line-range; several comma-separated) and TESTS (comma-separated test files)');
const files = mutate.split(',');
// NAME names the reports of a run over several files; one file's reports take its name.
const name = process.env.NAME ?? path.basename(files[0].split(':')[0] ?? files[0], '.ts');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: files,
  testFiles: tests.split(','),
  concurrency: 1,
  // The TypeScript checker type-checks the project once per mutant: on 2 cores it took ~70 % of a
  // core and left the test runner waiting (2-3 mutants a minute). Off here: a mutant that would not
  // compile runs as JavaScript instead (esbuild strips types) and is killed or survives like any
  // other; survivors are read by hand anyway. CHECK=typescript turns it back on.
  checkers: process.env.CHECK === 'typescript' ? ['typescript'] : [],
  // Per-test coverage: a mutant is tested only against the tests that run its code.
  coverageAnalysis: 'perTest',
  // Static mutants (code run while a test file loads, e.g. building the detector once per file)
  // would need every test file run again per mutant; the README says how many were ignored.
  ignoreStatic: process.env.IGNORE_STATIC !== 'false',
  // A mutant that loops (a `for` condition made `true`) is stopped after 3x the normal time + 5 s.
  timeoutMS: 5000,
  timeoutFactor: 3,
  reporters: ['clear-text', 'progress-append-only', 'json', 'event-recorder'],
  incrementalFile: `reports/stryker-file-${name}-incremental.json`,
  jsonReporter: { fileName: `reports/mutation/file-${name}.json` },
  eventReporter: { baseDir: `reports/mutation/events-file-${name}` },
  tempDirName: `.stryker-tmp-${name}`,
};
