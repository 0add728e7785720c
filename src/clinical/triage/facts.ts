// Facts from free text: "my left hip has hurt for 3 weeks" fills location, side and duration.
// Used to pre-fill the symptom check and to read answers typed instead of clicked.
import { emojiKeywordWords, createRedFlagDetector, type DetectorOptions, type RedFlagDetector } from './detector.ts';
import { parseAge, parseDuration, parseSeverity } from './parsers.ts';
import type { Protocol, ProtocolOption } from './protocolSchema.ts';
import { ageBandOf } from './rules.ts';
import { findSpans, TermMatcher, TextReader, type Term, type Token } from './text.ts';
import type { Improving, Side, TriageFacts } from './types.ts';

interface Compiled {
  reader: TextReader;
  detector: RedFlagDetector;
  /** By the options list itself: a list built for one call (the flags named in a message) goes with it. */
  options: WeakMap<readonly (OptionWords | ChoiceWords)[], CompiledOptions>;
  negation: Term[];
  sleepTerms: Term[];
  bodyTerms: Term[];
  spreadWords: OptionWords[];
  trendPhrases: OptionWords[];
}

const cache = new WeakMap<Protocol, Compiled>();

function compiled(protocol: Protocol, detectorOptions?: DetectorOptions): Compiled {
  let c = cache.get(protocol);
  if (!c) {
    const reader = new TextReader(protocol.language.contractions, protocol.language.transparent, protocol.language.checklist, emojiKeywordWords(protocol));
    const q = protocol.questions;
    c = {
      reader,
      detector: createRedFlagDetector(protocol, detectorOptions),
      options: new WeakMap(),
      negation: protocol.language.negation.before.map((t) => reader.compile(t, false)),
      sleepTerms: q.stopsSleepOrMovement.words.yes.map((t) => reader.compile(t, false)),
      // The locations' words (the knee and thigh among them), and the side and the leg, which no location names.
      bodyTerms: [...q.location.options.flatMap((o) => o.words), 'side', 'leg'].map((t) => reader.compile(t, false)),
      spreadWords: q.spread.options.filter((o) => o.id === 'yes').map((o) => ({ id: o.id, words: o.words })),
      trendPhrases: q.improving.options.filter((o) => o.phrases.length).map((o) => ({ id: o.id, words: o.phrases })),
    };
    cache.set(protocol, c);
  }
  return c;
}

/** The detector shared by extractFacts for this protocol (built once). */
export function detectorFor(protocol: Protocol, options?: DetectorOptions): RedFlagDetector {
  // The first call builds it: the app passes the screening and WordNet words before any use.
  return compiled(protocol, options).detector;
}

/** Options given by their words only (no title): what free text about something else is read with. */
interface OptionWords {
  id: string;
  words: string[];
}

/** An option of a choice question: its title, id and words all name it. */
type ChoiceWords = Pick<ProtocolOption, 'id' | 'title' | 'words'>;

/**
 * Option ids of a question whose title or words appear in the text, longest match first
 * ("lower back" before "back"). For typed answers to a choice question.
 */
export function matchOptions(text: string, options: readonly ChoiceWords[], protocol: Protocol): string[] {
  const c = compiled(protocol);
  if (!c.options.has(options)) c.options.set(options, compileOptions(c, options.map((o) => ({ id: o.id, words: [o.title, o.id.replace(/-/g, ' '), ...o.words] }))));
  return matchCompiled(text, c, options);
}

/** Like matchOptions, with the words given (kept compiled for the same list). */
function matchWords(text: string, options: readonly OptionWords[], c: Compiled): string[] {
  if (!c.options.has(options)) c.options.set(options, compileOptions(c, options));
  return matchCompiled(text, c, options);
}

/** A question's options, compiled, and one index over all their terms (group i = option i). */
interface CompiledOptions {
  ids: string[];
  /** The matcher's group name of each option (its index). */
  groups: string[];
  matcher: TermMatcher;
}

function compileOptions(c: Compiled, options: readonly OptionWords[]): CompiledOptions {
  const groups = options.map((_, i) => String(i));
  return {
    ids: options.map((o) => o.id),
    groups,
    matcher: new TermMatcher(new Map(options.map((o, i) => [groups[i]!, o.words.map((t) => c.reader.compile(t, false))]))),
  };
}

function matchCompiled(text: string, c: Compiled, key: readonly (OptionWords | ChoiceWords)[]): string[] {
  const { ids: optionIds, groups, matcher } = c.options.get(key)!;
  const found: { id: string; start: number; length: number }[] = [];
  for (const sentence of c.reader.read(text)) {
    // Every option's terms in one pass over the words, then option by option in the list's order.
    const spans = matcher.match(sentence.tokens);
    if (spans.size === 0) continue;
    optionIds.forEach((id, i) => {
      for (const span of spans.get(groups[i]!) ?? []) {
        if (negatedAt(sentence.tokens, span.start, c.negation)) continue;
        found.push({ id, start: span.start, length: span.end - span.start });
      }
    });
  }
  // Drop a match inside a longer one ("back" inside "lower back").
  found.sort((a, b) => b.length - a.length);
  const ids: string[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const f of found) {
    const end = f.start + f.length;
    if (taken.some((t) => f.start < t.end && t.start < end)) continue;
    taken.push({ start: f.start, end });
    if (!ids.includes(f.id)) ids.push(f.id);
  }
  return ids;
}

/** A negation word ("no", "not", "never"…) within three words before. */
function negatedAt(tokens: Token[], start: number, negation: Term[]): boolean {
  const from = Math.max(0, start - 3);
  return findSpans(negation, tokens.slice(from, start)).length > 0;
}

/**
 * Reads whatever facts a message gives: location, side, spread below the knee, duration,
 * pain score ("7/10"), age ("I'm 52"), getting better or worse, stops sleep, and red flags
 * (reported → "yes", explicitly denied → "no"). Only what is found is returned.
 */
export function extractFacts(text: string, protocol: Protocol, now: Date = new Date()): Partial<TriageFacts> {
  const c = compiled(protocol);
  const q = protocol.questions;
  const facts: Partial<TriageFacts> = {};

  const locations = matchOptions(text, q.location.options, protocol);
  if (locations.length) facts.location = locations.length > 1 ? locations.filter((l) => l !== 'several') : locations;

  const side = sideOf(text, c);
  if (side) facts.side = side;

  // Words only: the option's title ("Yes, below the knee") would read any "yes" as a spread.
  if (matchWords(text, c.spreadWords, c).length) facts.spreadsBelowKnee = true;

  const days = parseDuration(text, now);
  if (days !== undefined) facts.durationDays = days;

  // Free text has many numbers; a score needs its scale ("7/10", "7 out of 10").
  if (/\b\d{1,2}\s*(\/|out of)\s*(10|ten)\b/i.test(text)) {
    const severity = parseSeverity(text);
    if (severity !== undefined) facts.severity = severity;
  }

  const age = parseAge(text, true);
  if (age !== undefined) {
    facts.age = age;
    const band = ageBandOf(age, protocol);
    if (band) facts.ageBand = band;
  }

  // Only the clear trend phrases: single words ("better", "spreads") are too loose in free text.
  const improving = matchWords(text, c.trendPhrases, c);
  const trend = improving.find((id): id is Improving => id === 'better' || id === 'same' || id === 'worse');
  if (trend && improving.length === 1) facts.improving = trend;

  for (const sentence of c.reader.read(text)) {
    if (findSpans(c.sleepTerms, sentence.tokens).length) facts.stopsSleepOrMovement = true;
  }

  const detection = c.detector.detect(text);
  if (detection.hits.length || detection.denied.length) {
    facts.flags = {};
    for (const id of detection.denied) facts.flags[id] = 'no';
    for (const hit of detection.hits) facts.flags[hit.flagId] = 'yes';
  }
  return facts;
}

/** "left"/"right" only next to a body word ("left hip", "on the right side"), so "right now" is not a side. */
function sideOf(text: string, c: Compiled): Side | undefined {
  const found = new Set<Side>();
  for (const sentence of c.reader.read(text)) {
    const tokens = sentence.tokens;
    const body = findSpans(c.bodyTerms, tokens);
    // The body word right after, or after "my"/"the"/"hand": "left hip", "right side", "both my legs".
    const bodyAfter = (i: number) =>
      body.some((b) => b.start === i + 1 || (b.start === i + 2 && ['my', 'the', 'hand', 'of'].includes(tokens[i + 1]!.raw)));
    tokens.forEach((t, i) => {
      if (t.raw === 'both' && bodyAfter(i)) found.add('both');
      if ((t.raw === 'left' || t.raw === 'right') && bodyAfter(i)) found.add(t.raw);
      if (t.raw === 'middle' || t.raw === 'centre' || t.raw === 'center') found.add('middle');
    });
  }
  if (found.has('left') && found.has('right')) return 'both';
  return found.size === 1 ? [...found][0] : found.has('both') ? 'both' : undefined;
}
