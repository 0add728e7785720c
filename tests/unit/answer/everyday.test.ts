// Everyday life around hip and back pain ("worse after long dog walks"): the classes of misses of the
// fresh batch of everyday situations (issue 10, session 14).
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => headingOf(engine.answer(q));

describe('an animal named in a question about the writer', () => {
  it.each([
    ["The outside of my hip is sore when I lie on that side in bed and it's worse after long dog walks. What could that be?", 'Bursitis of the hip'],
    ['Half way round the dog walk my foot goes tingly and numb. Worth getting looked at?', 'Numbness, tingling or weak legs'],
    ["On the waiting list for physio and it's weeks away. What can I do at home till then? I've still got a dog to walk and a house to run", 'What helps while you wait to be seen'],
  ])('"%s" is ours: %s', (q, heading) => {
    expect(shown(q)).toBe(heading);
  });

  it.each([
    'my dogs been limping on his back leg should i take him to the vet',
    'my dog walks funny, is it his hip?',
    'my dog has hip dysplasia, can physio help him?',
    "can my dog's back pain be treated with physio",
  ])('"%s" is about the animal: declined', (q) => {
    expect(engine.answer(q).kind).toBe('none');
  });
});

describe('what others may do for it is a treatment question', () => {
  it('"what can actually be done for sciatica?" after a story of a train commute', () => {
    expect(shown('Shooting pain down the back of my leg every time I sit on the train to work. What can actually be done for sciatica?')).toBe('Treating sciatica');
  });
});
