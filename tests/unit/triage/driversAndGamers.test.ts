// Classes found by session 36's blind batches of drivers and of gamers, measured once before they were
// read, and by a helper's review of the first version (444 probes of its own); none of these sentences is
// one of their messages: a way of dying thought about, put with a verb of throwing oneself or driving, is
// asked about, and said as a plan is acted on; "in laughter" borrows a sign as "with laughter" does; a
// buttock in the singular is one, unless the saddle itself is named with it.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a way of dying thought about, at the wheel or on foot', () => {
  it.each([
    'Most nights on the way home I think about steering the lorry off the flyover.',
    "I've been tempted to just walk out in front of a train at the station.",
    'Sometimes I think about swerving into a wall on the dual carriageway.',
  ])('%j asks about thoughts of ending one\'s life', (text) => {
    expect(askedFlags(text)).toContain('suicidal');
  });
  it.each([
    "I'm thinking about getting the moss off the roof this weekend, is that OK with my back?",
    'Thinking of driving over the bridge to see my sister on Sunday.',
    'I still think about the cyclist who swerved in front of my van last year.',
  ])('%j asks nothing of the kind', (text) => {
    expect(askedFlags(text)).not.toContain('suicidal');
    expect(hitIds(text)).not.toContain('suicidal');
  });
});

describe('a way of dying said as a plan, wished for, or its means', () => {
  it.each(["I'm going to drive off the bridge tonight, I can't do this any more.", 'Decided to jump off the multi storey after work.'])('%j is acted on', (text) => {
    expect(hitIds(text)).toContain('suicidal');
  });
  it.each(['Some days I wish I could just drive into a tree and be done.', 'Got some rope in the shed and a plan for tonight.'])('%j is asked about', (text) => {
    expect(askedFlags(text)).toContain('suicidal');
  });
  it.each([
    "I'm tempted to throw the printer out of the window, it's jammed again.",
    'I keep thinking about the accident, the taxi ploughed into the wall behind me.',
    "We're going to jump off the harbour wall for charity in June.",
  ])('%j asks nothing of the kind', (text) => {
    expect(askedFlags(text)).not.toContain('suicidal');
    expect(hitIds(text)).not.toContain('suicidal');
  });
});

describe('"in laughter" borrows a sign', () => {
  it('a collapse in laughter is not acted on', () => {
    expect(hitIds('The whole depot collapsed in laughter when I bent down and my trousers split.')).not.toContain('unresponsive');
  });
  it('a collapse with no laughing is', () => {
    expect(hitIds('A man collapsed at the bus stop and is not responding.')).toContain('unresponsive');
  });
  it('nor is giggling, or stitches, made a figure of speech (the review: "she collapsed giggling and isn\'t breathing")', () => {
    expect(hitIds("My wife collapsed giggling at the telly and now she isn't breathing")).toContain('breathing');
    expect(hitIds('Still in stitches from the op and it is bleeding heavily through the dressing')).toContain('severe-bleeding');
  });
});

describe('a seizure told beside a notice', () => {
  it('is still acted on (the review: a seizure after a photosensitivity warning)', () => {
    expect(hitIds('He ignored the photosensitive epilepsy warning and is having a seizure on the floor now')).toContain('seizure');
  });
});

describe('a buttock in the singular is one (GIRFT: one buttock alone is common with sciatica)', () => {
  it.each(['Sore deep in my bum cheek after a long stream, and it tingles down the back of my thigh.', 'Numbness in my buttock when I have been in the cab all day.'])(
    '%j is asked about, not acted on',
    (text) => {
      expect(hitIds(text)).not.toContain('saddle-numbness');
      expect(askedFlags(text)).toContain('saddle-numbness');
    },
  );
  it.each([
    'Both my bum cheeks have gone numb since this morning.',
    'My butt cheek went numb on Monday and now the other one has too.',
    'My left bum cheek and my genitals have gone numb.',
    "I can't feel my butt cheek when I wipe.",
  ])('%j is acted on', (text) => {
    expect(hitIds(text)).toContain('saddle-numbness');
  });
});

describe('a trapped nerve is no feeling of being trapped', () => {
  // Session 36's retail batch: "Can you trap a nerve in your lower back?" was asked about thoughts of suicide.
  it.each(['How long does a trapped nerve in the lower back usually take to settle?', 'Could I have trapped a nerve lifting the kegs?'])('%j asks nothing of the kind', (text) => {
    expect(askedFlags(text)).not.toContain('suicidal');
  });
  it('feeling trapped is still asked about', () => {
    expect(askedFlags('I feel trapped and hopeless with this back, there is no way out')).toContain('suicidal');
  });
});
