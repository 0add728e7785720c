// False alarms found by session 40's blind batches (hairdressers and beauty therapists, police, fire and prison
// officers, lawyers' formal clauses), measured once before they were read; none of these sentences is one of their
// messages: a knee brought across or towards the chest is the stretch, not chest pain; a joint cracked by a
// chiropractor beside acupuncture needles is no drug injected; "can't stand for a full day" is how long, not legs
// that fail. Each with what must still act.
import { describe, expect, it } from 'vitest';
import { hitIds } from './contentDetector.ts';

describe('the knee brought to the chest', () => {
  it.each([
    'My buttock ache eases when I pull my knee across my chest and hold it.',
    'Sore low back, a bit better if I hug my leg towards my chest in bed.',
  ])('%j is the stretch, not chest pain', (text) => {
    expect(hitIds(text)).not.toContain('chest-pain');
  });
  it.each(['my chest is tight and my knee hurts', 'crushing pain across my chest and down my arm'])('%j is still chest pain', (text) => {
    expect(hitIds(text)).toContain('chest-pain');
  });
});

describe('a joint cracked, and crack the drug', () => {
  it.each([
    'Should I try the needles at the acupuncture place or get a chiro to crack it?',
    'Dry needling last week, and he wants to crack my back next time. Is that safe with my disc?',
  ])('%j is no drug injected', (text) => {
    expect(hitIds(text)).not.toContain('ivdu');
  });
  it.each(['I inject crack most days and my back is agony', 'shooting up crack again and my back is killing me'])('%j is still injecting drugs', (text) => {
    expect(hitIds(text)).toContain('ivdu');
  });
});

describe('standing through a working day', () => {
  it.each([
    "I can't stand for a full day at the chair any more, my back aches by lunch.",
    "Can't stand for hours like I used to, lower back gets sore.",
  ])('%j is how long, not legs that fail', (text) => {
    expect(hitIds(text)).not.toContain('cant-move-leg');
  });
  it.each(["I can't stand, my legs have gone from under me", "since this morning I can't stand up at all, my legs won't hold me"])(
    '%j still acts on legs that fail',
    (text) => expect(hitIds(text)).toContain('cant-move-leg'),
  );
});
