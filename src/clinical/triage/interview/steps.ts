// Which question the symptom check asks next, worked out from what is already known, so facts
// given early in free text ("my left hip has hurt for 3 weeks") skip their questions, and an
// emergency (or, once someone must be seen today, anything that could not change that) ends it.
import { flagsOfGroup, groupsToAsk, type Protocol, type ProtocolFlag, type TriageFacts, type TriageLevel } from '../index.ts';
import { LEVEL_ORDER } from '../../types.ts';

type Checklist = {
  group: string;
  /**
   * After "yes" to the group, after a denial that named only some of its flags, or after "not
   * sure" to the group (its signs then asked one by one).
   */
  after: 'yes' | 'partial' | 'unsure';
  /** The flags listed, fixed when the question is asked so a typed "2" means what was shown. */
  flags?: string[];
};

export type Step =
  | { kind: 'location' | 'side' | 'spread' | 'duration' | 'severity' | 'sleep' | 'improving' | 'age' }
  /** A grouped red-flag question: yes / no / not sure. */
  | { kind: 'group'; group: string }
  /** Which of a group's flags: a checklist. */
  | ({ kind: 'checklist' } & Checklist)
  /** A group's flags one at a time (the first of `flags`), when a checklist would not do. */
  | ({ kind: 'flag' } & Checklist);

/** A checklist (or its one-at-a-time form) still to ask, carried from one turn of the loop to the next. */
export type PendingChecklist = Extract<Step, { kind: 'checklist' | 'flag' }>;

const rank = (level: TriageLevel) => LEVEL_ORDER.indexOf(level);
const pressing = (level: TriageLevel) => rank(level) >= rank('urgent');

/**
 * The group's flags still worth asking: those not answered yet; once the level is urgent, only
 * those that would make it more urgent (the others would only delay someone who must be seen today).
 */
export function openFlags(protocol: Protocol, facts: TriageFacts, group: string, level: TriageLevel): ProtocolFlag[] {
  return flagsOfGroup(protocol, group).filter((f) => facts.flags[f.id] === undefined && (!pressing(level) || rank(f.level) > rank(level)));
}

/**
 * The next question, or undefined when the check is done. Order: where, side, below the knee,
 * how long, the red-flag groups, how bad, sleep or movement, better or worse, age, and then any
 * group that depends on age (a teenager's limp). An emergency ends the check at once; an urgent
 * level ends it once no red-flag question could find something worse.
 */
export function nextStep(protocol: Protocol, facts: TriageFacts, level: TriageLevel, pending?: PendingChecklist): Step | undefined {
  if (level === 'emergency') return undefined;
  if (pending) {
    const flags = openFlags(protocol, facts, pending.group, level).map((f) => f.id);
    // A checklist whose flags all got answered on the way (told in free text) is not asked.
    if (flags.length > 0) return { ...pending, flags };
  }
  if (!facts.location?.length) return { kind: 'location' };
  if (facts.side === undefined) return { kind: 'side' };
  if (facts.spreadsBelowKnee === undefined) return { kind: 'spread' };
  if (facts.durationDays === undefined) return { kind: 'duration' };
  const group = groupStep(protocol, facts, level);
  if (group || pressing(level)) return group;
  if (facts.severity === undefined) return { kind: 'severity' };
  if (facts.stopsSleepOrMovement === undefined) return { kind: 'sleep' };
  if (facts.improving === undefined) return { kind: 'improving' };
  if (facts.age === undefined && facts.ageBand === undefined) return { kind: 'age' };
  // Groups asked only at some ages become askable once the age is known.
  return groupStep(protocol, facts, level);
}

/**
 * The next question of the emergency screen that follows an urgent outcome: only the red-flag
 * groups (or single signs) that could still make it an emergency; undefined once none is left, or
 * once it is an emergency. Where, how long, how bad and age are not asked: they could not change it.
 */
export function nextScreenStep(protocol: Protocol, facts: TriageFacts, level: TriageLevel, pending?: PendingChecklist): Step | undefined {
  if (level === 'emergency') return undefined;
  // The screen follows an urgent outcome, so only signs above urgent are worth asking.
  const floor: TriageLevel = pressing(level) ? level : 'urgent';
  if (pending) {
    const flags = openFlags(protocol, facts, pending.group, floor).map((f) => f.id);
    if (flags.length > 0) return { ...pending, flags };
  }
  // A group asked only for long-lasting pain (the mood question) is left out when the duration is
  // unknown: straight after "be seen today" for, say, a fever it would come out of nowhere. Thoughts
  // of self-harm typed at any time are still caught by the red-flag screen.
  return groupStep(protocol, facts, floor, (g) => g.askIf?.durationDaysAtLeast === undefined || facts.durationDays !== undefined);
}

/** The next red-flag group: its question, or only its flags that still matter, one at a time. */
function groupStep(
  protocol: Protocol,
  facts: TriageFacts,
  level: TriageLevel,
  include: (g: ReturnType<typeof groupsToAsk>[number]) => boolean = () => true,
): Step | undefined {
  for (const g of groupsToAsk(protocol, facts).filter(include)) {
    const worth = openFlags(protocol, facts, g.id, level);
    if (worth.length === 0) continue;
    const open = openFlags(protocol, facts, g.id, 'self-care');
    if (worth.length === open.length) return { kind: 'group', group: g.id };
    return { kind: 'flag', group: g.id, after: 'partial', flags: worth.map((f) => f.id) };
  }
  return undefined;
}
