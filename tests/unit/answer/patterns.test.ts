// Questions told through how the pain behaves (the fresh batch "patterns", issue 10, session 18).
import { describe, expect, it } from 'vitest';
import { contentEngine } from './helpers.ts';

const engine = contentEngine();

describe('the clinic asked after a story of the day', () => {
  it('"Where exactly are you?" after driving and work is the address', () => {
    expect(engine.answer("Driving makes my back worse so I'd rather get the bus after work. Where exactly are you?")).toEqual({ kind: 'clinic', topic: 'address' });
  });
});

describe('sleep itself is another subject', () => {
  it('"reset my sleep pattern" is declined', () => {
    expect(engine.answer('I can never get to sleep before 2am and then struggle to get up for work. Any tips to reset my sleep pattern?').kind).toBe('none');
  });
  it('the hip keeping one awake is still ours', () => {
    expect(engine.answer("My hip pain means I can't get to sleep, what can I do?").kind).not.toBe('none');
  });
});
