// A wait that is not for care (for the pain to go, turned down, "wait and see") is the setting, not
// What helps while you wait to be seen (issue 10, session 13).
import { describe, expect, it } from 'vitest';
import { waitIsSetting } from '../../../src/clinical/answer/waitSense.ts';
import { normalise } from '../../../src/clinical/answer/normalise.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const heading = (q: string) => headingOf(engine.answer(q));

describe('what a wait is for', () => {
  it.each([
    ['should I wait till the pain has completely gone before I go back to the shop floor', true],
    ['can I be seen today rather than waiting for an appointment', true],
    ['or should I just wait and see if it settles', true],
    ["I'm on the waiting list, what can I do meanwhile", false],
    ['how many weeks should I wait before I stop waiting and see my GP', false],
    // Session 28: doing nothing as one choice among others, and sitting it out.
    ['should I ring the GP, book a physio or just wait', true],
    ['keep taking painkillers and wait', true],
    ['I usually wait it out', true],
    ["I'm just waiting for my appointment", false],
    ['or wait for the physio to call', false],
  ])('%s → not for care: %s', (q, want) => {
    expect(waitIsSetting(normalise(q))).toBe(want);
  });

  it('a wait for the pain to go, or turned down, no longer pulls the answer to waiting to be seen', () => {
    expect(heading('should I wait till the pain has completely gone before I go back to the shop floor at work?')).not.toBe('What helps while you wait to be seen');
    expect(heading('is it better to be seen the same day with hip pain rather than waiting for an appointment?')).not.toBe('What helps while you wait to be seen');
  });

  it('waiting to be seen still names its section', () => {
    expect(heading("I'm on the waiting list for physio, what can I do in the meantime?")).toBe('What helps while you wait to be seen');
  });
});
