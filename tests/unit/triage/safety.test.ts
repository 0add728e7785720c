// The safety paths through their public functions only (createRedFlagDetector(...).detect,
// decideDisposition, groupsToAsk), so these tests outlive refactoring of the detector's insides.
// Written against mutation testing (`npm run mutation:safety`): each case is one that a small break
// of the code — a boundary moved, a condition dropped — would get wrong. Thresholds and words are
// read from content/triage.yaml, never copied.
import { describe, expect, it } from 'vitest';
import { createRedFlagDetector } from '../../../src/clinical/triage/detector.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import { ageBandOf, applyGroupAnswer, decideDisposition, groupsToAsk } from '../../../src/clinical/triage/rules.ts';
import type { ProtocolRule, TriageFacts } from '../../../src/clinical/triage/types.ts';

const protocol = loadProtocol('content/triage.yaml');
const detector = createRedFlagDetector(protocol);
const calm: TriageFacts = { flags: {}, durationDays: 2, severity: 2, improving: 'better', spreadsBelowKnee: false, stopsSleepOrMovement: false, ageBand: '18-49' };
const decide = (extra: Partial<TriageFacts>) => decideDisposition({ ...calm, ...extra, flags: { ...calm.flags, ...extra.flags } }, protocol);

function rule(id: string): ProtocolRule['when'] {
  const found = protocol.rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id} in the protocol`);
  return found.when;
}

describe('disposition rules at their boundaries', () => {
  it('severity: the threshold itself counts, one below does not', () => {
    const at = rule('severe-pain').severityAtLeast!;
    expect(decide({ severity: at }).reasons).toContain('severe-pain');
    expect(decide({ severity: at - 1 }).reasons).not.toContain('severe-pain');
  });

  it('long-lasting: the threshold day counts, the day before does not', () => {
    const at = rule('long-lasting').durationDaysAtLeast!;
    expect(decide({ durationDays: at }).reasons).toContain('long-lasting');
    expect(decide({ durationDays: at - 1 }).reasons).not.toContain('long-lasting');
  });

  it('not improving: only from its day on, only when the trend is one it names', () => {
    const when = rule('not-improving');
    const day = when.durationDaysAtLeast!;
    const notBetter = when.improving!;
    expect(notBetter.length).toBeGreaterThan(0);
    for (const trend of notBetter) expect(decide({ durationDays: day, improving: trend }).reasons).toContain('not-improving');
    expect(decide({ durationDays: day - 1, improving: notBetter[0] }).reasons).not.toContain('not-improving');
    expect(decide({ durationDays: day, improving: 'better' }).reasons).not.toContain('not-improving');
    expect(decide({ durationDays: day, improving: undefined }).reasons).not.toContain('not-improving');
  });

  it('spreading below the knee: needs both the spread and its days', () => {
    const day = rule('spreads-below-knee').durationDaysAtLeast!;
    expect(decide({ spreadsBelowKnee: true, durationDays: day }).reasons).toContain('spreads-below-knee');
    expect(decide({ spreadsBelowKnee: true, durationDays: day - 1 }).reasons).not.toContain('spreads-below-knee');
    expect(decide({ spreadsBelowKnee: false, durationDays: day }).reasons).not.toContain('spreads-below-knee');
  });

  it('stops sleep or movement: true counts, false and unknown do not', () => {
    expect(decide({ stopsSleepOrMovement: true }).reasons).toEqual(['stops-sleep-or-movement']);
    expect(decide({ stopsSleepOrMovement: false }).level).toBe('self-care');
    expect(decide({ stopsSleepOrMovement: undefined }).level).toBe('self-care');
  });

  it('unknown facts never satisfy a rule, whatever the rule asks', () => {
    const d = decideDisposition({ flags: {} }, protocol);
    expect(d.level).toBe('self-care');
    expect(d.reasons).toEqual([protocol.selfCare.id]);
    expect(d.reasonTexts).toEqual([protocol.selfCare.reason]);
  });

  it('an urgent "not sure" and an urgent "yes" both give urgent; "no" gives nothing', () => {
    const urgent = protocol.flags.find((f) => f.level === 'urgent')!;
    expect(decide({ flags: { [urgent.id]: 'yes' } })).toMatchObject({ level: 'urgent', reasons: [urgent.id] });
    expect(decide({ flags: { [urgent.id]: 'unsure' } })).toMatchObject({ level: 'urgent', reasons: [urgent.id] });
    expect(decide({ flags: { [urgent.id]: 'no' } }).level).toBe('self-care');
  });

  it('every emergency flag answered yes or not sure gives the emergency level and names it', () => {
    const wrong: string[] = [];
    for (const f of protocol.flags.filter((x) => x.level === 'emergency')) {
      for (const answer of ['yes', 'unsure'] as const) {
        const d = decide({ flags: { [f.id]: answer } });
        if (d.level !== 'emergency' || !d.reasons.includes(f.id)) wrong.push(`${f.id}=${answer}: ${d.level} ${d.reasons.join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the reason text says "not sure" for an unsure sign and "you told me" for a yes', () => {
    const f = protocol.flags.find((x) => x.level === 'emergency')!;
    const unsure = protocol.reasonTemplates.unsure.replace('{label}', f.label);
    const yes = protocol.reasonTemplates.yes.replace('{label}', f.label);
    expect(decide({ flags: { [f.id]: 'unsure' } }).reasonTexts).toEqual([unsure]);
    expect(decide({ flags: { [f.id]: 'yes' } }).reasonTexts).toEqual([yes]);
  });

  it('adds a sign\'s own advice after the level\'s, and nothing for a sign without advice', () => {
    const withAdvice = protocol.flags.find((f) => f.advice && f.level === 'emergency')!;
    const without = protocol.flags.find((f) => !f.advice && f.level === 'emergency')!;
    const base = protocol.levels.emergency.whatToDo;
    expect(decide({ flags: { [withAdvice.id]: 'yes' } }).whatToDo).toBe(`${base} ${withAdvice.advice}`);
    expect(decide({ flags: { [without.id]: 'yes' } }).whatToDo).toBe(base);
  });

  it('"no" to a group is a no to each of its signs, never "not sure"', () => {
    const flags = applyGroupAnswer({}, protocol, 'nerves', 'no');
    expect(Object.keys(flags).length).toBeGreaterThan(0);
    expect(new Set(Object.values(flags))).toEqual(new Set(['no']));
  });

  it('two signs of the same level are both given, each once', () => {
    const [a, b] = protocol.flags.filter((x) => x.level === 'emergency' && !x.advice);
    const d = decide({ flags: { [a!.id]: 'yes', [b!.id]: 'unsure' } });
    expect(d.reasons).toEqual(protocol.flags.filter((f) => f.id === a!.id || f.id === b!.id).map((f) => f.id));
    expect(d.reasonTexts).toHaveLength(2);
  });

  it('fills the clinic name, phone and emergency number into the texts', () => {
    const clinic = { name: 'Test Spine Clinic', phone: '0100 000 0000', emergencyNumber: '112' };
    const texts = protocol.levels;
    const all = Object.entries(texts).map(([level]) => {
      const f = protocol.flags.find((x) => x.level === level);
      const d = decideDisposition({ ...calm, flags: f ? { [f.id]: 'yes' } : {} }, protocol, clinic);
      return [d.headline, d.whatToDo, ...d.safetyNet].join(' ');
    });
    const joined = all.join(' ');
    expect(joined).not.toMatch(/\{(phone|emergencyNumber|clinicName|name)\}/);
    expect(joined).toContain('112');
  });
});

describe('a sign limited to young people', () => {
  const young = protocol.flags.find((f) => f.appliesBelowAge !== undefined)!;
  it('counts below its age, and when the age is unknown; not at or above it', () => {
    const limit = young.appliesBelowAge!;
    // Counted by the flag itself or by a rule on it (limp-under-18): any reason but none.
    const counted = (age: number | undefined) => decideDisposition({ flags: { [young.id]: 'yes' }, ...(age === undefined ? {} : { age }) }, protocol).level !== 'self-care';
    expect(counted(limit - 1)).toBe(true);
    expect(counted(undefined)).toBe(true);
    expect(counted(limit)).toBe(false);
  });
});

describe('a sign limited to pain that started young', () => {
  const started = protocol.flags.find((f) => f.startedBelowAge !== undefined)!;
  const limit = started.startedBelowAge!;
  const counted = (age: number | undefined, durationDays?: number, durationMaxDays?: number) =>
    decideDisposition({ flags: { [started.id]: 'yes' }, ...(age === undefined ? {} : { age }), ...(durationDays === undefined ? {} : { durationDays }), ...(durationMaxDays === undefined ? {} : { durationMaxDays }) }, protocol).reasons.includes(started.id);
  it('counts for someone older now whose pain may have started before the age', () => {
    // "I'm 47 and I've had a bad back since about 42": older than the limit, pain of years.
    expect(counted(limit + 2, 5 * 365)).toBe(true);
    // "More than 3 months" has no upper end: the start may be years back.
    expect(counted(limit + 20, 90)).toBe(true);
    expect(counted(undefined)).toBe(true);
    expect(counted(limit - 1, 90, 100)).toBe(true);
  });
  it('does not count when the age and the longest the pain has lasted put its start at the age or later', () => {
    expect(counted(limit + 1, 42, 89)).toBe(false);
    expect(counted(limit + 1, 0, 3)).toBe(false);
  });
});

describe('age bands and the groups asked', () => {
  it('puts each band edge in its own band', () => {
    for (const band of protocol.questions.age.bands) {
      expect(ageBandOf(band.min, protocol)).toBe(band.id);
      expect(ageBandOf(band.max, protocol)).toBe(band.id);
    }
  });

  it('asks a group with an age limit only once the age is known to be under it', () => {
    const group = protocol.groups.find((g) => g.askIf?.ageBelow !== undefined)!;
    const limit = group.askIf!.ageBelow!;
    const asked = (age?: number) => groupsToAsk(protocol, { flags: {}, ...(age === undefined ? {} : { age }) }).some((g) => g.id === group.id);
    expect(asked(limit - 1)).toBe(true);
    expect(asked(limit)).toBe(false);
    expect(asked(undefined)).toBe(false);
  });

  it('asks a group with a duration limit from its day on, and when the duration is unknown', () => {
    const group = protocol.groups.find((g) => g.askIf?.durationDaysAtLeast !== undefined)!;
    const day = group.askIf!.durationDaysAtLeast!;
    const asked = (durationDays?: number) => groupsToAsk(protocol, { flags: {}, ...(durationDays === undefined ? {} : { durationDays }) }).some((g) => g.id === group.id);
    expect(asked(day)).toBe(true);
    expect(asked(day - 1)).toBe(false);
    expect(asked(undefined)).toBe(true);
  });

  it('still asks a group while one of its signs is unanswered', () => {
    const group = protocol.groups.find((g) => protocol.flags.filter((f) => f.group === g.id).length > 1 && !g.askIf)!;
    const [first, ...others] = protocol.flags.filter((f) => f.group === group.id);
    const ids = (flags: TriageFacts['flags']) => groupsToAsk(protocol, { flags }).map((g) => g.id);
    expect(ids({ [first!.id]: 'no' })).toContain(group.id);
    expect(ids(Object.fromEntries([first!, ...others].map((f) => [f.id, 'no'])))).not.toContain(group.id);
  });
});

describe('the detector through detect()', () => {
  const ids = (text: string) => detector.detect(text).hits.map((h) => h.flagId);

  it('a denial lists the denied sign and raises nothing', () => {
    const r = detector.detect('I have not had any fever');
    expect(r.hits).toEqual([]);
    expect(r.denied).toContain('fever-chills');
  });

  it('a sign both denied and reported in one message is reported, not denied', () => {
    const r = detector.detect('no fever yesterday. Today I have a fever');
    expect(r.hits.map((h) => h.flagId)).toContain('fever-chills');
    expect(r.denied).not.toContain('fever-chills');
  });

  it('a question in a later sentence still makes the message a question', () => {
    expect(detector.detect('My back hurts. What helps?').isQuestion).toBe(true);
    expect(detector.detect('My back hurts. Walking helps.').isQuestion).toBe(false);
  });

  it('gives each hit the level of its flag', () => {
    const r = detector.detect("I've wet myself without noticing and I've had a fever");
    for (const h of r.hits) expect(h.level).toBe(protocol.flags.find((f) => f.id === h.flagId)!.level);
    expect(r.hits.map((h) => h.flagId).sort()).toEqual(['bladder-dysfunction', 'fever-chills']);
  });

  it('reports a flag once however often it is mentioned', () => {
    expect(ids('I have a fever. I still have a fever. Fever again today.')).toEqual(['fever-chills']);
  });

  it('a denial of one sign does not cover a sign in the next sentence', () => {
    expect(ids("No fever. I've wet myself without noticing.")).toEqual(['bladder-dysfunction']);
  });
});

describe('age thresholds of the rules, at their exact edges (survivors of the chunked mutation run, session 12)', () => {
  const rank = { 'self-care': 0, soon: 1, urgent: 2, emergency: 3 } as const;
  const flagRules = protocol.rules.filter((r) => r.when.flags?.length && (r.when.ageAtLeast !== undefined || r.when.ageBelow !== undefined));
  const levelAt = (flagId: string, age: number) => decideDisposition({ ...calm, ageBand: undefined, age, flags: { [flagId]: 'yes' } }, protocol).level;

  it('there are such rules to test (a fall at 65 or over, a limp under 18, another cancer at 50 or over)', () => {
    expect(flagRules.length).toBeGreaterThanOrEqual(3);
  });

  it.each(flagRules.map((r) => [r.id, r] as const))('%s fires on its edge and not one year the other side', (_id, rule) => {
    const flagId = rule.when.flags![0]!;
    if (rule.when.ageAtLeast !== undefined) {
      const edge = rule.when.ageAtLeast;
      expect(levelAt(flagId, edge)).toBe(rule.level);
      expect(rank[levelAt(flagId, edge - 1)]).toBeLessThan(rank[rule.level]);
    } else {
      const edge = rule.when.ageBelow!;
      expect(levelAt(flagId, edge - 1)).toBe(rule.level);
      expect(rank[levelAt(flagId, edge)]).toBeLessThan(rank[rule.level]);
    }
  });

  it('a sign that counts from an age counts at that age exactly, not a year before', () => {
    const older = protocol.flags.find((f) => f.appliesFromAge !== undefined)!;
    const edge = older.appliesFromAge!;
    expect(levelAt(older.id, edge)).toBe(older.level);
    expect(levelAt(older.id, edge - 1)).toBe('self-care');
  });
});
