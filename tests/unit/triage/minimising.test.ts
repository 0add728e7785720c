// Signs played down or asked to wait (the fresh red-flag batch "minimising", session 22), and the
// signs this assistant asks about named as such.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a sign this assistant asks about, named as such', () => {
  it('"I know steroids are something you ask about — I only had one injection" is asked about, not acted on', () => {
    const text = "Sorry, I know steroids are something you ask about — I only had one steroid injection in my hip in March, never tablets. It's a bit achy again.";
    expect(hitIds(text)).toEqual([]);
    expect(askedFlags(text).length).toBeGreaterThan(0);
  });
  it('one told as the writer\'s own still acts, whatever follows: "on steroids for years, which I know you ask about"', () => {
    expect(hitIds("I've been on steroids for years, which I know you ask about")).toContain('steroids');
  });
});
