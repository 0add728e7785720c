// Hedged frames around a real sign, and slang words for the body (session 26: the fresh red-flag batches
// "hedged and counterfactual words" and "slang and family words", measured once before these classes were
// read; none of these is a sentence of them).
import { describe, expect, it } from 'vitest';
import { hitIds } from './contentDetector.ts';

describe('a hedge that frames a report without supposing it', () => {
  it('"if I didn\'t know better I\'d say…" tells the sign', () => {
    expect(hitIds("If I didn't know any better I'd say I can't feel my privates since this morning")).toContain('saddle-numbness');
  });
  it('"let\'s just say I still inject" tells the sign', () => {
    expect(hitIds("I won't go into it, but let's just say I still inject heroin now and then and my back is agony")).toContain('ivdu');
  });
});

describe('slang for the body and for injecting', () => {
  it.each([
    ['the old fella has gone numb since my back went', 'saddle-numbness'],
    ["my old man won't stand to attention since my back went", 'sexual-dysfunction'],
    ["I've been banging up gear for years and my back is in bits", 'ivdu'],
    ['my tootsies have gone ice cold and bluey white in the last hour', 'cold-leg'],
  ])('"%s" is %s', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('pins and needles are no "pins" for legs, and a weak shin muscle is asked about, not acted on', () => {
    expect(hitIds('my mate says pins and needles with back pain is normal, is it?')).toEqual([]);
    expect(hitIds('my shin muscles are weak')).toEqual([]);
  });
});

describe('a head injury in plain and slang words', () => {
  it('"my noggin hit the floor… chucked up twice… sleepy" is a head injury', () => {
    expect(hitIds('my noggin hit the bathroom floor when my back went and I have chucked up twice since')).toContain('head-injury');
  });
  it('"my head hit the kerb and I\'ve been sick" is a head injury', () => {
    expect(hitIds("I fell and my head hit the kerb, and I've been sick since")).toContain('head-injury');
  });
  it('sleepy after lunch is nothing', () => {
    expect(hitIds("I'm always sleepy after lunch and my back aches")).toEqual([]);
  });
});
