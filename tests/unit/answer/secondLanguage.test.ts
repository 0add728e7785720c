// Issue 10's sixteenth round (fresh batch "English as a second language"): the classes behind its
// misses. Most cases below went wrong before their fix (the others guard what the fix must keep); none is a sentence of the batch.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const first = (q: string) => headingOf(engine.answer(q));

describe('an appointment the patient already has is the story, not a booking question', () => {
  it.each([
    ['My appointment is in two weeks, what should I do until then?', 'What helps while you wait to be seen'],
    ['I have an appointment in three weeks. What can I do in the meantime?', 'What helps while you wait to be seen'],
    ["I've got a hip appointment next month but I'm struggling. What can I do till then?", 'What helps while you wait to be seen'],
  ])('%s → %s', (q, heading) => {
    expect(first(q)).toBe(heading);
  });
  it.each([
    ['Can I move my appointment to Friday?', 'clinic:booking'],
    ['Can I change my appointment for my hip to Monday?', 'clinic:booking'],
    ['I need to cancel my physio appointment for my back', 'clinic:booking'],
    ['When is my appointment?', 'clinic:booking'],
    ['can I have an appointment this week', 'clinic:booking'],
    ['do you have an appointment on Friday?', 'clinic:booking'],
    ['I would like to make a reservation for my back, how do I do it?', 'clinic:booking'],
  ])('changing it, asking when it is, or reserving one is still booking: %s', (q, want) => {
    expect(first(q)).toBe(want);
  });
});

describe('the words of other languages and of people unsure of English', () => {
  it.each([
    ['they want to do an infiltration in my back, does it work?', 'Steroid injections'],
    ['is a cortisone injection in the spine safe', 'Steroid injections'],
    ['I really dont know what to do about my hip', 'Not sure what to do'],
    ['can I speak with real staff please, not a machine', 'clinic:human'],
  ])('%s → %s', (q, want) => {
    expect(first(q)).toBe(want);
  });
});

// Issue 10's seventeenth round (fresh batch "worried patients"): classes behind its misses.
describe('a worried message: the question, then reassurance asked and fears told', () => {
  it.each([
    ["How long does a bad back usually go on for? It's been a week and I'm starting to panic. Is that normal?? Is it normal it's not better?", 'How soon back pain gets better'],
    ["How can I tell if it's my hip or my back?? Every website says something different and I'm going round in circles. I just want to know what I'm dealing with", 'Hip or back, why it is hard to tell'],
  ])('%s → %s', (q, heading) => {
    expect(first(q)).toBe(heading);
  });
  it('a worried message about something we do not cover is still declined', () => {
    expect(first("Is it normal for my knee to click on the stairs? I'm so worried. Should I be scared?")).toBe('(none)');
  });
});

describe('a clinic question asked with a worry about the back told after it', () => {
  it.each([
    ["Are you open on Saturdays? My back is killing me and I can't get time off in the week", 'clinic:hours'],
    ["am I talking to a real human being? I'd rather not tell a machine about my health", 'clinic:who'],
  ])('%s → %s', (q, want) => {
    expect(first(q)).toBe(want);
  });
  it('a question that points back to the story is about the story: "My hip is bad. What time of day is it worst?"', () => {
    expect(first('My hip is bad. What time of day is it worst?')).not.toBe('clinic:hours');
  });
  it('a cue told in the story, not asked, is no clinic question', () => {
    expect(first('My physio appointment is three weeks away. How many painkillers a day can I take to keep going until then?')).not.toBe('clinic:booking');
  });
});

// Issue 10's eighteenth round (fresh batch "the Englishes of people not raised in the UK"), and the
// clinic questions of the worried batch: classes behind their misses.
describe('a clinic question among worries and everyday words', () => {
  it.each([
    ['is this a real person typing or a bot?', 'clinic:who'],
    ["Do you take Vitality? I'm worried I'll end up with a bill I can't pay for my back", 'clinic:insurance'],
    ["Is there parking near the door? I'm nervous about walking far with my back", 'clinic:address'],
  ])('%s → %s', (q, want) => {
    expect(first(q)).toBe(want);
  });
  it('another thing booked is still not ours', () => {
    expect(first('can you book me a haircut for friday')).toBe('(none)');
  });
});

describe('waiting it out is letting it pass, not waiting to be seen', () => {
  it('"should I see a GP about my back or just wait it out?" asks when to see a doctor', () => {
    expect(first('should I see a GP about my back or just wait it out?')).toBe('When to see a doctor');
  });
});

describe('"is my hip causing it?": "it" is the other area told before', () => {
  it.each([
    ['My hip has been bad for years and now my lower back hurts as well. Could my hip be causing it?', 'How hip problems can cause back pain'],
    ['My back has been sore for weeks and now my hip aches too. Is my back causing it?', 'How back problems can cause hip pain'],
  ])('%s → %s', (q, heading) => {
    expect(first(q)).toBe(heading);
  });
  it('"make it hard" points back to nothing', () => {
    expect(first('my back and hip make it very hard to get in the bath, how does this sort of pain affect everyday life')).toBe('How the pain affects daily life');
  });
});
