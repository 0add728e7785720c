// Classes found by session 30's second blind batches (red flags told in a pasted exchange, in the words of a
// trade, at night), measured once before these were read; none of these sentences is one of their messages:
// a question put to the writer and answered ("he asked if I could feel the paper… I can't") is told; a
// question put to the writer and denied is no sign; "normal" asked about ("I wonder if my legs feeling weak
// is normal") denies nothing; legs that will not hold one up give way; "from the knees down" is both legs;
// a drop told by its height is a fall.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a question put to the writer, and the answer', () => {
  it.each([
    ['The paramedic asked me if I could feel her touching my inner thighs and I can\'t', 'saddle-numbness'],
    ['The GP asked if I could lift my toes up. I couldn\'t.', 'leg-weakness'],
    ['The nurse on the phone asked if I could pass water. I said: not since yesterday teatime.', 'bladder-dysfunction'],
    ['She asked if I had wet myself. I have, twice.', 'bladder-dysfunction'],
  ])('%j is told: %s', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each([
    ['111 asked if my bum was numb. No feeling there at all when I wipe.', 'saddle-numbness'],
    ['The GP asked if my legs were weak. No strength at all in them now.', 'leg-weakness'],
    ['The nurse asked me if my legs were weak. Yes, both of them.', 'leg-weakness'],
  ])('a "no" that begins the sign, or a yes, is no denial: %j → %s', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each([
    'The physio asked if my legs felt weak. I said no, they are strong, just the back aches.',
    'The GP asked if my legs were weak and I said no.',
    'He asked me if I could walk on my heels and I can, no bother',
    'The doctor asked if I could feel any numbness down there. No.',
    "The paramedic asked if I could feel any pins and needles in my feet and I can't",
  ])(
    '%j is no sign',
    (text) => {
      expect(hitIds(text)).toEqual([]);
    },
  );
  it('the writer asking whether a sign of their own is normal still tells it', () => {
    expect(hitIds("I asked if it's normal that my bum has felt numb since Sunday")).toContain('saddle-numbness');
    expect(askedFlags('I asked if my wee is slow')).toContain('bladder-dysfunction');
  });
  it('"normal" asked about inside "I wonder if…" is no denial', () => {
    expect(hitIds('I wonder if my legs going weak like this is normal')).toContain('leg-weakness');
  });
  it.each([
    "I'm not sure if it matters, but the numbness in my bum went away after an hour.",
    'I was wondering whether to book, the weakness in both legs has gone away now.',
    'Should I still see someone now that the numbness round my bottom has gone away?',
  ])('a sign said to be over is still over, whatever is asked around it: %j', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
});

describe('whether someone can do something, asked and answered no', () => {
  it.each([
    ['Can you feel your bottom when you wipe? No', 'saddle-numbness'],
    ['could he lift his legs off the bed? no', 'cant-move-leg'],
    ['Can you pass water? Nope, nothing since this morning', 'bladder-dysfunction'],
  ])('%j → %s', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each(['Can you walk on your heels? Yes, fine', 'Can you come in on Tuesday? No, I am working'])('%j is no sign', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
});

describe('legs that will not hold one up, both legs from the knees down, the other buttock too', () => {
  it.each([
    ["Dad's legs won't hold him up this evening", 'leg-weakness'],
    ['My legs would not hold my weight when I got off the sofa', 'leg-weakness'],
    ["I've gone numb from the knees down since I lifted the sofa", 'bilateral-sciatica'],
    ['Left cheek numb since Monday, now both', 'saddle-numbness'],
  ])('%j → %s', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each(['My legs hold me up fine, it is only the lower back', 'My knees creak when I kneel down'])(
    '%j is no sign',
    (text) => {
      expect(hitIds(text)).toEqual([]);
    },
  );
});

describe('a drop told by its height is a fall', () => {
  it.each(['He went off the roof of the shed about two metres onto the patio', 'went off a ladder at work this morning, landed on my back'])('%j is a serious fall', (text) => {
    expect(hitIds(text)).toContain('trauma');
  });
  it.each(['My alarm went off at five and my back was stiff getting off the top bunk', 'The pain went off the scale after a long drive in the car'])('%j is no fall', (text) => {
    expect(hitIds(text)).not.toContain('trauma');
  });
});
