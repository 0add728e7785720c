// The buttons of each symptom-check question: what they show (title) and what they send (value).
// A red-flag button reads "No" but sends "No to the nerve signs": a double tap or an old card still
// on screen then names a question that is no longer asked, and is not used for the one that is.
// Every value any question can send is known here, so a value from another question is told from a
// typed answer.
import type { ChoiceOption } from './selection.ts';
import { fillTemplate } from '../../messages.ts';
import { flagsOfGroup, type FlagAnswer, type Protocol, type ProtocolFlag, type ProtocolGroup } from '../index.ts';
import type { PendingChecklist, Step } from './steps.ts';

export interface AnswerChoice extends ChoiceOption {
  answer: FlagAnswer;
}

export interface ChecklistChoice extends ChoiceOption {
  flagId: string;
}

/** How values are compared: case, spacing and the kind of dash do not matter. */
export function normalizeValue(text: string): string {
  return text.trim().toLowerCase().replace(/[‐‑‒–—―]/g, '-').replace(/\s+/g, ' ');
}

const sameValue = (a: string, b: string) => normalizeValue(a) === normalizeValue(b);

function groupOf(protocol: Protocol, groupId: string): ProtocolGroup {
  const group = protocol.groups.find((g) => g.id === groupId);
  if (!group) throw new Error(`no group "${groupId}" in the protocol`);
  return group;
}

/** Yes / No / Not sure to a red-flag group's question. */
export function groupChoices(protocol: Protocol, groupId: string): AnswerChoice[] {
  const { topic } = groupOf(protocol, groupId);
  const a = protocol.answers;
  const r = a.replies.group;
  return [
    { title: a.yes, value: fillTemplate(r.yes, { topic }), answer: 'yes' },
    { title: a.no, value: fillTemplate(r.no, { topic }), answer: 'no' },
    { title: a.unsure, value: fillTemplate(r.unsure, { topic }), answer: 'unsure' },
  ];
}

/** A sign's number in its group (1…), the same whatever else has been answered. */
function signNumber(protocol: Protocol, flag: ProtocolFlag): number {
  return flagsOfGroup(protocol, flag.group ?? '').findIndex((f) => f.id === flag.id) + 1;
}

/** Yes / No / Not sure to one sign asked on its own. */
export function signChoices(protocol: Protocol, flag: ProtocolFlag): AnswerChoice[] {
  const values = { topic: groupOf(protocol, flag.group ?? '').topic, n: signNumber(protocol, flag) };
  const a = protocol.answers;
  const r = a.replies.sign;
  return [
    { title: a.yes, value: fillTemplate(r.yes, values), answer: 'yes' },
    { title: a.no, value: fillTemplate(r.no, values), answer: 'no' },
    { title: a.unsure, value: fillTemplate(r.unsure, values), answer: 'unsure' },
  ];
}

/**
 * The options of a checklist: its flags, then "none of these". A flag's value is its group and
 * number ("nerves-2"; the card shows only titles, and a typed list is answered by position), so
 * a ticked card of another checklist cannot land on this one. "None of these" sends a value that
 * names the group, as Messenger shows it as the patient's own message.
 */
export function checklistChoices(protocol: Protocol, groupId: string, flags: ProtocolFlag[]): { choices: ChecklistChoice[]; none: ChoiceOption } {
  const { topic } = groupOf(protocol, groupId);
  const choices = flags.map((f) => ({ title: f.short, value: `${groupId}-${signNumber(protocol, f)}`, flagId: f.id }));
  return { choices, none: { title: protocol.answers.noneOfThese, value: fillTemplate(protocol.answers.replies.group.none, { topic }) } };
}

/** The flags a checklist (or one-at-a-time question) shows, as fixed when it was asked. */
export function shownFlags(protocol: Protocol, step: PendingChecklist): ProtocolFlag[] {
  return (step.flags ?? []).map((id) => protocol.flags.find((f) => f.id === id)).filter((f) => f !== undefined);
}

/** Yes / No to "does the pain stop you sleeping or moving about?". */
export function sleepChoices(protocol: Protocol): (ChoiceOption & { stops: boolean })[] {
  const { yes, no } = protocol.questions.stopsSleepOrMovement.replies;
  return [
    { title: protocol.answers.yes, value: yes, stops: true },
    { title: protocol.answers.no, value: no, stops: false },
  ];
}

const SCORES = Array.from({ length: 11 }, (_, i) => i);

/** The pain scores 0–10: titled by the number, sending "7 out of 10". */
export function severityChoices(protocol: Protocol): ChoiceOption[] {
  return SCORES.map((score) => ({ title: String(score), value: fillTemplate(protocol.questions.severity.value, { score }) }));
}

/** A choice question's options: a value of their own where the title alone could answer another question. */
export function optionChoices(options: readonly { title: string; value?: string }[]): ChoiceOption[] {
  return options.map((o) => ({ title: o.title, value: o.value ?? o.title }));
}

/** The buttons a question shows (a checklist: its ticks and "none of these"). */
export function stepChoices(step: Step, protocol: Protocol): ChoiceOption[] {
  const q = protocol.questions;
  switch (step.kind) {
    case 'location':
      return optionChoices(q.location.options);
    case 'side':
      return optionChoices(q.side.options);
    case 'spread':
      return optionChoices(q.spread.options);
    case 'duration':
      return optionChoices(q.duration.options);
    case 'severity':
      return severityChoices(protocol);
    case 'sleep':
      return sleepChoices(protocol);
    case 'improving':
      return optionChoices(q.improving.options);
    case 'age':
      return optionChoices(q.age.bands);
    case 'group':
      return groupChoices(protocol, step.group);
    case 'flag': {
      const flag = shownFlags(protocol, step)[0];
      return flag ? signChoices(protocol, flag) : [];
    }
    case 'checklist': {
      const { choices, none } = checklistChoices(protocol, step.group, shownFlags(protocol, step));
      return [...choices, none];
    }
  }
}

const everyValue = new WeakMap<Protocol, Set<string>>();

/** Every value a button of any question can send (plain "Yes" / "No" are titles, never values). */
function allValues(protocol: Protocol): Set<string> {
  let values = everyValue.get(protocol);
  if (!values) {
    const steps: Step[] = [
      ...(['location', 'side', 'spread', 'duration', 'severity', 'sleep', 'improving', 'age'] as const).map((kind) => ({ kind })),
      ...protocol.groups.flatMap((g): Step[] => {
        const flags = flagsOfGroup(protocol, g.id).map((f) => f.id);
        return [
          { kind: 'group', group: g.id },
          { kind: 'checklist', group: g.id, after: 'yes', flags },
          ...flags.map((id): Step => ({ kind: 'flag', group: g.id, after: 'yes', flags: [id] })),
        ];
      }),
    ];
    values = new Set(steps.flatMap((s) => stepChoices(s, protocol).map((c) => normalizeValue(c.value))));
    everyValue.set(protocol, values);
  }
  return values;
}

/**
 * True when the text is what another question's button sends, not this one's: a double tap or an
 * old card. It is not used (not even for other questions); the question is asked again.
 * A ticked checklist arrives as its values joined with commas.
 */
export function isFromAnotherQuestion(text: string, step: Step, protocol: Protocol): boolean {
  const known = allValues(protocol);
  const own = new Set(stepChoices(step, protocol).map((c) => normalizeValue(c.value)));
  const whole = normalizeValue(text);
  if (known.has(whole)) return !own.has(whole);
  const parts = tickedParts(text);
  return parts.length > 1 && parts.every((p) => known.has(p)) && parts.some((p) => !own.has(p));
}

const tickedParts = (text: string) => text.split(',').map(normalizeValue).filter(Boolean);

/** True when the text is exactly what one of the step's own buttons sends. */
export function isOwnValue(text: string, step: Step, protocol: Protocol): boolean {
  return stepChoices(step, protocol).some((c) => sameValue(c.value, text));
}

/** True when the text is a button value of any question (a click, not typed words). */
export function isButtonValue(text: string, protocol: Protocol): boolean {
  const known = allValues(protocol);
  const parts = tickedParts(text);
  return known.has(normalizeValue(text)) || (parts.length > 0 && parts.every((p) => known.has(p)));
}
