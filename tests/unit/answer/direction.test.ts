// Which body area a question names as the cause: the same words in another order ask another question.
import { describe, expect, it } from 'vitest';
import { direction } from '../../../src/clinical/answer/direction.ts';
import { normalise } from '../../../src/clinical/answer/normalise.ts';
import { contentEngine, headingOf } from './helpers.ts';

const dir = (q: string) => direction(normalise(q));

describe('direction: which area causes which', () => {
  it.each([
    ['could a worn hip be why my lower back aches', 'hip>back'],
    ['is my spine the reason my hip hurts', 'back>hip'],
    ['my hip pain is coming from my back', 'back>hip'],
    ['is the ache in my leg caused by my back', 'back>leg'],
    ['does a stiff hip lead to back trouble', 'hip>back'],
    // A story's "from" ("from sitting") is not the causal word that binds the two areas: "causing" is.
    ['my back has been bad for months from sitting at work and now my hips are tight too, is the back causing the hip pain', 'back>hip'],
  ])('reads %s as %s', (q, expected) => {
    expect(dir(q)).toBe(expected);
  });
  // Session 36 (the drivers' batch): the muscles that bend the hip are no hip joint, and two areas offered as a
  // choice say no direction.
  it.each(['could my tight hip flexors be what is making my back ache', 'is it coming from the back or from the hip'])('reads none in %s', (q) => {
    expect(dir(q)).toBeUndefined();
  });

  it.each(['why do my hip and back both hurt', 'what causes hip pain', 'my back hurts', 'back pain making my back stiff'])(
    'finds no direction in %s',
    (q) => {
      expect(dir(q)).toBeUndefined();
    },
  );
});

describe('direction on the clinic content', () => {
  const real = contentEngine();

  it('answers "hip causes back pain" and "back causes hip pain" with different sections, each the right way round', () => {
    expect(headingOf(real.answer('could a worn hip be why my lower back aches'))).toBe('How hip problems can cause back pain');
    expect(headingOf(real.answer('is my spine the reason my hip aches so much'))).toBe('How back problems can cause hip pain');
  });

  it('reads the causal word nearest its two areas, not a "from" of the story told first', () => {
    expect(headingOf(real.answer('my back has been bad for months from sitting at work and now my hips are tight too, is the back causing the hip pain?'))).toBe(
      'How back problems can cause hip pain',
    );
  });
});
