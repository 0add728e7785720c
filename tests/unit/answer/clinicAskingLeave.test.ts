// The clinic's own questions asked as leave to do something, or for someone else (session 26: the fresh answer
// batch "asking permission", where five of its six clinic questions fell through; none of these is a sentence
// of it). Who the appointment is for, how one pays and how one finds the door are words of a clinic question.
import { describe, expect, it } from 'vitest';
import { contentEngine } from './helpers.ts';

const engine = contentEngine();

describe('clinic questions asking leave', () => {
  it.each([
    ['Would it be alright if I booked my husband in online?', 'booking'],
    ['can I book an appointment for my daughter?', 'booking'],
    ['is it OK to pay by card on the day?', 'cost'],
    ["what's the postcode for my satnav?", 'address'],
    ['will you be shut by 6 on a Friday?', 'hours'],
    ['would you mind telling me if I am chatting with a bot or a real person?', 'who'],
  ])('%s → %s', (q, topic) => {
    expect(engine.answer(q)).toEqual({ kind: 'clinic', topic });
  });

  it.each(['is it alright to get a haircut on Friday?', 'would you mind booking me a taxi?', 'does anyone know how to get a refund on a cancelled train ticket?'])(
    'not a question about the clinic: %s',
    (q) => {
      expect(engine.answer(q).kind).not.toBe('clinic');
    },
  );
});
