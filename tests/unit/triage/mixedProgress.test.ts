// Signs told among what got better, and signs said to be over (the fresh red-flag batches "good news,
// bad news" and "regional Englishes", session 20).
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a sign said to be over is asked about, not acted on', () => {
  it('"the pins and needles I had in both legs last month have completely gone" asks; pins and needles in both legs now is an emergency', () => {
    const over = 'Good news: the pins and needles I had in both legs last month have completely gone, the physio retested and everything is normal.';
    expect(hitIds(over)).not.toContain('bilateral-sciatica');
    expect(askedFlags(over)).toContain('bilateral-sciatica');
    expect(hitIds('I have pins and needles in both legs since yesterday')).toContain('bilateral-sciatica');
  });
  it('"the limp I had a month ago has completely gone" asks a 16-year-old; a limp now is acted on', () => {
    const over = "I'm 16 and the limp I had after the match a month ago has completely gone, I'm walking normally.";
    expect(hitIds(over)).not.toContain('teen-limp');
    expect(askedFlags(over)).toContain('teen-limp');
  });
  it('"a temperature last week but that\'s fully cleared now" asks about the fever', () => {
    const over = "I had a temperature with the flu last week but that's fully cleared now.";
    expect(hitIds(over)).not.toContain('fever-chills');
    expect(askedFlags(over)).toContain('fever-chills');
  });
  it('a part of the body that "has gone" tells the sign, not its end', () => {
    expect(askedFlags('the feeling in both my legs has completely gone')).toContain('bilateral-sciatica');
    expect(hitIds('my bladder has gone')).toEqual([]);
    expect(askedFlags('my bladder has gone')).toContain('bladder-dysfunction');
  });
  it('"gone" before a word of its own is a change: "that whole area has gone dull" is still asked about', () => {
    const text = "He told me that when he wipes after the toilet it doesn't feel right, like that whole area has gone dull.";
    expect([...hitIds(text), ...askedFlags(text)]).toContain('saddle-numbness');
  });
  it('a hope that it will end tells no end: "it will pass maybe", "so it finally stops"', () => {
    expect(hitIds('I have pressure in the chest and pain going to the left arm, and I sweat, but it will pass maybe.')).toContain('chest-pain');
    expect(hitIds("I've been working out how I could end it all so it finally stops.")).toContain('suicidal');
  });
  it('a fall "as a lad… that\'s forty year ago" is no injury now', () => {
    const text = "Fell off me bike as a lad and broke me wrist, but that's forty year ago.";
    expect(hitIds(text)).not.toContain('trauma');
    expect(hitIds('Fell off me bike this morning and broke me wrist')).toContain('trauma');
  });
});

describe('signs told among good news', () => {
  it('"the not-so-good news is I\'ve been limping" tells the limp', () => {
    expect(hitIds("The not-so-good news is I've been limping for a couple of weeks.")).toContain('teen-limp');
  });
  it('"I should say I\'ve been on prednisolone… eight months" tells the steroids', () => {
    expect(hitIds("I should say I've been on prednisolone tablets every single day for about eight months now for my lungs.")).toContain('steroids');
  });
  it('"I haven\'t been able to get hard" is a change in sex', () => {
    expect(hitIds("since this flare-up started ten days ago I haven't been able to get hard with my wife at all")).toContain('sexual-dysfunction');
  });
  it('pain that "will not let me sleep" every night asks about night pain; sleeping fine does not', () => {
    expect(askedFlags('Every night this back pain will not let me sleep at all.')).toContain('night-pain');
    expect(askedFlags('I sleep fine at night, no pain')).not.toContain('night-pain');
  });
});

describe('denials that stay denials', () => {
  it('"my hip is not swollen and feels normal" denies the swelling', () => {
    expect(hitIds('my hip is not swollen and feels normal')).not.toContain('hot-swollen-hip');
    expect(hitIds('my hip is swollen and hot')).toContain('hot-swollen-hip');
  });
  it('a hip hot after a heat pack is asked about, not acted on', () => {
    const text = "My hip felt hot earlier, but only because I'd had the heat pack on it for twenty minutes.";
    expect(hitIds(text)).not.toContain('hot-swollen-hip');
    expect(askedFlags(text)).toContain('hot-swollen-hip');
  });
  it('a normal reading on the thermometer is no fever', () => {
    expect(hitIds('the thermometer says 36.8 and my back is stiff')).not.toContain('fever-chills');
  });
});
