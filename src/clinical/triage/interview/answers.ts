// Reading one answer to one symptom-check question. A click arrives as the button's value and a
// typed answer as free text; a value is read as what that button means, free text goes through the
// triage core's parsers and the protocol's words. Undefined means "could not use it": the dialog
// asks again. (Values of other questions' buttons never get here: see choices.ts.)
import { readNumberedSelection } from './selection.ts';
import {
  ageBandOf,
  flagsOfGroup,
  matchOptions,
  parseAge,
  parseDuration,
  parseSeverity,
  type DetectionResult,
  type FlagAnswer,
  type Improving,
  type Protocol,
  type ProtocolFlag,
  type ProtocolOption,
  type Side,
  type TriageFacts,
} from '../index.ts';
import { checklistChoices, groupChoices, normalizeValue, shownFlags, signChoices, sleepChoices, type AnswerChoice } from './choices.ts';
import type { PendingChecklist, Step } from './steps.ts';
import { readTypedAnswer as parseYesNo } from './unsure.ts';

export interface AnswerContext {
  protocol: Protocol;
  facts: TriageFacts;
  now: Date;
  detect: (text: string) => DetectionResult;
  /** The options were shown as a numbered list to type ("1. Lower back"): "2" means the second. */
  numbered: boolean;
  /**
   * A "yes" to several signs at once is acted on without asking which (the emergency screen: every
   * sign asked there is an emergency, so knowing which would only delay the advice).
   */
  actOnYes?: boolean;
}

/** What an answer changes: facts to merge, and possibly a checklist to ask next. */
export interface AnswerUpdate {
  facts: Partial<TriageFacts>;
  pending?: PendingChecklist;
  /** Signs covered by a "yes" given to them together (kept as "not sure" each: which one is not known). */
  saidYesTo?: string[];
}

const same = (a: string, b: string) => normalizeValue(a) === normalizeValue(b);

/** The option the text names exactly (a click: its value, or its title), or by its number in a typed list. */
function pickedOption<T extends { title: string; value?: string }>(text: string, options: readonly T[], numbered: boolean): T | undefined {
  const exact = options.find((o) => same(o.title, text) || (o.value !== undefined && same(o.value, text)));
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
      const clicked = pickedOption(text, sleepChoices(protocol), numbered);
      if (clicked) return { facts: { stopsSleepOrMovement: clicked.stops } };
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
      return readGroupAnswer(step.group, text, ctx, pickedOption(text, groupChoices(protocol, step.group), numbered));
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
 * "None of these" on its own is not an answer to a yes / no question: it was a button of another
 * question (an old "did you mean" card). On a checklist it counts only where the list is typed and
 * "None of these" is its last line; a card sends its own value.
 */
function isBareNone(text: string, protocol: Protocol): boolean {
  return same(text, protocol.answers.noneOfThese);
}

/** A "no" that stands on its own before anything else is said: "no, …", "nope and …". */
const STANDALONE_NO = /^\s*(no+|nope|nah)\s*([,.!;:–-]|$|\band\b)/i;

/**
 * Yes / no / not sure to a group of red flags. "No" that names only some of the group's flags
 * ("no fever") answers for those alone, and the others are asked as a checklist.
 */
function readGroupAnswer(group: string, text: string, ctx: AnswerContext, clicked: AnswerChoice | undefined): AnswerUpdate | undefined {
  const { protocol, facts } = ctx;
  // Flags already answered (told in free text earlier) keep their answer.
  const open = flagsOfGroup(protocol, group).filter((f) => facts.flags[f.id] === undefined);
  if (!clicked && isBareNone(text, protocol)) return undefined;
  const answer = clicked?.answer ?? answerWord(text, protocol) ?? parseYesNo(text);
  const detection = clicked ? undefined : ctx.detect(text);
  const inGroup = (id: string) => open.some((f) => f.id === id);
  const denied = (detection?.denied ?? []).filter(inGroup);
  if (answer === undefined) {
    // "I have been limping": a report of one of the group's flags is a yes to it.
    const picked = (detection?.hits ?? []).map((h) => h.flagId).filter(inGroup);
    if (picked.length > 0) {
      const out = { ...facts.flags };
      for (const f of open) out[f.id] = picked.includes(f.id) ? 'yes' : 'no';
      return { facts: { flags: out } };
    }
    // "I can still control my bladder": a denial of some of them is a "no" to those.
    if (denied.length === 0) return undefined;
  }
  // "No fever" to the question about nerve signs denies the fever, not the nerve signs ("no, no
  // fever either" answers both).
  if (answer === 'no' && denied.length === 0 && (detection?.denied.length ?? 0) > 0 && !STANDALONE_NO.test(text)) return undefined;
  if (answer === 'no' || answer === undefined) {
    if (denied.length > 0 && denied.length < open.length) {
      return { facts: { flags: setAll(facts.flags, open.filter((f) => denied.includes(f.id)), 'no') }, pending: { kind: 'checklist', group, after: 'partial' } };
    }
    return { facts: { flags: setAll(facts.flags, open, 'no') } };
  }
  if (answer === 'unsure') {
    // "Not sure" to several signs at once does not say which: each sign is asked on its own, so
    // one doubt does not send everybody to the emergency department (nor is any sign dropped).
    // A sign named in the same breath as the doubt ("no weight loss, well maybe a stone") is
    // what the doubt is about: it counts as not sure.
    const lower = normalizeValue(text);
    const named = open.filter((f) => denied.includes(f.id) || lower.includes(normalizeValue(f.short)));
    const rest = open.filter((f) => !named.includes(f));
    const flags = setAll(facts.flags, named, 'unsure');
    if (rest.length > 1) return { facts: { flags }, pending: { kind: 'flag', group, after: 'unsure', flags: rest.map((f) => f.id) } };
    return { facts: { flags: setAll(flags, rest, 'unsure') } };
  }
  // Yes: with one flag open that is the answer; with several, ask which (or act at once).
  if (open.length === 1) return { facts: { flags: setAll(facts.flags, open, 'yes') } };
  if (ctx.actOnYes) return yesToSeveral(facts, open);
  return { facts: {}, pending: { kind: 'checklist', group, after: 'yes' } };
}

/**
 * Which flags of a checklist: the card's values ("nerves-1,nerves-3"), typed numbers ("1, 3"), a
 * title, the flags' own words, or none of them. After a plain "yes", "none of these" keeps every
 * flag as "not sure", so an emergency sign the patient could not place is still acted on.
 */
function readChecklist(step: Extract<Step, { kind: 'checklist' }>, text: string, ctx: AnswerContext): AnswerUpdate | undefined {
  const { protocol, facts } = ctx;
  const flags = shownFlags(protocol, step);
  const { choices, none } = checklistChoices(protocol, step.group, flags);
  const all = [...choices, none];
  // A card's ticks arrive as its values joined with commas ("nerves-1, nerves-3").
  const ticked = text.split(',').map((part) => all.find((c) => same(c.value, part)));
  const onCard = ticked.every((c) => c !== undefined) ? ticked.map((c) => c.value) : undefined;
  if (!onCard && !ctx.numbered && isBareNone(text, protocol)) return undefined;
  // Typed: numbers ("1, 3"), or an option's title as the list reads it.
  const selected = onCard ?? readNumberedSelection(text, all);
  let picked: string[];
  let noneChosen = false;
  if (selected) {
    noneChosen = selected.includes(none.value);
    picked = choices.filter((c) => selected.includes(c.value)).map((c) => c.flagId);
  } else {
    const named = matchOptions(text, flags.map((f) => ({ id: f.id, title: f.short, words: [f.label] })), protocol);
    const reported = ctx.detect(text).hits.map((h) => h.flagId).filter((id) => flags.some((f) => f.id === id));
    picked = [...new Set([...named, ...reported])];
    const answer = parseYesNo(text);
    if (picked.length === 0) {
      if (answer === 'no') noneChosen = true;
      else if (answer === 'unsure') return unsureAbout(facts, step.group, flags);
      else if (answer === 'yes' && ctx.actOnYes) return yesToSeveral(facts, flags);
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

/** "Not sure" to a list of signs: more than one is opened into its single signs, asked one by one. */
function unsureAbout(facts: TriageFacts, group: string, flags: ProtocolFlag[]): AnswerUpdate {
  if (flags.length > 1) return { facts: {}, pending: { kind: 'flag', group, after: 'unsure', flags: flags.map((f) => f.id) } };
  return { facts: { flags: setAll(facts.flags, flags, 'unsure') } };
}

/** "Yes" to several signs, not saying which: each counts as "not sure", so each is acted on. */
function yesToSeveral(facts: TriageFacts, flags: ProtocolFlag[]): AnswerUpdate {
  if (flags.length === 1) return { facts: { flags: setAll(facts.flags, flags, 'yes') } };
  return { facts: { flags: setAll(facts.flags, flags, 'unsure') }, saidYesTo: flags.map((f) => f.id) };
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
  const clicked = pickedOption(text, signChoices(protocol, flag), ctx.numbered);
  if (!clicked && isBareNone(text, protocol)) return undefined;
  let answer = clicked?.answer ?? answerWord(text, protocol) ?? parseYesNo(text);
  if (answer === undefined) {
    const detection = ctx.detect(text);
    if (detection.hits.some((h) => h.flagId === flag.id)) answer = 'yes';
    else if (detection.denied.includes(flag.id)) answer = 'no';
    else return undefined;
  }
  return { facts: { flags: { ...facts.flags, [flag.id]: answer } }, pending: rest.length ? { ...step, flags: undefined } : undefined };
}
