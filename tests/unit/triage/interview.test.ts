// The symptom-check interview, table by table: which question comes next, how a typed or clicked
// answer is read (the "not sure" rules above all), and how answers are merged into what is known.
import { describe, expect, it } from 'vitest';
import { createRedFlagDetector } from '../../../src/clinical/triage/detector.ts';
import { decideDisposition, flagsOfGroup } from '../../../src/clinical/triage/index.ts';
import {
  mergeFacts,
  nextScreenStep,
  nextStep,
  readAnswer,
  readUnsure,
  signChoices,
  groupChoices,
  type Facts,
  type Step,
} from '../../../src/clinical/triage/interview/index.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import type { TriageFacts } from '../../../src/clinical/triage/types.ts';

const protocol = loadProtocol('content/triage.yaml');
const detector = createRedFlagDetector(protocol);
const NOW = new Date('2025-03-12T10:00:00');
const ids = (group: string) => flagsOfGroup(protocol, group).map((f) => f.id);
const allNo = (group: string) => Object.fromEntries(ids(group).map((id) => [id, 'no' as const]));

const read = (step: Step, text: string, facts: Partial<TriageFacts> = {}, actOnYes = false) =>
  readAnswer(step, text, {
    protocol,
    facts: { flags: {}, ...facts },
    now: NOW,
    detect: (t) => detector.detect(t),
    numbered: false,
    actOnYes,
  });

describe('readUnsure: typed hedges are "not sure"', () => {
  const rows: [string, boolean][] = [
    ['not sure', true],
    ['Not sure tbh', true],
    ['dunno', true],
    ['idk', true],
    ['maybe', true],
    ['possibly', true],
    ['i dont know', true],
    ['no idea', true],
    ['could be', true],
    ['kinda', true],
    ['not 100% sure', true],
    ['hmm', true],
    ['?', true],
    ['no', false],
    ['yes', false],
    ['nope', false],
    ['not really', false],
  ];
  it.each(rows)('%s → %s', (text, unsure) => expect(readUnsure(text)).toBe(unsure));
});

describe('a grouped red-flag question answered "not sure" is opened into its single signs', () => {
  const group = 'nerves';
  const unsureButton = groupChoices(protocol, group)[2]!.value;
  const rows: [string, string][] = [
    ['the button', unsureButton],
    ['typed "not sure"', 'not sure'],
    ['typed "dunno"', 'dunno'],
    ['typed "maybe"', 'maybe'],
    ['typed "idk"', 'idk'],
    ['typed "possibly"', 'possibly'],
  ];
  it.each(rows)('%s', (_name, text) => {
    const update = read({ kind: 'group', group }, text)!;
    // Nothing decided yet: no sign is marked, so the outcome is not an emergency at once …
    expect(update.facts.flags ?? {}).toEqual({});
    expect(update.pending).toEqual({ kind: 'flag', group, after: 'unsure', flags: ids(group) });
    // … and the next question is the first single sign.
    const next = nextStep(protocol, { flags: {}, location: ['lower-back'], side: 'left', spreadsBelowKnee: false, durationDays: 3 }, 'self-care', update.pending);
    expect(next).toEqual({ kind: 'flag', group, after: 'unsure', flags: ids(group) });
  });

  it('signs already answered are not asked again; a single open sign is marked unsure at once', () => {
    const [first, ...others] = ids(group);
    const answered = Object.fromEntries(others.map((id) => [id, 'no' as const]));
    expect(read({ kind: 'group', group }, 'not sure', { flags: answered })).toEqual({ facts: { flags: { ...answered, [first!]: 'unsure' } } });
  });

  it('a sign named with the doubt is what the doubt is about (not sure), and the others are opened', () => {
    const update = read({ kind: 'group', group: 'background' }, 'no weight loss, well maybe a stone')!;
    expect(update.facts.flags).toEqual({ 'weight-loss': 'unsure' });
    expect(update.pending?.flags).toEqual(ids('background').filter((id) => id !== 'weight-loss'));
    const fever = read({ kind: 'group', group: 'background' }, 'not sure, but no fever')!;
    expect(fever.facts.flags).toEqual({ 'fever-chills': 'unsure' });
    expect(fever.pending?.flags).toEqual(ids('background').filter((id) => id !== 'fever-chills'));
  });

  it('typed "not sure" on a checklist is opened the same way', () => {
    const update = read({ kind: 'checklist', group: 'other', after: 'yes', flags: ids('other') }, 'not sure')!;
    expect(update.pending).toMatchObject({ kind: 'flag', group: 'other', flags: ids('other') });
  });
});

describe('one sign asked on its own', () => {
  const flag = protocol.flags.find((f) => f.id === 'saddle-numbness')!;
  const step: Step = { kind: 'flag', group: 'nerves', after: 'unsure', flags: ids('nerves') };
  const rows: [string, string, 'yes' | 'no' | 'unsure'][] = [
    ['button yes', signChoices(protocol, flag)[0]!.value, 'yes'],
    ['button no', signChoices(protocol, flag)[1]!.value, 'no'],
    ['button not sure', signChoices(protocol, flag)[2]!.value, 'unsure'],
    ['typed not sure', 'not sure', 'unsure'],
    ['typed dunno', 'dunno', 'unsure'],
    ['typed maybe', 'maybe', 'unsure'],
    ['typed could be', 'could be', 'unsure'],
    ['typed nope', 'nope', 'no'],
    ['typed yeah', 'yeah', 'yes'],
  ];
  it.each(rows)('%s → %s, and the rest of the group is asked next', (_name, text, answer) => {
    const update = read(step, text)!;
    expect(update.facts.flags).toEqual({ 'saddle-numbness': answer });
    expect(update.pending).toMatchObject({ kind: 'flag', group: 'nerves' });
  });

  it('"not sure" on an emergency sign escalates; "no" to every sign does not', () => {
    const base: TriageFacts = { flags: {}, durationDays: 2, severity: 3, improving: 'better', spreadsBelowKnee: false, ageBand: '18-49' };
    expect(decideDisposition({ ...base, flags: { 'saddle-numbness': read(step, 'dunno')!.facts.flags!['saddle-numbness']! } }, protocol).level).toBe('emergency');
    expect(decideDisposition({ ...base, flags: allNo('nerves') }, protocol).level).toBe('self-care');
  });

  it('the last sign of the group ends the one-by-one questions', () => {
    const last = ids('nerves').slice(-1);
    expect(read({ kind: 'flag', group: 'nerves', after: 'unsure', flags: last }, 'no')!.pending).toBeUndefined();
  });
});

describe('nextStep: the order of the questions', () => {
  const known: Partial<TriageFacts> = { location: ['hip'], side: 'left', spreadsBelowKnee: false, durationDays: 3 };
  const rows: [string, Partial<TriageFacts>, Step['kind'] | undefined][] = [
    ['nothing known', {}, 'location'],
    ['where only', { location: ['hip'] }, 'side'],
    ['where and side', { location: ['hip'], side: 'left' }, 'spread'],
    ['all but how long', { location: ['hip'], side: 'left', spreadsBelowKnee: false }, 'duration'],
    ['the basics', known, 'group'],
  ];
  it.each(rows)('%s → %s', (_name, facts, kind) => expect(nextStep(protocol, { flags: {}, ...facts }, 'self-care')?.kind).toBe(kind));

  it('an emergency ends the check', () => {
    expect(nextStep(protocol, { flags: { 'saddle-numbness': 'yes' } }, 'emergency')).toBeUndefined();
  });

  it('the emergency screen asks only signs above urgent', () => {
    const step = nextScreenStep(protocol, { flags: { 'fever-chills': 'yes' } }, 'urgent');
    expect(step).toBeDefined();
    const asked = step!.kind === 'group' ? ids(step!.group) : (step as { flags: string[] }).flags;
    expect(asked.some((id) => protocol.flags.find((f) => f.id === id)!.level === 'emergency')).toBe(true);
  });
});

describe('mergeFacts', () => {
  const known: Facts = { flags: { 'fever-chills': 'yes' }, location: ['hip'] };
  const rows: [string, Partial<TriageFacts>, 'answer' | 'fill', Partial<Facts>][] = [
    ['an answer replaces', { location: ['groin'] }, 'answer', { location: ['groin'] }],
    ['a fact on the way only fills', { location: ['groin'], durationDays: 5 }, 'fill', { location: ['hip'], durationDays: 5 }],
    ['a denial on the way is not an answer', { flags: { 'cancer-history': 'no' } }, 'fill', { flags: { 'fever-chills': 'yes' } }],
    ['a report on the way is kept', { flags: { 'cancer-history': 'yes' } }, 'fill', { flags: { 'fever-chills': 'yes', 'cancer-history': 'yes' } }],
    ['a report on the way does not change an answer', { flags: { 'fever-chills': 'no' } }, 'fill', { flags: { 'fever-chills': 'yes' } }],
    ['an answer to the sign wins', { flags: { 'fever-chills': 'no' } }, 'answer', { flags: { 'fever-chills': 'no' } }],
  ];
  it.each(rows)('%s', (_name, update, mode, expected) => {
    expect(mergeFacts(known, update, mode)).toMatchObject(expected);
    // The facts merged into are never changed in place.
    expect(known).toEqual({ flags: { 'fever-chills': 'yes' }, location: ['hip'] });
  });
});
