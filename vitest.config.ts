import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Two cores: run files in parallel, but not more than the machine has.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // No start-up warm-up in the servers tests start (about 1.5 s each, and it changes no answer:
    // tests/unit/warmUp.test.ts runs it and checks exactly that).
    env: { DOTENV_CONFIG_QUIET: 'true', LOG_LEVEL: 'silent', WARM_UP_ROUNDS: '0' },
  },
});
