// Young people writing for themselves (the fresh batch "young people", session 18): slang and
// everyday words that sound like signs and are not, and signs told in a teenager's words.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('medicines taken: asked about, whatever is said of how it feels', () => {
  it.each([
    'ok so i took like 12 of my mums codeine for my back and then went out n drank loads at a party, now i feel really weird and sleepy, is that bad',
    'I took 12 paracetamol this morning but I feel fine.',
  ])('"%s" asks the medicines question', (text) => {
    expect(askedFlags(text)).toContain('overdose');
  });
});

describe('a knock to the head with being sick', () => {
  it('"took a knee to the head… thrown up twice" is a head injury now', () => {
    expect(hitIds("took a knee to the head at rugby today, back hurts too, but ive thrown up twice since and im super drowsy")).toContain('head-injury');
  });
  it('"sick of this back pain" is no being sick', () => {
    expect(hitIds("I'm sick of this back pain, I banged my head on the cupboard too.")).not.toContain('head-injury');
  });
});

describe('everyday words that are no sign', () => {
  it('"stiff from the seat" of a bus is no saddle area (WordNet\'s "seat" is mostly where one sits)', () => {
    expect(hitIds("fell asleep on the bus with my leg crossed and it went numb for like a minute, fine once i stood up, but my hip's a bit stiff from the seat")).toEqual([]);
  });
  it('not feeling the seat one sits on is still the saddle area', () => {
    expect(hitIds("Since yesterday when I sit on my bike I can't feel the seat at all.")).toContain('saddle-numbness');
    expect(hitIds("My dad says he can't feel the toilet seat when he sits down.")).toContain('saddle-numbness');
  });
  it('"fell asleep" asks nothing about a fall; "fell over" does', () => {
    expect(askedFlags('I fell asleep on the sofa and woke up with a stiff back.')).not.toContain('trauma');
    expect([...hitIds('I fell over on the ice and my back hurts.'), ...askedFlags('I fell over on the ice and my back hurts.')]).toContain('recent-fall');
  });
  it('"ok so I fell down the stairs" still tells a fall', () => {
    expect(hitIds('ok so i fell down the stairs and my back hurts')).toContain('recent-fall');
  });
});
