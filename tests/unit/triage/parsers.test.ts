import { describe, expect, it } from 'vitest';
import { extractFacts, matchOptions } from '../../../src/clinical/triage/facts.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import { parseAge, parseDuration, parseSeverity, parseSomeonesAge, parseYesNo } from '../../../src/clinical/triage/parsers.ts';

const protocol = loadProtocol('content/triage.yaml');
const now = new Date('2025-03-12T10:00:00'); // a Wednesday

describe('parseDuration', () => {
  it.each([
    ['3 days', 3],
    ['about 2 months', 60],
    ['a couple of months', 60],
    ['2 wks', 14],
    ['6wks', 42],
    ['a fortnight', 14],
    ['since last Tuesday', 8],
    ['since Christmas', 77],
    ['since the weekend', 4],
    ['yesterday', 1],
    ['it started 10 days ago', 10],
    ['since march', 11],
  ])('%s → %d days', (text, days) => {
    expect(parseDuration(text, now)).toBe(days);
  });
  it('gives nothing when there is no time in the text', () => {
    expect(parseDuration('for ages', now)).toBeUndefined();
    expect(parseDuration('my back hurts', now)).toBeUndefined();
  });
  it('reads no duration into a time of day or a habit ("worse at night", "all day")', () => {
    expect(parseDuration('it is worse at night', now)).toBeUndefined();
    expect(parseDuration('I sit at a desk all day', now)).toBeUndefined();
    expect(parseDuration('stiff every morning', now)).toBeUndefined();
  });
  it('still reads an amount in words or a weekday', () => {
    expect(parseDuration('for about two weeks', now)).toBe(14);
    expect(parseDuration('it started on monday', now)).toBe(2);
  });
  it('does not read an age as a duration', () => {
    expect(parseDuration("I'm 52 years old and it has hurt for 3 weeks", now)).toBe(21);
  });
});

describe('parseSeverity', () => {
  const words = protocol.questions.severity.words;
  it.each([
    ['7', 7],
    ['about a 7', 7],
    ['7/10', 7],
    ['8 out of 10', 8],
    ['seven', 7],
    ['a ten', 10],
    ['6 or 7', 7],
    ['unbearable', 10],
    ['mild', 3],
  ])('%s → %d', (text, value) => {
    expect(parseSeverity(text, words)).toBe(value);
  });
  it('ignores numbers off the scale', () => {
    expect(parseSeverity('52', words)).toBeUndefined();
  });
});

describe('parseAge', () => {
  it.each([
    ["I'm 52", 52],
    ['52', 52],
    ['fifty two', 52],
    ['52 years old', 52],
    ['aged 70', 70],
  ])('%s → %d', (text, age) => {
    expect(parseAge(text)).toBe(age);
  });
  it('needs an age cue in strict mode', () => {
    expect(parseAge('it hurts about 7', true)).toBeUndefined();
    expect(parseAge("i'm 34", true)).toBe(34);
  });
  it('reads the age told with a story that holds other numbers', () => {
    expect(parseAge("I'm 58, I was gardening, my left hip has ached for 3 weeks", true)).toBe(58);
    expect(parseAge("I'm 45 and it's 6/10", true)).toBe(45);
  });
  it('takes no score, duration or measure for an age', () => {
    expect(parseAge("I'm 7 out of 10 today and it has been 3 weeks", true)).toBeUndefined();
    expect(parseAge("I'm 3 weeks in", true)).toBeUndefined();
    expect(parseAge('I am 6 foot and 90 kg', true)).toBeUndefined();
  });
  it('takes no number after what it counts for an age ("day four" is no four-year-old limping)', () => {
    expect(parseAge("I'm on day four and still hobbling", true)).toBeUndefined();
    expect(parseAge('im on week 3 of the physio exercises', true)).toBeUndefined();
    expect(parseAge("I'm 58 and on day four of it", true)).toBe(58);
    expect(parseAge("I'm on day twenty one of this limp", true)).toBeUndefined();
    expect(parseAge('week twenty-two of physio and I am still limping', true)).toBeUndefined();
    expect(parseAge("I'm twenty one", true)).toBe(21);
  });
});

describe('parseYesNo', () => {
  it.each([
    ['yes', 'yes'],
    ['yeah', 'yes'],
    ['yep, sadly', 'yes'],
    ['no', 'no'],
    ['nope', 'no'],
    ["I don't think so", 'no'],
    ['not sure', 'unsure'],
    ['no idea', 'unsure'],
    ['maybe', 'unsure'],
    ["I don't know", 'unsure'],
  ])('%s → %s', (text, answer) => {
    expect(parseYesNo(text)).toBe(answer);
  });
  it('gives nothing for an unrelated answer', () => {
    expect(parseYesNo('my hip')).toBeUndefined();
  });
});

describe('extractFacts', () => {
  it('fills location, side and duration from one sentence', () => {
    expect(extractFacts('my left hip has hurt for 3 weeks', protocol, now)).toEqual({ location: ['hip'], side: 'left', durationDays: 21 });
  });
  it('reads score, trend, spread, sleep and age', () => {
    const f = extractFacts("I'm 67, lower back pain going down to my foot, 8/10, getting worse and it keeps me awake", protocol, now);
    expect(f).toMatchObject({ age: 67, ageBand: '50-69', location: ['lower-back'], spreadsBelowKnee: true, severity: 8, improving: 'worse', stopsSleepOrMovement: true });
  });
  it('records reported and denied flags', () => {
    const f = extractFacts('no fever, but I keep wetting myself', protocol, now);
    expect(f.flags).toEqual({ 'fever-chills': 'no', 'bladder-dysfunction': 'yes' });
  });
  it('does not take "right now" for a side', () => {
    expect(extractFacts('right now my groin hurts', protocol, now).side).toBeUndefined();
  });
  it('matches typed answers to options, the longest first', () => {
    expect(matchOptions('my lower back', protocol.questions.location.options, protocol)).toEqual(['lower-back']);
    expect(matchOptions('getting a bit better', protocol.questions.improving.options, protocol)).toEqual(['better']);
  });
});

describe('parseYesNo: everyday denials of a whole group', () => {
  it.each(['nothing like that', 'Nothing', 'neither', 'no to all of them', "not that I've noticed"])('reads "%s" as no', (text) => {
    expect(parseYesNo(text)).toBe('no');
  });
});

describe("parseSomeonesAge: the age told of someone else", () => {
  const people = ['my son', 'my daughter', 'my kid', 'my husband', 'mum'];
  it.each<[string, number | undefined]>([
    ['our son (6) has been limping', 6],
    ['my daughter, 15, has a limp', 15],
    ['my son is 13 and limping', 13],
    ["he's 6 and limping", 6],
    ['my kid aged 9', 9],
    ['my son has been limping for 6 days', undefined],
    ['my husband is 6 foot tall', undefined],
    ['mum 70% better', undefined],
    ['my back hurts 7/10', undefined],
  ])('%s → %s', (text, want) => {
    expect(parseSomeonesAge(text, people)).toBe(want);
  });
});
