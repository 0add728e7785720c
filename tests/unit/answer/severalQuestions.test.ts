// Messages that carry two or three questions at once ("Did I pull a muscle? And how long until it
// settles down?"): the classes of misses of the fresh multi-question batch (issue 10, session 14).
import { describe, expect, it } from 'vitest';
import { askingPart, questionFocus } from '../../../src/clinical/answer/focus.ts';
import { lastIsTime } from '../../../src/clinical/answer/toldTime.ts';
import { normalise } from '../../../src/clinical/answer/normalise.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => headingOf(engine.answer(q));

describe('the questions at the end of a message are asked together', () => {
  it('the asking part is every question after the story, not only the last', () => {
    expect(askingPart('My hip is swollen and hot. Is that serious? Can I just wait for my appointment?')).toBe('Is that serious? Can I just wait for my appointment?');
    expect(askingPart('My back hurts after lifting, is it a strain')).toBe('is it a strain');
    // All questions: nothing to read apart.
    expect(askingPart('Is it serious? Should I rest?')).toBeUndefined();
    // The question asked first, then only background (session 27, batch "question first"): the question is asked.
    expect(askingPart("Should I use heat or ice? I tweaked my back moving a wardrobe. My partner swears by frozen peas.")).toBe('Should I use heat or ice?');
  });

  it('a question that names its own subject is weighed apart even when it also points back ("is that the SI joint")', () => {
    expect(shown('my lower back hurts right where the dimple is above my bum on one side. is that the SI joint, and what can I do about it')).toBe('Sacroiliac joint dysfunction');
  });
});

describe('"Is this normal?" asks about the whole story', () => {
  const names = (c: string) => /bed|sleep/.test(c);
  const pointsToStory = (c: string) => /\b(this|that) (normal|serious)\b/i.test(c);
  it('keeps every part that names a subject with a question that points at what was told', () => {
    const message = "The pain is so bad I can't sleep and I can barely get out of bed. Is this normal or should I get help now?";
    // Every part kept: the message is read whole.
    expect(questionFocus(message, names, pointsToStory)).toBeUndefined();
    expect(questionFocus(`My left side. ${message}`, names, pointsToStory)).toContain("can't sleep");
    // Without the pointing, the part before the question is enough.
    expect(questionFocus(message, names)).not.toContain("can't sleep");
  });
  it('is answered from what stops sleep, not from bed rest', () => {
    expect(shown("The pain is so bad I can't sleep and I can barely get out of bed. Is this normal or should I get help now?")).toBe('Severe pain that stops sleep or movement');
  });
});

describe('"last" that names a time gone by is no lasting', () => {
  const isTime = (w: string) => ['night', 'week', 'monday'].includes(w);
  it.each([
    ["I've had chills since last night", true],
    ['it started last week', true],
    ['how long does it last', false],
    ['it started last week and I wonder how long it will last', false],
  ])('%s → %s', (q, want) => {
    expect(lastIsTime(normalise(q), isTime)).toBe(want);
  });
});

describe('the forms of "pull a muscle"', () => {
  it('"did I pull a muscle?" after a story of lifting is a strain', () => {
    expect(shown('I lifted a heavy box at work yesterday and now my lower back is really sore. Did I pull a muscle? And how long until it settles down?')).toBe('Muscle strains and sprains');
  });
});
