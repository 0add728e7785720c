import { defineConfig } from 'vitest/config';

// Two projects. `clinical` (answer engine, triage, text) holds no state between files: `npm test` runs it with
// `--isolate=false` (scripts/test.sh), so the content engine and the red-flag detector are built once per worker,
// not once per file (most of the suite's time went to building them). `app` starts servers, stubs modules and the
// environment and drives a browser: a fresh process per file. (vitest 3.2 takes `isolate` from the run, not from
// a project's own config: set here on a project it was silently ignored, hence the two runs.)
const CLINICAL = ['tests/unit/answer/**/*.test.ts', 'tests/unit/triage/**/*.test.ts', 'tests/unit/text/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // Two cores: run files in parallel, but not more than the machine has.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // No start-up warm-up in the servers tests start (about 1.5 s each, and it changes no answer:
    // tests/unit/warmUp.test.ts runs it and checks exactly that).
    env: { DOTENV_CONFIG_QUIET: 'true', LOG_LEVEL: 'silent', WARM_UP_ROUNDS: '0' },
    projects: [
      { extends: true, test: { name: 'clinical', include: CLINICAL } },
      { extends: true, test: { name: 'app', include: ['tests/**/*.test.ts'], exclude: CLINICAL } },
    ],
  },
});
