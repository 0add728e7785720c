// Chat shorthand (content/lexicon.yaml `shorthand`) is spelt out before a message is read, and an
// emoji or a reason ("because…") after a clinic question is the story (issue 10, session 13).
import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../../src/clinical/answer/lexicon.ts';
import { contentEngine } from './helpers.ts';

const engine = contentEngine();

describe('chat shorthand', () => {
  it('is spelt out a whole word at a time, in any case, never inside a word', () => {
    const lexicon = { shorthand: new Map([['u', 'you'], ['bc', 'because']]) };
    expect(expandShorthand('do U open late bc I work', lexicon)).toBe('do you open late because I work');
    expect(expandShorthand("a u-bend isn't a bcg", lexicon)).toBe("a u-bend isn't a bcg");
  });

  it('words joined by a slash are one shorthand when the lexicon has them so, else each part is (session 22)', () => {
    const lexicon = { shorthand: new Map([['w', 'with'], ['w/o', 'without'], ['hrs', 'hours']]) };
    expect(expandShorthand('sitting w/o pain', lexicon)).toBe('sitting without pain');
    expect(expandShorthand('book w/ you', lexicon)).toBe('book with/ you');
    expect(expandShorthand('2 hrs/day, open 24/7', lexicon)).toBe('2 hours/day, open 24/7');
  });

  it.each([
    ['what time do u lot open on sundays', 'hours'],
    ['how much is a session bc im skint rn', 'cost'],
    ['can i book online 😭 calling ppl is the worst', 'booking'],
  ])('%s → the clinic\'s %s', (q, topic) => {
    expect(engine.answer(q)).toEqual({ kind: 'clinic', topic });
  });

  it('commands typed in shorthand are the commands', () => {
    expect(engine.classifyIntent('can u check my symptoms')?.intent).toBe('check-symptoms');
    expect(engine.classifyIntent('i wanna talk to a person pls')?.intent).toBe('contact');
  });

  it('a reason naming another service is still that service', () => {
    expect(engine.answer('can I book a haircut because my hair is long').kind).not.toBe('clinic');
  });
});
