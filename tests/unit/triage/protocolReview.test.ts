// The protocol after the clinical review against NICE and GIRFT (issue 9), table by table: who
// goes where, and why. Each row is a patient a clinic's safety officer asked about.
import { describe, expect, it } from 'vitest';
import { decideDisposition, summarizeFacts } from '../../../src/clinical/triage/index.ts';
import { clinicOpenAt, parseOpening } from '../../../src/clinical/triage/clinicHours.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import { createRedFlagDetector } from '../../../src/clinical/triage/detector.ts';
import { readAnswer, type Step } from '../../../src/clinical/triage/interview/index.ts';
import type { TriageFacts } from '../../../src/clinical/triage/types.ts';

const protocol = loadProtocol('content/triage.yaml');
const detector = createRedFlagDetector(protocol);
const base: TriageFacts = { flags: {}, durationDays: 2, severity: 4, improving: 'better', spreadsBelowKnee: false, age: 35, location: ['lower-back'] };
const facts = (extra: Partial<TriageFacts>): TriageFacts => ({ ...base, ...extra, flags: { ...extra.flags } });
const CLINIC = { phone: '020 7946 0321', emergencyNumber: '999', hours: ['Monday to Friday, 8am to 7pm', 'Saturday, 9am to 1pm'] };
// A Tuesday at 10:00 and a Sunday at 10:00, London time (GMT in December).
const TUESDAY = new Date('2026-12-01T10:00:00Z');
const SUNDAY = new Date('2026-12-06T10:00:00Z');

describe('who goes where', () => {
  const rows: [string, Partial<TriageFacts>, string, string[]][] = [
    ['sepsis: a fever with confusion is an emergency', { flags: { 'fever-chills': 'yes', sepsis: 'yes' } }, 'emergency', ['sepsis']],
    ['a fever alone is same day', { flags: { 'fever-chills': 'yes', sepsis: 'no' } }, 'urgent', ['fever-chills']],
    ['a known aneurysm, suddenly worse, is an emergency', { flags: { aortic: 'yes' } }, 'emergency', ['aortic']],
    ['arm or jaw pain with sweating is an emergency', { flags: { 'chest-pain': 'yes' } }, 'emergency', ['chest-pain']],
    ['an 81-year-old who fell and can still walk: same day', { age: 81, flags: { 'recent-fall': 'yes', 'hip-fracture': 'no' } }, 'urgent', ['fall-at-65-or-over']],
    ['a fall and cannot bear weight: emergency', { age: 81, flags: { 'recent-fall': 'yes', 'hip-fracture': 'yes' } }, 'emergency', ['hip-fracture']],
    ['a fall with osteoporosis at 55: same day', { age: 55, flags: { 'recent-fall': 'yes', osteoporosis: 'yes' } }, 'urgent', ['fall-with-fragile-bones']],
    ['a fall at 55 without thin bones: soon', { age: 55, flags: { 'recent-fall': 'yes', osteoporosis: 'no' } }, 'soon', ['recent-fall']],
    ['a fall at 30: a fall alone is not a warning sign', { age: 30, flags: { 'recent-fall': 'yes' } }, 'self-care', ['no-red-flags']],
    ['single-nerve foot drop: same day, not 999', { flags: { 'foot-drop': 'yes', 'leg-weakness': 'no' } }, 'urgent', ['foot-drop']],
    ['weakness in both legs or getting worse: 999', { flags: { 'leg-weakness': 'yes' } }, 'emergency', ['leg-weakness']],
    ['new problems with sex (GIRFT): 999', { flags: { 'sexual-dysfunction': 'yes' } }, 'emergency', ['sexual-dysfunction']],
    ['another cancer in the past, at 35: soon', { flags: { 'cancer-other': 'yes' } }, 'soon', ['cancer-other']],
    ['another cancer in the past, at 62: same day', { age: 62, flags: { 'cancer-other': 'yes' } }, 'urgent', ['cancer-other-over-50']],
    ['a cancer that spreads to bone: same day', { flags: { 'cancer-history': 'yes' } }, 'urgent', ['cancer-history']],
    ['osteoporosis and new pain, no fall: soon', { age: 70, flags: { osteoporosis: 'yes' } }, 'soon', ['osteoporosis']],
    ['inflammatory back pain: soon', { age: 30, durationDays: 200, improving: 'same', flags: { 'inflammatory-back-pain': 'yes' } }, 'soon', ['inflammatory-back-pain', 'long-lasting', 'not-improving']],
    ['back pain for 2 weeks at 65: soon (NG12)', { age: 65, durationDays: 14 }, 'soon', ['back-pain-at-60-or-over']],
    ['a limping child: same day', { age: 12, location: ['knee'], flags: { 'teen-limp': 'yes' } }, 'urgent', ['limp-under-18']],
    ['"4 days to 3 weeks", not improving: soon', { durationDays: 4, durationMaxDays: 20, improving: 'same' }, 'soon', ['not-improving']],
    ['"4 days to 3 weeks" is not "more than a few weeks"', { durationDays: 4, durationMaxDays: 20 }, 'self-care', ['no-red-flags']],
    ['"Up to 3 days" below the knee: not yet "for more than a few days"', { durationDays: 0, durationMaxDays: 3, spreadsBelowKnee: true }, 'self-care', ['no-red-flags']],
    ['not sure how long, nothing else: no duration rule fires', { durationDays: undefined, unsure: ['duration'] }, 'self-care', ['no-red-flags']],
  ];
  it.each(rows)('%s', (_name, extra, level, reasons) => {
    const d = decideDisposition(facts(extra), protocol, CLINIC, TUESDAY);
    expect(d.level).toBe(level);
    expect(d.reasons).toEqual(reasons);
  });

  it('a limping child is told not to put weight on the leg, not to keep active', () => {
    const d = decideDisposition(facts({ age: 12, flags: { 'teen-limp': 'yes' } }), protocol, CLINIC, TUESDAY);
    expect(d.whatToDo).toMatch(/do not put weight on the leg/i);
    expect(d.whatToDo).not.toMatch(/keep gently active/i);
  });

  it('inflammatory back pain carries a note about a rheumatology referral', () => {
    const d = decideDisposition(facts({ age: 30, flags: { 'inflammatory-back-pain': 'yes' } }), protocol, CLINIC, TUESDAY);
    expect(d.whatToDo).toMatch(/rheumatologist/);
  });
});

describe('the right place for same day', () => {
  const urgent = facts({ flags: { 'fever-chills': 'yes' } });
  it('sends a same-day patient to a GP today, NHS 111 or an urgent treatment centre first', () => {
    const { whatToDo } = decideDisposition(urgent, protocol, CLINIC, TUESDAY);
    expect(whatToDo).toMatch(/GP/);
    expect(whatToDo).toMatch(/NHS 111/);
    expect(whatToDo).toMatch(/urgent treatment centre/);
    // The clinic second: after the doctor.
    expect(whatToDo.indexOf(CLINIC.phone)).toBeGreaterThan(whatToDo.indexOf('NHS 111'));
  });
  it('does not send a same-day patient to the clinic while it is closed', () => {
    expect(decideDisposition(urgent, protocol, CLINIC, SUNDAY).whatToDo).not.toContain(CLINIC.phone);
  });
  it('says nothing about the clinic when its hours cannot be read', () => {
    expect(decideDisposition(urgent, protocol, { ...CLINIC, hours: ['by appointment'] }, TUESDAY).whatToDo).not.toContain(CLINIC.phone);
  });
});

describe('clinic hours', () => {
  const rows: [string, Date, boolean | undefined][] = [
    ['Tuesday 10:00', TUESDAY, true],
    ['Sunday 10:00', SUNDAY, false],
    ['Saturday 12:30', new Date('2026-12-05T12:30:00Z'), true],
    ['Saturday 13:30', new Date('2026-12-05T13:30:00Z'), false],
    ['Friday 19:30', new Date('2026-12-04T19:30:00Z'), false],
    // British Summer Time: 07:30 UTC is 08:30 in London.
    ['a Monday in June at 08:30 London time', new Date('2026-06-01T07:30:00Z'), true],
  ];
  it.each(rows)('%s', (_name, when, open) => expect(clinicOpenAt(CLINIC.hours, when)).toBe(open));
  it('reads "8:30am to 5pm" and refuses what it cannot read', () => {
    expect(parseOpening('Mon to Fri, 8:30am to 5pm')).toEqual({ days: new Set([1, 2, 3, 4, 5]), from: 510, to: 1020 });
    expect(parseOpening('by appointment')).toBeUndefined();
  });
});

describe('the interview after the review', () => {
  const read = (step: Step, text: string, known: Partial<TriageFacts> = {}) =>
    readAnswer(step, text, { protocol, facts: { flags: {}, ...known }, now: new Date('2026-12-01T10:00:00Z'), detect: (t) => detector.detect(t), numbered: false });
  const rows: [string, Step, string, Partial<TriageFacts> | undefined][] = [
    ['the knee is accepted as where it hurts', { kind: 'location' }, 'my knee', { location: ['knee'] }],
    ['a duration button is kept as a range', { kind: 'duration' }, '4 days to 3 weeks', { durationDays: 4, durationMaxDays: 20 }],
    ['"not sure" is offered for how long', { kind: 'duration' }, 'Not sure how long', { unsure: ['duration'] }],
    ['typed "no idea" for how long', { kind: 'duration' }, 'no idea', { unsure: ['duration'] }],
    ['"not sure" about spreading below the knee is not "yes"', { kind: 'spread' }, 'not sure', { unsure: ['spread'] }],
    ['the spread button "Not sure" too', { kind: 'spread' }, 'Not sure if it goes below the knee', { unsure: ['spread'] }],
    ['a typed duration still reads as days', { kind: 'duration' }, '3 days', { durationDays: 3 }],
  ];
  it.each(rows)('%s', (_name, step, text, expected) => expect(read(step, text)?.facts).toEqual(expected));

  it('keeps earlier "not sure" answers', () => {
    expect(read({ kind: 'spread' }, 'dunno', { unsure: ['duration'] })?.facts).toEqual({ unsure: ['duration', 'spread'] });
  });
});

describe('the clinician summary', () => {
  it('keeps a duration range as a range, not "about 10 days"', () => {
    const lines = summarizeFacts(facts({ durationDays: 4, durationMaxDays: 20 }), protocol);
    expect(lines).toContain('How long: 4 days to 3 weeks');
  });
  it('says "not sure" where the patient was not sure', () => {
    const lines = summarizeFacts(facts({ durationDays: undefined, spreadsBelowKnee: undefined, unsure: ['duration', 'spread'] }), protocol);
    expect(lines).toContain('How long: not sure');
    expect(lines).toContain('Spreads below the knee: not sure');
  });
});
