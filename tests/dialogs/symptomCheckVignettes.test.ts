// Our own clinical vignettes (tests/fixtures/vignettes/own) played through the whole dialogue by the
// scripted patient of `npm run eval`, clicking on webchat and typing on facebook: none may end less
// urgent than expected, and none may get stuck.
import { describe, expect, it } from 'vitest';
import { evalVignettes } from '../../scripts/eval/vignettes.ts';

describe('own vignettes', () => {
  it('are all triaged at least as urgently as expected, without getting stuck', async () => {
    const figures = Object.fromEntries((await evalVignettes('tests/fixtures/vignettes/own')).map((f) => [f.name, f.value]));
    expect(figures['vignettes.safe']).toBe(1);
    expect(figures['vignettes.stuck']).toBe(0);
    expect(figures['vignettes.exact']).toBeGreaterThanOrEqual(0.9);
    // Every vignette played twice, whole dialogues: more than the default 20 s on a busy machine.
  }, 120_000);
});
