// Classes found by session 37's blind batches of farmers and of university students, measured once before
// they were read; none of these sentences is one of their messages: a cancer told without its word, long
// morning stiffness told over two sentences, falls in slang, a farm animal's own sign, a story watched on a
// screen, a fright's figure, someone who has died, another person's emergency told in the present after a past
// story, someone who cannot be got up, and a dropped "g" with no apostrophe; then what a helper's review of the
// first version found (356 probes of its own): "fine by…" and climbing words were taken back, "my little lamb"
// is a child, and four signs missed before are read.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a cancer told without its word', () => {
  it.each([
    'Had my prostate removed six years ago, now this back pain keeps me up.',
    'My breast was taken off in 2015 and the back has started aching out of nowhere.',
    'Had the big C a few years back, all fine now, but my back aches at night.',
  ])('%j asks whether the patient has had cancer, or acts on it', (text) => {
    expect([...askedFlags(text), ...hitIds(text)]).toContain('cancer-history');
  });
  it.each([
    'The x-ray came back all clear, just want some exercises for my hip.',
    'The pain came on out of nowhere after a lung infection last winter.',
  ])('%j asks nothing of cancer', (text) => {
    expect(askedFlags(text)).not.toContain('cancer-history');
    expect(hitIds(text)).not.toContain('cancer-history');
  });
});

describe('long morning stiffness told over two sentences', () => {
  it('is asked about', () => {
    expect(askedFlags("I'm 26 and stiff every single morning, have been for a year. Takes me a good hour to loosen up.")).toContain('inflammatory-back-pain');
  });
  it('a few minutes of it is not', () => {
    expect(askedFlags('Bit stiff in the mornings. Loosens up in five minutes once I get going.')).not.toContain('inflammatory-back-pain');
  });
});

describe('a fall in slang', () => {
  it.each(['Stacked it on my bike on the way to lectures, hip has hurt since.', 'Took a tumble off the trailer on Monday and my back is sore.'])(
    '%j asks about the fall',
    (text) => {
      expect(askedFlags(text)).toEqual(expect.arrayContaining(['hip-fracture']));
    },
  );
});

describe("a farm animal's own sign", () => {
  it.each(['Heifer had a fit in the shed this morning, vet came out. My back is just stiff.', 'Old ewe is bleeding from her foot, sorted now. Lower back aches from lifting her.'])(
    '%j is not acted on',
    (text) => {
      expect(hitIds(text)).toEqual([]);
    },
  );
  it('the patient kicked by one is still the patient', () => {
    expect(hitIds("The cow kicked me in the yard and I can't put any weight on my leg.").length).toBeGreaterThan(0);
  });
});

describe('a story watched on a screen', () => {
  it.each([
    'Watched a film last night where a man gets shot and bleeds everywhere, jumped and tweaked my back.',
    'Rewatched a medical drama where a woman has a seizure, and my back ached from the sofa.',
  ])('%j is not acted on', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
  it('a person in the room after the film is', () => {
    expect(hitIds("We watched a film and now my husband has collapsed and isn't breathing.")).toEqual(expect.arrayContaining(['breathing']));
  });
});

describe("a fright's figure", () => {
  it('"nearly gave me a heart attack" is not acted on', () => {
    expect(hitIds('The bull got loose and nearly gave me a heart attack. My back is sore from chasing him.')).not.toContain('chest-pain');
  });
  it('sets aside the heart attack only, not a sign told beside it', () => {
    expect(hitIds("Nearly gave me a heart attack when I realised I'd wet myself without feeling it.")).toContain('bladder-dysfunction');
  });
  it('chest pain told plainly still is', () => {
    expect(hitIds('Crushing pain in my chest going down my left arm, started ten minutes ago.')).toContain('chest-pain');
  });
});

describe("a farm animal's word that also names a child", () => {
  it('"my little lamb" is a child, whose fit is acted on', () => {
    expect(hitIds("My little lamb is having a fit and won't wake up.")).toEqual(expect.arrayContaining(['seizure']));
  });
});

describe('signs found by the review of the first version, missed before', () => {
  it.each([
    ["We'd had a lovely day out, then he said he felt odd, he can't move his right arm and he's slurring.", 'stroke'],
    ["I watched him have a fit for five minutes and he's still not come round.", 'unresponsive'],
    ["I'm not peeing properly since yesterday, just dribbling.", 'bladder-dysfunction'],
  ])('%j is acted on', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('slurring after drink is asked about, not acted on as a stroke', () => {
    expect(hitIds('I was so drunk last night I was slurring, back hurts today.')).not.toContain('stroke');
  });
  it('a hand that drags a leg is no arm that will not move', () => {
    expect(hitIds("My leg won't move from the hip, I had to drag it out of the car with my hands.")).not.toContain('stroke');
  });
});

describe('someone who has died, or named with words of their own', () => {
  it.each(['My late mother had cancer. My back aches after milking.', 'My poor old dad had cancer, I have back pain.'])('%j is not acted on as the patient\'s cancer', (text) => {
    expect(hitIds(text)).not.toContain('cancer-history');
  });
  it('the patient\'s own cancer is', () => {
    expect(hitIds('I had breast cancer three years ago and now my back hurts at night.')).toContain('cancer-history');
  });
});

describe("another person's emergency told in the present after a past story", () => {
  it.each([
    "Dad was eating his tea and it's gone down the wrong way, he can't breathe.",
    'My wife was fine at lunch and she can not lift her arm now and her face has dropped.',
  ])('%j is acted on', (text) => {
    expect(hitIds(text).length).toBeGreaterThan(0);
  });
  it('"Mum had a fall and can\'t get up" is acted on: what she cannot do is now', () => {
    expect(hitIds("Mum had a fall and can't get up, she's lying on the floor.")).toEqual(expect.arrayContaining(['hip-fracture']));
  });
  it('a stroke someone "had" with what it left is asked about, not acted on', () => {
    expect(hitIds("My dad had a stroke and can't walk properly.")).not.toContain('stroke');
  });
  it("what an old stroke left is asked about, not acted on", () => {
    expect(hitIds("My dad had a stroke years ago and he can't lift his arm properly.")).not.toContain('stroke');
  });
  it("a newspaper's story in the past is still the story's", () => {
    expect(hitIds("There was a newspaper piece about a woman who couldn't stand up. My back is sore.")).toEqual([]);
  });
});

describe('someone who cannot be got up after a fall', () => {
  it.each(["I fell in the yard and can't get up on my own.", "Mum fell and we can't get her up off the floor, she screams when we move her leg."])('%j is acted on', (text) => {
    expect(hitIds(text)).toEqual(expect.arrayContaining(['hip-fracture']));
  });
});

describe('a dropped "g" with no apostrophe', () => {
  it('reads the whole word', () => {
    expect(askedFlags('been thinkin about steppin in front of a train on the way home')).toContain('suicidal');
  });
  it('leaves real words as they are', () => {
    expect(hitIds('Took some aspirin for my back, feeling a bit thin on sleep.')).toEqual([]);
  });
});

// The second pair of session 37's blind batches, tradespeople and forces, measured once after the changes above.
describe('signs in the words of the trades and the forces', () => {
  it.each([
    ["found my labourer on the floor of the van, wont wake up when i shake him", 'unresponsive'],
    ["cut my leg open with the saw, blood coming through the towel and wont stop", 'severe-bleeding'],
    ['The loft boards gave way and I went through, about 3 metres onto the concrete. Back is agony.', 'trauma'],
    ['The Land Rover rolled on the ranges yesterday and I got thrown clear, back is in bits.', 'trauma'],
    ["welding torch caught my arm, the skin's gone white and leathery and it doesn't even hurt", 'severe-burn'],
    ['Both legs now. Pins and needles and a burning pain down the back of each one into the feet.', 'bilateral-sciatica'],
    ["What's new is my right knee keeps folding on the stairs, worse each day.", 'leg-weakness'],
    ["My mate's gone rigid and jerking on the floor of the gym, still going.", 'seizure'],
  ])('%j is acted on', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('a tumble in its idiom asks about the fall', () => {
    expect(askedFlags('Went arse over tit on the ice last week. Hip has ached since.')).toContain('hip-fracture');
  });
});

describe("the trades' and the forces' figures of speech", () => {
  it.each([
    'the garden wall collapsed this morning, nobody near it. back is sore from shifting the bricks',
    'We collapsed the tent in a gale and I twisted getting the poles out, low back stiff.',
    'that quote nearly gave me a stroke lol, hip achy after kneeling all week',
    'customer had a fit when she saw the invoice. back grumbling after hauling the old bath out',
    'the mixer choked up again and i was bent over clearing it for ages, back aching',
    'my mate blacked out on site once years ago, heat stroke, he was fine. my back aches lifting blocks',
    'bent over sweating a joint under the sink all morning, lower back is killing',
    "Went down with a fever in Aden in '66, right as rain within the month. Hip stiff getting out of the car.",
  ])('%j is not acted on', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
  it('a passing-out parade is no faint acted on', () => {
    expect(hitIds('Passing out parade next week and my hip aches after hours of drill.')).toEqual([]);
  });
  it('a faint in a figure of speech beside a pain is asked about, not passed over', () => {
    expect(askedFlags('I nearly passed out laughing and my hip aches')).toContain('aortic');
  });
  it('a leg that gives way on the stairs is no drop from a height', () => {
    expect(hitIds('My left leg gave way twice going down the stairs today.')).not.toContain('trauma');
  });
  it('standing for something is putting up with it', () => {
    expect(hitIds("I won't stand for this nonsense, my back is sore")).toEqual([]);
  });
  it('a toddler who will not stand after a fall is acted on', () => {
    expect(hitIds('toddler fell off the climbing frame and now wont stand on her leg')).toEqual(expect.arrayContaining(['hip-fracture']));
  });
});
