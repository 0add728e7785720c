// A story told in statements, then a question of its own (session 28: the blind answer batch "news hooks";
// none of these is one of its sentences). Read whole, the story's words drown the question; when the whole is
// declined, the question sentence alone is answered, unless it points back at the story.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const heading = (q: string) => headingOf(engine.answer(q));

describe('the question after a story told in statements', () => {
  it.each([
    ['I drive a taxi twelve hours a day and money is tight. Roughly how long does a bout of back pain usually take to settle?', 'How soon back pain gets better'],
    ["My shifts are long and I can't keep phoning in sick. Why do my hip and lower back ache in the first place?", 'What causes hip and back pain'],
  ])('%j', (q, want) => expect(heading(q)).toBe(want));
  it('one that points back at the story is not read alone', () => {
    expect(heading('I coach under-12s football on Saturdays. What would make a young hip do that?')).toBe('(none)');
  });
});

describe('"whereabouts" asks where the clinic is, after a story clause', () => {
  it('"Heard you on the local radio - whereabouts are you exactly?" is the address', () => {
    expect(engine.answer("Heard you mentioned on the local radio - whereabouts are you exactly, what's the postcode?")).toMatchObject({ kind: 'clinic', topic: 'address' });
  });
});

describe('"last time" is a time gone by in a question to the clinic', () => {
  it('"Last time I came you were open late on Fridays - still?" is the opening hours', () => {
    expect(engine.answer('Last time I came you were open late on Fridays - still?')).toMatchObject({ kind: 'clinic', topic: 'hours' });
  });
  it('how long the pain lasts is still ours', () => {
    expect(engine.answer('How long does back pain last?').kind).toBe('answer');
  });
});

describe('an appointment waited for is told, not asked for', () => {
  it('"what can I be doing until I get an appointment?" is what helps while waiting', () => {
    expect(heading('The waiting list is long. What can I be doing for my back until I get an appointment?')).toBe('What helps while you wait to be seen');
  });
  it('asking for one is still booking', () => {
    expect(engine.answer('how do I get an appointment?')).toMatchObject({ kind: 'clinic', topic: 'booking' });
  });
});
