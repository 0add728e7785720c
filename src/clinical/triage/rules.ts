// The disposition: the protocol's rules (data) applied to what the patient told us.
import { fillTemplate } from '../messages.ts';
import { LEVEL_ORDER, type Clinic, type TriageLevel } from '../types.ts';
import { clinicOpenAt } from './clinicHours.ts';
import type { Protocol, ProtocolFlag, ProtocolGroup, ProtocolRule } from './protocolSchema.ts';
import type { Disposition, FlagAnswer, TriageFacts } from './types.ts';

type ClinicValues = Partial<Pick<Clinic, 'phone' | 'emergencyNumber' | 'name' | 'email' | 'bookingUrl' | 'hours'>>;

/**
 * Decides the disposition. Every rule that holds counts and the highest level wins; the reasons
 * are those of the winning level (flag ids for flag rules, the rule id otherwise). Unknown facts
 * never satisfy a condition. With `clinic`, {phone} and {emergencyNumber} are filled in, and a
 * level's `whenClinicOpen` line is added only while the clinic is open at `now` (its hours): a
 * same-day patient is never sent to a closed clinic.
 */
export function decideDisposition(facts: TriageFacts, protocol: Protocol, clinic?: ClinicValues, now: Date = new Date()): Disposition {
  const fired: { level: TriageLevel; reason: string; text: string }[] = [];
  for (const rule of protocol.rules) fired.push(...fire(rule, facts, protocol));

  const level = fired.reduce<TriageLevel>((best, f) => (rank(f.level) > rank(best) ? f.level : best), 'self-care');
  const atLevel = fired.filter((f) => f.level === level);
  const reasons: string[] = [];
  const reasonTexts: string[] = [];
  for (const f of atLevel) {
    if (reasons.includes(f.reason)) continue;
    reasons.push(f.reason);
    reasonTexts.push(f.text);
  }
  if (reasons.length === 0) {
    reasons.push(protocol.selfCare.id);
    reasonTexts.push(protocol.selfCare.reason);
  }
  const texts = protocol.levels[level];
  const fill = (s: string) => (clinic ? fillTemplate(s, clinicValues(clinic)) : s);
  const advice = reasons.flatMap((id) => protocol.flags.find((f) => f.id === id)?.advice ?? protocol.rules.find((r) => r.id === id)?.advice ?? []);
  const open = texts.whenClinicOpen && clinic?.hours && clinicOpenAt(clinic.hours, now) === true ? [texts.whenClinicOpen] : [];
  // Two reasons can carry the same advice (two rules about the same sign): said once.
  const whatToDo = [...new Set([texts.whatToDo, ...open, ...advice])].join(' ');
  return {
    level,
    reasons,
    reasonTexts,
    headline: fill(texts.headline),
    whatToDo: fill(whatToDo),
    safetyNet: texts.safetyNet.map(fill),
    links: texts.links.map((l) => ({ ...l })),
  };
}

function clinicValues(clinic: ClinicValues): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(clinic)) if (typeof v === 'string') values[k] = v;
  if (clinic.hours) values.hours = clinic.hours.join('; ');
  if (clinic.name) values.clinicName = clinic.name;
  return values;
}

const rank = (level: TriageLevel) => LEVEL_ORDER.indexOf(level);

function fire(rule: ProtocolRule, facts: TriageFacts, protocol: Protocol): { level: TriageLevel; reason: string; text: string }[] {
  const w = rule.when;
  const age = ageOf(facts, protocol);
  // A duration given as a range ("4 days to 3 weeks") may reach a threshold: its upper end counts
  // for "at least" (careful), its lower end for "below".
  const longest = facts.durationMaxDays ?? facts.durationDays;
  const answered = (id: string) => {
    const a = facts.flags[id];
    return a !== undefined && (w.answers ?? ['yes', 'unsure']).includes(a);
  };
  const holds =
    (w.durationDaysAtLeast === undefined || (longest !== undefined && longest >= w.durationDaysAtLeast)) &&
    (w.flags === undefined || w.flags.some(answered)) &&
    (w.allFlags === undefined || w.allFlags.every(answered)) &&
    (w.location === undefined || (facts.location ?? []).some((l) => w.location!.includes(l))) &&
    (w.durationDaysBelow === undefined || (facts.durationDays !== undefined && facts.durationDays < w.durationDaysBelow)) &&
    (w.improving === undefined || (facts.improving !== undefined && w.improving.includes(facts.improving))) &&
    (w.stopsSleepOrMovement === undefined || facts.stopsSleepOrMovement === w.stopsSleepOrMovement) &&
    (w.spreadsBelowKnee === undefined || facts.spreadsBelowKnee === w.spreadsBelowKnee) &&
    (w.severityAtLeast === undefined || (facts.severity !== undefined && facts.severity >= w.severityAtLeast)) &&
    (w.ageBelow === undefined || (age.max !== undefined && age.max < w.ageBelow)) &&
    (w.ageAtLeast === undefined || (age.min !== undefined && age.min >= w.ageAtLeast));
  if (!holds) return [];
  if (!w.flagLevel) return [{ level: rule.level, reason: rule.id, text: rule.reason ?? '' }];
  const answers = w.answers ?? [];
  return protocol.flags
    .filter((f) => f.level === w.flagLevel && flagApplies(f, age, facts.durationMaxDays))
    .filter((f) => {
      const a = facts.flags[f.id];
      return a !== undefined && answers.includes(a);
    })
    .map((f) => ({
      level: rule.level,
      reason: f.id,
      text: fillTemplate(facts.flags[f.id] === 'unsure' ? protocol.reasonTemplates.unsure : protocol.reasonTemplates.yes, { label: f.label }),
    }));
}

/**
 * A flag limited to young people applies unless the patient is known to be older; one limited to
 * older people unless the patient is known to be younger; one limited to pain that started young unless
 * the youngest age and the longest the pain can have lasted (`longestDays`: a range's upper end; a
 * duration told open-ended, "more than 3 months", has none) put its start at that age or later.
 */
export function flagApplies(flag: ProtocolFlag, age: { min?: number; max?: number }, longestDays?: number): boolean {
  const young = flag.appliesBelowAge === undefined || age.min === undefined || age.min < flag.appliesBelowAge;
  const old = flag.appliesFromAge === undefined || age.max === undefined || age.max >= flag.appliesFromAge;
  const startedYoung = flag.startedBelowAge === undefined || age.min === undefined || longestDays === undefined || age.min - longestDays / DAYS_A_YEAR < flag.startedBelowAge;
  return young && old && startedYoung;
}

const DAYS_A_YEAR = 365.25;

/** The age range we know: the exact age, or the band's bounds. */
export function ageOf(facts: Pick<TriageFacts, 'age' | 'ageBand'>, protocol: Protocol): { min?: number; max?: number } {
  if (facts.age !== undefined) return { min: facts.age, max: facts.age };
  const band = protocol.questions.age.bands.find((b) => b.id === facts.ageBand);
  return band ? { min: band.min, max: band.max } : {};
}

/** The band an exact age falls in. */
export function ageBandOf(age: number, protocol: Protocol): string | undefined {
  return protocol.questions.age.bands.find((b) => age >= b.min && age <= b.max)?.id;
}

/** The flags a question group asks about, in protocol order. */
export function flagsOfGroup(protocol: Protocol, groupId: string): ProtocolFlag[] {
  return protocol.flags.filter((f) => f.group === groupId);
}

/**
 * Records the answer to a grouped red-flag question. "no" and "unsure" apply to every flag of the
 * group not already told ("yes" stays). "yes" with `picked` (the follow-up checklist) marks those flags yes and the others no;
 * "yes" without a pick marks every flag of the group unsure, so the emergency ones count (careful).
 */
export function applyGroupAnswer(
  flags: Record<string, FlagAnswer>,
  protocol: Protocol,
  groupId: string,
  answer: FlagAnswer,
  picked?: string[],
): Record<string, FlagAnswer> {
  const out = { ...flags };
  for (const flag of flagsOfGroup(protocol, groupId)) {
    // A sign the patient told in their own words ("my bones are thin and brittle") stays told: a "no"
    // to a question listing it with others is taken as "none of the others".
    if (flags[flag.id] === 'yes') continue;
    if (answer === 'yes') out[flag.id] = picked ? (picked.includes(flag.id) ? 'yes' : 'no') : 'unsure';
    else out[flag.id] = answer;
  }
  return out;
}

/**
 * The red-flag groups still to ask: not all of their flags answered yet, and their `askIf`
 * (age, duration) satisfied. A group whose age condition cannot be judged yet is left for later;
 * one whose duration is unknown is asked (when unsure, ask).
 */
export function groupsToAsk(protocol: Protocol, facts: TriageFacts): ProtocolGroup[] {
  const age = ageOf(facts, protocol);
  return protocol.groups.filter((g) => {
    const flags = flagsOfGroup(protocol, g.id);
    if (flags.every((f) => facts.flags[f.id] !== undefined)) return false;
    if (g.askIf?.ageBelow !== undefined && !(age.max !== undefined && age.max < g.askIf.ageBelow)) return false;
    if (g.askIf?.ageAtLeast !== undefined && !(age.min !== undefined && age.min >= g.askIf.ageAtLeast)) return false;
    const minDays = g.askIf?.durationDaysAtLeast;
    const longest = facts.durationMaxDays ?? facts.durationDays;
    if (minDays !== undefined && longest !== undefined && longest < minDays) return false;
    return true;
  });
}
