// Classes found by session 35's blind batch of pet owners, measured once before it was read; none of these
// sentences is one of its questions. A question naming an animal is about the animal when every place of
// ours and every pain it names is in what is told of the animal ("my spaniel's hips click", "my horse has a
// sore back"); the writer's own back, hip or pain told apart from it ("is it OK to take the dog out with a
// sore back") makes it ours. Every breed WordNet knows is an animal, but the spelling corrector never learns
// those names ("sheet" is no "sheep").
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf, lexicon } from './helpers.ts';

const engine = contentEngine();

describe('questions about an animal', () => {
  it.each([
    "Our springer spaniel's back legs have gone wobbly, could it be his spine?",
    'The vet thinks my labrador has hip dysplasia. What exercise is best for her?',
    'My horse has a sore back after a new saddle, how can I tell if it pinches?',
    'Can dogs get sciatica?',
  ])('%j is declined', (q) => {
    expect(engine.answer(q).kind).toBe('none');
  });
});

describe("the writer's own pain beside an animal", () => {
  it.each([
    ['Is it OK to keep taking the puppy out for walks with a sore back?', 'Gentle exercise'],
    ['How long does back pain usually take to settle? I hurt mine lifting a sack of dog food on Sunday.', 'How soon back pain gets better'],
    ['Lifting hay bales for the horses has given me a sore back. Heat or ice?', 'Heat or ice'],
  ])('%j is answered (%s)', (q, heading) => {
    expect(headingOf(engine.answer(q))).toBe(heading);
  });
});

describe('animal names', () => {
  it('WordNet brings the breeds, not words that also name people or other things', () => {
    expect([...(lexicon.animals ?? [])]).toEqual(expect.arrayContaining(['dachshund', 'spaniel', 'rottweiler', 'labrador']));
    for (const w of ['tom', 'hen', 'cow', 'goat', 'three year old', 'cardigan', 'arab', 'charger', 'mustang']) expect(lexicon.animals?.has(w)).toBe(false);
  });
  it('the spelling corrector does not learn them', () => {
    expect(headingOf(engine.answer('I work at the kitchen table all day, how should I set up my chair?'))).toBe('Posture and ergonomics');
  });
});
