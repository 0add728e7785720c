// Signs told only as the reason for asking for a product or an arrangement (the fresh red-flag batch
// "products", session 19), and the journeys, surnames and abbreviations that are no sign.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a trip is a journey unless one trips over something', () => {
  it('"a five-hour trip on Saturday… in the car" is no accident', () => {
    expect(hitIds('Got a five-hour trip on Saturday and my lower back gets stiff after about an hour in the car.')).not.toContain('trauma');
  });
  it('a fall beside a car is asked about, not an accident; struck by one or thrown from one is', () => {
    expect(hitIds('I tripped over the kerb getting out of the car and my back hurts')).not.toContain('trauma');
    expect(askedFlags('I tripped over the kerb getting out of the car and my back hurts')).toContain('hip-fracture');
    expect(hitIds('I was hit by a car while getting out of my car')).toContain('trauma');
    expect(hitIds('I came off my motorbike')).toContain('trauma');
  });
  it('losing one\'s footing asks about a fall', () => {
    expect(askedFlags("What's a good heat patch for the lower back? I missed the last step on the stairs about a week ago and it's been aching ever since.")).toContain('hip-fracture');
  });
});

describe('sex in the words of a request', () => {
  it('"won\'t work in the bedroom" with Viagra asks the sex question', () => {
    expect(askedFlags("Can I get a Viagra prescription through you? Ever since my lower back went a fortnight ago things just won't work in the bedroom.")).toContain('sexual-dysfunction');
  });
  it('not sleeping in the bedroom asks nothing about sex', () => {
    expect(askedFlags("I can't sleep in the bedroom because of my back, I sleep on the sofa")).not.toContain('sexual-dysfunction');
  });
});

describe('a short abbreviation is read exactly', () => {
  it('"pref: mornings" is no steroid; "on pred" still is', () => {
    expect(hitIds('Booking - new patient - pref: mornings - how do I make an appointment?')).toEqual([]);
    expect(hitIds('I am on pred for my asthma')).toContain('steroids');
  });
  it('a typo of a sign is still read ("numm")', () => {
    expect(hitIds('both my legs are numm')).toContain('bilateral-sciatica');
  });
});
