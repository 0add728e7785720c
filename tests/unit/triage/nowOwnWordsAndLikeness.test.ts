// Classes found by session 31's blind batches (red flags dictated by voice, and told over the festive
// season), measured once before these were read; none of these sentences is one of their messages:
// someone else's sign told as now ("since last night", "today") is theirs now, and "pass water" is no
// "passed away"; an "I" among a sign's own words makes it the writer's; a likeness of a cause explains nothing;
// the writer confused beside a feeling and collapsing onto the sofa are asked about; one leg or both not said, asked.
import { describe, expect, it } from 'vitest';
import { askedFlags, detector, hitIds } from './contentDetector.ts';

describe("someone else's sign told as now is acted on", () => {
  it.each([
    "He hasn't been able to pass water since last night",
    'My husband has not passed urine since this morning',
    "She's had no feeling down below since yesterday",
  ])('"%s" is an emergency at once', (text) => {
    const hits = detector.detect(text).hits;
    expect(hits.some((h) => h.level === 'emergency')).toBe(true);
  });
  it('a clause of today after a fine yesterday is their sign now', () => {
    expect(hitIds("Dad was fine yesterday but today he can't lift his foot")).toContain('leg-weakness');
  });
  it('their past with nothing of now stays asked, not acted on', () => {
    const text = "My mum had a stroke and hasn't been the same since";
    expect(hitIds(text)).not.toContain('stroke');
    expect(askedFlags(text)).toContain('stroke');
  });
  it('"passed away" is still their past', () => {
    expect(hitIds('My dad passed away with bowel cancer years ago and now my back aches')).not.toContain('cancer-history');
  });
});

describe("a sign's own words say whose it is", () => {
  it.each(['my family would be better off if I was gone', 'they would all be better off if I was not here'])('"%s" is the writer\'s own wish, asked about with the mood question', (text) => {
    expect(detector.detect(text).possible).toEqual([expect.objectContaining({ screenId: 'mood', flags: ['suicidal'] })]);
  });
  it('another\'s words of their own stay theirs', () => {
    expect(detector.detect("my husband keeps saying he'd be better off dead").hits.find((h) => h.flagId === 'suicidal')?.about).toBe('other');
  });
});

describe('a likeness of a cause explains no sign', () => {
  it('pins and needles "like I\'ve been sat on a bike saddle" are the sign', () => {
    expect(hitIds("Since this morning I've had pins and needles in my private parts and both bum cheeks like I've been sat on a bike saddle for hours")).toContain(
      'saddle-numbness',
    );
  });
  it('"like I said" is no likeness', () => {
    expect(hitIds("I've lost a stone like I said from the diet")).not.toContain('weight-loss');
  });
  it('numbness after a real ride, gone on getting off, stays asked about', () => {
    const text = 'My bum went numb after a long bike ride but it went away when I got off the bike';
    expect(hitIds(text)).not.toContain('saddle-numbness');
    expect(askedFlags(text)).toContain('saddle-numbness');
  });
});

describe('a fit told by what is seen', () => {
  it('limbs jerking together on the floor is a fit', () => {
    expect(hitIds('my son is on the floor jerking his arms and legs and not with it')).toContain('seizure');
  });
  it('one leg that jerks in bed is not', () => {
    expect(hitIds('my left leg jerks when I drift off to sleep, is that the sciatica?')).not.toContain('seizure');
  });
});

describe('words near an emergency that are asked about, not acted on', () => {
  it('confused beside a feeling asks, never acts', () => {
    const text = "idk if I need A&E, my GP or just rest it?? confused & scared";
    expect(hitIds(text)).not.toContain('sudden-confusion');
    expect(askedFlags(text)).toContain('sudden-confusion');
  });
  it('sudden confusion told plainly is still an emergency', () => {
    expect(hitIds('Mum is suddenly confused and scared, she does not know where she is')).toContain('sudden-confusion');
  });
  it('collapsing onto the sofa after a long day asks whether someone has collapsed', () => {
    const text = 'Collapsed on the sofa after hosting twelve for dinner, my lower back is aching';
    expect(hitIds(text)).not.toContain('unresponsive');
    expect(askedFlags(text)).toContain('unresponsive');
  });
  it('a collapse elsewhere is an emergency', () => {
    expect(hitIds('my wife collapsed in the kitchen')).toContain('unresponsive');
  });
  it('someone else collapsed or confused beside the same words is acted on', () => {
    expect(hitIds('Dad collapsed on the sofa')).toContain('unresponsive');
    expect(hitIds("Dad collapsed on the bed and isn't responding")).toContain('unresponsive');
    expect(hitIds("my dad is confused and I'm worried")).toContain('sudden-confusion');
    expect(hitIds("mum is really confused, I'm so worried")).toContain('sudden-confusion');
  });
  it('a wish to be well again is no end of a sign', () => {
    expect(hitIds("I can't pee and I just want to feel back to normal")).toContain('bladder-dysfunction');
  });
  it("someone else's wish to die is an emergency", () => {
    expect(hitIds('my husband wants to kill himself')).toContain('suicidal');
  });
  it('a clause of this morning after their past is their sign now', () => {
    expect(hitIds('my dad had a stroke last year and since this morning his face is drooping')).toContain('stroke');
  });
});

describe('a supposition joined on with "and"', () => {
  it('is asked about, not acted on', () => {
    const text = "If I had a fall and then couldn't lift my leg, what should I do?";
    expect(hitIds(text)).not.toContain('cant-move-leg');
    expect(askedFlags(text)).toContain('cant-move-leg');
  });
  it('a joined clause with a time of its own is told', () => {
    expect(hitIds('can I come in today if my back is bad and I lost control of my bowels last night?')).toContain('bowel-dysfunction');
  });
  it('a joined clause that speaks of now, or not in the past of a supposition, is told', () => {
    expect(hitIds("What should I do if my back hurts and I can't feel my bum since this morning?")).toContain('saddle-numbness');
    expect(hitIds("What should I do if my back hurts and I can't feel my bum?")).toContain('saddle-numbness');
    expect(hitIds('Is it just indigestion if my chest feels tight and my left arm aches?')).toContain('chest-pain');
  });
});

describe('one leg taken from a level is not both', () => {
  it.each(['pain travels from my hip down my thigh, sometimes past the knee', 'tingling below the knee when I sit, is it from my spine?'])('"%s" is no pain in both legs', (text) => {
    expect(hitIds(text)).not.toContain('bilateral-sciatica');
  });
  it.each(['numb from the knees down since this morning', 'tingling below both knees since yesterday'])('"%s" is both legs', (text) => {
    expect(hitIds(text)).toContain('bilateral-sciatica');
  });
  it.each(["I've gone numb from the hip down", 'numb from the knee down and so is the other one'])('"%s" asks whether it is both legs', (text) => {
    expect(askedFlags(text)).toContain('bilateral-sciatica');
  });
});

describe('a numb bottom explained in the clause after it', () => {
  it('"…but that was just from sitting on hard boards for hours" is asked about, not a 999', () => {
    const text = 'I did get a numb bum for a bit but that was just from sitting on hard boards for hours, went as soon as I got up.';
    expect(hitIds(text)).not.toContain('saddle-numbness');
    expect(askedFlags(text)).toContain('saddle-numbness');
  });
  it('numbness with no reason given is still an emergency', () => {
    expect(hitIds('my bum has been numb since yesterday and I can\'t feel the toilet paper')).toContain('saddle-numbness');
  });
});
