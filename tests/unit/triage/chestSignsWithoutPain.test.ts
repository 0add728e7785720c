// Chest pain told by what is seen (session 25: the fresh red-flag batch "two people in one message"; none of
// these is a sentence of the batch): the label's own signs (NICE CG95) without the word "pain".
import { describe, expect, it } from 'vitest';
import { hitIds } from './contentDetector.ts';

describe('chest pain told by what is seen', () => {
  it.each([
    'my husband is clutching his chest on the sofa',
    'she keeps grabbing at her chest and it is going down her left arm',
    'my dad has gone grey and clammy sitting in his chair',
  ])('%j is chest pain', (text) => expect(hitIds(text)).toContain('chest-pain'));
  it('the pallor and sweat of a workout is not', () => {
    expect(hitIds('pale and sweaty after my spin class, and my lower back aches')).not.toContain('chest-pain');
  });
  it('holding the bar of a chest press is not', () => {
    expect(hitIds('I was gripping the chest press bar when my back twinged')).not.toContain('chest-pain');
  });
});

describe('an arm that will not go above the head with a shoulder pain', () => {
  it('is no stroke at once (the head question still asks)', () => {
    const text = "frozen shoulder for months, can't lift my arm above my head, what exercises help?";
    expect(hitIds(text)).not.toContain('stroke');
  });
  it('an arm that cannot be lifted, with nothing of the shoulder, is still a stroke', () => {
    expect(hitIds("my husband suddenly can't lift his left arm")).toContain('stroke');
  });
});
