// The red-flag detector: finds the protocol's flags in a patient's own words.
// A flag's detect entry is a phrase or a set of concepts that must appear in one sentence
// ("numb" + "saddle area"); context (negation, someone else's past, hypotheticals) is read
// around them. Safety first: when the context is unclear, the hit stands.
import { compileLanguage, readContext, type CompiledLanguage, type SentenceContext } from './context.ts';
import type { Protocol, ProtocolFlag } from './protocolSchema.ts';
import { findSpans, overlaps, TextReader, type Sentence, type Span, type Term } from './text.ts';
import type { DetectionResult, FlagHit } from './types.ts';

interface CompiledEntry {
  /** Concept keys that must all be present. */
  all: string[];
  /** Concept keys that cancel the entry when present and not negated. */
  none: string[];
  /** Can only deny the flag: "I can still control my bladder". */
  denialOnly: boolean;
}

interface CompiledFlag {
  flag: ProtocolFlag;
  entries: CompiledEntry[];
}

export interface RedFlagDetector {
  /** Reads one patient message. Pure: the same text always gives the same result. */
  detect(text: string): DetectionResult;
}

const MAX_COMBINATIONS = 200;

/**
 * Builds a detector for the protocol's flags and vocabulary. Building compiles every term once;
 * keep the detector for the life of the process.
 */
export function createRedFlagDetector(protocol: Protocol): RedFlagDetector {
  const reader = new TextReader(protocol.language.contractions);
  const concepts = new Map<string, Term[]>();
  for (const [name, terms] of Object.entries(protocol.concepts)) concepts.set(name, terms.map((t) => reader.compile(t)));
  const flags: CompiledFlag[] = protocol.flags.map((flag) => ({
    flag,
    entries: flag.detect.map((entry): CompiledEntry => {
      if (typeof entry === 'string') {
        const key = `phrase:${entry}`;
        if (!concepts.has(key)) concepts.set(key, [reader.compile(entry)]);
        return { all: [key], none: [], denialOnly: false };
      }
      return Array.isArray(entry) ? { all: entry, none: [], denialOnly: false } : { all: entry.all, none: entry.none, denialOnly: entry.denialOnly };
    }),
  }));
  const cancelling = new Set(flags.flatMap((f) => f.entries.flatMap((e) => e.none)));
  const lang = compileLanguage(reader, protocol.language);

  return {
    detect(text: string): DetectionResult {
      const hits = new Map<string, FlagHit>();
      const deniedCandidates = new Set<string>();
      let isQuestion = false;
      for (const sentence of reader.read(text)) {
        const spans = new Map<string, Span[]>();
        for (const [name, terms] of concepts) spans.set(name, findSpans(terms, sentence.tokens));
        const symptomSpans = [...spans].filter(([name]) => !cancelling.has(name)).flatMap(([, s]) => s);
        const ctx = readContext(lang, sentence, symptomSpans);
        isQuestion ||= ctx.isQuestion;
        for (const { flag, entries } of flags) {
          if (hits.has(flag.id)) continue;
          for (const entry of entries) {
            const outcome = judgeEntry(entry, spans, ctx, sentence, flag, lang);
            if (outcome.kind === 'hit') {
              hits.set(flag.id, { flagId: flag.id, level: flag.level, evidence: evidenceOf(sentence, outcome.spans) });
              break;
            }
            if (outcome.kind === 'negated') deniedCandidates.add(flag.id);
          }
        }
      }
      return {
        hits: [...hits.values()],
        denied: [...deniedCandidates].filter((id) => !hits.has(id)),
        isQuestion,
      };
    },
  };
}

type Outcome = { kind: 'hit'; spans: Span[] } | { kind: 'negated' } | { kind: 'none' };

function judgeEntry(
  entry: CompiledEntry,
  spans: Map<string, Span[]>,
  ctx: SentenceContext,
  sentence: Sentence,
  flag: ProtocolFlag,
  lang: CompiledLanguage,
): Outcome {
  const candidates = entry.all.map((name) => spans.get(name) ?? []);
  if (candidates.some((c) => c.length === 0)) return { kind: 'none' };
  // For a flag that counts in the past, "I don't inject anymore" tells a history: not a denial.
  const affirmed = (s: Span) => !some(ctx.negated, s) || (flag.pastCounts && some(ctx.ended, s));

  let sawNegated = false;
  let result: Outcome = { kind: 'none' };
  let tried = 0;
  // Depth-first over one span per concept, the spans not overlapping each other.
  const choose = (i: number, chosen: Span[]): boolean => {
    if (tried > MAX_COMBINATIONS) return false;
    if (i === candidates.length) {
      tried++;
      // Denied and then taken back ("no weight loss, well maybe a stone"): neither way.
      if (chosen.some((s) => some(ctx.hedged, s))) return false;
      if (entry.denialOnly) {
        if (chosen.every(affirmed) && !isSetAside(chosen, ctx, sentence, flag, lang) && !blockedBetween(chosen, ctx)) sawNegated = true;
        return false;
      }
      if (!chosen.every(affirmed)) {
        sawNegated = true;
        return false;
      }
      if (isCancelled(entry, chosen, spans, ctx)) return false;
      if (isSetAside(chosen, ctx, sentence, flag, lang)) return false;
      result = { kind: 'hit', spans: [...chosen] };
      return true;
    }
    for (const span of candidates[i]!) {
      if (chosen.some((c) => overlaps(c, span))) continue;
      chosen.push(span);
      if (choose(i + 1, chosen)) return true;
      chosen.pop();
    }
    return false;
  };
  choose(0, []);
  const found = result as Outcome; // assigned inside the closure above
  if (found.kind === 'hit') return found;
  return sawNegated ? { kind: 'negated' } : { kind: 'none' };
}

/** A "none" concept in the same clause, not negated, cancels the entry ("hot" + "hip", not "hot pack"). */
function isCancelled(entry: CompiledEntry, chosen: Span[], spans: Map<string, Span[]>, ctx: SentenceContext): boolean {
  const clauses = new Set(chosen.flatMap((s) => [ctx.clause[s.start], ctx.clause[s.end - 1]]));
  return entry.none.some((name) =>
    (spans.get(name) ?? []).some((s) => !some(ctx.negated, s) && clauses.has(ctx.clause[s.start])),
  );
}

/** True when every part of the mention is hypothetical, someone else's past, or the patient's distant past. */
function isSetAside(chosen: Span[], ctx: SentenceContext, sentence: Sentence, flag: ProtocolFlag, lang: CompiledLanguage): boolean {
  if (chosen.every((s) => some(ctx.hypothetical, s))) return true;
  if (chosen.every((s) => some(ctx.causeQuestion, s))) {
    const first = Math.min(...chosen.map((s) => s.start));
    const before = sentence.tokens[first - 1]?.raw;
    if (!before || !lang.ownWords.has(before)) return true;
  }
  if (chosen.every((s) => some(ctx.otherPersonPast, s))) return true;
  if (!flag.pastCounts && chosen.every((s) => some(ctx.historical, s))) return true;
  return false;
}

/** A contrast or a denial between the parts ("I can control my bladder but not my bowels"). */
function blockedBetween(chosen: Span[], ctx: SentenceContext): boolean {
  const sorted = [...chosen].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    for (let i = sorted[k - 1]!.end; i < sorted[k]!.start; i++) if (ctx.blocker[i]) return true;
  }
  return false;
}

function some(marks: boolean[], span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (marks[i]) return true;
  return false;
}

function evidenceOf(sentence: Sentence, spans: Span[]): string {
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return sentence.tokens
    .slice(start, end)
    .filter((t) => !t.isBreak)
    .map((t) => t.raw)
    .join(' ');
}
