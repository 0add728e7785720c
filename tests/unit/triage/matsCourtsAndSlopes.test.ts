// Signs as fighters, racket players and skiers tell them (session 46's blind batches): hitting a tree at speed, a
// blow to the head with drowsiness after it; and what only sounds like a sign: a choke in grappling, a red run, a
// nickname, a team mate's illness, a fever that is over.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('something fixed hit at speed', () => {
  it.each([
    'Caught an edge at speed on a red and hit a tree, then went down a bank. My back is in bits.',
    'went into the crash barrier flat out on my bike and my back is agony',
  ])('is a serious accident: %j', (text) => {
    expect(hitIds(text)).toContain('trauma');
  });
  it('hitting a tree with no speed told asks how big the accident was', () => {
    const text = 'hit a tree on the last run yesterday, back is sore';
    expect(hitIds(text)).not.toContain('trauma');
    expect(askedFlags(text)).toContain('trauma');
  });
  it('being brought down by ski patrol asks about the accident', () => {
    expect(askedFlags('ski patrol sledged me down the mountain this afternoon and my back hurts')).toContain('trauma');
  });
  it('"hitting the wall" in a marathon is no accident', () => {
    const text = 'I hit the wall at mile 20 and my hips were done';
    expect(hitIds(text)).not.toContain('trauma');
    expect(askedFlags(text)).not.toContain('trauma');
  });
});

describe('a blow to the head told in the words of a contact sport', () => {
  it.each([
    "Took a full swing from my partner's racket to the side of my head. Been sick twice since and I'm really drowsy.",
    'kicked in the head at sparring, now throwing up and sleepy',
  ])('with being sick or drowsy after it, is a head injury: %j', (text) => {
    expect(hitIds(text)).toContain('head-injury');
  });
});

describe('what only sounds like a sign', () => {
  it.each([
    'Got caught in loads of chokes at open mat last night, tapped to every one. Lower back is stiff, any stretches?',
    'Choked at match point AGAIN. Also lower back a bit tight after three hours on court',
  ])('a choke in grappling or at match point is asked about, not acted on: %j', (text) => {
    expect(hitIds(text)).not.toContain('choking');
    expect(askedFlags(text)).toContain('choking');
  });
  it('choking on food at the club is still acted on', () => {
    expect(hitIds('my training partner is choking on a sweet and can not breathe')).toContain('choking');
  });
  it('a red run is asked about, a hip that is hot is acted on', () => {
    const run = 'Red run, then a black, then the blue home, my hips were burning by the end. Heat or ice?';
    expect(hitIds(run)).not.toContain('hot-swollen-hip');
    expect(askedFlags(run)).toContain('hot-swollen-hip');
    expect(hitIds('my hip is red and hot to touch')).toContain('hot-swollen-hip');
  });
  it('a red flag is no colour', () => {
    expect(askedFlags('list the red flag symptoms for hip and lower back pain')).not.toContain('hot-swollen-hip');
  });
  it('a nickname is asked about, not acted on', () => {
    const text = "Coach calls me 'the paralysed one' because my guard is so static. Lower back gets tight during long rolls";
    expect(hitIds(text)).not.toContain('cant-move-leg');
    expect(hitIds('my legs are paralysed since this morning')).toContain('cant-move-leg');
  });
  it("a team mate's or a doubles partner's illness is asked about, one's own acted on", () => {
    expect(hitIds('My mixed doubles partner is going through chemo and still plays. I just have a grumbly hip.')).not.toContain('cancer-history');
    expect(hitIds("I'm going through chemo and my hip aches")).toContain('cancer-history');
  });
  it('a fever that is over is asked about, a fever now acted on', () => {
    expect(hitIds('Had flu with a fever last month, fully over it. Back is a bit stiff since judo')).not.toContain('fever-chills');
    expect(hitIds('I have a fever and my back is agony')).toContain('fever-chills');
  });
  it('legs like jelly by the end of a match but back to normal after are asked about', () => {
    expect(hitIds('Legs were jelly by the fifth game of the squash final but back to normal after a sleep. Lower back still tight')).not.toContain('leg-weakness');
  });
});
