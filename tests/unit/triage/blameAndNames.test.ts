// Blame and cause (the fresh red-flag batch "blame", session 24): a blood test, a blood pressure reading or
// blood given is no bleeding to ask about, while bleeding told is still asked about or acted on.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('blood named in a test, a reading or a donation', () => {
  it.each([
    'My GP checked my bloods and temperature last week and it was all normal. Was it the cold snap, then?',
    "I'm on blood pressure tablets and a statin. My hip has been stiff for a few weeks.",
    'I gave blood on Friday and now my lower back aches. Was it lying on that couch?',
    'The blood tests my doctor ran for my hip ache all came back clear.',
  ])('"%s" asks nothing about bleeding', (text) => {
    expect(askedFlags(text)).not.toContain('severe-bleeding');
    expect(hitIds(text)).not.toContain('severe-bleeding');
  });

  it('bleeding told is still asked about, and heavy bleeding still acted on', () => {
    expect(askedFlags("I'm bleeding from a cut on my leg, was it the fence?")).toContain('severe-bleeding');
    expect(hitIds("I've cut my arm on the saw and the blood won't stop, it's everywhere")).toContain('severe-bleeding');
  });
});
