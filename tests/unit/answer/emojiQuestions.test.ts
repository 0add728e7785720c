// Questions with emoji for words (the fresh answer batch "emoji", session 22): each read as the
// first of its names our words know, lay words first.
import { describe, expect, it } from 'vitest';
import { clinicTopicOf, contentEngine, firstShown } from './helpers.ts';

const engine = contentEngine();
const first = (q: string) => firstShown(engine.answer(q));
const clinicTopic = (q: string) => clinicTopicOf(engine.answer(q));

describe('an emoji for a word', () => {
  it('the thing drawn: "should i just stay in 🛏️", "how should my 💻 and 🪑 be set up"', () => {
    expect(first('should i just stay in 🛏️ for a few days till my back settles down')).toBe('self-care#Rest and bed rest');
    expect(first('how should my 💻 and 🪑 be set up so my back stops hurting wfh')).toBe('self-care#Posture and ergonomics');
  });
  it('a lay word among its keywords before the thing drawn: "the 💰 for a first assessment" (money bag: payment)', () => {
    expect(clinicTopic('whats the 💰 for a first assessment')).toBe('cost');
    expect(clinicTopic('where r u 📍 and is there 🅿️ nearby')).toBe('address');
  });
  it('"🍑" is the buttock', () => {
    expect(first('deep ache right in my 🍑 cheek, hip or back or something else?')).toBe('hip-or-spine#Pain in the buttock');
  });
  it('a face or a decoration changes nothing', () => {
    expect(first('is 🧊 or 🔥 better for my sore back 😩')).toBe(first('is ice or heat better for my sore back'));
  });
});
