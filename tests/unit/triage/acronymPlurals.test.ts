// An acronym made plural (capitals, then a small "s": "WODs", "RDLs") is written as meant, never a typing slip
// of a protocol word (session 43's gym batch: "skipping WODs" was read as "skipping words", a stroke's speech).
// A word shouted in capitals is still corrected, and the protocol's own words in capitals still count.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('acronyms made plural', () => {
  it.each([
    "Can't pick my toddler up, skipping WODs, and my back is wrecked",
    "can't lift much since the RDLs, my back's tight",
  ])('%j is no stroke', (text) => {
    expect(hitIds(text)).not.toContain('stroke');
  });
  it('the same words written out still count', () => {
    expect(hitIds("Can't pick my toddler up, skipping words when I talk and my face looks droopy")).toContain('stroke');
  });
  it('a word shouted in capitals with a slip is still read', () => {
    expect([...hitIds('my back hurts and I have a high FEVVER'), ...askedFlags('my back hurts and I have a high FEVVER')]).toContain('fever-chills');
  });
});
