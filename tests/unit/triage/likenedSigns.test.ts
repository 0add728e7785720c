// Warning signs told by a likeness ("feels like it's packed with dry ice", "walking like a pirate"),
// signs said to be over, and everyday words that are no sign: the classes of the fresh red-flag
// batch "similes and metaphors" (session 16). Built from content/ as the bot builds it.
import { describe, expect, it } from 'vitest';
import { askedFlags as asked, hitIds } from './contentDetector.ts';

describe('a feeling in the saddle area told by a likeness is asked about', () => {
  it.each([
    "the whole area between my legs feels like it's been packed with dry ice",
    'down below felt like it belonged to a shop dummy this morning',
    'my bottom feels as if it is made of rubber since my back went',
  ])('"%s" → the saddle question', (text) => {
    expect(asked(text)).toContain('saddle-numbness');
  });
  it('a plain ache there is no likeness', () => {
    expect(asked('my bottom aches after cycling')).not.toContain('saddle-numbness');
  });
});

describe('a leg that can barely do its work is asked about', () => {
  it.each(['my left leg can barely push me up out of a chair', 'my right leg could hardly take me up the stairs'])('"%s" → the leg question', (text) => {
    expect(asked(text)).toContain('leg-weakness');
  });
});

describe('pain every night that nothing relieves is constant night pain', () => {
  it.each(['the pain is there every single night and nothing touches it', 'it wakes me at night and nothing relieves it'])('"%s" → night pain', (text) => {
    expect(hitIds(text)).toContain('night-pain');
  });
  it('night pain that a pillow eases is not', () => {
    expect(hitIds('it aches at night but a pillow between my knees helps')).not.toContain('night-pain');
  });
});

describe("a child's walking in any words is asked about", () => {
  it.each([
    'My 8-year-old has been walking like a pirate with a peg leg since Saturday and says his hip and knee hurt.',
    'my son has been walking funny since the weekend and his hip hurts',
    'our twelve year old daughter keeps standing on one leg and says her thigh aches',
  ])('"%s" → the limp question', (text) => {
    expect(asked(text)).toContain('teen-limp');
  });
  it('an adult walking is not asked about a child', () => {
    expect(asked('walking helps my back a lot')).not.toContain('teen-limp');
  });
});

describe('a sign said to be over is asked about, not alarmed at', () => {
  it.each([
    ["After my 10k on Sunday my legs felt like lead for a day, but they're back to normal now.", 'leg-weakness'],
    ['my legs went weak on the ladder but they went away after a minute', 'leg-weakness'],
    ['my bum went numb on the drive but it has been normal since', 'saddle-numbness'],
  ])('"%s" → asked about %s', (text, flag) => {
    expect(hitIds(text)).not.toContain(flag);
    expect(asked(text)).toContain(flag);
  });
  it('wanting to get back to normal says nothing is over', () => {
    expect(hitIds("I can't feel my bum and I just want to get back to normal")).toContain('saddle-numbness');
  });
});

describe('everyday words that are no sign', () => {
  it('"normally fit" is fitness, not a fit', () => {
    expect(hitIds("I'm 42 and normally fit, but my back is so bad I can barely sleep")).not.toContain('seizure');
    expect(hitIds("I'm otherwise fit and well")).toEqual([]);
  });
  it('a fit is still a fit', () => {
    expect([...hitIds('I had a fit this morning'), ...asked('I had a fit this morning')]).toContain('seizure');
  });
  it('the knee-to-chest stretch is no chest pain', () => {
    expect(hitIds('pulling my knee up to my chest gives me a pinching pain in my hip')).not.toContain('chest-pain');
    expect(hitIds('the knee to chest stretch hurts my lower back')).not.toContain('chest-pain');
  });
  it('chest pain with the knees in the same message is still chest pain', () => {
    expect(hitIds('I have crushing pain in my chest and my knees are weak')).toContain('chest-pain');
  });
  it('a heat pad is no continence pad', () => {
    expect(asked("I've tried paracetamol and a heat pad without much change")).not.toContain('bladder-dysfunction');
    expect(asked('I have to wear a pad now because I leak')).toContain('bladder-dysfunction');
  });
});
