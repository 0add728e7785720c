// Our own clinical vignettes (tests/fixtures/vignettes/own) played through the whole dialogue by the
// scripted patient of `npm run eval`, clicking on webchat and typing on facebook: none may end less
// urgent than expected, and none may get stuck.
import { describe, expect, it } from 'vitest';
import { evalVignettes } from '../../scripts/eval/vignettes.ts';

describe('own vignettes', () => {
  // Plays every case twice through the whole bot: slow on a busy machine, hence its own timeout.
  it('are all triaged at least as urgently as expected, without getting stuck', { timeout: 120_000 }, async () => {
    const figures = Object.fromEntries((await evalVignettes('tests/fixtures/vignettes/own')).map((f) => [f.name, f.value]));
    expect(figures['vignettes.safe']).toBe(1);
    expect(figures['vignettes.stuck']).toBe(0);
    expect(figures['vignettes.exact']).toBeGreaterThanOrEqual(0.9);
  });
});
