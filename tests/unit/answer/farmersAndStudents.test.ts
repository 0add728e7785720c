// Classes found by session 37's blind batches of farmers and of university students, measured once before
// they were read; none of these sentences is one of their questions: an interjection opening a question,
// what this chat is, a person asked for whatever else is named, where "you" are, a booking with its reason
// after it, a question naming no subject (only doubt, or whether to be seen), a nerve trapped told in the
// passive, an area denied beside the other, and (from the second pair, tradespeople and forces) "how much for"
// and an appointment not yet due.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const topicOf = (q: string) => {
  const r = engine.answer(q);
  return r.kind === 'clinic' ? r.topic : r.kind;
};

describe('"wait", "hang on" opening a question', () => {
  it('is no wait for care', () => {
    expect(topicOf('wait am i talking to a real person or a bot rn')).toBe('who');
    expect(headingOf(engine.answer('hang on, so what causes sciatica then?'))).toBe('Sciatica');
  });
  it('a wait named as such still is', () => {
    expect(headingOf(engine.answer('what can I do while I wait for my appointment?'))).toBe('What helps while you wait to be seen');
  });
});

describe('what this chat is', () => {
  it.each(['is this an AI?', 'are you some sort of robot', 'is this even a real person or a chatbot'])('%j', (q) => expect(topicOf(q)).toBe('who'));
});

describe('a person asked for, whatever else is named', () => {
  it.each(["id rather speak to an actual person on the phone, can you put me through to someone", 'can I talk to a real human pls, the wifi in halls is rubbish'])(
    '%j',
    (q) => expect(topicOf(q)).toBe('human'),
  );
  it('another service booked is still not ours', () => {
    expect(topicOf('can you book me a haircut for friday')).not.toBe('booking');
  });
});

describe('where "you" are is the clinic', () => {
  it.each(['where are you based and is there a bus from the retail park?', 'Where are ye exactly, and can I park the horsebox?'])('%j', (q) =>
    expect(topicOf(q)).toBe('address'),
  );
});

describe('a booking with its reason told after it', () => {
  it('"need to move my appointment, the lambing has started" is about booking', () => {
    expect(topicOf('need to move my appointment on Friday, the lambing has started')).toBe('booking');
  });
});

describe('a question naming no subject', () => {
  it.each(["idk if this is serious or if i'm overreacting, what should i do", "don't know whether to bother anyone with it or just get on"])(
    '%j: doubt about what to do',
    (q) => expect(headingOf(engine.answer(q))).toBe('Not sure what to do'),
  );
  it('"is this serious?" alone asks whether to be seen', () => {
    expect(headingOf(engine.answer('is this serious?'))).toBe('When to see a doctor');
  });
  it.each(['should I be worried about the economy', 'I want to buy my mum one of those electric whisks. What are they called again?', 'I have no money for food. Who can help me?'])(
    '%j is not ours',
    (q) => expect(engine.answer(q).kind).toBe('none'),
  );
});

describe('a nerve trapped, told in the passive', () => {
  it.each(['Could a nerve be trapped in there? It catches when I twist to open the gate.', 'could a nerve be getting squished in my lower back?'])('%j', (q) =>
    expect(headingOf(engine.answer(q))).toBe('Pinched nerve in the lower back'),
  );
});

describe('one of our two areas said not to be the one', () => {
  it('"from my hip joint and not my spine" asks about the hip', () => {
    expect(headingOf(engine.answer('how would i know if the pain is actually coming from my hip joint and not my spine'))).toBe('Signs the pain comes from the hip');
  });
});

describe('the price asked with "how much" before what it costs, and how to pay', () => {
  it.each(['how much for a session and do you take cash or card', 'How much for an initial assessment and the follow ups?'])('%j is about the cost', (q) =>
    expect(topicOf(q)).toBe('cost'),
  );
  it('another service priced is still not ours', () => {
    expect(topicOf('how much for a haircut')).not.toBe('cost');
  });
});

describe('an appointment told as not yet due', () => {
  it('"isn\'t for another fortnight" is the story of a wait', () => {
    expect(headingOf(engine.answer("Appointment isn't for another fortnight. What can I do in the meantime to manage?"))).toBe('What helps while you wait to be seen');
  });
});

describe('hip and back never apart, and a back coming right', () => {
  it.each(['why is it always both, my hip AND my back, never just one', 'Every time my back goes the hip starts up too, never one without the other'])(
    '%j asks why they come together',
    (q) => expect(headingOf(engine.answer(q))).toBe('Why hip and back pain often come together'),
  );
  it('"how long before this back comes right" asks how soon it gets better', () => {
    expect(headingOf(engine.answer('how long before this back comes right, roughly. weeks? months?'))).toBe('How soon back pain gets better');
  });
  it('"six weeks and still not shifting" asks about pain that lasts', () => {
    expect(headingOf(engine.answer('been putting up with it about six weeks now, still not shifting. should i get it seen'))).toBe('Pain that lasts more than a few weeks');
  });
});
