// Warning signs told in passing inside an admin request ("can I move my Thursday slot, I can barely
// feel my legs"), and ordinary admin left alone: the classes of the fresh red-flag batch "hidden inside
// an admin request" (session 15). Built from content/ as the bot builds it.
import { describe, expect, it } from 'vitest';
import { askedFlags as asked, hitIds } from './contentDetector.ts';

describe('"can barely", "can hardly": next to impossible is a sign, and no question', () => {
  it.each([
    ['can barely breathe', 'breathing'],
    ['can hardly breathe', 'breathing'],
    ["Is there a disabled bay? I'm really short of breath, can barely finish a sentence, and the back's bad too.", 'breathing'],
    ['I can barely feel my legs', 'bilateral-sciatica'],
    ['can barely feel my legs', 'bilateral-sciatica'],
    ['i can hardly pee since yesterday and my back is agony', 'bladder-dysfunction'],
  ])('"%s" → %s at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('a question that starts with "can" is still a general question', () => {
    expect(hitIds('can sciatica cause numbness in both legs?')).toEqual([]);
    expect(asked('can sciatica cause numbness in both legs?')).toEqual([]);
  });
  it('a breath that is fine is no sign', () => {
    expect(hitIds("a bit puffed after the stairs but I can finish a sentence fine")).not.toContain('breathing');
  });
  it('"I can barely walk" is asked about, not taken as a leg that cannot move', () => {
    expect(hitIds('I can barely walk with my back')).toEqual([]);
    expect(asked('I can barely walk with my back')).toContain('cant-move-leg');
  });
});

describe('injecting drugs: lately, or a past habit that came back', () => {
  it.each(['i used to inject and was using again last month', 'I was injecting till a few weeks ago', 'I used to inject, relapsed at Christmas'])(
    '"%s" → injecting drugs',
    (text) => {
      expect(hitIds(text)).toContain('ivdu');
    },
  );
  it.each(["I used to inject years ago but I've been clean for 12 years", 'I used to inject insulin and was using again the pen'])('"%s" is no sign', (text) => {
    expect(hitIds(text)).not.toContain('ivdu');
  });
});

describe('an admin letter or note is no goodbye note', () => {
  it.each(['Can I get a sick note for the last three days? Pulled something lifting boxes.', "could I get a letter for my employer saying I'm having physio?"])(
    '"%s" is not asked about mood',
    (text) => {
      expect(asked(text)).not.toContain('suicidal');
    },
  );
  it('letters written for the family still are', () => {
    expect(asked('I wrote letters for my family last night')).toContain('suicidal');
  });
});
