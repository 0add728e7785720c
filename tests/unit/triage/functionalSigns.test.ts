// Signs told only by what they stop or what is done about them ("I have to look at the toilet paper",
// "bought a walking stick because my leg folds"), and what someone else says of the patient: the
// classes of the fresh red-flag batch "consequences and work-arounds" (session 17).
import { describe, expect, it } from 'vitest';
import { askedFlags as asked, hitIds } from './contentDetector.ts';

describe('what someone says of the patient is a report, not a supposition ("says I" is no "say I")', () => {
  it.each([
    ["My husband says I've been talking nonsense and I keep forgetting what year it is, it wouldn't stop", 'sudden-confusion'],
    ["My wife says I can't feel anything when I wipe and I wouldn't know", 'saddle-numbness'],
    ["My wife says I've been dribbling tea out the side of my mouth since lunch and I had to swap hands because my left one wouldn't hold the cup. Is that the new back tablets?", 'stroke'],
  ])('"%s" → %s', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('"say I lost control of my bladder, what would happen" is still a supposition', () => {
    expect(hitIds('say I lost control of my bladder, what would happen')).not.toContain('bladder-dysfunction');
  });
});

describe('drink running out of the side of the mouth is a face that has dropped', () => {
  it('"dribbling tea out the side of my mouth" → stroke', () => {
    expect(hitIds("I've been dribbling tea out the side of my mouth since lunch")).toContain('stroke');
  });
  it('dribbling when peeing is the bladder, not a stroke', () => {
    expect(hitIds("I'm dribbling a bit when I pee")).not.toContain('stroke');
  });
});

describe('a leg that folds', () => {
  it.each(['Bought a walking stick on Tuesday because my right leg folds going down stairs.', 'my knee keeps folding under me on the stairs', 'my leg is folding under me'])(
    '"%s" → leg weakness',
    (text) => {
      expect(hitIds(text)).toContain('leg-weakness');
    },
  );
  it.each(['I sit with my legs folded under me and my back aches', 'my legs folded under me and I fell'])('"%s" is asked about, not acted on', (text) => {
    expect(hitIds(text)).not.toContain('leg-weakness');
    expect(asked(text)).toContain('leg-weakness');
  });
});

describe('pain the same whichever way one lies, all night', () => {
  it('"flat, side, front, it makes no difference, the back pain\'s the same all night" → night pain', () => {
    expect(hitIds("I've been sleeping in the recliner for three weeks because flat, side, front, it makes no difference, the back pain's the same all night.")).toContain('night-pain');
  });
  it('sleeping in a chair for a night-time ache asks the night question', () => {
    expect(asked("I've been sleeping in the recliner because my back aches at night")).toContain('night-pain');
  });
  it('a pillow that makes a difference is no night pain', () => {
    const text = 'my hip aches at night but a pillow between my knees makes a difference';
    expect(hitIds(text)).not.toContain('night-pain');
  });
});

describe('not knowing by feel whether one has wiped asks the saddle question', () => {
  it.each(["Since Sunday I have to look at the toilet paper to know if I've actually wiped, I can't tell otherwise.", "I can't tell if I've wiped properly"])('"%s" → saddle', (text) => {
    expect(asked(text)).toContain('saddle-numbness');
  });
  it.each(["I can't tell if my bum is sore or my back", "I can't wipe properly because my back is so stiff"])('"%s" asks nothing of it', (text) => {
    expect(asked(text)).not.toContain('saddle-numbness');
  });
});

describe('the question asked is the one about the sign told (a truthful "no" to another loses it)', () => {
  it.each([
    ["When I wipe after the toilet it's like wiping someone else. I can't feel the paper at all.", 'saddle-numbness'],
    ['my but feels numb when I sit on the toilet and I cant feel the tissue', 'saddle-numbness'],
    ["when I wipe after the toilet it doesn't feel right", 'saddle-numbness'],
    ['i messed my pants in the supermarket and didnt feel it coming at all back has been bad for weeks', 'bowel-dysfunction'],
    ["Sorry to be crude but I've had an accident in my pants and didn't feel it coming at all", 'bowel-dysfunction'],
  ])('"%s" asks about %s', (text, flag) => {
    expect([...hitIds(text), ...asked(text)]).toContain(flag);
  });
  it.each(['I had a soft tissue injury and my leg is numb', "my back doesn't feel right"])('"%s" asks nothing of the saddle', (text) => {
    expect(asked(text)).not.toContain('saddle-numbness');
  });
});

describe('signs told by what is done about them', () => {
  it('a throbbing in the belly felt with the hand, with back pain, is the aortic emergency', () => {
    expect(hitIds("There's a throbbing in my belly I can feel with my hand, and a deep ache in my back, I'm a smoker in my 70s")).toContain('aortic');
  });
  it('a throbbing back or hip is no aortic sign', () => {
    expect(hitIds('my back is throbbing')).not.toContain('aortic');
    expect(hitIds('a throbbing pain in my hip')).not.toContain('aortic');
  });
  it('buying smaller trousers without trying is weight loss', () => {
    expect(hitIds("I've also had to buy smaller trousers without even trying")).toContain('weight-loss');
  });
});

describe('"When he…" without a question mark tells what happens to someone, it asks nothing', () => {
  it.each([
    ['When he wipes it feels numb.', 'saddle-numbness'],
    ['when she stands up her legs give way', 'leg-weakness'],
  ])('"%s" → %s, acted on (an emergency happening to someone now)', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('"When does he get numb?" is still a question', () => {
    expect(hitIds('When does he get numb?')).toEqual([]);
  });
  it('"when he gets up his back hurts" is no sign', () => {
    expect(hitIds('when he gets up his back hurts')).toEqual([]);
  });
});
