// Questions that start from what someone else said — a scan report, a GP, NHS 111, a leaflet (the
// fresh batch "labels", issue 10, session 19).
import { describe, expect, it } from 'vitest';
import { contentEngine, partsShown } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => partsShown(engine.answer(q));

describe('a quoted instruction about booking, then a question of health', () => {
  it('"why does below the knee matter" is answered, not read as booking', () => {
    const q = "The NHS 111 adviser said to book in if the pain goes 'below the knee for more than a few days'. Mine has gone into my calf since Monday. Why does below the knee matter?";
    expect(engine.answer(q).kind).toBe('answer');
    expect(shown(q)).toContain('hip-or-spine#Pain that spreads down the leg');
  });
  it('a "why" put to the clinic is still the clinic\'s', () => {
    expect(engine.answer('I want to book in. Why do you need my date of birth?')).toEqual({ kind: 'clinic', topic: 'booking' });
  });
});

describe('pain put below or into a part of the leg is ours', () => {
  it('"pain below the knee", "gone into my calf" are answered', () => {
    expect(shown('Why does pain below the knee matter?')).toContain('hip-or-spine#Pain that spreads down the leg');
    expect(shown('My pain has gone into my calf since Monday. Why does that matter?')).toContain('hip-or-spine#Pain that spreads down the leg');
  });
  it('a knee that hurts below the kneecap is the knee, declined', () => {
    expect(engine.answer('my knee hurts below the kneecap when I run').kind).toBe('none');
  });
});

describe('who am I talking to', () => {
  it('"an automated assistant" is a word for what answers, not another service', () => {
    expect(engine.answer("My daughter says this chat is 'probably just a bot'. Am I talking to a real person or an automated assistant?")).toEqual({ kind: 'clinic', topic: 'who' });
  });
  it('"am I talking to a real person" asks who; "can I talk to a real person" asks for one', () => {
    expect(engine.answer('am i talking to a real person')).toEqual({ kind: 'clinic', topic: 'who' });
    expect(engine.answer('can I talk to a real person')).toEqual({ kind: 'clinic', topic: 'human' });
  });
});

describe('workplace words', () => {
  it('"manual handling" is lifting', () => {
    expect(shown("Occupational health flagged my 'poor manual handling technique' in the warehouse. Could that be why my back and hips hurt by the end of every shift?")).toContain('causes#Poor posture and lifting badly');
  });
});
