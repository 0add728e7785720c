// Classes found by session 27's blind red-flag batch "recurrence and frequency" (measured once before these
// were read; none of these sentences is one of its messages): a passive wish not to be alive, a question echoed
// before its answer, a second fit, confusion told with "not knowing", injecting with no subject, and blotchy
// skin with another sign of sepsis.
import { describe, expect, it } from 'vitest';
import { askedFlags, detector, hitIds } from './contentDetector.ts';

describe('a passive wish not to be alive is asked about directly', () => {
  it.each([
    'It would be easier not to exist than carry on like this',
    "Part of me hopes I won't wake up tomorrow",
    "I'd prefer not to be here any more, the pain is endless",
    "Honestly it'd be better if I wasn't alive",
    'Sometimes I pray not to wake up',
  ])('"%s" gets the mood question', (text) => {
    expect(askedFlags(text)).toContain('suicidal');
  });
  it('the writer hoping not to wake is not someone collapsed', () => {
    expect(hitIds("Part of me hopes I won't wake up tomorrow")).not.toContain('unresponsive');
    expect(hitIds("I hope I don't wake up the neighbours when I get up at five")).toEqual([]);
  });
  it('someone who will not wake is still an emergency', () => {
    expect(hitIds("my wife won't wake up and she's cold")).toContain('unresponsive');
    expect(hitIds("I can't wake up my dad, he's breathing funny")).toContain('unresponsive');
  });
});

describe('a question echoed before its answer', () => {
  it.each([
    ['You asked about trouble weeing or numbness down below: no, nothing like that', ['bladder-dysfunction', 'saddle-numbness']],
    ['As for fever or chills: none at all', ['fever-chills']],
    ['Regarding any numbness around my bottom - none of that', ['saddle-numbness']],
    ['When it comes to weakness in my legs, neither', ['leg-weakness']],
  ])('"%s" denies it', (text, flags) => {
    const read = detector.detect(text);
    expect(read.hits).toEqual([]);
    for (const flag of flags) expect(read.denied).toContain(flag);
  });
  it('a "no?" asked back is no answer', () => {
    expect(detector.detect('Both of my legs have gone numb since last night, no?').denied).not.toContain('bilateral-sciatica');
  });
});

describe('a sign that comes back', () => {
  it('"had a fit again" is a second fit, not getting fit again', () => {
    expect(hitIds('I had a fit again last night, the third this month')).toContain('seizure');
    expect(hitIds('I just want to get fit again after my hip operation')).toEqual([]);
  });
  it('"not knowing where he is" is confusion', () => {
    expect(hitIds('Grandad keeps not knowing where he is since this afternoon, it came on out of nowhere')).toContain('sudden-confusion');
  });
  it('injecting told with no subject is injecting', () => {
    expect(hitIds('still injecting most days and now my mid back is agony')).toContain('ivdu');
    expect(hitIds('still injecting my insulin twice a day, back is sore')).toEqual([]);
  });
  it('blotchy skin with shivering or breathlessness is sepsis', () => {
    expect(hitIds("I'm shivering and my arms have gone all blotchy since the hip injection")).toContain('sepsis');
  });
});

describe("the weather's \"it\" points back to nothing", () => {
  it('a fall years ago is not made recent by "when it\'s damp"', () => {
    expect(hitIds('I fell down the stairs years ago. My hip aches whenever it gets damp.')).toEqual([]);
    expect(hitIds('I had a bad fall years ago, all healed. My back aches if it rains.')).toEqual([]);
  });
  it('an "it" of the foot still carries its signs', () => {
    expect(hitIds('My left foot went numb last night. Now it is cold and white.')).toContain('cold-leg');
  });
});

// Session 27's blind batch "interpreting for a relative" (measured once before these were read).
describe('what someone was asked about is a question, not a report', () => {
  it('a list asked about is asked, never an emergency at once', () => {
    const read = detector.detect("I asked my nan about chest pain, pain in her arm or sweating, she says none of those");
    expect(read.hits).toEqual([]);
    expect(askedFlags("I asked my nan about chest pain, pain in her arm or sweating, she says none of those")).toContain('chest-pain');
  });
  it("the writer's own report in a question's list still counts", () => {
    expect(hitIds("What does it mean if my leg's gone swollen, cold and a bit blue?")).toContain('cold-leg');
  });
});

describe('the person written about is the patient', () => {
  it("someone's past cancer told in one sentence and their new back pain in another is asked whose", () => {
    const read = detector.detect("Mum had breast cancer six years ago. Now her lower back has ached for a month and it's getting worse.");
    expect(read.possible.some((p) => p.reason === 'whose' && p.flags.includes('cancer-history'))).toBe(true);
  });
  it("a relative's past cancer and the writer's own back is family history", () => {
    expect(askedFlags('My mum had breast cancer years ago. My back hurts after gardening.')).not.toContain('cancer-history');
  });
  it('not knowing the family or the place is confusion', () => {
    expect(hitIds("Since this afternoon Grandad doesn't know me or where we are")).toContain('sudden-confusion');
  });
  it('legs heavy at the end of a long day on one\'s feet are asked about, not an emergency', () => {
    expect(hitIds('my legs feel like lead at the end of a long day on my feet in the warehouse')).toEqual([]);
    expect(hitIds('both my legs have felt like lead since this morning and I can hardly lift them')).toContain('leg-weakness');
  });
});

// Session 27's blind batch "another part of the body first" (measured once before this was read).
describe('an ankle that gives way', () => {
  it('is asked about, not an emergency at once: an ankle loose after sprains', () => {
    expect(hitIds("My ankle gave way again stepping off the bus, it's always been a dodgy ankle since netball")).toEqual([]);
    expect(askedFlags("My ankle gave way again stepping off the bus, it's always been a dodgy ankle since netball")).toContain('leg-weakness');
  });
  it('a knee that keeps buckling, and legs that give way, are still acted on', () => {
    expect(hitIds('my right knee keeps buckling on the stairs and it is worse every day')).toContain('leg-weakness');
    expect(hitIds('both my legs gave way on the stairs this morning')).toContain('leg-weakness');
  });
});

// Session 27's blind answer batch "analogies": "…this deep ache in one buttock feels different" was a 999.
describe('one buttock', () => {
  it('numb or feeling different in one buttock alone is asked about by the saddle question (GIRFT: common with sciatica)', () => {
    for (const text of ['numb patch on my left buttock since my sciatica flared', 'my right bum cheek feels weird since my sciatica started']) {
      expect(hitIds(text)).toEqual([]);
      expect(askedFlags(text)).toContain('saddle-numbness');
    }
  });
  it('both buttocks, or the other side too, are the sign', () => {
    expect(hitIds('my left buttock is numb and now the right one too')).toContain('saddle-numbness');
    expect(hitIds('both buttocks have gone numb since last night')).toContain('saddle-numbness');
    expect(hitIds('my bum is numb since my back went')).toContain('saddle-numbness');
  });
});

// Session 27's blind batch "privacy worries" (measured once before this was read).
describe('a question about oneself answered no', () => {
  it.each([
    ['Do I take steroid tablets? No, never have.', 'steroids'],
    ['Have I had a temperature? Nope.', 'fever-chills'],
    ['The physio asked whether I have been injecting drugs, no.', 'ivdu'],
  ])('"%s" denies %s', (text, flag) => {
    const read = detector.detect(text);
    expect(read.hits.map((h) => h.flagId)).not.toContain(flag);
    expect(read.denied).toContain(flag);
  });
  it('answered yes, it is told', () => {
    expect(hitIds('Do I take steroid tablets? Yes, prednisolone every day for a year.')).toContain('steroids');
  });
});
