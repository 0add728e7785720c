// NegEx/ConText-style reading of the words around a symptom: is it negated ("no fever"), someone
// else's past ("my mum had cancer"), the patient's own distant past ("years ago"), or hypothetical
// ("what if my legs go numb?"). Trigger words come from the protocol's `language` section.
import type { Protocol } from './protocolSchema.ts';
import { findSpans, overlaps, type Sentence, type Span, type Term, type TextReader } from './text.ts';

type Language = Protocol['language'];

export interface CompiledLanguage {
  questionStarts: Set<string>;
  terminators: Term[];
  negBefore: Term[];
  negAfter: Term[];
  pseudo: Term[];
  otherBefore: Term[];
  otherAfter: Term[];
  pastMarkers: Term[];
  selfWords: Term[];
  historyMarkers: Term[];
  historyBreakers: Term[];
  hypoBefore: Term[];
  hypoAfter: Term[];
  conditional: Term[];
  futureMarkers: Term[];
  cause: Term[];
  ownWords: Set<string>;
  firstPerson: Set<string>;
  window: number;
  windowAfter: number;
}

export function compileLanguage(reader: TextReader, lang: Language): CompiledLanguage {
  const c = (list: string[]) => list.map((t) => reader.compile(t, false));
  return {
    questionStarts: new Set(lang.questionStarts.map((w) => w.toLowerCase())),
    terminators: c(lang.terminators),
    negBefore: c(lang.negation.before),
    negAfter: c(lang.negation.after),
    pseudo: c(lang.negation.pseudo),
    otherBefore: c(lang.otherPerson.before),
    otherAfter: c(lang.otherPerson.after),
    pastMarkers: c(lang.otherPerson.pastMarkers),
    selfWords: c(lang.otherPerson.selfWords),
    historyMarkers: c(lang.history.markers),
    historyBreakers: c(lang.history.breakers),
    hypoBefore: c(lang.hypothetical.before),
    hypoAfter: c(lang.hypothetical.after),
    conditional: c(lang.hypothetical.conditional),
    futureMarkers: c(lang.hypothetical.futureMarkers),
    cause: c(lang.hypothetical.cause),
    ownWords: new Set(lang.hypothetical.ownWords),
    firstPerson: new Set(lang.firstPerson),
    window: lang.negation.window,
    windowAfter: lang.negation.windowAfter,
  };
}

/** Per-token context marks of one sentence. */
export interface SentenceContext {
  isQuestion: boolean;
  negated: boolean[];
  hypothetical: boolean[];
  /** Hypothetical only through "cause"/"mean" words: undone when the symptom is "my …"/"the …". */
  causeQuestion: boolean[];
  otherPersonPast: boolean[];
  historical: boolean[];
  /** Clause number of each token (clauses end at commas and words like "but"). */
  clause: number[];
}

/**
 * Marks each token of the sentence. `symptomSpans` are the symptom terms found in it: a negation
 * word inside one of them is part of the symptom ("can't feel", "no control"), not a negation.
 */
export function readContext(lang: CompiledLanguage, sentence: Sentence, symptomSpans: Span[]): SentenceContext {
  const tokens = sentence.tokens;
  const n = tokens.length;
  const find = (terms: Term[]) => findSpans(terms, tokens);
  const inSymptom = (s: Span) => symptomSpans.some((m) => overlaps(m, s));

  // Clause boundaries: commas and the like, and terminator words ("but", "although", "and my" …).
  const boundary = new Array<boolean>(n).fill(false);
  tokens.forEach((t, i) => (boundary[i] = t.isBreak));
  const terminatorSpans = find(lang.terminators).filter((s) => !inSymptom(s));
  for (const s of terminatorSpans) boundary[s.start] = true;

  const forward = (from: number, limit: number, stop?: boolean[]) => {
    const out: number[] = [];
    for (let i = from; i < n && out.length < limit; i++) {
      if (boundary[i] || stop?.[i]) break;
      out.push(i);
    }
    return out;
  };
  const backward = (from: number, limit: number) => {
    const out: number[] = [];
    for (let i = from; i >= 0 && out.length < limit; i--) {
      if (boundary[i]) break;
      out.push(i);
    }
    return out;
  };
  const mark = (arr: boolean[], idx: number[]) => idx.forEach((i) => (arr[i] = true));

  const isQuestion = sentence.endsWithQuestionMark || startsLikeQuestion(lang, sentence);

  // Negation: triggers inside a symptom term or a pseudo-negation ("not sure") do not count.
  const pseudo = find(lang.pseudo);
  const usable = (s: Span) => !inSymptom(s) && !pseudo.some((p) => overlaps(p, s));
  const negated = new Array<boolean>(n).fill(false);
  for (const s of find(lang.negBefore).filter(usable)) mark(negated, forward(s.end, lang.window));
  for (const s of find(lang.negAfter).filter(usable)) mark(negated, backward(s.start - 1, lang.windowAfter));

  // Hypothetical: always after "signs of", "what are"…; after "if" only in a question or with a
  // future word ("if I get a fever I'll call"); after "cause" only in a question.
  // A question that says nothing about the asker ("could sciatica affect both legs?") is general.
  const hypothetical = new Array<boolean>(n).fill(isQuestion && !tokens.some((t) => lang.firstPerson.has(t.raw)));
  const markTrigger = (s: Span) => mark(hypothetical, range(s.start, s.end));
  for (const s of find(lang.hypoBefore).filter((s) => !inSymptom(s))) {
    markTrigger(s);
    mark(hypothetical, forward(s.end, 30));
  }
  for (const s of find(lang.hypoAfter)) {
    markTrigger(s);
    mark(hypothetical, backward(s.start - 1, 30));
  }
  const future = find(lang.futureMarkers).length > 0;
  if (isQuestion || future) {
    for (const s of find(lang.conditional)) mark(hypothetical, forward(s.end, 30));
  }
  const causeQuestion = new Array<boolean>(n).fill(false);
  if (isQuestion) for (const s of find(lang.cause)) mark(causeQuestion, forward(s.end, 30));
  // "could long-term steroids make it worse?": the subject right after the question word is general,
  // unless it is "my …" or "the …".
  if (isQuestion && startsLikeQuestion(lang, sentence)) {
    for (let i = 1; i < Math.min(n, 5); i++) {
      const raw = tokens[i]!.raw;
      if (tokens[i]!.isBreak || lang.ownWords.has(raw) || lang.firstPerson.has(raw)) break;
      causeQuestion[i] = true;
    }
  }

  // Someone else: "my mum had cancer" (their past) does not count; "my husband can't feel his
  // legs" (happening now) still does. "I"/"me" ends their part of the sentence.
  const selfStop = new Array<boolean>(n).fill(false);
  for (const s of find(lang.selfWords)) selfStop[s.start] = true;
  const otherPersonPast = new Array<boolean>(n).fill(false);
  const past = find(lang.pastMarkers).length > 0;
  if (past) for (const s of find(lang.otherBefore)) mark(otherPersonPast, forward(s.end, 30, selfStop));
  for (const s of find(lang.otherAfter)) mark(otherPersonPast, backward(s.start - 1, 30));

  // The patient's distant past ("years ago", "used to"): the whole clause, up to "now", "again"…
  const historical = new Array<boolean>(n).fill(false);
  const breakers = new Array<boolean>(n).fill(false);
  for (const s of find(lang.historyBreakers)) for (let i = s.start; i < s.end; i++) breakers[i] = true;
  for (const s of find(lang.historyMarkers)) {
    for (let i = s.start; i >= 0 && !boundary[i] && !breakers[i]; i--) historical[i] = true;
    for (let i = s.start; i < n && !boundary[i] && !breakers[i]; i++) historical[i] = true;
  }

  const clause: number[] = [];
  let current = 0;
  for (let i = 0; i < n; i++) {
    if (boundary[i]) current++;
    clause.push(current);
  }
  return { isQuestion, negated, hypothetical, causeQuestion, otherPersonPast, historical, clause };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

function startsLikeQuestion(lang: CompiledLanguage, sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => !t.isBreak);
  const first = words[0]?.raw;
  if (!first || !lang.questionStarts.has(first)) return false;
  // "can't feel my legs" starts with "can" but is a statement.
  return words[1]?.raw !== 'not';
}
