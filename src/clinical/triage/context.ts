// NegEx/ConText-style reading of the words around a symptom: is it negated ("no fever"), someone
// else's past ("my mum had cancer"), the patient's own distant past ("years ago"), or hypothetical
// ("what if my legs go numb?"). Trigger words come from the protocol's `language` section.
import { firstTag } from '../natural.ts';
import type { Protocol } from './protocolSchema.ts';
import { CORRECTION, SELF_QUOTE } from './corrections.ts';
import { findSpans, HASHTAG, overlaps, TermMatcher, type Sentence, type Span, type Term, type TextReader, type Token } from './text.ts';

/** How far after an "and" the patient may come in as the subject of a new clause ("and down there I …"). */
const AND_SUBJECT_REACH = 3;

/** How many items of a list after a frame are read with it, and the words an item has at most. */
const LIST_REACH = 24;
const LIST_ITEM = 7;

/** Words that open a bare subject ("my bladder", "the feeling"). */
const SUBJECT_OPENERS = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'the']);

type Language = Protocol['language'];

export interface CompiledLanguage {
  questionStarts: Set<string>;
  /** Words that only lead into a question ("so", "um", "okay"). */
  questionLeads: Set<string>;
  /** Words after a question's first word that make it a statement ("can't feel my legs", "can barely breathe"). */
  statementAfterStart: Set<string>;
  terminators: Term[];
  contrast: Term[];
  bodyParts: Set<string>;
  everydaySigns: Set<string>;
  anaphora: Set<string>;
  likenessPointers: Term[];
  likenedCause: Term[];
  /** "when it's cold", "if it rains": an "it" of the weather, no pointer to a sign told before. */
  weatherIt: Term[];
  tagAuxiliaries: Set<string>;
  tagSubjects: Set<string>;
  reversedBy: Term[];
  exceptions: Term[];
  lifetime: Term[];
  corrections: Term[];
  returned: Term[];
  negBefore: Term[];
  negAfter: Term[];
  pseudo: Term[];
  otherBefore: Term[];
  otherAfter: Term[];
  pastMarkers: Term[];
  charges: Term[];
  chargePlaces: Set<string>;
  chargeConditions: Term[];
  ownBody: Set<string>;
  selfWords: Term[];
  historyMarkers: Term[];
  historyBreakers: Term[];
  ended: Term[];
  ongoing: Set<string>;
  wellNow: Set<string>;
  resolvedAfter: Term[];
  resolvedOwn: Term[];
  lostParts: Set<string>;
  lostFunctions: Set<string>;
  afterGone: Set<string>;
  notOverWith: Set<string>;
  pointsBack: Term[];
  hypoBefore: Term[];
  hypoAfter: Term[];
  generalRule: Term[];
  ruleTellers: Set<string>;
  heardSources: Term[];
  heardSaying: Term[];
  heardListing: Term[];
  /** Words that claim a sign named before as the writer's own ("that's me", "ticked it"). */
  claims: Term[];
  heardHearing: Term[];
  heardDeterminers: Set<string>;
  heardAfter: Term[];
  heardSetIn: Set<string>;
  heardStories: Term[];
  conditional: Term[];
  knowing: Set<string>;
  saying: Set<string>;
  futureMarkers: Term[];
  cause: Term[];
  ownWords: Set<string>;
  toldAfter: Set<string>;
  subjects: Set<string>;
  supposing: Term[];
  clauseSupposing: Term[];
  toldNow: Term[];
  askerImplied: Term[];
  exampleLeads: Term[];
  examplesAsking: Term[];
  firstPerson: Set<string>;
  genericYou: Set<string>;
  amountUnits: Set<string>;
  amountBefore: Set<string>;
  denialsInCue: Set<string>;
  someone: Set<string>;
  /** A "not" that may be the second half of a contrast ("control of my legs, not of my bladder"). */
  bareNot: Set<string>;
  /** Small words allowed between such a "not" and what it is set against ("of", "my"). */
  ellipsisFillers: Set<string>;
  /** Words that say something can be done ("I can feel my legs, not my saddle area"). */
  abilityWords: Set<string>;
  /** Words that may begin a new clause inside a denial's reach, with no comma (see content). */
  clauseOpeners: Set<string>;
  thingDenials: Set<string>;
  possessives: Set<string>;
  linkers: Set<string>;
  frames: Term[];
  shared: Term[];
  disowned: Term[];
  figurative: Term[];
  window: number;
  windowAfter: number;
  /** Every word list above in one index, read in one pass per sentence. */
  lists: { matcher: TermMatcher; nameOf: Map<Term[], string> };
}

export function compileLanguage(reader: TextReader, lang: Language): CompiledLanguage {
  const c = (list: string[]) => list.map((t) => reader.compile(t, false));
  const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
  const compiled: Omit<CompiledLanguage, 'lists'> = {
    questionStarts: lower(lang.questionStarts),
    questionLeads: lower(lang.questionLeads),
    statementAfterStart: lower(lang.statementAfterStart),
    terminators: c(lang.terminators),
    contrast: c(lang.contrast),
    bodyParts: new Set(lang.bodyParts),
    everydaySigns: new Set(lang.everydaySigns),
    anaphora: lower(lang.anaphora),
    likenessPointers: c(lang.likenessPointers),
    likenedCause: c(lang.likenedCause),
    weatherIt: c(lang.weatherIt.leads.flatMap((lead) => lang.weatherIt.states.map((state) => `${lead} it ~ ${state}`))),
    tagAuxiliaries: lower(lang.questionTags.auxiliaries),
    tagSubjects: lower(lang.questionTags.subjects),
    reversedBy: c(lang.negation.reversedBy),
    exceptions: c(lang.negation.exceptions),
    lifetime: c(lang.negation.lifetime),
    corrections: c(lang.negation.corrections),
    returned: c(lang.negation.returned),
    negBefore: c(lang.negation.before),
    negAfter: c(lang.negation.after),
    pseudo: c(lang.negation.pseudo),
    otherBefore: c(lang.otherPerson.before),
    otherAfter: c(lang.otherPerson.after),
    pastMarkers: c(lang.otherPerson.pastMarkers),
    charges: c(lang.otherPerson.charges),
    chargePlaces: new Set(lang.otherPerson.chargePlaces),
    chargeConditions: c(lang.otherPerson.chargeConditions),
    ownBody: new Set(lang.otherPerson.ownBody),
    selfWords: c(lang.otherPerson.selfWords),
    frames: c(lang.otherPerson.frames),
    shared: c(lang.otherPerson.shared),
    disowned: c(lang.otherPerson.disowned),
    figurative: c(lang.figurative),
    historyMarkers: c(lang.history.markers),
    historyBreakers: c(lang.history.breakers),
    ended: c(lang.history.ended),
    ongoing: lower(lang.history.ongoing),
    wellNow: lower(lang.history.wellNow),
    // A word pointing back, then (past up to three qualifying words) one of ending: "that's fully cleared now".
    resolvedAfter: c([...lang.history.resolvedAfter, ...lang.history.resolvedPointers.flatMap((p) => lang.history.resolvedVerbs.map((v) => `${p} ~ ${v}`))]),
    pointsBack: c(lang.history.pointsBack),
    resolvedOwn: c(lang.history.resolvedOwn.auxiliaries.flatMap((a) => lang.history.resolvedOwn.verbs.map((v) => `${a} ~ ${v}`))),
    lostParts: lower(lang.history.resolvedOwn.notAfterParts),
    lostFunctions: lower(lang.history.resolvedOwn.notWithFunctions),
    afterGone: lower(lang.history.afterGone),
    notOverWith: lower(lang.history.notOverWith),
    hypoBefore: c(lang.hypothetical.before),
    heardSources: c([...(lang.hypothetical.heard?.sources ?? []), ...(lang.hypothetical.heard?.stories ?? [])]),
    heardStories: c(lang.hypothetical.heard?.stories ?? []),
    heardSaying: c(lang.hypothetical.heard?.saying ?? []),
    heardListing: c(lang.hypothetical.heard?.listing ?? []),
    claims: c(lang.claims),
    heardHearing: c(lang.hypothetical.heard?.hearing ?? []),
    heardDeterminers: lower(lang.hypothetical.heard?.determiners ?? []),
    heardAfter: c(lang.hypothetical.heard?.after ?? []),
    heardSetIn: lower(lang.hypothetical.heard?.setIn ?? []),
    hypoAfter: c(lang.hypothetical.after),
    generalRule: c(lang.hypothetical.generalRule),
    ruleTellers: new Set(lang.hypothetical.ruleTellers),
    conditional: c(lang.hypothetical.conditional),
    knowing: lower(lang.hypothetical.knowing),
    saying: lower(lang.hypothetical.saying),
    futureMarkers: c(lang.hypothetical.futureMarkers),
    cause: c(lang.hypothetical.cause),
    ownWords: new Set(lang.hypothetical.ownWords),
    toldAfter: lower(lang.hypothetical.toldAfter),
    subjects: lower(lang.hypothetical.subjects),
    supposing: c(lang.hypothetical.supposing),
    clauseSupposing: c(lang.hypothetical.clauseSupposing),
    toldNow: c(lang.hypothetical.toldNow),
    askerImplied: c(lang.hypothetical.askerImplied),
    exampleLeads: c(lang.hypothetical.examples.leads),
    examplesAsking: c(lang.hypothetical.examples.asking),
    firstPerson: new Set(lang.firstPerson),
    genericYou: lower(lang.genericYou),
    amountUnits: lower(lang.amounts.units),
    amountBefore: lower(lang.amounts.before),
    denialsInCue: lower(lang.denialsInCue),
    someone: lower(lang.someone),
    bareNot: lower(lang.negation.bareNot),
    ellipsisFillers: lower(lang.negation.ellipsisFillers),
    abilityWords: lower(lang.negation.ability),
    clauseOpeners: lower(lang.negation.clauseOpeners),
    thingDenials: lower(lang.negation.thingDenials),
    possessives: lower(lang.negation.possessives),
    linkers: lower(lang.negation.linkers),
    window: lang.negation.window,
    windowAfter: lang.negation.windowAfter,
  };
  // A sentence is searched for some twenty lists; one index over all of them reads it once.
  const nameOf = new Map<Term[], string>();
  const groups = new Map<string, Term[]>();
  for (const [name, value] of Object.entries(compiled)) {
    if (!Array.isArray(value)) continue;
    nameOf.set(value, name);
    groups.set(name, value);
  }
  return { ...compiled, lists: { matcher: new TermMatcher(groups), nameOf } };
}

/** Per-token context marks of one sentence. */
export interface SentenceContext {
  isQuestion: boolean;
  negated: boolean[];
  /** In a denial's reach but past a word that may begin a new clause: neither denied nor told, asked about. */
  beyondDenial: boolean[];
  /** Denied, then taken back ("no weight loss, well maybe a stone"): neither denied nor reported. */
  hedged: boolean[];
  /**
   * In a clause that says something has ended ("anymore", "stopped") and not denied for a whole
   * life ("never"): a history, for flags where that counts.
   */
  ended: boolean[];
  /** Contrast words and denials: between a "control is fine" phrase and its organ, they stop the denial. */
  blocker: boolean[];
  /** The contrast words alone ("but", "although"…). */
  contrast: boolean[];
  /** The denial words that deny what follows ("no", "not", "never"…; not "… is fine"), where they deny something. */
  denial: boolean[];
  hypothetical: boolean[];
  /** Told with no person before a question about it ("Feeling feverish, is it worth…?"): set aside, but worth asking. */
  toldBeforeQuestion: boolean[];
  /** Inside "if …" / "what if …" in a question or with a future word: a pure hypothetical. */
  conditional: boolean[];
  /** Hypothetical only through "cause"/"mean" words: undone when the symptom is "my …"/"the …". */
  causeQuestion: boolean[];
  otherPersonPast: boolean[];
  /** About someone else, past or present ("my husband can't feel his legs"). */
  otherPerson: boolean[];
  /** About someone in the writer's professional care ("one of my patients has cauda equina"). */
  inCare: boolean[];
  /** The writer speaks of themself in this sentence too, outside what is said of those in their care. */
  writerBeside: boolean;
  historical: boolean[];
  /** In a sentence dated by a year, up to a word of now: most likely over, asked about. */
  dated: boolean[];
  /** In the clause of a figure of speech ("… laughing", "… when I saw the bill"): the sign may be borrowed. */
  figurative: boolean[];
  /**
   * The sentence also speaks of now ("now", "again", "this week"…): a sign marked historical in it
   * may be current too ("a fever years ago and again this week", "… and it happened again today").
   */
  speaksOfNow: boolean;
  /** The sentence asks about signs in general ("what should I never ignore?", `hypothetical.examples.asking`): examples may follow. */
  asksOfSigns: boolean;
  /** Clause number of each token (clauses end at commas and words like "but"). */
  clause: number[];
  /** Where a likeness of a cause opens ("like I've been…", "as if"): what follows it explains no sign. */
  likenedCause: Span[];
}

/** Verbs after which "if" asks ("I asked if…", "I wonder if…"), and the words of being normal so asked. */
const ASKING_WHETHER = new Set(['ask', 'asked', 'asking', 'wonder', 'wondered', 'wondering']);
const FINE_ASKED = new Set(['normal', 'fine', 'ok', 'okay', 'alright', 'usual']);

/** Before a word of being well, these deny it ("not fine now", "not feeling very well now"), up to this many words before it. */
const NOT_WELL = new Set(['not', 'never', 'no', 'hardly', 'barely', 'nothing', 'nowhere']);
const WELL_DENIAL_REACH = 4;

/**
 * Marks each token of the sentence. `symptomSpans` are the symptom terms found in it: a negation
 * word inside one of them is part of the symptom ("can't feel", "no control"), not a negation.
 * `termSpans` are every protocol term found, the words that cancel a sign included: a terminator
 * inside one ("as though", "till dawn") is part of the term, not a clause break.
 */
/** `examplesAsked`: the sentence before asked about signs in general, so examples may open this one. */
export function readContext(lang: CompiledLanguage, sentence: Sentence, symptomSpans: Span[], signSpans: Span[] = symptomSpans, termSpans: Span[] = symptomSpans, examplesAsked = false): SentenceContext {
  const tokens = sentence.tokens;
  const n = tokens.length;
  const found = lang.lists.matcher.match(tokens);
  const find = (terms: Term[]): Span[] => {
    const name = lang.lists.nameOf.get(terms);
    return name === undefined ? findSpans(terms, tokens) : (found.get(name) ?? []);
  };
  /** Where someone else is named ("my mum", "he"), read once for the rules below that need it. */
  const otherStarts = find(lang.otherBefore);
  const inSymptom = (s: Span) => symptomSpans.some((m) => overlaps(m, s));
  // The words of now, without a "now" that tells being well ("I fainted at a wedding last year, I'm fine
  // now"): that brings no sign of the past back to the present. Not when a denial stands in the few words
  // before ("not fine now", "I don't feel well now", "not any better now"), nor "as well now" (too).
  const wellNow = (s: Span) => {
    if (tokens[s.start]!.raw !== 'now' || !lang.wellNow.has(tokens[s.start - 1]?.raw ?? '')) return false;
    if (tokens[s.start - 1]!.raw === 'well' && tokens[s.start - 2]?.raw === 'as') return false;
    return !tokens.slice(Math.max(0, s.start - 1 - WELL_DENIAL_REACH), s.start - 1).some((t) => NOT_WELL.has(t.raw));
  };
  const nowBreakers = find(lang.historyBreakers).filter((s) => !wellNow(s));
  // A terminator overlapping a sign's words, or inside a longer term ("though" in "as though"); not one
  // that holds a term of its own ("more like" holds the likeness "like").
  const inTerm = (s: Span) => inSymptom(s) || termSpans.some((m) => m.start <= s.start && s.end <= m.end && m.end - m.start > s.end - s.start);

  // Clause boundaries: commas and the like, and terminator words ("but", "although", "and my" …).
  const boundary = new Array<boolean>(n).fill(false);
  tokens.forEach((t, i) => (boundary[i] = t.isBreak));
  // Two subjects of one verb ("my waterworks and my motions are perfectly normal"): an "and" right
  // after a bare "my X" that opens its clause joins them, so what is said of both reaches both.
  const joinsSubjects = (at: number): boolean =>
    tokens[at]!.raw === 'and' && at >= 2 && SUBJECT_OPENERS.has(tokens[at - 2]!.raw) && (at === 2 || boundary[at - 3]!) && SUBJECT_OPENERS.has(tokens[at + 1]?.raw ?? '');
  const terminatorSpans = find(lang.terminators).filter((s) => !inTerm(s));
  for (const s of terminatorSpans) if (!joinsSubjects(s.start)) boundary[s.start] = true;
  // "And" with the patient as the subject a few words on starts their own clause too ("the thing not
  // stand up anymore and down there I feel nothing"): a denial before it does not reach past it.
  tokens.forEach((t, i) => {
    if (t.raw !== 'and' || boundary[i]) return;
    for (let j = i + 1; j <= i + AND_SUBJECT_REACH && j < n && !boundary[j]; j++) {
      if (tokens[j]!.raw === 'i') {
        boundary[i] = true;
        break;
      }
    }
  });

  /** The words from `from` on, up to a clause break (over a bare comma, a list's, with `overCommas`) or `stop`. */
  const forward = (from: number, limit: number, stop?: boolean[], overCommas = false) => {
    const out: number[] = [];
    for (let i = from; i < n && out.length < limit; i++) {
      if (stop?.[i] || (boundary[i] && !(overCommas && tokens[i]!.raw === ','))) break;
      if (!boundary[i]) out.push(i);
    }
    return out;
  };
  /** Per token: a word of now ("today", "still") starts there, or "since" with its time ("since last night"). */
  const nowAt = tokens.map((t, i) => t.raw === 'since' && i + 1 < n && !boundary[i + 1]);
  for (const s of nowBreakers) nowAt[s.start] = true;
  const tellsNowAt = (i: number) => nowAt[i]!;
  // What an "if" supposes may run over "and", "or", "then" ("If I had a fall and then couldn't lift my leg,
  // what should I do?"), up to a punctuation mark, another terminator ("but"), or a clause told as now.
  const supposedReach = (from: number): number[] => {
    const out: number[] = [];
    for (let i = from; i < n && out.length < 30; i++) {
      if (boundary[i]) {
        if (tokens[i]!.isBreak || !JOINS_SUPPOSITION.has(tokens[i]!.raw)) break;
        // Only a joined clause in the past of a supposition is supposed ("if I had a fall and then couldn't lift
        // my leg", "…and I started running a temperature"); one that speaks of now, or not in that past, is told
        // ("…and I can't feel my bum since this morning", "if my chest feels tight and my left arm aches?").
        let end = i;
        while (end < n && boundary[end] && JOINS_SUPPOSITION.has(tokens[end]!.raw)) end++;
        while (end < n && !boundary[end]) end++;
        const clauseWords = range(i, end);
        if (clauseWords.some(tellsNowAt) || !clauseWords.some((k) => suppositionPast(tokens[k]!.raw))) break;
      }
      if (tellsNowAt(i)) break;
      out.push(i);
    }
    return out;
  };
  // A list set off by commas after an "if" clause, with no verb of its own and a clause after it ("If I get
  // any of those warning things, numb bum or bladder stuff, I'll go to A&E"): still what is supposed.
  const appositionAfter = (clause: number[]): number[] => {
    const end = clause.length ? clause[clause.length - 1]! + 1 : -1;
    if (end < 0 || end >= n || !boundary[end]) return [];
    const next = forward(end + 1, 12);
    const after = next.length ? next[next.length - 1]! + 1 : -1;
    if (!next.length || after >= n - 1 || next.some((i) => /^(VB|MD)/.test(firstTag(tokens[i]!.raw) ?? ''))) return [];
    return next;
  };
  // The rest of a list set off by commas after a frame, item by item while no item has a verb of its own
  // ("I asked her about chest pain, arm pain or sweating — she says none of that"): what the frame holds.
  // A gerund is an item ("sweating", "tingling"), not a verb.
  const listAfter = (clause: number[]): number[] => {
    const out: number[] = [];
    for (let last = clause; out.length < LIST_REACH; ) {
      const end = last.length ? last[last.length - 1]! + 1 : -1;
      if (end < 0 || end >= n || !boundary[end]) break;
      const next = forward(end + 1, LIST_ITEM);
      if (!next.length || next.length >= LIST_ITEM || next.some((i) => lang.clauseOpeners.has(tokens[i]!.raw) || /^(VB[DPZN]?|MD)$/.test(firstTag(tokens[i]!.raw) ?? ''))) break;
      out.push(...next);
      last = next;
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
  // A denial that holds a whole symptom term ("nothing different", "nothing has changed") still denies.
  const holdsSymptom = (s: Span) => symptomSpans.some((m) => s.start <= m.start && m.end <= s.end && s.end - s.start > m.end - m.start);
  const usable = (s: Span) => (!inSymptom(s) || holdsSymptom(s)) && !pseudo.some((p) => overlaps(p, s));
  const negated = new Array<boolean>(n).fill(false);
  const beyondDenial = new Array<boolean>(n).fill(false);
  const hedged = new Array<boolean>(n).fill(false);
  // (Every denial word, even one inside a term, for telling a return itself denied, below.)
  const denialWords = find(lang.negBefore);
  const before = denialWords.filter(usable);
  const after = find(lang.negAfter).filter(usable);
  const reversers = find(lang.reversedBy);
  const exceptions = find(lang.exceptions);
  const lifetime = new Array<boolean>(n).fill(false);
  const lifetimeSpans = find(lang.lifetime);
  const isLifetime = (s: Span) => lifetimeSpans.some((l) => overlaps(l, s));
  const takenBack = takenBackClauses(find(lang.corrections), before, tokens, boundary);
  for (const s of before) {
    const scope = forward(s.end, lang.window);
    const next = scope.length ? scope[scope.length - 1]! + 1 : s.end;
    // "I didn't have cancer until 2019": the denial runs into "until", so it is not one.
    if (reversers.some((r) => r.start === next)) continue;
    // "No numbness apart from around my back passage", "not on any meds, besides prednisolone": what is
    // excepted may be the sign itself, so the denial leaves it unclear (asked about), never denied.
    // (In its reach, where a terminator of the reach ("except", "apart from") stops it, or opening the clause right after it.)
    const exceptAt = exceptions.find((x) => scope.includes(x.start) || x.start === next || (x.start === next + 1 && boundary[next] === true));
    // What follows the exception is read as it is told ("…apart from I haven't managed a proper wee since last night").
    if (exceptAt && !holdsSymptom(s)) mark(beyondDenial, scope.filter((i) => i < exceptAt.start));
    else if (takenBack.some((c) => c.start <= s.start && s.start < c.end)) mark(hedged, range(s.start, Math.max(next, s.end)));
    else {
      const cut = newClauseAt(lang, tokens, s, scope);
      const denied = cut < 0 ? scope : scope.slice(0, cut);
      mark(negated, holdsSymptom(s) ? [...range(s.start, s.end), ...denied] : denied);
      if (cut >= 0) mark(beyondDenial, scope.slice(cut));
    }
    if (isLifetime(s)) mark(lifetime, scope);
  }
  // "…went away yesterday but it's back today": a return told later undoes the denial after the sign, which is now.
  const returned = find(lang.returned);
  // A word of being normal or fine asked, not said, inside an "if" after asking or wondering ("I wonder if my
  // legs feeling weak is normal"): the sign is read as told, never as denied. Not a word of an end ("…if it
  // matters, the numbness went away"), nor past the "if" clause.
  const askedWhetherAt = tokens.findIndex((t, i) => (t.raw === 'if' || t.raw === 'whether') && ASKING_WHETHER.has(tokens[i - 1]?.raw ?? ''));
  const askedFine = (s: Span) =>
    askedWhetherAt >= 0 && s.start > askedWhetherAt && !boundary.slice(askedWhetherAt + 1, s.start).some(Boolean) && tokens.slice(s.start, s.end).some((t) => FINE_ASKED.has(t.raw));
  for (const s of after) {
    if (askedFine(s)) continue;
    // Itself denied ("my waterworks haven't been working properly", "aren't working as usual"): no denial of the sign.
    if (denialWords.some((b) => b.end <= s.start && s.start - b.end <= 2 && !boundary.slice(b.end, s.start).some(Boolean))) continue;
    const scope = backward(s.start - 1, lang.windowAfter);
    // (Not a return itself denied: "…went away and has not come back".)
    if (returned.some((r) => r.start >= s.end && !negated[r.start] && !denialWords.some((b) => b.end <= r.start && r.start - b.end <= 2))) continue;
    if (takenBack.some((c) => c.start <= s.start && s.start < c.end)) mark(hedged, range(Math.min(s.start, ...scope), s.end));
    else mark(negated, scope);
  }
  const denial = new Array<boolean>(n).fill(false);
  for (const s of before) mark(denial, range(s.start, s.end));
  const blocker = new Array<boolean>(n).fill(false);
  // "Not sure" stops a denial too: "I can control my bladder, not sure about my bowels" is no denial of the bowels.
  const contrastWords = find(lang.contrast);
  for (const s of [...contrastWords, ...before, ...after, ...pseudo]) mark(blocker, range(s.start, s.end));
  const contrast = new Array<boolean>(n).fill(false);
  for (const s of contrastWords) mark(contrast, range(s.start, s.end));

  // Hypothetical: always after "signs of", "what are"…; after "if" only in a question or with a
  // future word ("if I get a fever I'll call"); after "cause" only in a question.
  // A question that says nothing about the asker ("could sciatica affect both legs?") is general.
  // A statement about someone before the question is told, not asked: "her foot is turned out funny,
  // should she rest it?". One about no one may be either ("Feeling feverish, is it worth getting it
  // looked at?", "back pain plus a fever, what does that mean?"): set aside, but asked about.
  const hypothetical = new Array<boolean>(n).fill(false);
  const toldBeforeQuestion = new Array<boolean>(n).fill(false);
  if (isQuestion && !tokens.some((t) => lang.firstPerson.has(t.raw))) {
    const start = questionStart(lang, sentence, boundary);
    const someone = start > 0 && (tokens.some((t, i) => i < start && lang.someone.has(t.raw)) || otherStarts.some((o) => o.start < start));
    if (someone) hypothetical.fill(true, start);
    else {
      hypothetical.fill(true);
      toldBeforeQuestion.fill(true, 0, start);
    }
  }
  const markTrigger = (s: Span) => mark(hypothetical, range(s.start, s.end));
  // A cleft that tells, not asks ("What's new is the right knee keeps folding on the stairs").
  const cleft = (s: Span) => s.end - s.start === 2 && isCleft(sentence, tokens.slice(s.start), (k) => !boundary[s.start + k]);
  for (const s of find(lang.hypoBefore).filter((s) => (!inSymptom(s) || holdsSymptom(s)) && !cleft(s))) {
    markTrigger(s);
    const reach = forward(s.end, 30);
    mark(hypothetical, reach);
    // Not a list the writer's own report goes on in ("what does it mean if my leg's gone swollen, cold and blue").
    if (!reach.some((i) => lang.firstPerson.has(tokens[i]!.raw))) mark(hypothetical, listAfter(reach));
  }
  // What a page, a leaflet or a programme said is what it said, not a report; but it may be what the writer
  // has too, so it is asked about, never acted on unasked, never passed over: "a forum said to worry if
  // you lose control of your bladder", "the physio leaflet says numbness in the saddle area is an
  // emergency", "I read the NHS cauda equina page", "heard on a podcast that legs giving way is serious".
  const heardFrom = (idx: number[]) => {
    mark(hypothetical, idx);
    mark(toldBeforeQuestion, idx);
  };
  // A hashtag ("…ur hip or ur back?? 😤 #confused #physio") labels the post; a sign in one is asked about,
  // never acted on unasked: "#confused" is most often puzzlement, "#numb" may still be a report.
  tokens.forEach((t, i) => {
    if (t.raw === HASHTAG && i + 1 < n) heardFrom([i + 1]);
    // A correction: what it takes back ("…both numb *no sorry, just my left foot"), and the writer's own words
    // quoted back ("I said I'd wet myself but I meant my coffee…"), are asked about, never acted on nor dropped.
    if ((t.raw === CORRECTION || t.raw === SELF_QUOTE) && i === 0) heardFrom(range(1, n));
  });
  // "Chest pain is the one they say you should never ignore": what precedes it in its clause.
  for (const s of find(lang.heardAfter)) heardFrom(backward(s.start - 1, 30));
  const sources = find(lang.heardSources);
  if (sources.length) {
    const writerOwn = tokens.map((t) => lang.firstPerson.has(t.raw));
    const stories = find(lang.heardStories);
    const saying = find(lang.heardSaying);
    const listing = find(lang.heardListing);
    // After a list, the writer's own words, a word of now or a claim ("ticked it") make it theirs (below).
    const theirsAfter = (from: number) => tokens.some((_, i) => i >= from && (writerOwn[i]! || tellsNowAt(i))) || find(lang.claims).some((c) => c.start >= from);
    const between = (from: number, to: number) => to - from <= 3 && !boundary.slice(from, to).some(Boolean);
    for (const src of sources) {
      // The source's own words before it, back to its determiner: "the NHS cauda equina page", "a sepsis poster".
      const own: number[] = [];
      for (let i = src.start - 1; i >= 0 && own.length < 3 && !boundary[i] && !lang.heardDeterminers.has(tokens[i]!.raw); i--) own.push(i);
      const det = src.start - own.length - 1;
      if (own.length && lang.heardDeterminers.has(tokens[det]?.raw ?? '')) heardFrom(own);
      // A story set in it, up to the writer's own words: "In a medical drama last night a woman couldn't
      // move her hip", "A talk show guest lost five stone".
      const story = stories.some((s) => s.start === src.start && s.end === src.end);
      if (story && lang.heardDeterminers.has(tokens[det]?.raw ?? '') && (det === 0 || boundary[det - 1] || lang.heardSetIn.has(tokens[det - 1]?.raw ?? ''))) {
        heardFrom(forward(src.end, 30, writerOwn));
      }
      const says = saying.find((v) => v.start >= src.end && between(src.end, v.start));
      if (says) heardFrom(forward(says.end, 30));
      // A list of the signs it asks about ("has checkboxes for pins and needles, numbness and leg weakness"):
      // over the list's commas; none of it when the writer's own words, a word of now or a claim follow
      // ("…, and I've got both since this morning", "…fever, 39.5 this morning", "…numbness, ticked it").
      const lists = listing.find((v) => v.start >= src.end && between(src.end, v.start));
      if (lists && !theirsAfter(lists.end)) heardFrom(forward(lists.end, 30, undefined, true));
    }
    for (const h of find(lang.heardHearing)) {
      const src = sources.find((s) => s.start >= h.end && between(h.end, s.start));
      if (!src) continue;
      const that = tokens.findIndex((t, i) => i >= src.end && t.raw === 'that' && between(src.end, i));
      if (that >= 0) heardFrom(forward(that + 1, 30));
    }
  }
  // "Is it normal to feel hot and shivery?": no one is named, but the asker is who would feel it; asked about.
  for (const s of find(lang.askerImplied)) mark(toldBeforeQuestion, forward(s.end, 30));
  // Examples of the signs asked about in general, in a question ("what should I never ignore, like losing
  // control of my bladder?") or opening the question after one (`examplesAsked`: "…never ignore? Like
  // numbness between my legs?"): what they may be is asked about, never acted on unasked.
  const asking = find(lang.examplesAsking);
  if (isQuestion || examplesAsked) {
    for (const s of find(lang.exampleLeads)) {
      if (s.start > 0 && !boundary[s.start - 1]) continue;
      // An example is a thing named ("losing control of my bladder"), not a clause of the writer's own: "Is
      // this serious? Like I can't feel my legs" tells what is happening.
      if (tokens.slice(s.end).some((t) => t.raw === 'i')) continue;
      // A question about them, of the writer's or of anyone's, as any other question (the detector decides).
      if (asking.some((a) => a.end <= s.start) || (examplesAsked && s.start === 0)) mark(hypothetical, range(s.start, n));
    }
  }
  // A rule someone else tells, of no one ("my mate reckons back pain plus fever means infection"): what it
  // says, naming no person ("my", "I", "he"…), is general. Only after such a teller: "Numbness between the legs
  // means something serious, doesn't it" and "my back pain and fever mean…" still tell.
  const teller = otherStarts.find((p) => tokens.slice(p.end, p.end + 2).some((t) => lang.ruleTellers.has(t.raw)));
  for (const s of teller ? find(lang.generalRule).filter((r) => r.start > teller.end) : []) {
    const before = range(teller!.end, s.start).filter((i) => !lang.ruleTellers.has(tokens[i]!.raw));
    if (before.some((i) => lang.firstPerson.has(tokens[i]!.raw) || PERSON_NOW.has(tokens[i]!.raw) || tellsNowAt(i))) continue;
    mark(hypothetical, before);
    // And what it is said to mean, when that too names no one ("… means cauda equina"; not "… means I can't pee").
    const after = forward(s.end, 30);
    if (!after.some((i) => lang.firstPerson.has(tokens[i]!.raw) || PERSON_NOW.has(tokens[i]!.raw))) mark(hypothetical, after);
  }
  for (const s of find(lang.hypoAfter)) {
    markTrigger(s);
    mark(hypothetical, backward(s.start - 1, 30));
  }
  const future = find(lang.futureMarkers).length > 0;
  const conditional = new Array<boolean>(n).fill(false);
  if (isQuestion || future) {
    for (const s of find(lang.conditional)) {
      // "I can't tell if I need a poo": what the patient cannot tell is the sign itself, not a supposition.
      // But "if … ever" supposes whoever knows: "I know if my legs ever went numb I'd go straight to A&E".
      const ever = tokens.slice(s.end, s.end + 4).some((t) => t.raw === 'ever');
      const known = lang.knowing.has(tokens[s.start - 1]?.raw ?? '');
      if (known && !ever) continue;
      // "I should say I've been on steroids": the writer's own "say" reports; only a bare "say I" supposes.
      if (tokens[s.start]!.raw === 'say' && lang.saying.has(tokens[s.start - 1]?.raw ?? '')) continue;
      const clause = forward(s.end, 30);
      const supposed = [...clause, ...appositionAfter(clause)];
      // Known, then told as now elsewhere in the sentence ("I know if I ever lost bladder control I'd go in, well I
      // have lost it this morning"): the supposition may have come true, so asked about, not passed over.
      const inClause = new Set(supposed);
      const cameTrue = known && range(0, n).some((i) => !inClause.has(i) && tellsNowAt(i));
      mark(hypothetical, supposed);
      mark(cameTrue ? toldBeforeQuestion : conditional, supposed);
      // Its clauses joined on ("If I had a fall and then couldn't lift my leg, what should I do?") may be
      // supposed too, or told: asked about, not acted on at once.
      const inSupposed = new Set(supposed);
      const joined = supposedReach(s.end).filter((i) => !inSupposed.has(i));
      mark(hypothetical, joined);
      mark(toldBeforeQuestion, joined);
    }
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

  // A report put as a question: a clause told of someone after "if", "that" or "when" ("what does it
  // mean if I've wet myself…?", "is it a bad sign that he's dropped 8 kilos?", "do I need to come in
  // today if my husband can't pee?") is what they have, not a supposition, unless something supposes
  // ("if I ever…", "what would happen if I lost…", "if I get a fever, what should I do?").
  if (isQuestion && find(lang.supposing).length === 0) {
    const clauseSupposes = new Array<boolean>(n).fill(false);
    for (const s of find(lang.clauseSupposing)) mark(clauseSupposes, range(s.start, s.end));
    const toldNow = new Array<boolean>(n).fill(false);
    for (const s of [...find(lang.toldNow), ...nowBreakers]) mark(toldNow, range(s.start, s.end));
    for (let i = 1; i < n - 1; i++) {
      if (!lang.toldAfter.has(tokens[i]!.raw) || lang.knowing.has(tokens[i - 1]!.raw)) continue;
      const next = tokens[i + 1]!;
      const named = lang.subjects.has(next.raw) || (lang.possessives.has(next.raw) && !!tokens[i + 2] && !tokens[i + 2]!.isBreak);
      if (!named) continue;
      const told = forward(i + 1, 30);
      if (told.some((j) => clauseSupposes[j])) continue;
      // Told as now or as having happened ("I've wet myself", "since this morning"): a report. Otherwise
      // ("is it serious if I suddenly can't lift my leg?") it may still be a supposition: asked about.
      // ("… can't feel his legs now": a word like "now" may end the clause, and still tells it.)
      let end = i + 1;
      while (end < n && !tokens[end]!.isBreak) end++;
      const now = toldNow.slice(i + 1, end).some(Boolean);
      for (const j of [i, ...told]) {
        // Only what a question word or an "if" set aside: a clause already read as told stays told.
        if (!hypothetical[j] && !conditional[j] && !causeQuestion[j]) continue;
        conditional[j] = causeQuestion[j] = false;
        hypothetical[j] = toldBeforeQuestion[j] = !now;
      }
    }
  }

  // Someone else: "my mum had cancer" (their past) does not count; "my husband can't feel his
  // legs" (happening now) still does. "I"/"me" ends their part of the sentence.
  const selfStop = new Array<boolean>(n).fill(false);
  for (const s of find(lang.selfWords)) selfStop[s.start] = true;
  const otherPersonPast = new Array<boolean>(n).fill(false);
  const otherPerson = new Array<boolean>(n).fill(false);
  // Their part of the sentence ends at the patient's own words ("they found a tumour in my lung").
  const ownStop = tokens.map((t, i) => selfStop[i] || lang.firstPerson.has(t.raw));
  for (const s of otherStarts) mark(otherPerson, [...range(s.start, s.end), ...forward(s.end, 30, ownStop)]);
  // The patient speaks of themself too ("they found a tumour in my lung"): not only someone else's.
  // ("… not responding to me": "me" as an object says nothing about whose body it is.)
  // ("I think my wife has a fever": "I think" only frames what is said of her.)
  const framing = find(lang.frames);
  // Only where the patient's words say something of their body: in the clause that names the other
  // person, in a clause that tells a sign, or one that shares it ("… and I have one too"). "My mum
  // has cancer and I'm worried about my own back" is still her cancer.
  // "My husband has a fever and I have back pain": "and I" starts the patient's own clause.
  const clauseOf = clauseNumbers(boundary);
  const personClause = clauseNumbers(boundary.map((b, i) => b || (tokens[i]!.raw === 'and' && lang.firstPerson.has(tokens[i + 1]?.raw ?? ''))));
  const shared = find(lang.shared);
  const speaksOfBody = (c: number) =>
    otherStarts.some((o) => personClause[o.start] === c) || signSpans.some((sp) => personClause[sp.start] === c) || shared.some((sp) => personClause[sp.start] === c);
  // "My" or "our" before the person, across words that only describe them ("my late mother", "our 80 year old
  // dad"), is theirs: no word of the patient's own.
  const describesPerson = (i: number) => DESCRIBING.has(tokens[i]!.raw) || /^(JJ|CD)/.test(firstTag(tokens[i]!.raw) ?? '');
  const possessiveOf = (i: number) =>
    (tokens[i]!.raw === 'my' || tokens[i]!.raw === 'our') &&
    otherStarts.some((o) => o.start > i + 1 && o.start - i <= 4 && range(i + 1, o.start).every((k) => !boundary[k] && describesPerson(k)));
  const ownWordsOutside = tokens.some(
    (t, i) =>
      t.raw !== 'me' &&
      lang.firstPerson.has(t.raw) &&
      !otherStarts.some((o) => o.start <= i && i < o.end) &&
      !possessiveOf(i) &&
      !framing.some((f) => f.start <= i && i < f.end) &&
      speaksOfBody(personClause[i]!),
  );
  if (ownWordsOutside) otherPerson.fill(false);
  // Someone the writer cares for at work: their clause is theirs even beside the writer's own words
  // ("One of my residents has a fractured hip so I'm doing more turning, and my own back is paying for it").
  const inCare = new Array<boolean>(n).fill(false);
  // "My" of the place where they are cared for ("the patients on my ward") is no word of the writer's own.
  const myPlace = (i: number) => tokens[i]!.raw === 'my' && lang.chargePlaces.has(tokens[i + 1]?.raw ?? '');
  const careStop = ownStop.map((stop, i) => stop && !myPlace(i));
  // Not the writer as one ("I'm a patient of yours", "as a resident here").
  const charges = find(lang.charges).filter((s) => !tokens.slice(Math.max(0, s.start - 3), s.start).some((t) => t.raw === 'am' || t.raw === 'as'));
  for (const s of charges) mark(inCare, [...range(s.start, s.end), ...forward(s.end, 30, careStop)]);
  // Whether the writer speaks of themself beside them (the detector also looks in the other sentences): a
  // message all about a client ("Client says both her legs are like jelly since yesterday") is a carer
  // reporting for them, acted on as for anyone.
  const ofCharge = (i: number) => charges.some((s) => s.start > i && s.start - i <= 3);
  // (Of the writer's own body: "what do I do?" says nothing of it.)
  const ownBodyIn = (c: number) =>
    symptomSpans.some((sp) => clauseOf[sp.start] === c && !inCare[sp.start]) || tokens.some((t, k) => clauseOf[k] === c && !inCare[k] && lang.ownBody.has(t.raw));
  const writerBeside = tokens.some(
    (t, i) => lang.firstPerson.has(t.raw) && !inCare[i] && !ofCharge(i) && !myPlace(i) && ownBodyIn(clauseOf[i]!),
  );
  // Their past runs from the first word of the past on ("my bf had to go to A&E last year bc he
  // couldn't pee"), not back before it: "my son is 6, he started limping yesterday, there was no
  // fall" is his limp now; the "was" of the fall says nothing of it.
  const pastFrom = Math.min(...find(lang.pastMarkers).map((s) => clauseOf[s.start]!));
  // Nor over a clause of their own that speaks of now ("Dad was fine yesterday but today he can't lift
  // his foot", "he hasn't had a wee since last night"): told as theirs, now.
  // Nor over a clause of theirs told in the present ("Ewan was eating and it's gone down wrong, he can't
  // breathe"): the person's pronoun then a present verb or a modal ("he can…", "she is…", "he's…"). Not after
  // their distant past: "my dad had a stroke years ago and he can't lift his arm properly" may be what it left.
  const distantPast = find(lang.historyMarkers).length > 0;
  const presentOf = (i: number) => !distantPast && PERSON_NOW.has(tokens[i]!.raw) && (PRESENT_MODALS.has(tokens[i + 1]?.raw ?? '') || /^VB[ZP]$/.test(firstTag(tokens[i + 1]?.raw ?? '') ?? ''));
  const nowClauses = new Set(range(0, n).filter((i) => tellsNowAt(i) || presentOf(i)).map((i) => clauseOf[i]!));
  // Nor over what follows "and" with a modal of now denied, in the same clause ("Mum had a fall and can't get up"):
  // the fall stays told as past, what she cannot do is now.
  const nowAfter = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    if (distantPast || tokens[i]!.raw !== 'and' || !PRESENT_MODALS.has(tokens[i + 1]?.raw ?? '') || tokens[i + 2]?.raw !== 'not') continue;
    for (let k = i; k < n && clauseOf[k] === clauseOf[i]; k++) nowAfter[k] = true;
  }
  if (Number.isFinite(pastFrom)) for (const s of otherStarts) mark(otherPersonPast, forward(s.end, 30, selfStop).filter((i) => clauseOf[i]! >= pastFrom && !nowClauses.has(clauseOf[i]!) && !nowAfter[i]));
  for (const s of find(lang.otherAfter)) mark(otherPersonPast, backward(s.start - 1, 30));
  // "The fever was my son's, not mine": the sign told before the person it is given to is theirs, the patient
  // having said it is not their own.
  const disowned = find(lang.disowned);
  if (disowned.length) for (const o of otherStarts) if (disowned.some((d) => d.start >= o.end)) mark(otherPersonPast, backward(o.start - 1, 30));
  // A sign whose own words name the writer ("they'd be better off if I was gone"): the writer's.
  for (const m of symptomSpans) {
    if (!range(m.start, m.end).some((i) => selfStop[i])) continue;
    otherPerson.fill(false, m.start, m.end);
    otherPersonPast.fill(false, m.start, m.end);
  }

  // The patient's distant past ("years ago", "used to"): the whole clause, up to "now", "again"…
  const historical = new Array<boolean>(n).fill(false);
  const breakers = new Array<boolean>(n).fill(false);
  for (const s of nowBreakers) for (let i = s.start; i < s.end; i++) breakers[i] = true;
  /** Marks the clause before the one that starts at `start` (after its breaks: ", but"), up to a word of now. */
  const markClauseBefore = (marks: boolean[], start: number): void => {
    let i = start - 1;
    while (i >= 0 && boundary[i]) i--;
    for (; i >= 0 && !boundary[i] && !breakers[i]; i--) marks[i] = true;
  };
  const pointers = find(lang.pointsBack);
  for (const s of find(lang.historyMarkers)) {
    let start = s.start;
    for (let i = s.start; i >= 0 && !boundary[i] && !breakers[i]; i--) historical[(start = i)] = true;
    let end = s.start;
    for (let i = s.start; i < n && !boundary[i] && !breakers[i]; i++) historical[(end = i)] = true;
    // Put first, a clause of its own that names no one ("Five years ago, I had a little leaking"):
    // it dates the clause after it too.
    const fronted = !tokens.slice(start, end + 1).some((t) => lang.firstPerson.has(t.raw) || lang.someone.has(t.raw));
    if (fronted && boundary[end + 1]) for (let i = end + 2; i < n && !boundary[i] && !breakers[i]; i++) historical[i] = true;
    // Put after, pointing back ("I fell off my bike, that was years ago"): it dates the clause before.
    if (pointers.some((p) => p.start >= start && p.start < s.start)) markClauseBefore(historical, start);
  }

  // A sentence dated by a year ("Summer 2019: fell off bike…", "2016 foot drop, recovered fully"), up to a
  // word of now; not "since 2019" or "from 2019", which run up to now (`language.history.ongoing`).
  const dated = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    if (!YEAR.test(tokens[i]!.raw) || lang.ongoing.has(tokens[i - 1]?.raw ?? '')) continue;
    for (let j = i; j >= 0 && !breakers[j]; j--) dated[j] = true;
    for (let j = i; j < n && !breakers[j]; j++) dated[j] = true;
  }

  // Said to be over after it was told ("I had a little leaking, but it stopped completely"): what came
  // before it, back to the sentence's start or a word of now, and its own words ("pee … it stopped" is no
  // stopped stream) are asked about, not acted on; reaching too far costs a question, never a sign.
  // "Gone" before a word of its own tells a change, not an end: "it's gone numb", "the area has gone dull".
  // A hope or a supposition among its words ("it will pass", "hopefully it's settled") tells no end.
  const becomes = (s: Span) =>
    (tokens[s.end - 1]!.raw === 'gone' && s.end < n && !boundary[s.end] && !lang.afterGone.has(tokens[s.end]!.raw)) ||
    tokens.slice(s.start, s.end).some((t) => lang.notOverWith.has(t.raw));
  const overBefore = (s: Span) => {
    for (let j = s.end - 1; j >= 0 && !breakers[j]; j--) dated[j] = true;
  };
  for (const s of find(lang.resolvedAfter)) if (!becomes(s)) overBefore(s);
  // The sign itself said to be over, with no pointer ("the limp I had a month ago has completely gone"):
  // not when what "has gone" is a part of the body or what it does ("my legs have gone", "the feeling
  // in my groin has gone"), which tells the sign, not its end.
  for (const s of find(lang.resolvedOwn)) {
    if (becomes(s)) continue;
    if (lang.lostParts.has(tokens[s.start - 1]?.raw ?? '')) continue;
    if (tokens.some((t, i) => i < s.start && clauseOf[i] === clauseOf[s.start] && lang.lostFunctions.has(t.raw))) continue;
    overBefore(s);
  }

  // Something that has ended ("I don't inject anymore"): the whole clause.
  const ended = new Array<boolean>(n).fill(false);
  for (const s of find(lang.ended)) {
    for (let i = s.start; i >= 0 && !boundary[i]; i--) ended[i] = true;
    for (let i = s.start; i < n && (i === s.start || !boundary[i]); i++) ended[i] = true;
  }
  for (let i = 0; i < n; i++) if (lifetime[i]) ended[i] = false;

  const clause = clauseOf;
  const figurative = new Array<boolean>(n).fill(false);
  // A figure that holds the sign's words whole is an idiom ("blood, sweat and tears"); one that only
  // overlaps a sign's words is no figure of its own.
  const holds = (s: Span, m: Span) => s.start <= m.start && m.end <= s.end && s.end - s.start > m.end - m.start;
  const figures = find(lang.figurative).filter((s) => !symptomSpans.some((m) => overlaps(m, s) && !holds(s, m)));
  // An idiom holding a sign whole sets aside that sign, not the rest of its clause ("nearly gave me a heart attack
  // when I realised I'd wet myself").
  for (const s of figures) {
    if (symptomSpans.some((m) => holds(s, m))) figurative.fill(true, s.start, s.end);
    else for (let i = 0; i < n; i++) if (clauseOf[i] === clauseOf[s.start]) figurative[i] = true;
  }
  const speaksOfNow = breakers.some(Boolean);
  return { isQuestion, negated, beyondDenial, hedged, ended, blocker, contrast, denial, hypothetical, toldBeforeQuestion, conditional, causeQuestion, otherPersonPast, otherPerson, inCare, writerBeside, historical, dated, figurative, speaksOfNow, asksOfSigns: asking.length > 0, clause, likenedCause: find(lang.likenedCause) };
}

/** A year of the last two centuries, as a word of its own. */
const YEAR = /^(1[89]|20)\d\d$/;

/**
 * Clauses whose denial a correction right after takes back: "no weight loss, well maybe a stone".
 * A correction that is itself a denial ("well, not really", "actually no") takes nothing back.
 */
function takenBackClauses(corrections: Span[], denials: Span[], tokens: Token[], boundary: boolean[]): Span[] {
  const starts = new Set(corrections.map((c) => c.start));
  const out: Span[] = [];
  for (const c of corrections) {
    // What follows the correction words ("well maybe …"): a denial there keeps the first one.
    let next = c.end;
    while (next < tokens.length && (tokens[next]!.isBreak || starts.has(next))) {
      const chained = corrections.find((x) => x.start === next);
      next = chained ? chained.end : next + 1;
    }
    if (denials.some((d) => d.start === next)) continue;
    // The clause before it, past commas and other correction words.
    let end = c.start - 1;
    while (end >= 0 && (tokens[end]!.isBreak || starts.has(end))) end--;
    if (end < 0) continue;
    let start = end;
    while (start > 0 && !boundary[start]) start--;
    out.push({ start, end: end + 1 });
  }
  return out;
}

/** Words that carry a supposition on into the next clause ("if A and B", "if A and then B"); a punctuation mark ends it. */
const JOINS_SUPPOSITION = new Set(['and', 'or', 'then']);
/** Past and modal forms a supposition goes on in ("if I had a fall and then couldn't lift my leg"): these,
 * the common irregular pasts, and a regular past in "-ed" (not "left", the side). */
const SUPPOSING_PAST = new Set(['could', 'would', 'might', 'had', 'did', 'was', 'were', 'went', 'got', 'fell', 'broke', 'came', 'felt', 'lost', 'became', 'began']);
/** The verb of a cleft ("what is new is…", "what was odd was…"), and how far its second one may be. */
const BE_TELLS = new Set(['is', 'was']);
const CLEFT_REACH = 3;
/**
 * Whether `words` open a cleft, which tells rather than asks: "what", "is" or "was", and a second one within a few
 * words, in a sentence with no question mark; `counts` says whether the word at an index may be that second one.
 */
function isCleft(sentence: Sentence, words: readonly Token[], counts: (k: number) => boolean = () => true): boolean {
  if (sentence.endsWithQuestionMark || words[0]?.raw !== 'what' || !BE_TELLS.has(words[1]?.raw ?? '')) return false;
  for (let k = 3; k < Math.min(words.length, 3 + CLEFT_REACH); k++) if (BE_TELLS.has(words[k]!.raw) && counts(k)) return true;
  return false;
}
/** A person's pronoun as the subject of a clause. */
const PERSON_NOW = new Set(['he', 'she', 'they']);
/** Modals of now (not "could", "would": "until she couldn't stand up" is a story's past). */
const PRESENT_MODALS = new Set(['can', 'will', 'must', 'may']);
/** Words that describe a person between "my" and who they are, beside adjectives and numbers ("my 80 year old mum"). */
const DESCRIBING = new Set(['year', 'years', 'yr', 'yrs', 'old', 'yo']);
const suppositionPast = (word: string) => SUPPOSING_PAST.has(word) || (word.endsWith('ed') && /^VB[DN]$/.test(firstTag(word) ?? ''));

/** The clause number of each token (clauses end where `boundary` is set). */
function clauseNumbers(boundary: boolean[]): number[] {
  const clause: number[] = [];
  let current = 0;
  for (const b of boundary) {
    if (b) current++;
    clause.push(current);
  }
  return clause;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

/**
 * Where the question of a sentence ending in "?" starts: at the start when a question word starts it,
 * after the last clause boundary followed by a question word ("…, is it worth…", "…, should she rest
 * it?"), or, with no question word to start any part of it ("legs weak, can't walk?", "she fell and
 * can't get up?"), at its end: all of it is told.
 */
function questionStart(lang: CompiledLanguage, sentence: Sentence, boundary: boolean[]): number {
  const tokens = sentence.tokens;
  if (!sentence.endsWithQuestionMark || startsLikeQuestion(lang, sentence)) return 0;
  for (let i = tokens.length - 1; i > 0; i--) {
    if (!boundary[i]) continue;
    let j = i;
    while (j < tokens.length && tokens[j]!.isBreak) j++;
    if (j < tokens.length && lang.questionStarts.has(tokens[j]!.raw) && !lang.statementAfterStart.has(tokens[j + 1]?.raw ?? '')) return i;
  }
  return tokens.length;
}

function startsLikeQuestion(lang: CompiledLanguage, sentence: Sentence): boolean {
  const all = sentence.tokens.filter((t) => !t.isBreak);
  // "So what happens when a disc has slipped?": a word that only leads in comes before the question word.
  let lead = 0;
  while (lead < all.length - 1 && lang.questionLeads.has(all[lead]!.raw)) lead++;
  const words = all.slice(lead);
  const first = words[0]?.raw;
  if (!first || !lang.questionStarts.has(first)) return false;
  // "When he wipes it feels numb." (no "?"): a clause of time about someone else, then what happens — a
  // report, not a question ("when does he…?" is one; so is anything ending in "?").
  if ((first === 'when' || first === 'whenever') && !sentence.endsWithQuestionMark && lang.someone.has(words[1]?.raw ?? '')) return false;
  // "What's new is the right knee keeps folding" (no "?"): a cleft, which tells.
  if (isCleft(sentence, words)) return false;
  // "can't feel my legs", "can barely breathe" start with "can" but are statements.
  return !lang.statementAfterStart.has(words[1]?.raw ?? '');
}

/**
 * Where the reach of a denied thing ("no …", "without …": a noun phrase, which holds no clause of its
 * own) may end with no comma: at a subject pronoun or a question word ("no injury I just can't feel my
 * bum", "no idea why my legs went numb"), or at a "my" not linked to it ("no warning my legs went", not
 * "no problems with my bladder"). A denied verb reaches its clause ("I don't think I have a fever").
 * Index into `scope`, or -1.
 */
function newClauseAt(lang: CompiledLanguage, tokens: Sentence['tokens'], trigger: Span, scope: number[]): number {
  if (!lang.thingDenials.has(tokens[trigger.end - 1]!.raw)) return -1;
  for (let k = 1; k < scope.length; k++) {
    const word = tokens[scope[k]!]!.raw;
    if (lang.clauseOpeners.has(word)) return k;
    if (lang.possessives.has(word) && !lang.linkers.has(tokens[scope[k]! - 1]!.raw)) return k;
  }
  return -1;
}
