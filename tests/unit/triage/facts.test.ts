// Facts read from free text, table-driven (tests/fixtures/triage/facts.jsonl): what a sentence tells
// about red flags (reported "yes", denied "no", or nothing: null), the trend and the spread. The
// cases are the hard ones: denials taken back ("until", "well maybe"), histories ("anymore"),
// control kept ("I can still control my bladder") and loose trend words ("spreads").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectorFor, extractFacts, matchOptions } from '../../../src/clinical/triage/facts.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import type { FlagAnswer, Improving, TriageFacts } from '../../../src/clinical/triage/types.ts';

const protocol = loadProtocol('content/triage.yaml');
const now = new Date('2025-03-12T10:00:00');

interface Row {
  say: string;
  why: string;
  flags?: Record<string, FlagAnswer | null>;
  improving?: Improving | null;
  spreadsBelowKnee?: boolean | null;
}

const rows = readFileSync('tests/fixtures/triage/facts.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

describe('extractFacts', () => {
  it.each(rows.map((r) => [r.say, r] as const))('%s', (_say, row) => {
    const facts = extractFacts(row.say, protocol, now);
    for (const [flag, answer] of Object.entries(row.flags ?? {})) {
      expect(facts.flags?.[flag], `${flag}: ${row.why}`).toBe(answer ?? undefined);
    }
    if ('improving' in row) expect(facts.improving, row.why).toBe(row.improving ?? undefined);
    if ('spreadsBelowKnee' in row) expect(facts.spreadsBelowKnee, row.why).toBe(row.spreadsBelowKnee ?? undefined);
  });
});

// Everything extractFacts reads from one patient sentence, compared whole: only what is found is
// returned (no key for what the sentence does not tell), so a later message never blanks a fact.
// Each case loads its own protocol: the word lists are compiled once per protocol and kept, so a
// case sharing the file's protocol would not compile them again.
const fresh = () => loadProtocol('content/triage.yaml');

describe('extractFacts: what one sentence tells, and nothing more', () => {
  it.each<[string, Partial<TriageFacts>]>([
    // The side, only next to a body word.
    ['it hurts on my right side', { side: 'right' }],
    ['my left leg aches', { side: 'left' }],
    ['my right knee hurts', { location: ['knee'], side: 'right' }],
    ['my left hip and knee hurt', { location: ['hip', 'knee'], side: 'left' }],
    ['both my legs ache', { side: 'both' }],
    ['I have pain in both the legs', { side: 'both' }],
    ['pain on my left hand side', { side: 'left' }],
    ['pain just left of spine', { location: ['lower-back'], side: 'left' }],
    ['I turned left the other day and my hip hurts', { location: ['hip'] }],
    ['my left hip and my right knee hurt', { location: ['hip', 'knee'], side: 'both' }],
    ['pain in the middle of my back', { location: ['lower-back'], side: 'middle' }],
    ['pain in the centre of my back', { location: ['lower-back'], side: 'middle' }],
    ['pain in the center of my back', { location: ['lower-back'], side: 'middle' }],
    // Two sides that do not add up to "both": left to the question.
    ['pain in the middle of my back and my left hip', { location: ['lower-back', 'hip'] }],
    ['both my legs, and the middle of my back', { location: ['lower-back'], side: 'both' }],
    // Where: the longer match wins over a shorter one inside it, each place once, "several" only alone.
    ['pain at the front of my hip', { location: ['groin'] }],
    ['my inner thigh hurts', { location: ['groin'] }],
    ['my back and hip hurt', { location: ['several'] }],
    ['it hurts all over, mostly my hip', { location: ['hip'] }],
    ['my back and my hip hurt', { location: ['lower-back', 'hip'] }],
    ['my hip and my back hurt', { location: ['lower-back', 'hip'] }],
    ['lower back hip pain', { location: ['lower-back', 'hip'] }],
    ['hip lower back and knee pain', { location: ['lower-back', 'hip', 'knee'] }],
    ['my back hurts, low down in my back', { location: ['lower-back'] }],
    // A place denied, close before it, is not where it hurts; a denial further back does not reach it.
    ['not my back, my hip', { location: ['hip'] }],
    ['I have no fever but my back hurts', { location: ['lower-back'], flags: { 'fever-chills': 'no' } }],
    // Spread below the knee: its own words only, never the "no" answer's, and not when denied.
    ['it goes down to my foot', { spreadsBelowKnee: true }],
    ['it does not spread, it stays in my hip', { location: ['hip'] }],
    ['no fever, but I keep wetting myself', { flags: { 'fever-chills': 'no', 'bladder-dysfunction': 'yes' } }],
    // The pain score needs its scale; a score off the scale is left to the question.
    ["it's about 7 out of 10", { severity: 7 }],
    ['the pain is 10/10', { severity: 10 }],
    ['it is 11/10', {}],
    // A trend only when the message tells one.
    ['it is getting worse', { improving: 'worse' }],
    ['it was getting better but now it is getting worse', {}],
    ['it keeps me awake at night', { stopsSleepOrMovement: true }],
    ['I am 45', { age: 45, ageBand: '18-49' }],
    ["I'm 16", { age: 16, ageBand: 'under-18' }],
    ['my back hurts', { location: ['lower-back'] }],
    ['it hurts', {}],
  ])('%s', (say, expected) => {
    expect(extractFacts(say, fresh(), now)).toStrictEqual(expected);
  });

  it('gives the age without a band when the clinic has no band for it', () => {
    const protocol = fresh();
    protocol.questions.age.bands = protocol.questions.age.bands.filter((b) => b.min >= 18);
    expect(extractFacts("I'm 16 and my hip hurts", protocol, now)).toStrictEqual({ age: 16, location: ['hip'] });
  });

  it('reads red flags with the words the app gave the detector at start (detectorFor)', () => {
    const protocol = fresh();
    expect(extractFacts('I have had pyrexia since Monday', fresh(), now).flags).toBeUndefined();
    detectorFor(protocol, { extraWords: { fever: ['pyrexia'] } });
    expect(extractFacts('I have had pyrexia since Monday', protocol, now).flags).toEqual({ 'fever-chills': 'yes' });
  });
});

describe('matchOptions: a typed answer to a choice question', () => {
  it('names an option by its id, hyphens read as spaces', () => {
    const options = [
      { id: 'pins-and-needles', title: 'Tingling', words: [] },
      { id: 'numb', title: 'Numbness', words: [] },
    ];
    expect(matchOptions('pins and needles mostly', options, fresh())).toEqual(['pins-and-needles']);
  });
  it('drops an option named inside a longer one, and one that is denied', () => {
    const protocol = fresh();
    expect(matchOptions('the front of my hip', protocol.questions.location.options, protocol)).toEqual(['groin']);
    expect(matchOptions('not the hip, the groin', protocol.questions.location.options, protocol)).toEqual(['groin']);
  });
});

// Mutation testing (issue 13, session 13): the facts reader's survivors that a patient would notice.
describe('facts at their edges', () => {
  it('the side is read next to the knee and the thigh too, not only the hip and back', () => {
    expect(extractFacts('it aches just above my left knee', protocol, now).side).toBe('left');
    expect(extractFacts('my right thigh is sore', protocol, now).side).toBe('right');
  });

  it('a message telling two trends ("better last week, worse now") sets none: the check asks', () => {
    expect(extractFacts('it was getting better last week but now it is getting worse', protocol, now).improving).toBeUndefined();
    expect(extractFacts('it is getting worse', protocol, now).improving).toBe('worse');
  });
});
