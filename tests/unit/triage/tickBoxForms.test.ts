// Forms and numbered lists typed by the patient (session 26: the fresh red-flag batches "tick-box
// questionnaires" and "numbered lists of questions"; none of these is a sentence of the batches). A cross or
// an empty box denies, a tick tells; "Item: normal" says the item is fine and never "no item" (which, for
// "Feeling when wiping", would be the sign itself); a row of items is read item by item.
import { describe, expect, it } from 'vitest';
import { readTickBoxes } from '../../../src/clinical/triage/tickBoxes.ts';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('ticks, crosses and boxes', () => {
  it('a crossed or unticked warning sign is denied', () => {
    expect(hitIds('✗ fever ✗ weight loss ✗ tingling ✗ bladder or bowel changes ✓ stiff lower back after digging')).toEqual([]);
    expect(hitIds('[x] sore hip after a walk  [ ] hot or swollen  [ ] numbness down below  [ ] trouble peeing')).toEqual([]);
  });
  it('a ticked warning sign is told', () => {
    expect(hitIds('[ ] fever  [x] trouble peeing, have to strain and it barely comes out  [ ] leg weakness')).toContain('bladder-dysfunction');
    expect(hitIds('✗ numbness ✓ left foot gone cold and white in the last hour ✗ fever')).toContain('cold-leg');
  });
  it('a mark after its item is the answer', () => {
    expect(readTickBoxes('fever ✗, bladder ✓')).toBe('fever: no, bladder: yes.');
  });
  it('text with no form in it is left as it is', () => {
    expect(readTickBoxes('my back hurts when I bend')).toBe('my back hurts when I bend');
  });
});

describe('answers of a form', () => {
  it('"normal", "fine" or "ok" after a function is no loss of it', () => {
    for (const text of ['Feeling when wiping: normal', 'Sensation down below: fine', 'Bladder control: normal', 'Power in legs: ok']) {
      expect(hitIds(text), text).toEqual([]);
    }
  });
  it('"none" after a function is its loss', () => {
    expect(hitIds('Sensation down below: none')).toContain('saddle-numbness');
  });
  it('one-letter answers: N denies, Y tells', () => {
    expect(hitIds('Fever - N / Bladder - N / Bowels - N / Cancer - N / Steroids - N / Pain: 6/10 after lifting')).toEqual([]);
    expect(hitIds('fever N, chills N, weight loss N, bladder N, numbness N. Main problem: back spasm')).toEqual([]);
    expect(hitIds('Drugs: Y, I inject heroin / Fever: N')).toContain('ivdu');
  });
  it('a row of items parted by "/" or "|" gives each answer to its own item', () => {
    expect(hitIds('Bladder: fine / Numbness: none / Fever: no / Legs: fine')).toEqual([]);
    expect(hitIds('Pain 3/10 | Night pain: no | Weight loss: no | Prev. cancer: no | Swelling: none')).toEqual([]);
  });
  it('"Q: … ? A: …" answers its question', () => {
    expect(hitIds('Q: any falls? A: no / Q: bladder/bowels? A: normal / Q: weight? A: steady')).toEqual([]);
    expect(hitIds('Q: falls? A: yes this morning, tripped on the rug, cannot stand on my left leg at all')).toContain('hip-fracture');
  });
  it('"Age 58" is no stiffness that lasts for ages', () => {
    expect(askedFlags('Stiffness in mornings: yes, about 10 mins then fine | Age 58')).not.toContain('inflammatory-back-pain');
  });
  it('a form\'s label that begins with "how" asks nothing', () => {
    expect(hitIds('Injury: none / How the hip looks: swollen and hot to touch since yesterday')).toContain('hot-swollen-hip');
  });
  it('a row keeps its context: a shoulder that will not lift an arm is no stroke', () => {
    expect(hitIds("Pain: R shoulder, 3 wks / Can't lift arm above head")).not.toContain('stroke');
  });
});

describe('numbered lists of questions', () => {
  it('a list marker before a question keeps it a question', () => {
    expect(askedFlags('Q1 how many days off work is normal? Q2 are breathing exercises any good when it spasms?')).not.toContain('breathing');
  });
  it('a sign in a numbered item is still told', () => {
    expect(hitIds("1) is it ok to drive? 2) can't feel my legs since this morning")).toContain('bilateral-sciatica');
  });
  it('a plan told in an item with a question after it acts at once', () => {
    expect(hitIds("2. honestly I keep thinking everyone would be better off without me and I've thought about how I'd end it, is that normal?")).toContain('suicidal');
  });
  it('a lumbar roll in the car is no car that rolled', () => {
    expect(hitIds('Q3: should I use a lumbar roll in the car?')).not.toContain('trauma');
    expect(hitIds('the car rolled over on the motorway an hour ago and my back is agony')).toContain('trauma');
  });
  it('weight one would lose as a remedy asks nothing', () => {
    expect(askedFlags('2) will losing some weight help my hip?')).not.toContain('weight-loss');
  });
  it('weight told as less on the scales is weight loss', () => {
    expect(hitIds("the scales say about 8 kg less since summer and I'm not dieting")).toContain('weight-loss');
  });
});
