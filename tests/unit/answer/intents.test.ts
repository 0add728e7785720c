import { describe, expect, it } from 'vitest';
import { fixtureEngine } from './helpers.ts';

const engine = fixtureEngine();
const intentOf = (text: string) => engine.classifyIntent(text)?.intent;

describe('intents: commands and chit-chat', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['what can you do?', 'help'],
    ['start over', 'restart'],
    ['restart', 'restart'],
    ['Cancel', 'restart'],
    ['menu', 'restart'],
    ['please start again', 'restart'],
    ['contact the clinic', 'contact'],
    ['I want to talk to a person', 'contact'],
    ['book an appointment please', 'contact'],
    ['forget me', 'forget-me'],
    ['please delete my data', 'forget-me'],
    ['hello', 'greeting'],
    ['thanks!', 'thanks'],
    ['bye', 'goodbye'],
    ['how are you?', 'small-talk'],
    ['check my symptoms', 'check-symptoms'],
    ['I have a question', 'ask-question'],
    ['👍', 'feedback-positive'],
    ['not helpful', 'feedback-negative'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it.each([
    "I can't get help for my back pain at night",
    'can physiotherapy help my sciatica',
    'help with sciatica',
    'my hip hurts when I start walking',
    'I had to cancel my physio and now my back is worse',
    'should I stop stretching if it hurts',
    'contact sports and back pain',
    'what is a herniated disc',
    'thanks, but does heat help a stiff back?',
  ])('does not take a health message as a command: %s', (text) => {
    expect(engine.classifyIntent(text)).toBeUndefined();
  });

  it.each([
    "I'm 58, my left hip has ached for 3 weeks, can you check my symptoms",
    'I was gardening and now my back hurts. Please check my symptoms',
    'my hip hurts and I want to check my symptoms',
  ])('takes the symptom check asked for after a story: %s', (text) => {
    expect(engine.classifyIntent(text)?.intent).toBe('check-symptoms');
  });

  it.each([
    'my back hurts, start over',
    'I had a fall last week, so I want to book an appointment',
    'my hip aches after walking, is a symptom checker like this accurate?',
  ])('takes no other command, and no question about the check, from after a story: %s', (text) => {
    expect(engine.classifyIntent(text)).toBeUndefined();
  });

  it.each([
    'whats the difference between a strain and a sprain and is it serious',
    'Rheumatology letter says axial spondyloarthritis. What is this and is it serious?',
  ])('leaves "is it serious" after a question of its own to the articles: %s', (text) => {
    expect(engine.classifyIntent(text)).toBeUndefined();
  });
  it.each(["I'm 58, my left hip has ached for 3 weeks, what should I do? can you check my symptoms?", 'my hip has ached for 3 weeks, is it serious?'])(
    'still takes the check after a question when asked for by name, or after a story alone: %s',
    (text) => {
      expect(engine.classifyIntent(text)?.intent).toBe('check-symptoms');
    },
  );

  it('reports a confidence between the threshold and 1', () => {
    const m = engine.classifyIntent('start over');
    expect(m?.confidence).toBeGreaterThan(0.5);
    expect(m?.confidence).toBeLessThanOrEqual(1);
  });
});
