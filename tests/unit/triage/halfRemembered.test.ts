// Signs told with half-remembered or misheard words (the fresh red-flag batch "malapropisms", session 21).
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('names half remembered', () => {
  it('"coda equestrian syndrome", "corda equina" are cauda equina; "the equipment" is nothing', () => {
    expect(hitIds("I'm pretty sure I've got that coda equestrian syndrome. My lower back's been awful for a week.")).toContain('cauda-equina');
    expect(hitIds("I've got corda equina I think")).toContain('cauda-equina');
    expect(hitIds('is the equipment ready for my back class')).toEqual([]);
  });
  it('a calf "ballooned up" three weeks after a hip replacement is a clot in the leg (WordNet balloon.v.1)', () => {
    expect(hitIds('Three weeks after my hip replacement my calf has ballooned up, tight and sore to touch.')).toContain('leg-clot');
  });
  it('twenty amitriptyline since lunch asks the medicines question: the kinds of nerve-pain medicines are medicines', () => {
    expect(askedFlags("I've taken about twenty of the amitriptyline since lunch because nothing was touching my back, and now I feel really odd and sleepy.")).toContain('overdose');
    expect(askedFlags("I've taken twenty diazepam since this morning")).toContain('overdose');
  });
});

describe('what was misheard', () => {
  it('"I thought she said pelvic tumour" is asked about, not acted on', () => {
    const says = 'My physio said my pelvis has a bit of a tilt and I thought she said pelvic tumour and panicked.';
    expect(hitIds(says)).toEqual([]);
    expect(askedFlags(says)).toContain('cancer-history');
  });
});
