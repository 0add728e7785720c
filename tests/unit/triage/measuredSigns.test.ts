// Signs and near misses told through numbers, places and weather (the fresh red-flag batch "numbers"
// and the answer batch "weather", session 19).
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('words that only look like signs', () => {
  it('"stuck in a caravan…, now my hips ache" is no hip that will not move; a locked hip that cannot be moved is', () => {
    expect(hitIds('been stuck in a caravan all week cos of the rain and my lower back feels super tight, now my hips ache as well.')).not.toContain('cant-move-leg');
    expect(hitIds("my hip has locked and I can't move it")).toContain('cant-move-leg');
  });
  it('"steroid tablets for my chest and now my hip really hurts" is no chest pain, though the chest is asked about', () => {
    const text = "I've been on steroid tablets most of the winter for my chest and now my hip really hurts.";
    expect(hitIds(text)).not.toContain('chest-pain');
    expect(askedFlags(text)).toContain('chest-pain');
    expect(hitIds('I take tablets for my chest and now I have a crushing pain in my chest')).toContain('chest-pain');
  });
  it('"a nightmare… tired all the time" is no pain at night', () => {
    expect(hitIds('my back pain makes putting my socks on a nightmare and I feel flat and tired all the time')).not.toContain('night-pain');
  });
  it('a temperature of 37 point something is no fever; 38.5 is', () => {
    expect(hitIds('Temperature 37.0, pulse 72, just a stiff lower back')).not.toContain('fever-chills');
    expect(hitIds('My temperature is 38.5 and I feel shivery')).toContain('fever-chills');
  });
  it('"a course of 5 days of steroid tablets" is no long course', () => {
    expect(hitIds('I had a course of 5 days of steroid tablets for my chest back in March')).not.toContain('steroids');
  });
});

describe('signs told by the clock', () => {
  it('lying in one position after another and "nothing changes it" is constant night pain', () => {
    expect(hitIds("it's a constant 8 out of 10, I've tried lying on my back, both sides, 3 pillows, nothing changes it")).toContain('night-pain');
  });
  it('stiff "for around 90 minutes" every morning asks the morning-stiffness question', () => {
    expect(askedFlags("I'm 27, every morning I'm stiff for around 90 minutes and it only loosens once I've been moving about")).toContain('inflammatory-back-pain');
  });
});
