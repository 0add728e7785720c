// Classes found by session 35's blind batch of pet owners and people who work with animals, measured once
// before it was read; none of these sentences is one of its messages. What is told of an animal as the
// subject of its clause ("our collie had a fit", "the cat's lost weight"), though the writer says "my" or
// "our", is no sign of the writer's: asked whose, never acted on. Read narrowly (a review of a wider first
// version found people's emergencies taken for pets'): a person's pronoun, the writer's words, a comma or
// what the animal did to someone ends it, and the older rule for a sentence that says nothing of the writer
// stands as it was.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe("an animal's signs", () => {
  it.each([
    ['My old collie had a fit on the lawn this morning, the vet says she is fine now. My back aches from carrying her in.', 'seizure'],
    ["Our pony's gone lame and can't put weight on his back leg. I'm ok, just a sore lower back from mucking out.", 'cant-move-leg'],
    ["My cat's lost a lot of weight, the vet is running tests. My hip aches from kneeling to feed her.", 'weight-loss'],
    ['Our beagle choked on a chew last night, got it out, he is fine. My lower back has been sore since I lifted him.', 'choking'],
  ])("%j is asked about, not acted on as the writer's (%s)", (text, flag) => {
    expect(hitIds(text)).not.toContain(flag);
    expect(askedFlags(text)).toContain(flag);
  });
});

describe("the writer's and a person's signs beside an animal", () => {
  it.each([
    ["I tripped over the dog and now I can't feel my legs and can't wee", ['bladder-dysfunction']],
    ['The cow knocked me flying, both legs numb and I cannot pee', ['bladder-dysfunction']],
    ["The horse kicked him, he's not breathing, I'm with him", ['breathing']],
    ["The mare threw her and she isn't breathing, I've rung 999", ['breathing']],
    ["My horse fell on me yesterday, I think my hip's broken, I can't stand on it", ['hip-fracture']],
    ["Was walking the dog and a man collapsed in the park, he's not breathing", ['unresponsive']],
    ['After the horse fell on top both legs have been numb and I cannot wee', ['bilateral-sciatica', 'bladder-dysfunction']],
    ["Sick as a dog with a fever of 39 and shivering, and my back's agony", ['fever-chills']],
  ])('%j is acted on', (text, flags) => {
    expect(hitIds(text)).toEqual(expect.arrayContaining(flags));
  });
  it('a breed after no "my" or "the" is a name: "Collie fell off the ladder" is a person', () => {
    expect(hitIds("Collie fell off the ladder and isn't breathing, I'm with him")).toContain('breathing');
  });
  it('a word that also names a person is no animal ("silly cow")', () => {
    expect(hitIds("My neighbour's a silly cow, she fell down the stairs and isn't breathing, I'm with her")).toContain('breathing');
  });
});
