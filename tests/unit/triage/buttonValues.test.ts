// What the symptom check's buttons send. Titles stay short ("No"); values name their question, so a
// double tap or an old card cannot answer another one. Every value must be unique to its question,
// never a plain answer word, never read as a warning sign by the red-flag detector (which reads
// every message first), and read back as its own answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isFromAnotherQuestion, readAnswer, stepChoices, type Step } from '../../../src/clinical/triage/interview/index.ts';
import { createRedFlagDetector } from '../../../src/clinical/triage/detector.ts';
import { flagsOfGroup } from '../../../src/clinical/triage/index.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';

const protocol = loadProtocol('content/triage.yaml');
const detector = createRedFlagDetector(protocol);

const STEPS: Step[] = [
  ...(['location', 'side', 'spread', 'duration', 'severity', 'sleep', 'improving', 'age'] as const).map((kind) => ({ kind })),
  ...protocol.groups.flatMap((g): Step[] => {
    const flags = flagsOfGroup(protocol, g.id).map((f) => f.id);
    return [
      { kind: 'group', group: g.id },
      { kind: 'checklist', group: g.id, after: 'partial', flags },
      ...flags.map((id): Step => ({ kind: 'flag', group: g.id, after: 'yes', flags: [id] })),
    ];
  }),
];
const name = (s: Step) => [s.kind, 'group' in s ? s.group : '', 'flags' in s && s.kind === 'flag' ? s.flags?.[0] : ''].filter(Boolean).join(':');
const VALUES = STEPS.flatMap((step) => stepChoices(step, protocol).map((c) => ({ step, ...c })));

const read = (step: Step, text: string) =>
  readAnswer(step, text, { protocol, facts: { flags: {} }, now: new Date('2025-03-12T10:00:00'), detect: (t) => detector.detect(t), numbered: false });

describe('button values', () => {
  it('belong to one question each', () => {
    const owners = new Map<string, Set<string>>();
    for (const v of VALUES) owners.set(v.value.toLowerCase(), (owners.get(v.value.toLowerCase()) ?? new Set()).add(name(v.step)));
    const shared = [...owners].filter(([, steps]) => steps.size > 1);
    expect(shared).toEqual([]);
  });

  it('are never a plain answer word that any question could take', () => {
    // The "did you mean" card's own way out (content/messages.yaml).
    const messages = parse(readFileSync('content/messages.yaml', 'utf8')) as { noneOfThese: string };
    const a = protocol.answers;
    const plain = [a.yes, a.no, a.unsure, a.noneOfThese, messages.noneOfThese].map((w) => w.toLowerCase());
    expect(VALUES.filter((v) => plain.includes(v.value.toLowerCase())).map((v) => `${name(v.step)}: ${v.value}`)).toEqual([]);
  });

  it('raise no red flag when the detector reads them', () => {
    const alarming = VALUES.filter((v) => detector.detect(v.value).hits.length > 0).map((v) => `${name(v.step)}: ${v.value}`);
    expect(alarming).toEqual([]);
  });

  it('of a checklist hold no comma (ticked values are joined with commas)', () => {
    expect(VALUES.filter((v) => v.step.kind === 'checklist' && v.value.includes(','))).toEqual([]);
  });

  it('are read back as their own answer, and as another question\'s value everywhere else', () => {
    for (const step of STEPS) {
      for (const choice of stepChoices(step, protocol)) {
        expect(read(step, choice.value), `${name(step)}: ${choice.value}`).toBeDefined();
        expect(isFromAnotherQuestion(choice.value, step, protocol)).toBe(false);
        for (const other of STEPS.filter((s) => name(s) !== name(step))) {
          expect(isFromAnotherQuestion(choice.value, other, protocol), `${choice.value} at ${name(other)}`).toBe(true);
        }
      }
    }
  });

  it('of a red-flag question give its answer: no, not sure, or which to ask next', () => {
    const step: Step = { kind: 'group', group: 'nerves' };
    const [yes, no, unsure] = stepChoices(step, protocol);
    const nerves = flagsOfGroup(protocol, 'nerves').map((f) => f.id);
    expect(read(step, no!.value)!.facts.flags).toEqual(Object.fromEntries(nerves.map((id) => [id, 'no'])));
    // Not sure about the group: its signs are asked one by one (not every sign marked unsure).
    expect(read(step, unsure!.value)).toMatchObject({ facts: {}, pending: { kind: 'flag', group: 'nerves', flags: nerves } });
    expect(read(step, yes!.value)!.pending).toMatchObject({ kind: 'checklist', group: 'nerves', after: 'yes' });
  });

  it('plain typed yes, no and not sure are still answers to a red-flag question', () => {
    const step: Step = { kind: 'group', group: 'other' };
    for (const typed of ['no', 'No', 'not sure', 'yes']) expect(isFromAnotherQuestion(typed, step, protocol)).toBe(false);
    expect(read(step, 'no')?.facts.flags?.['chest-pain']).toBe('no');
  });
});
