// `npm run mutation -- --plan` (scripts/mutation/run.ts sets MUTATE and TESTS to every file and
// every test file): the chunks' settings, one initial test run, and the plan-summary reporter
// (plan-reporter.mjs) instead of the others; run.ts stops it once the plan is written.
// @ts-check
import chunk from './stryker.chunk.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...chunk,
  plugins: ['@stryker-mutator/*', './scripts/mutation/plan-reporter.mjs'],
  reporters: ['plan-summary'],
  incremental: false,
};
