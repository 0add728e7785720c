// Signs as cyclists, yoga teachers and couriers tell them (session 44's blind batches): both legs named before what
// is in them, a bike sliding from under its rider, night pain that "doesn't shift"; and what only sounds like a sign:
// legs gone to jelly on a climb, advice asked about a riding position, a week that was "a total car crash".
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('signs told in riders\' words', () => {
  it('both legs named first, then what is in them: asked about both legs', () => {
    const text = "It's both legs now. Started down the right one on the long ride Saturday but since last night the left has gone tingly and burning down the back of the calf too.";
    expect([...hitIds(text), ...askedFlags(text)]).toContain('bilateral-sciatica');
  });
  it.each(['I can feel both legs', 'I stretch both legs every morning. My foot tingles a bit after cycling.'])('%j asks nothing of both legs', (text) => {
    expect(askedFlags(text)).not.toContain('bilateral-sciatica');
    expect(hitIds(text)).not.toContain('bilateral-sciatica');
  });
  it.each([
    'Slid out on a gravel corner last Sunday, nothing dramatic, got back on and finished. But my lower back has been aching ever since.',
    'I crashed on the descent on Sunday and my hip is sore',
    'lost the front on a wet roundabout last week and my hip has ached since',
  ])('a bike crash is asked about as a fall: %j', (text) => {
    expect(askedFlags(text).some((f) => ['hip-fracture', 'trauma', 'recent-fall'].includes(f))).toBe(true);
  });
  it("a computer's crash is no fall", () => {
    expect(askedFlags('my computer crashed and I lost my work, back aches from sitting')).toEqual([]);
  });
  it('night pain that "doesn\'t shift however I lie" is the night-pain sign', () => {
    expect(hitIds("The pain in my lower back at night doesn't shift however I lie. Up most of the night for about two weeks now.")).toContain('night-pain');
  });
});

describe('what only sounds like a sign', () => {
  it('legs gone to jelly on the last climb are asked about, not a 999 call', () => {
    const text = 'Absolutely bonked on the club ride Sunday, legs went to jelly on the last climb and I had to crawl home. Lower back a bit achy today, is that normal?';
    expect(hitIds(text)).not.toContain('leg-weakness');
    expect(askedFlags(text)).toContain('leg-weakness');
  });
  it('legs like jelly with no workout are still acted on', () => {
    expect(hitIds('my legs have gone like jelly and keep giving way since this morning')).toContain('leg-weakness');
  });
  it('"any position tips?" for a night ride is no night pain', () => {
    expect(hitIds('Night rides are my thing in winter, out for 3 hours. My back aches a bit on the longer ones, any position tips?')).not.toContain('night-pain');
  });
  it('pain at night in any position still is', () => {
    expect(hitIds('my back hurts all night in any position')).toContain('night-pain');
  });
  it('a week called "a total car crash" is asked about as a fall, not a 999 call', () => {
    const text = "Depot's been a total car crash all week with peak. Back aching from all the extra lifting, just sore";
    expect(hitIds(text)).not.toContain('trauma');
    expect(askedFlags(text)).toContain('trauma');
  });
  it.each(['I was in a car crash yesterday and my back hurts', 'had a car crash on the motorway, back is sore'])('%j is still a serious accident', (text) => {
    expect(hitIds(text)).toContain('trauma');
  });
});
