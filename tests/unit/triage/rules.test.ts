import { describe, expect, it } from 'vitest';
import { applyGroupAnswer, decideDisposition, groupsToAsk } from '../../../src/clinical/triage/rules.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import type { FlagHit, TriageFacts } from '../../../src/clinical/triage/types.ts';
import { seriousHits, soonHits } from '../../../src/clinical/triage/seriousHits.ts';

const protocol = loadProtocol('content/triage.yaml');
const base: TriageFacts = { flags: {}, durationDays: 2, severity: 4, improving: 'better', spreadsBelowKnee: false, ageBand: '18-49' };
const facts = (extra: Partial<TriageFacts>): TriageFacts => ({ ...base, ...extra, flags: { ...base.flags, ...extra.flags } });

describe('decideDisposition: one row per rule', () => {
  const rows: [string, Partial<TriageFacts>, string, string[]][] = [
    ['nothing worrying', {}, 'self-care', ['no-red-flags']],
    ['an emergency flag', { flags: { 'saddle-numbness': 'yes' } }, 'emergency', ['saddle-numbness']],
    ['not sure about an emergency flag counts as yes', { flags: { 'bladder-dysfunction': 'unsure' } }, 'emergency', ['bladder-dysfunction']],
    ['an urgent flag', { flags: { 'fever-chills': 'yes' } }, 'urgent', ['fever-chills']],
    ['not sure about an urgent flag', { flags: { 'night-pain': 'unsure' } }, 'urgent', ['night-pain']],
    ['a "no" to every flag', { flags: { 'saddle-numbness': 'no', 'fever-chills': 'no' } }, 'self-care', ['no-red-flags']],
    ['pain for more than a few weeks', { durationDays: 30 }, 'soon', ['long-lasting']],
    ['not improving after a week', { durationDays: 10, improving: 'same' }, 'soon', ['not-improving']],
    ['getting worse in the first days', { durationDays: 2, improving: 'worse' }, 'self-care', ['no-red-flags']],
    ['stops sleep or movement', { stopsSleepOrMovement: true }, 'soon', ['stops-sleep-or-movement']],
    ['below the knee for more than a few days', { spreadsBelowKnee: true, durationDays: 5 }, 'soon', ['spreads-below-knee']],
    ['below the knee for a day', { spreadsBelowKnee: true, durationDays: 1 }, 'self-care', ['no-red-flags']],
    ['severe pain', { severity: 9 }, 'soon', ['severe-pain']],
    ['a limping teenager: same day (slipped growth plate)', { ageBand: 'under-18', flags: { 'teen-limp': 'yes' } }, 'urgent', ['limp-under-18']],
    ['a limping adult', { ageBand: '50-69', flags: { 'teen-limp': 'yes' } }, 'self-care', ['no-red-flags']],
  ];
  it.each(rows)('%s', (_name, extra, level, reasons) => {
    const d = decideDisposition(facts(extra), protocol);
    expect(d.level).toBe(level);
    expect(d.reasons).toEqual(reasons);
    expect(d.reasonTexts).toHaveLength(reasons.length);
    expect(d.headline).toBe(protocol.levels[d.level as keyof typeof protocol.levels].headline);
  });
});

describe('decideDisposition: combinations', () => {
  it('the highest level wins and gives only its reasons', () => {
    const d = decideDisposition(facts({ durationDays: 60, severity: 9, flags: { 'fever-chills': 'yes', 'leg-weakness': 'yes' } }), protocol);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toEqual(['leg-weakness']);
  });
  it('urgent beats several "soon" rules', () => {
    const d = decideDisposition(facts({ durationDays: 60, stopsSleepOrMovement: true, flags: { 'cancer-history': 'yes' } }), protocol);
    expect(d.level).toBe('urgent');
    expect(d.reasons).toEqual(['cancer-history']);
  });
  it('several soon rules are all given as reasons', () => {
    const d = decideDisposition(facts({ durationDays: 60, stopsSleepOrMovement: true }), protocol);
    expect(d.level).toBe('soon');
    expect(d.reasons).toEqual(['long-lasting', 'stops-sleep-or-movement']);
  });
  it('says why in plain words, with the flag label', () => {
    const d = decideDisposition(facts({ flags: { 'fever-chills': 'yes' } }), protocol);
    expect(d.reasonTexts[0]).toContain('fever or chills');
  });
  it('fills the clinic numbers when given', () => {
    const d = decideDisposition(facts({ flags: { 'chest-pain': 'yes' } }), protocol, { emergencyNumber: '999', phone: '020 7946 0000' });
    expect(d.whatToDo).toContain('999');
    expect(d.whatToDo).not.toContain('{');
    expect(d.safetyNet.join(' ')).not.toContain('{emergencyNumber}');
  });
  it('self-care links to home-care article sections', () => {
    const d = decideDisposition(facts({}), protocol);
    expect(d.links.length).toBeGreaterThan(0);
    expect(d.links.every((l) => l.article && l.section)).toBe(true);
  });
  it('unknown facts never trigger a rule', () => {
    expect(decideDisposition({ flags: {} }, protocol).level).toBe('self-care');
  });
});

describe('group answers', () => {
  it('"not sure" on a group marks every flag of it unsure, which escalates its emergency flags', () => {
    const flags = applyGroupAnswer({}, protocol, 'nerves', 'unsure');
    expect(flags['saddle-numbness']).toBe('unsure');
    expect(decideDisposition(facts({ flags }), protocol).level).toBe('emergency');
  });
  it('"yes" with a checklist pick marks only the picked flag', () => {
    const flags = applyGroupAnswer({}, protocol, 'background', 'yes', ['steroids']);
    expect(flags.steroids).toBe('yes');
    expect(flags['fever-chills']).toBe('no');
  });
  it('"no" clears the group and it is not asked again', () => {
    const flags = applyGroupAnswer({}, protocol, 'nerves', 'no');
    expect(groupsToAsk(protocol, { flags }).map((g) => g.id)).not.toContain('nerves');
  });
  it('the young-person question is asked only under 18', () => {
    expect(groupsToAsk(protocol, { flags: {}, ageBand: 'under-18' }).map((g) => g.id)).toContain('young-person');
    expect(groupsToAsk(protocol, { flags: {}, ageBand: '18-49' }).map((g) => g.id)).not.toContain('young-person');
    expect(groupsToAsk(protocol, { flags: {} }).map((g) => g.id)).not.toContain('young-person');
  });
});

describe('flag-specific advice and conditional groups', () => {
  it('adds a crisis line to the emergency advice for thoughts of suicide', () => {
    const d = decideDisposition({ flags: { suicidal: 'yes' } }, protocol, { emergencyNumber: '999', phone: '0100' });
    expect(d.level).toBe('emergency');
    expect(d.whatToDo).toContain('999');
    expect(d.whatToDo).toMatch(/samaritans/i);
  });

  it('gives no crisis line when the emergency is a different one', () => {
    const d = decideDisposition({ flags: { 'saddle-numbness': 'yes' } }, protocol);
    expect(d.whatToDo).not.toMatch(/samaritans/i);
  });

  it('asks about mood for long-lasting pain, or when the duration is unknown, but not for a few days of pain', () => {
    const ids = (facts: TriageFacts) => groupsToAsk(protocol, facts).map((g) => g.id);
    expect(ids({ flags: {}, durationDays: 3 })).not.toContain('mood');
    expect(ids({ flags: {}, durationDays: 90 })).toContain('mood');
    expect(ids({ flags: {} })).toContain('mood');
  });
});

describe('seriousHits: which signs in a message end what is going on', () => {
  const hit = (flagId: string, level: FlagHit['level']): FlagHit => ({ flagId, level, evidence: '', about: 'self' });
  const decide = (f: TriageFacts) => decideDisposition(f, protocol);
  const limp = hit('teen-limp', 'soon');
  it('a same-day or emergency sign always; a "book soon" one never when the age is unknown', () => {
    expect(seriousHits([hit('fever-chills', 'urgent'), hit('saddle-numbness', 'emergency'), limp], {}, decide).map((h) => h.flagId)).toEqual(['fever-chills', 'saddle-numbness']);
  });
  it('a limp under 18 (age or band) is same day; at 18 or over it waits', () => {
    expect(seriousHits([limp], { age: 8 }, decide)).toEqual([limp]);
    expect(seriousHits([limp], { ageBand: 'under-18' }, decide)).toEqual([limp]);
    expect(seriousHits([limp], { age: 18 }, decide)).toEqual([]);
    expect(seriousHits([limp], { ageBand: '18-49' }, decide)).toEqual([]);
  });
  it('a "book soon" sign no rule raises at that age stays as it is', () => {
    expect(seriousHits([hit('recent-fall', 'soon')], { age: 40 }, decide)).toEqual([]);
    // A fall at 65 or over is same day (rule fall-at-65-or-over).
    expect(seriousHits([hit('recent-fall', 'soon')], { age: 70 }, decide)).toHaveLength(1);
  });
});

describe('soonHits: the "book soon" signs told at the top level that get their outcome at once', () => {
  const hit = (flagId: string, level: FlagHit['level']): FlagHit => ({ flagId, level, evidence: '', about: 'self' });
  const decide = (f: TriageFacts) => decideDisposition(f, protocol);
  const bands = protocol.questions.age.bands.map((b) => b.id);
  it('thin bones or another cancer once had need booking soon at any age, the age unknown or told', () => {
    const signs = [hit('osteoporosis', 'soon'), hit('cancer-other', 'soon')];
    expect(soonHits(signs, {}, bands, decide).map((h) => h.flagId)).toEqual(['osteoporosis', 'cancer-other']);
    expect(soonHits(signs, { age: 30 }, bands, decide)).toHaveLength(2);
  });
  it('a limp needs it only under 18: with no age known it waits for the check, which asks the age', () => {
    const limp = hit('teen-limp', 'soon');
    expect(soonHits([limp], {}, bands, decide)).toEqual([]);
    expect(soonHits([limp], { age: 45 }, bands, decide)).toEqual([]);
    expect(soonHits([limp], { ageBand: 'under-18' }, bands, decide)).toEqual([limp]);
    expect(soonHits([limp], { age: 8 }, bands, decide)).toEqual([limp]);
  });
});

describe("applyGroupAnswer: a sign told in the patient's own words stays told", () => {
  it('"no" to the background question keeps thin bones told earlier, and denies the others', () => {
    const flags = applyGroupAnswer({ osteoporosis: 'yes' }, protocol, 'background', 'no');
    expect(flags.osteoporosis).toBe('yes');
    expect(flags['weight-loss']).toBe('no');
    expect(decideDisposition(facts({ flags }), protocol).level).toBe('soon');
  });
  it('"yes" with other signs picked keeps it too', () => {
    const flags = applyGroupAnswer({ osteoporosis: 'yes' }, protocol, 'background', 'yes', ['weight-loss']);
    expect(flags).toMatchObject({ osteoporosis: 'yes', 'weight-loss': 'yes', steroids: 'no' });
  });
});
