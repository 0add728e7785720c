// Signs told with emoji for words, and in the shorthand of clinical notes (the fresh red-flag
// batches "emoji" and "clinical shorthand", session 22).
import { describe, expect, it } from 'vitest';
import { askedFlags, detector, hitIds } from './contentDetector.ts';

const denied = (text: string) => detector.detect(text).denied;

describe('an emoji that stands for a word', () => {
  it('"both 🦵🦵 tingling from my 🍑" is both legs; "💩 came out and I didn\'t notice" is the bowels', () => {
    expect(hitIds('both 🦵🦵 tingling from my 🍑 down to my toes rn, back pain started yesterday')).toContain('bilateral-sciatica');
    expect(hitIds("💩 just came out and I didn't even notice 😳 back's been killing me for 3 days")).toContain('bowel-dysfunction');
  });
  it('a keyword for a time of day: "stiff every 🌅 for like an hour" is asked about', () => {
    expect(askedFlags("I'm 29, back's been stiff every 🌅 for like an hour for the last 6 months, loosens up once I move around")).toContain('inflammatory-back-pain');
  });
  it('a face, a decoration at a clause\'s end, or a keyword for a state is no sign', () => {
    expect(hitIds('No fever, no night sweats, I checked the scary list online 😅 just a stiff lower back')).toEqual([]);
    expect(hitIds('Sat at my desk for nine hours and now I walk like a question mark ❓ back loosens up after a walk')).toEqual([]);
    expect(hitIds('kid spilled ketchup everywhere looked like a crime scene 🩸💀 and bending down to clean it my back twinged')).toEqual([]);
    expect(hitIds("My son limped for a week when he was 6 after falling off his scooter, all sorted years ago 🛴 — he's 15 now and fine.")).toEqual([]);
  });
});

describe("clinical notes' shorthand", () => {
  it('"nil" and "negative for" deny: "Nil saddle anaesthesia, BBD normal, afebrile"', () => {
    const text = 'Nil saddle anaesthesia, BBD normal, afebrile. Just R-sided sciatica to the knee x2/52, improving slowly.';
    expect(hitIds(text)).toEqual([]);
    expect(denied(text)).toContain('saddle-numbness');
    expect(hitIds('negative for saddle anaesthesia')).toEqual([]);
  });
  it('a denial ends at "then": "BNO 3 days then this morning faecal incontinence" tells the incontinence', () => {
    expect(hitIds('BNO 3 days then this morning faecal incontinence w/o realising it had happened.')).toContain('bowel-dysfunction');
    expect(hitIds('no numbness, then my legs both went numb this morning')).toContain('bilateral-sciatica');
  });
  it('"ED" with word of its start is asked about as sex; the emergency department is not', () => {
    expect(askedFlags('Sx: ED new onset since Tues w/ acute LBP + R sciatica.')).toContain('sexual-dysfunction');
    expect(askedFlags('went to ED since the pain started, they gave me codeine')).not.toContain('sexual-dysfunction');
  });
  it('"EMS >1h daily" is long morning stiffness, asked about', () => {
    expect(askedFlags('28M. LBP x8 mths, EMS >1h daily, eases with exercise not rest.')).toContain('inflammatory-back-pain');
  });
  it('"RIP" is no ripping pain, and "blood, sweat and tears" no sweats; a ripping pain still is', () => {
    expect(hitIds('RIP my hamstrings yoga destroyed me, lower back a bit sore too')).toEqual([]);
    expect(hitIds('blood sweat and tears went into that half marathon lol, now my hip flexors ache')).toEqual([]);
    expect(hitIds('a ripping pain in my back going through to my tummy')).toContain('aortic');
  });
});
