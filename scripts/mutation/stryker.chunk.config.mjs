// One chunk of `npm run mutation` (scripts/mutation/run.ts sets MUTATE, TESTS and NAME): the
// one-file settings of stryker.file.config.mjs (per-test coverage, static mutants ignored, no
// TypeScript checker unless CHECK=typescript, concurrency 1), with the chunk's reports and its own
// incremental file under reports/mutation/chunks/.
// @ts-check
import file from './stryker.file.config.mjs';

const name = /** @type {string} */ (process.env.NAME);
if (!name) throw new Error('set NAME (the chunk): run through scripts/mutation/run.ts');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...file,
  // The initial test run of a chunk runs every test file that imports its code (up to 74 files, one
  // vitest worker, with per-test coverage): longer than Stryker's default limit of 5 minutes.
  dryRunTimeoutMinutes: 60,
  incrementalFile: `reports/mutation/chunks/${name}.incremental.json`,
  jsonReporter: { fileName: `reports/mutation/chunks/${name}.json` },
  // One file per tested mutant while the chunk runs: what a stopped chunk had done (score.ts reads the folder).
  eventReporter: { baseDir: `reports/mutation/chunks/${name}.events` },
};
