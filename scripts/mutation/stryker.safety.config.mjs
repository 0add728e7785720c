// `npm run mutation:safety`, part 1: red-flag detection and its reading of context (negation,
// history, hypotheticals) and the disposition rules, against the triage unit tests — the tests
// that call createRedFlagDetector(...).detect and decideDisposition directly. Survivors are
// listed in the README. Part 2 (stryker.wiring.config.mjs) covers auth, Direct Line and state.
// @ts-check
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/clinical/triage/detector.ts', 'src/clinical/triage/context.ts', 'src/clinical/triage/rules.ts'],
  testFiles: [
    'tests/unit/triage/detector.test.ts',
    'tests/unit/triage/rules.test.ts',
    'tests/unit/triage/facts.test.ts',
    'tests/unit/triage/safety.test.ts',
  ],
  concurrency: 1,
  // Static mutants (code run while test files load: compiling the protocol's words) need every
  // test run again per mutant; ignored here to keep the run short, counted by `npm run mutation`.
  ignoreStatic: true,
  incrementalFile: 'reports/stryker-safety-incremental.json',
  jsonReporter: { fileName: 'reports/mutation/safety.json' },
  htmlReporter: { fileName: 'reports/mutation/safety.html' },
  eventReporter: { baseDir: 'reports/mutation/events-safety' },
};
