// `npm run mutation:safety`, part 2: the auth / Direct Line / state wiring — configuration, storage
// choice, the app (Bot Framework auth, routes, entity fields on the wire), saving state at the end
// of a turn, and "forget me" — against real HTTP, Azurite and the dialog safety tests.
// @ts-check
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/config.ts', 'src/storage.ts', 'src/app.ts', 'src/bot.ts', 'dialogs/forgetMeDialog.ts'],
  testFiles: ['tests/http/messages.test.ts', 'tests/storage/blobState.test.ts', 'tests/dialogs/safetySteps.test.ts', 'tests/dialogs/mainDialog.test.ts'],
  concurrency: 1,
  incrementalFile: 'reports/stryker-wiring-incremental.json',
  jsonReporter: { fileName: 'reports/mutation/wiring.json' },
  htmlReporter: { fileName: 'reports/mutation/wiring.html' },
  eventReporter: { baseDir: 'reports/mutation/events-wiring' },
  tempDirName: '.stryker-tmp-wiring',
};
