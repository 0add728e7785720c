// Questions in plain, short words (Easy Read): the classes of misses of the fresh batch "plain words"
// (issue 10, session 17).
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => headingOf(engine.answer(q));

describe('"my back at work" is the body part at work, not going back to work', () => {
  it('"What chair is best for my back at work?" → Posture and ergonomics', () => {
    expect(shown('What chair is best for my back at work?')).toBe('Posture and ergonomics');
  });
  it('being back at work is still about work', () => {
    expect(shown("I'm back at work, can I keep doing my stretches?")).not.toBe('Posture and ergonomics');
  });
});

describe('an injury said not to have happened is no subject', () => {
  it('"Why does my back hurt? I did not fall or anything." asks the causes', () => {
    expect(shown('Why does my back hurt? I did not fall or anything.')).toBe('What causes hip and back pain');
  });
  it('a fall that did happen is still read', () => {
    expect(shown('I fell off a ladder, can that cause a pulled muscle in my back?')).toBe('Muscle strains and sprains');
  });
});

describe('"slump" is posture', () => {
  it('"I sit at a desk all day. I slump a lot. Is that why my back hurts" → Poor posture and lifting badly', () => {
    expect(shown('I sit at a desk all day. I slump a lot. Is that why my back hurts')).toBe('Poor posture and lifting badly');
  });
});
