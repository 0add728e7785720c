// Children and young teenagers asking for themselves (the fresh answer batch "under-16s", session 23).
import { describe, expect, it } from 'vitest';
import { clinicTopicOf, contentEngine, partsShown } from './helpers.ts';

const engine = contentEngine();

describe('a young asker', () => {
  it('going back to school is going back to work', () => {
    expect(partsShown(engine.answer('When can i go back to school and do PE again after hurting my back? ive been off since monday'))).toContain('self-care#Going back to work');
  });
  it('"all evening" tells when something happens; it asks nothing of the opening hours', () => {
    expect(engine.answer('I keep getting headaches after staring at my screen all evening. is it my eyes').kind).toBe('none');
    expect(clinicTopicOf(engine.answer('are you open all weekend?'))).toBe('hours');
  });
});
