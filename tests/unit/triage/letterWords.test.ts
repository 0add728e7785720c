// The words of clinic letters and reports read by the red-flag reader (issue 10's letters batch,
// session 17): "secondary to" and "secondary LBP" mean "caused by", not a cancer's spread.
import { describe, expect, it } from 'vitest';
import { hitIds } from './contentDetector.ts';

describe('"secondary" in a letter', () => {
  it.each(['My report says "antalgic gait secondary to hip OA with compensatory lumbar strain".', 'My letter says "bilateral hip OA with secondary LBP, weight management advised".'])(
    '"%s" is no cancer',
    (text) => {
      expect(hitIds(text)).not.toContain('cancer-history');
    },
  );
  it.each(['I have secondaries in my spine', 'they found a secondary in my spine', 'the scan showed a secondary tumour in my pelvis'])('"%s" is cancer now', (text) => {
    expect(hitIds(text)).toContain('cancer-history');
  });
});
