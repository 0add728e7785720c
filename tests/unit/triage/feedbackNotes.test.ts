// Thanks and feedback after a session (the fresh red-flag batch "feedback", session 23), and a steroid
// injection named by its medicine (the answer batches "vague" and "under-16s").
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('what one was told to report, quoted back', () => {
  it('"asked me to message if I noticed any numbness in my groin" is asked about, not acted on', () => {
    const text = "Josh asked me to message if I noticed any numbness in my groin or problems with the toilet. I haven't, everything's completely normal down there.";
    expect(hitIds(text)).toEqual([]);
    expect(askedFlags(text)).toContain('saddle-numbness');
  });
  it('"told me to ring if I got numbness in my groin, which I now have" is never passed over', () => {
    expect(askedFlags('the physio told me to ring if I got numbness in my groin, which I now have')).toContain('saddle-numbness');
  });
  it('the sign told plainly beside a wish to call still acts', () => {
    expect(hitIds('I need to call you, I have numbness in my groin and cannot wee')).toContain('saddle-numbness');
  });
});

describe('cold water is no chill', () => {
  it('"the hydrotherapy pool was a bit chilly" is no fever or chills', () => {
    expect(hitIds('Feedback for Alistair: the hydrotherapy pool was a bit chilly this time, otherwise great.')).toEqual([]);
  });
  it('shivery with teeth chattering still is', () => {
    expect(hitIds("I've been shivery all afternoon, teeth chattering under two blankets")).toContain('fever-chills');
  });
});

describe('a steroid injection named by its medicine', () => {
  it.each(['the doctor mentioned an injection in my back, a steroid one. does it hurt and what does it do?', 'someone at work had an injection in her back, steroids I think, and said it was amazing'])('"%s" is no long-term steroids', (text) => {
    expect(hitIds(text)).not.toContain('steroids');
  });
  it.each(["I've been on steroid tablets for years, and had an injection in my hip last month", "I'm on steroids for my asthma", "I've been on 10 mg of prednisolone every day for about 14 months"])('"%s" still is', (text) => {
    expect(hitIds(text)).toContain('steroids');
  });
});
