// Mutation testing: Stryker breaks the source on purpose, one small change at a time, and counts
// the changes the test suite notices. Not part of `npm test`: it takes many hours on 2 cores.
// This file is the shared base: its `mutate` list is what `npm run mutation` covers, but that
// command (scripts/mutation/run.ts) runs it in chunks (stryker.chunk.config.mjs), each resumable;
// `npx stryker run scripts/mutation/stryker.config.mjs` would be one run over everything, which
// loses all its results when stopped. `incremental` keeps the results in reports/ so a second run
// retests only what changed.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  // The clinical core, channel rendering, dialogs and the HTTP / auth / state wiring.
  mutate: [
    'src/clinical/**/*.ts',
    'src/channels/**/*.ts',
    'dialogs/**/*.ts',
    'src/app.ts',
    'src/config.ts',
    'src/storage.ts',
    'src/bot.ts',
    'src/server.ts',
    'src/serialTurns.ts',
    'src/turnErrorHandler.ts',
    'src/connectorEntityFix.ts',
    'src/activityShape.ts',
    'src/web/index.ts',
    'src/web/tokenEndpoint.ts',
  ],
  // The browser test drives Chromium and startup.test.ts runs `node src/index.ts` in a child
  // process (no mutant is active there): neither can kill a mutant, both cost minutes.
  testFiles: ['tests/**/*.test.ts', '!tests/browser/**', '!tests/http/startup.test.ts'],
  // `tmp`: scratch files (one removed while a sandbox was copied stopped a run). `.stryker-tmp-*`: the sandboxes of one-file runs going on at the same time (each would copy the others').
  ignorePatterns: ['reports', '.stryker-tmp', '.stryker-tmp-*', 'coverage', 'tmp'],
  // Two cores shared with other people's test runs.
  concurrency: 2,
  timeoutMS: 30000,
  timeoutFactor: 3,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // event-recorder: one file per mutant as it is tested, so an interrupted run still tells something.
  reporters: ['clear-text', 'progress', 'json', 'html', 'event-recorder'],
  eventReporter: { baseDir: 'reports/mutation/events' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
