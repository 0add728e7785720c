// Reading one answer to one symptom-check question. A click arrives as the button's text and a
// typed answer as free text; both go through the triage core's parsers and the protocol's words.
// Undefined means "could not use it": the dialog asks again.
import { readNumberedSelection } from '../../src/channels/index.ts';
import {
  ageBandOf,
  flagsOfGroup,
  matchOptions,
  parseAge,
  parseDuration,
  parseSeverity,
  parseYesNo,
  type DetectionResult,
  type FlagAnswer,
  type Improving,
  type Protocol,
  type ProtocolFlag,
  type ProtocolOption,
  type Side,
  type TriageFacts,
} from '../../src/clinical/triage/index.ts';
import type { PendingChecklist, Step } from './steps.ts';

export interface AnswerContext {
  protocol: Protocol;
  facts: TriageFacts;
  now: Date;
  detect: (text: string) => DetectionResult;
  /** The options were shown as a numbered list to type ("1. Lower back"): "2" means the second. */
  numbered: boolean;
}

/** What an answer changes: facts to merge, and possibly a checklist to ask next. */
export interface AnswerUpdate {
  facts: Partial<TriageFacts>;
  pending?: PendingChecklist;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The option the text names exactly (a click), or by its number in a typed list. */
function pickedOption<T extends { title: string }>(text: string, options: readonly T[], numbered: boolean): T | undefined {
  const exact = options.find((o) => same(o.title, text));
  if (exact) return exact;
  if (numbered && /^\s*\d{1,2}\s*\.?\s*$/.test(text)) return options[Number.parseInt(text, 10) - 1];
  return undefined;
}

export function readAnswer(step: Step, text: string, ctx: AnswerContext): AnswerUpdate | undefined {
  const { protocol, numbered } = ctx;
  const q = protocol.questions;
  switch (step.kind) {
    case 'location': {
      const clicked = pickedOption(text, q.location.options, numbered);
      const ids = clicked ? [clicked.id] : matchOptions(text, q.location.options, protocol);
      if (ids.length === 0) return undefined;
      // "Several places" only when nothing more precise was named.
      const precise = ids.filter((id) => id !== 'several');
      return { facts: { location: precise.length ? precise : ids } };
    }
    case 'side': {
      const clicked = pickedOption(text, q.side.options, numbered);
      const ids = clicked ? [clicked.id] : matchOptions(text, q.side.options, protocol);
      const side = sideOf(ids);
      return side ? { facts: { side } } : undefined;
    }
    case 'spread': {
      const spreads = yesNoOption(text, q.spread.options, ctx);
      return spreads === undefined ? undefined : { facts: { spreadsBelowKnee: spreads } };
    }
    case 'duration': {
      const clicked = pickedOption(text, q.duration.options, numbered);
      const days = clicked?.days ?? parseDuration(text, ctx.now);
      return days === undefined ? undefined : { facts: { durationDays: days } };
    }
    case 'severity': {
      const severity = parseSeverity(text, q.severity.words);
      return severity === undefined ? undefined : { facts: { severity } };
    }
    case 'sleep': {
      const answer = answerWord(text, protocol) ?? parseYesNo(text);
      const yesWords = matchOptions(text, [{ id: 'yes', title: protocol.answers.yes, words: q.stopsSleepOrMovement.words.yes }], protocol);
      if (yesWords.length) return { facts: { stopsSleepOrMovement: true } };
      // Not sure counts as yes: when unsure, be careful.
      return answer === undefined ? undefined : { facts: { stopsSleepOrMovement: answer !== 'no' } };
    }
    case 'improving': {
      const clicked = pickedOption(text, q.improving.options, numbered);
      const ids = clicked ? [clicked.id] : matchOptions(text, q.improving.options, protocol);
      const trend = ids.length === 1 ? toImproving(ids[0]!) : undefined;
      if (trend) return { facts: { improving: trend } };
      // Not sure whether it is improving: treat it as not improving (careful).
      return parseYesNo(text) === 'unsure' ? { facts: { improving: 'same' } } : undefined;
    }
    case 'age': {
      const band = pickedOption(text, q.age.bands, numbered);
      if (band) return { facts: { ageBand: band.id } };
      const age = parseAge(text);
      const ageBand = age === undefined ? undefined : ageBandOf(age, protocol);
      return age === undefined || !ageBand ? undefined : { facts: { age, ageBand } };
    }
    case 'group':
      return readGroupAnswer(step.group, text, ctx);
    case 'checklist':
      return readChecklist(step, text, ctx);
    case 'flag':
      return readOneFlag(step, text, ctx);
  }
}

function sideOf(ids: string[]): Side | undefined {
  if (ids.includes('both') || (ids.includes('left') && ids.includes('right'))) return 'both';
  const id = ids[0];
  return ids.length === 1 && (id === 'left' || id === 'right' || id === 'middle') ? id : undefined;
}

function toImproving(id: string): Improving | undefined {
  return id === 'better' || id === 'same' || id === 'worse' ? id : undefined;
}

/** Exactly one of the protocol's answer words ("Yes", "No", "Not sure"), as clicked. */
function answerWord(text: string, protocol: Protocol): FlagAnswer | undefined {
  const a = protocol.answers;
  if (same(text, a.yes)) return 'yes';
  if (same(text, a.no)) return 'no';
  if (same(text, a.unsure)) return 'unsure';
  return undefined;
}

/** A question whose options are "yes" and "no" with their own words; not sure counts as yes. */
function yesNoOption(text: string, options: ProtocolOption[], ctx: AnswerContext): boolean | undefined {
  const clicked = pickedOption(text, options, ctx.numbered);
  const ids = clicked ? [clicked.id] : matchOptions(text, options, ctx.protocol);
  if (ids.length === 1 && (ids[0] === 'yes' || ids[0] === 'no')) return ids[0] === 'yes';
  const answer = parseYesNo(text);
  return answer === undefined ? undefined : answer !== 'no';
}

/**
 * Yes / no / not sure to a group of red flags. "No" that names only some of the group's flags
 * ("no fever") answers for those alone, and the others are asked as a checklist.
 */
function readGroupAnswer(group: string, text: string, ctx: AnswerContext): AnswerUpdate | undefined {
  const { protocol, facts } = ctx;
  // Flags already answered (told in free text earlier) keep their answer.
  const open = flagsOfGroup(protocol, group).filter((f) => facts.flags[f.id] === undefined);
  const clicked = answerWord(text, protocol);
  const answer = clicked ?? parseYesNo(text);
  const detection = clicked ? undefined : ctx.detect(text);
  const denied = (detection?.denied ?? []).filter((id) => open.some((f) => f.id === id));
  if (answer === undefined) {
    // "I have been limping": a report of one of the group's flags is a yes to it.
    const picked = (detection?.hits ?? []).map((h) => h.flagId).filter((id) => open.some((f) => f.id === id));
    if (picked.length > 0) {
      const out = { ...facts.flags };
      for (const f of open) out[f.id] = picked.includes(f.id) ? 'yes' : 'no';
      return { facts: { flags: out } };
    }
    // "I can still control my bladder": a denial of some of them is a "no" to those.
    if (denied.length === 0) return undefined;
  }
  if (answer === 'no' || answer === undefined) {
    if (denied.length > 0 && denied.length < open.length) {
      return { facts: { flags: setAll(facts.flags, open.filter((f) => denied.includes(f.id)), 'no') }, pending: { kind: 'checklist', group, after: 'partial' } };
    }
    return { facts: { flags: setAll(facts.flags, open, 'no') } };
  }
  if (answer === 'unsure') return { facts: { flags: setAll(facts.flags, open, 'unsure') } };
  // Yes: with one flag open that is the answer; with several, ask which.
  if (open.length === 1) return { facts: { flags: setAll(facts.flags, open, 'yes') } };
  return { facts: {}, pending: { kind: 'checklist', group, after: 'yes' } };
}

/** The options of a checklist: its flags numbered 1…n, then "none of these". */
export function checklistChoices(protocol: Protocol, flags: ProtocolFlag[]) {
  const choices = flags.map((f, i) => ({ title: f.short, value: String(i + 1) }));
  const none = { title: protocol.answers.noneOfThese, value: String(flags.length + 1) };
  return { choices, none };
}

/**
 * Which flags of a checklist: the card's numbers ("1, 3"), typed numbers, a title, the flags'
 * own words, or none of them. After a plain "yes", "none of these" keeps every flag as "not sure",
 * so an emergency sign the patient could not place is still acted on.
 */
/** The flags a checklist (or one-at-a-time question) shows, as fixed when it was asked. */
export function shownFlags(protocol: Protocol, step: PendingChecklist): ProtocolFlag[] {
  return (step.flags ?? []).map((id) => protocol.flags.find((f) => f.id === id)).filter((f) => f !== undefined);
}

function readChecklist(step: Extract<Step, { kind: 'checklist' }>, text: string, ctx: AnswerContext): AnswerUpdate | undefined {
  const { protocol, facts } = ctx;
  const flags = shownFlags(protocol, step);
  const { choices, none } = checklistChoices(protocol, flags);
  const numbered = readNumberedSelection(text, [...choices, none]);
  let picked: string[] | undefined;
  let noneChosen = false;
  if (numbered) {
    noneChosen = numbered.includes(none.value);
    picked = numbered.filter((v) => v !== none.value).map((v) => flags[Number(v) - 1]!.id);
  } else {
    const named = matchOptions(text, flags.map((f) => ({ id: f.id, title: f.short, words: [f.label] })), protocol);
    const reported = ctx.detect(text).hits.map((h) => h.flagId).filter((id) => flags.some((f) => f.id === id));
    picked = [...new Set([...named, ...reported])];
    const answer = parseYesNo(text);
    if (picked.length === 0) {
      if (answer === 'no') noneChosen = true;
      else if (answer === 'unsure') return { facts: { flags: setAll(facts.flags, flags, 'unsure') } };
      // "Yes" without saying which (or where ticking is hard): ask about them one at a time.
      else if (answer === 'yes') return { facts: {}, pending: { kind: 'flag', group: step.group, after: step.after } };
      else return undefined;
    }
  }
  if (picked.length > 0) {
    const out = { ...facts.flags };
    for (const f of flags) out[f.id] = picked.includes(f.id) ? 'yes' : 'no';
    return { facts: { flags: out } };
  }
  if (!noneChosen) return undefined;
  return { facts: { flags: setAll(facts.flags, flags, step.after === 'yes' ? 'unsure' : 'no') } };
}

function setAll(current: Record<string, FlagAnswer>, flags: ProtocolFlag[], answer: FlagAnswer): Record<string, FlagAnswer> {
  const out = { ...current };
  for (const f of flags) out[f.id] = answer;
  return out;
}

/** One of a group's flags, asked on its own: yes / no / not sure, or the patient's own words. */
function readOneFlag(step: Extract<Step, { kind: 'flag' }>, text: string, ctx: AnswerContext): AnswerUpdate | undefined {
  const { protocol, facts } = ctx;
  const [flag, ...rest] = shownFlags(protocol, step);
  if (!flag) return { facts: {} };
  let answer = answerWord(text, protocol) ?? parseYesNo(text);
  if (answer === undefined) {
    const detection = ctx.detect(text);
    if (detection.hits.some((h) => h.flagId === flag.id)) answer = 'yes';
    else if (detection.denied.includes(flag.id)) answer = 'no';
    else return undefined;
  }
  return { facts: { flags: { ...facts.flags, [flag.id]: answer } }, pending: rest.length ? { ...step, flags: undefined } : undefined };
}
