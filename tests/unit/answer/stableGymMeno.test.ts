// Classes found by session 43's blind batches written by horse riders and stable-yard workers, by people who lift
// weights and run, and by women in the perimenopause and menopause, measured once before they were read; none of
// these sentences is one of their questions: a painkiller or muscle relaxant named by a name WordNet files under its
// kind, a question asked first with chatter after, the area set aside by "rather than", the job as a time of day,
// and paying by way of the cover.
import { describe, expect, it } from 'vitest';
import { answeredAs, contentEngine } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => answeredAs(engine.answer(q));

describe('a medicine of a kind the articles explain, named by a name they do not use', () => {
  it.each([
    ['Is naproxen or paracetamol better for my hip?', 'Painkillers and anti-inflammatories'],
    ['Are Advil and Tylenol ok together for a bad back?', 'Painkillers and anti-inflammatories'],
    ['is aspirin ok for a bad back', 'Painkillers and anti-inflammatories'],
    ['Does methocarbamol help a back spasm?', 'Muscle relaxants'],
  ])('%j → %s, with the word for the pharmacist', (q, heading) => {
    expect(engine.answer(q)).toMatchObject({ kind: 'answer', section: { heading }, medicine: true });
  });
  it.each([
    // Another medicine beside it, how long to take it, or no question of ours.
    'can I take naproxen with my antidepressants for my back',
    // Another thing taken beside it: what to take it with.
    "I'm on warfarin, is naproxen ok for my back?",
    'can I take paracetamol with alcohol for my back',
    'how long can I take naproxen for my back',
    "naproxen for my son's earache?",
  ])('%j is declined with the word for the pharmacist', (q) => {
    expect(engine.answer(q)).toEqual({ kind: 'none', reason: 'medicine' });
  });
});

describe('a question asked first, then chatter', () => {
  it('the question is answered though the chatter names a sport', () => {
    expect(shown('could an injection in my spine settle it faster? saw a couple of the football lads have them before matches')).toBe('Steroid injections');
  });
});

describe('the area set aside by "rather than"', () => {
  it.each([
    ['what clues point to my spine rather than my hip being the problem?', 'Signs the pain comes from the spine'],
    ['does a groin ache point to my hip rather than my spine?', 'Signs the pain comes from the hip'],
  ])('%j → %s', (q, heading) => {
    expect(shown(q)).toBe(heading);
  });
});

describe('work as the time of day', () => {
  it('"before work" tells when, no return to work', () => {
    expect(shown('tips for lifting feed sacks before work without hurting my back')).toBe('Posture and ergonomics');
  });
});

describe('paying by way of the cover', () => {
  it.each(['can I pay through my health cash plan?', 'can I pay with my Bupa cover?'])('%j asks about insurance', (q) => {
    expect(engine.answer(q)).toEqual({ kind: 'clinic', topic: 'insurance' });
  });
  it.each(['can I pay by card?', "how much do I pay if my insurer won't cover it?"])('%j asks the cost', (q) => {
    expect(engine.answer(q)).toEqual({ kind: 'clinic', topic: 'cost' });
  });
});
