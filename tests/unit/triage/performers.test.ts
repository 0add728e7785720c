// Classes found by session 35's blind batch of musicians and performers, measured once before it was read;
// none of these sentences is one of its messages: a drop from a height told without a word of falling
// ("dropped about three metres onto the concrete") is a serious fall; blood made for the stage is no
// bleeding; a stool sat on is furniture, no question about the bowels.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a drop from a height', () => {
  it.each(['The staging gave way and I dropped about three metres onto the concrete.', 'I plunged about ten feet onto the floor of the orchestra pit last night.'])('%j is a serious fall', (text) => {
    expect(hitIds(text)).toContain('trauma');
  });
  it.each(['I dropped my phone onto the floor and my back twinged.', 'My temperature dropped back to normal overnight.'])('%j is not', (text) => {
    expect(hitIds(text)).not.toContain('trauma');
  });
});

describe('blood for the stage', () => {
  it('stage blood everywhere is no bleeding', () => {
    expect(hitIds('Fake blood everywhere after the final scene, and my lower back aches from the fight choreography.')).toEqual([]);
  });
  it('real bleeding that will not stop still acts', () => {
    expect(hitIds("He cut his hand on the set and it's bleeding everywhere and won't stop")).toContain('severe-bleeding');
  });
});

describe('a stool sat on', () => {
  it.each(['My hip aches when I get up off the piano stool after a long rehearsal.', 'I sit on a bar stool at the keyboard all evening and my lower back is stiff.'])('%j asks nothing about the bowels', (text) => {
    expect(askedFlags(text)).not.toContain('bowel-dysfunction');
  });
  it('a stool passed is still asked about', () => {
    expect(askedFlags('There has been blood in my stool this week and my back aches.')).toContain('bowel-dysfunction');
  });
});
