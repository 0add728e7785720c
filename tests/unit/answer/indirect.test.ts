// Questions asked politely and indirectly ("I was wondering whether…", "would it be advisable to have
// it looked at…"), and places named in lay words: the classes of misses of the fresh batches "polite,
// indirect and formal" and "lay anatomy" (issue 10, session 15).
import { describe, expect, it } from 'vitest';
import { direction } from '../../../src/clinical/answer/direction.ts';
import { normalise } from '../../../src/clinical/answer/normalise.ts';
import { analyse } from '../../../src/clinical/answer/analyse.ts';
import { readQuestionType } from '../../../src/clinical/answer/questionType.ts';
import { waitIsSetting } from '../../../src/clinical/answer/waitSense.ts';
import { comingTimes } from '../../../src/clinical/answer/toldTime.ts';
import { contentEngine, headingOf, lexicon } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => headingOf(engine.answer(q));
const typesOf = (q: string) => readQuestionType(analyse(q, lexicon).words, lexicon).types;

describe('"lower back" is the clinic\'s own subject, not a topic a section must name', () => {
  it.each([
    'how long does lower back pain usually last',
    'how long does low back pain usually last',
    'I would be most grateful if you could tell me how long an ordinary bout of low back pain tends to last.',
  ])('"%s" is answered with how soon back pain gets better', (q) => {
    expect(shown(q)).toBe('How soon back pain gets better');
  });
  it('"ordinary" lower back pain: how soon it gets better', () => {
    const r = engine.answer('how long does ordinary lower back pain usually last');
    expect(headingOf(r)).toBe('How soon back pain gets better');
    // (Session 27: since the patients' questions of content/questions, surer of it alone (0.55 → 0.68): What lower back pain means is no longer a second part.)
  });
  it('how long before seeing a doctor is still the pain that lasts', () => {
    expect(shown('how long should lower back pain last before I see a doctor')).toBe('Pain that lasts more than a few weeks');
  });
});

describe('a cue is the same with any article or possessive: "see a doctor" is "see my GP"', () => {
  it.each(['should I see my GP', 'do I need to go to the doctor', 'is it time to visit my doctor', 'does this warrant a visit to the doctor'])(
    '"%s" asks when to be seen',
    (q) => {
      expect(typesOf(q)).toContain('when-to-see');
    },
  );
  it('a determiner alone is no cue', () => {
    expect(typesOf('my hip and the back')).not.toContain('when-to-see');
  });
});

describe('waiting for the pain to pass is no wait to be seen', () => {
  it.each([
    ['rather than simply waiting for it to pass', true],
    ['should I just wait for the pain to settle', true],
    ['I am waiting for my appointment', false],
    ['waiting for a scan to be booked', false],
  ] as const)('"%s" → %s', (q, setting) => {
    expect(waitIsSetting(normalise(q))).toBe(setting);
  });
  it('"…warrants a visit to the doctor rather than waiting for it to pass" is not answered with the waiting list', () => {
    expect(shown('how do you know when back pain warrants a visit to the doctor rather than waiting for it to pass?')).not.toBe('What helps while you wait to be seen');
  });
});

describe('which area causes which, in roundabout words', () => {
  it.each([
    // "From sitting" names a cause of another kind: the hip is still the source. (Not the hip flexors: a
    // muscle, no joint, since session 36.)
    ['could a stiff hip from sitting all day be the reason my lower back hurts', 'hip>back'],
    ['can a problem in the lower back produce pain that is felt in the hip', 'back>hip'],
    ['my hip hurts because of my bad back', 'back>hip'],
    ['my hip pain is coming from my lower back', 'back>hip'],
  ])('"%s" → %s', (q, want) => {
    expect(direction(normalise(q))).toBe(want);
  });
  it.each([
    ['Is it possible, I wonder, for a problem in the lower back to produce pain that is felt in the hip?', 'How back problems can cause hip pain'],
  ])('"%s" → %s', (q, heading) => {
    expect(shown(q)).toBe(heading);
  });
  it('tight hip flexors are tight muscles (36 of the 38 patients\' questions naming them want it)', () => {
    expect(shown('Could tight hip flexors from sitting all day be the reason my lower back hurts?')).toBe('Tight muscles and muscle imbalance');
  });
});

describe('a date still to come is no stretch of pain', () => {
  it.each([
    ['a family wedding in three weeks', ['weeks']],
    ['we fly out in a couple of days', ['days']],
    ['in a few weeks', ['weeks']],
    ['it has hurt for three weeks', []],
    ['in pain for weeks', []],
  ] as const)('"%s" → %j', (q, want) => {
    expect([...comingTimes(normalise(q))]).toEqual(want);
  });
  it('"…how long does it tend to last? I have a wedding in three weeks" asks how soon it gets better', () => {
    expect(shown('Could you tell me how long an ordinary bout of low back pain tends to last? I have a family wedding in three weeks and should like to be dancing by then.')).toBe(
      'How soon back pain gets better',
    );
  });
  it('a stretch already told still finds the section about weeks', () => {
    expect(shown('hip pain thats not gone away after 3 weeks')).toBe('Pain that lasts more than a few weeks');
  });
});
