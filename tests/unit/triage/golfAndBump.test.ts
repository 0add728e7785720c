// Red flags missed by session 42's blind batches (golf, bowls and tennis club members; women pregnant or in the year
// after a birth; warehouse and parcel workers), measured once before they were read; none of these sentences is one
// of their messages: a rider thrown from, or come down on by, a thing ridden that is no road vehicle (a golf buggy, a
// ride-on mower), and long morning stiffness told as having "woken" with it. Each with what must not act.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('thrown from a thing ridden', () => {
  it.each([
    'the golf buggy flipped on the slope and I was thrown out, my hip is agony',
    'the ride on mower tipped and rolled on top of me, my back hurts badly',
  ])('%j is a serious accident', (text) => {
    expect(hitIds(text)).toContain('trauma');
  });
  it.each([
    "the baby's buggy tipped over in the wind, she was fine, my back aches from catching it",
    'pushing the buggy up the hill every day is wrecking my lower back',
  ])('%j is not', (text) => {
    expect(hitIds(text)).not.toContain('trauma');
  });
});

describe('woken with a stiff back', () => {
  it('"woken with a back like a board for an hour" asks about long morning stiffness', () => {
    expect(askedFlags("I'm 35 and for months I've woken with a back like a board for over an hour until it loosens")).toContain('inflammatory-back-pain');
  });
  it('woken by the baby, with no stiffness told, asks nothing about it', () => {
    expect(askedFlags('woken three times a night by the baby and my lower back aches from feeding')).not.toContain('inflammatory-back-pain');
  });
});
