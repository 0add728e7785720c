// Classes found by session 36's blind batches of drivers and of gamers, measured once before they were
// read; none of these sentences is one of their messages: a way of dying thought about, put with any
// verb of throwing oneself or driving (a thought of driving off a bridge is asked about, as the thoughts
// it is); laughing in any form borrows a sign; a game's seizure notice is asked about, not acted on.
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

describe('laughing borrows a sign', () => {
  it.each(['The whole depot collapsed in laughter when I bent down and my trousers split.', 'My passenger was in stitches and nearly collapsed, giggling at my sat nav voice.'])('%j is not acted on', (text) => {
    expect(hitIds(text)).not.toContain('unresponsive');
  });
  it('a collapse with no laughing is', () => {
    expect(hitIds('A man collapsed at the bus stop and is not responding.')).toContain('unresponsive');
  });
});

describe("a game's seizure notice", () => {
  it('is asked about, not acted on', () => {
    const text = 'Skipped the usual seizure warning on the title screen and played all night, now my hip is stiff.';
    expect(hitIds(text)).not.toContain('seizure');
  });
  it('a fit is still acted on', () => {
    expect(hitIds('My boyfriend is having a seizure on the floor next to his PC right now')).toContain('seizure');
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
  it.each(['Both my bum cheeks have gone numb since this morning.', 'My butt cheek went numb on Monday and now the other one has too.'])('%j is acted on', (text) => {
    expect(hitIds(text)).toContain('saddle-numbness');
  });
});
