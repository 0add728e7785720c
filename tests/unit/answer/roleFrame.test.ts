// Who is asking, said first ("I'm a PT and one of my clients…", "As a manager…", "Massage therapist
// here."): taken off before the message is read. A class of the fresh batch "people who look after
// others at work" (issue 10, session 15).
import { describe, expect, it } from 'vitest';
import { roleFrameReader } from '../../../src/clinical/answer/roleFrame.ts';
import { contentEngine, headingOf, lexicon } from './helpers.ts';

const unrole = roleFrameReader(lexicon.roles!);
const engine = contentEngine();

describe('the asker\'s role is no subject', () => {
  it.each([
    ["I'm a PT and one of my clients tweaked his lower back", 'one of my clients tweaked his lower back'],
    ['As a manager, how should I support a team member back from sick leave?', 'how should I support a team member back from sick leave?'],
    ['Massage therapist here. A client asks whether her hip or back is the problem.', 'A client asks whether her hip or back is the problem.'],
    ["im a coach and one of my runners has a sore hip, why?", 'one of my runners has a sore hip, why?'],
    ["I'm the first-aider in our office and a colleague asked about his back", 'a colleague asked about his back'],
  ])('"%s" → "%s"', (text, left) => {
    expect(unrole(text)).toBe(left);
  });
  it.each(["I'm a bit worried and my back hurts", 'I am 45 and my back hurts', 'As usual, my back hurts', "I'm a smoker, will it slow my back getting better?", 'im a runner, why does my hip hurt'])('"%s" is left as it is', (text) => {
    expect(unrole(text)).toBe(text);
  });
  it('a massage therapist asking how to tell hip from back is not answered with Massage', () => {
    expect(headingOf(engine.answer('Massage therapist here. A client came in convinced his hip is the problem, but the pain seems to start in his low back to me. How do you tell which one it is?'))).not.toBe(
      'Massage, acupuncture and chiropractic',
    );
  });
});

describe('working hours and a GP\'s appointments are the asker\'s, not the clinic\'s', () => {
  it.each(['As a manager, should she be starting back on reduced hours or lighter duties?', 'can I go back on shorter hours?'])('"%s" is no question about opening hours', (q) => {
    expect(headingOf(engine.answer(q))).not.toBe('clinic:hours');
  });
  it('booking with a GP is no booking with us: "A&E or just book a GP appointment?" asks where to be seen', () => {
    expect(headingOf(engine.answer("A&E or just book a GP appointment? My back hurt so much I didn't sleep at all last night."))).not.toBe('clinic:booking');
    expect(headingOf(engine.answer('can I book an appointment with a physio'))).toBe('clinic:booking');
  });
  it('"what hours are you open on Saturday" still is', () => {
    expect(headingOf(engine.answer('what hours are you open on saturday'))).toBe('clinic:hours');
  });
});
