// The red-flag detector: finds the protocol's flags in a patient's own words.
// A flag's detect entry is a phrase or a set of concepts that must appear in one sentence
// ("numb" + "saddle area"); context (negation, someone else's past, hypotheticals) is read
// around them. Safety first: when the context is unclear, the hit stands.
import { toldOfAnimal } from '../text/animalTold.ts';
import { firstTag } from '../natural.ts';
import { compileLanguage, readContext, type CompiledLanguage, type SentenceContext } from './context.ts';
import type { Protocol, ProtocolFlag } from './protocolSchema.ts';
import type { Screening } from './screening.ts';
import { correctsItself, SELF_QUOTE } from './corrections.ts';
import { findSpans, overlaps, TermMatcher, TextReader, type Sentence, type Span, type Term, type Token } from './text.ts';
import type { DetectionResult, FlagHit, PossibleScreen } from './types.ts';

interface CompiledEntry {
  /** Concept keys that must all be present. */
  all: string[];
  /** Concept keys that cancel the entry when present and not negated. */
  none: string[];
  /** Can only deny the flag: "I can still control my bladder". */
  denialOnly: boolean;
  /** A `none` concept cancels in the whole sentence, not only in the sign's clause (`noneReach: sentence`). */
  noneInSentence?: boolean;
  /** Concepts (also in `none`) that cancel anywhere in the sentence, whatever `noneInSentence` says. */
  noneAnywhere?: string[];
  /** Concepts (also in `none`) that, in the sign's clause, leave it unclear (asked about) rather than cancel it. */
  unclearWith?: string[];
  /** Concepts (also in `none`) that leave the writer's own sign unclear only when they hold its words ("collapsed on the sofa"). */
  unclearOver?: string[];
  /** The `all` concepts must meet in one clause (`within: clause`). */
  inClause?: boolean;
  /** The entry without the concepts that an earlier sentence may have told (`before`), and those concepts. */
  later?: { entry: CompiledEntry; before: string[] };
  /** A screen's concepts that say the whole cue is no sign, when in its one clause (see `keptToInClause`). */
  unless?: string[];
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
/** How many words before words that take back what was said may deny them ("don't want to be a drama queen"). */
const NEGATED_RETRACTION_REACH = 6;
/** How many words after words that take back may say that it is worse ("scratch that, it's worse than I said"). */
const STRENGTHENED_REACH = 6;

export interface DetectorOptions {
  /** Screening questions and their cue words (content/screening.yaml). */
  screening?: Screening;
  /** More words for concepts, by concept name (WordNet synonyms, content/vocabulary.wordnet.yaml). */
  extraWords?: Record<string, string[]>;
  /**
   * Keep the last reading: the bot reads a turn's message for routing and again for its facts. Off
   * unless asked for, so that a test always reads (a kept reading would hide a change in the reading
   * from a test that reads the same message again, as mutation testing does).
   */
  rememberLast?: boolean;
}

/**
 * Builds a detector for the protocol's flags and vocabulary. Building compiles every term once;
 * keep the detector for the life of the process.
 */
/** The one-word terms of the concepts an emoji's keyword may be read as (`language.emojiKeywords`): "butt", "legs", "morning". */
export function emojiKeywordWords(protocol: Protocol): Set<string> {
  const terms = protocol.language.emojiKeywords.flatMap((n) => protocol.concepts[n] ?? []);
  return new Set(terms.map((t) => t.toLowerCase()).filter((t) => /^[a-z]+$/.test(t)));
}

export function createRedFlagDetector(protocol: Protocol, options: DetectorOptions = {}): RedFlagDetector {
  const reader = new TextReader(protocol.language.contractions, protocol.language.transparent, protocol.language.checklist, emojiKeywordWords(protocol));
  const concepts = new Map<string, Term[]>();
  const extra = options.extraWords ?? {};
  // A term written with "my" is said of others too: "between her legs", "both his legs", "dragging
  // her foot" (whose it is stays for the context to read: "his", "her" are someone's words).
  const others = protocol.language.othersPossessives.map((w) => w.toLowerCase());
  const anyones = (terms: string[]) => terms.flatMap((t) => (/\bmy\b/i.test(t) ? [t, ...others.map((o) => t.replace(/\bmy\b/gi, o))] : [t]));
  for (const [name, terms] of Object.entries(protocol.concepts)) concepts.set(name, anyones([...terms, ...(extra[name] ?? [])]).map((t) => reader.compile(t)));
  const screening = options.screening;
  // Cue words widen what is noticed, but never become typo targets of their own: "wet" must not
  // turn "west" into a bladder word.
  const cueConcepts = new Map<string, Term[]>();
  for (const [name, terms] of Object.entries(screening?.concepts ?? {})) cueConcepts.set(name, anyones([...terms, ...(extra[name] ?? [])]).map((t) => reader.compile(t, false)));
  const screens = (screening?.screens ?? []).map((screen) => ({
    screen,
    // "Bowels and bladder are completely normal": a cue said to be fine is no cue.
    // Except for screens asked even next to "normal" (mood: "is it normal to feel hopeless?").
    entries: screen.cues.map((all): CompiledEntry => ({ all, none: screening?.concepts[ALL_NORMAL] && !screen.evenIfNormal ? [ALL_NORMAL] : [], denialOnly: false, unless: screen.unless })),
    // A screen about flags that count the past (cancer once had) asks about the patient's own cue told
    // with a date ("a cancer scare last year"), as those flags are told so; not someone else's.
    pastCounts: screen.flags.every((id) => protocol.flags.find((f) => f.id === id)?.pastCounts),
    // A cue with concepts any sentence may name (`anySentence`): the rest of it, judged in one sentence.
    spread: screen.cues
      .filter((all) => all.some((c) => screen.anySentence.includes(c)))
      .map((all) => ({ anywhere: all.filter((c) => screen.anySentence.includes(c)), entry: { all: all.filter((c) => !screen.anySentence.includes(c)), none: [], denialOnly: false, unless: screen.unless } as CompiledEntry })),
  }));
  const carriedConcepts = new Set(screens.flatMap(({ screen }) => (screen.carried ? [screen.carried.concept] : [])));
  // The few screens with cues spread over the message, looked at in every sentence.
  const spreadScreens = screens.filter(({ spread }) => spread.length > 0);
  // The screen that asks about each flag, if any (a sign only hinted at is asked about by it).
  const screenOfFlag = new Map<string, Screening['screens'][number]>();
  for (const { screen } of [...screens].reverse()) for (const id of screen.flags) screenOfFlag.set(id, screen);
  // One question about a flag: its screen's, or "whose is it" when it has none (worked out once).
  const questionOfFlag = new Map<string, PossibleScreen>(
    protocol.flags.map((flag) => {
      const screen = screenOfFlag.get(flag.id);
      return [flag.id, screen ? { screenId: screen.id, flags: screen.flags, reason: 'cue' } : { screenId: flag.id, flags: [flag.id], reason: 'whose' }];
    }),
  );
  const bodyEntries = (screening?.emergency.cues ?? []).map((all): CompiledEntry => ({ all, none: [], denialOnly: false }));
  const cuePseudoFlag = { pastCounts: false } as ProtocolFlag;
  const pastCuePseudoFlag = { pastCounts: true } as ProtocolFlag;
  // Cue concepts whose terms hold a negation word as part of their meaning (screening.yaml negationSafeCues).
  const negationSafeCues = (screening?.negationSafeCues ?? []).filter((name) => cueConcepts.has(name));
  const animals = (screening?.animals ?? []).map((t) => reader.compile(t, false));
  // Every animal WordNet knows, with the short names it lacks: for what is told of one as a subject (animalTold.ts).
  const animalNames = [...(screening?.animals ?? []), ...(screening?.animalNames ?? []), ...(extra['animals'] ?? [])].map((t) => reader.compile(t, false));
  const conditionNames = (screening?.conditionNames ?? []).map((t) => reader.compile(t, false));
  /** Every concept a screen's cue names (its own concepts and the protocol's), for masking names inside them. */
  const screenConcepts = new Set((screening?.screens ?? []).flatMap((screen) => [...screen.cues.flat(), ...(screen.anySentence ?? [])]));
  const compileAll = (terms: string[]) => terms.map((t) => reader.compile(t, false));
  const claims = compileAll(protocol.language.claims);
  const retracting = protocol.language.retractions;
  const overstated = compileAll(retracting.overstated);
  const retractions = [...overstated, ...compileAll(retracting.takenBack)];
  const madeLess = compileAll(retracting.less);
  const toldMore = compileAll(retracting.more);
  const deniedSince = compileAll(protocol.language.history.deniedSince);
  const flagsById = new Map(protocol.flags.map((f) => [f.id, f]));
  // Flags that apply only below an age (a limp under 18): told with no age, their screen's question,
  // which asks whose and how young ("is a child or teenager limping…?"), is still asked when cued.
  const youngOnly = new Set(protocol.flags.filter((f) => f.appliesBelowAge !== undefined || f.startedBelowAge !== undefined).map((f) => f.id));
  // Read once per message by the detector, not by each sentence's context.
  const disguise = protocol.language.hypothetical.disguise.map((t) => reader.compile(t, false));
  const flags: CompiledFlag[] = protocol.flags.map((flag) => ({
    flag,
    entries: flag.detect.map((entry): CompiledEntry => {
      if (typeof entry === 'string') {
        const key = `phrase:${entry}`;
        if (!concepts.has(key)) concepts.set(key, anyones([entry]).map((t) => reader.compile(t)));
        return { all: [key], none: [], denialOnly: false };
      }
      if (Array.isArray(entry)) return { all: entry, none: [], denialOnly: false };
      const compiled: CompiledEntry = { all: entry.all, none: [...entry.none, ...entry.noneAnywhere, ...entry.unclearWith, ...entry.unclearOver], noneAnywhere: entry.noneAnywhere, unclearWith: entry.unclearWith, unclearOver: entry.unclearOver, denialOnly: entry.denialOnly, noneInSentence: entry.noneReach === 'sentence', inClause: entry.within === 'clause' };
      if (entry.before.length) compiled.later = { entry: { ...compiled, all: entry.all.filter((c) => !entry.before.includes(c)) }, before: entry.before };
      return compiled;
    }),
  }));
  // The concepts that flags' entries let an earlier sentence tell (`before`).
  const laterCauses = new Set(flags.flatMap(({ entries }) => entries.flatMap((e) => e.later?.before ?? [])));
  const cancelling = new Set(flags.flatMap((f) => f.entries.flatMap((e) => e.none)));
  const cancellingNames = [...cancelling];
  const lang = compileLanguage(reader, protocol.language);
  const notRetracting = [...compileAll(retracting.notAfter), ...lang.negBefore];
  // "I can't feel me legs": "me" before a part of the body or a piece of clothing is "my".
  const { forms: meForms, before: possessed, notAfter } = protocol.language.possessiveMe;
  if (screening) {
    const unknown = possessed.filter((name) => !concepts.has(name) && !cueConcepts.has(name));
    if (unknown.length) throw new Error(`triage.yaml language.possessiveMe.before: no concept ${unknown.map((n) => `"${n}"`).join(', ')} in triage.yaml or screening.yaml`);
  }
  const possessedWords = possessed.flatMap((name) => concepts.get(name) ?? cueConcepts.get(name) ?? []).filter((t) => t.items.length === 1);
  const giving = new Set(notAfter.map((w) => w.toLowerCase()));
  // A word put in place of another as the reader reads it ("me" read as "my", "wee" as "small").
  const tokenOf = (word: string): Token => {
    const read = reader.read(word)[0]!.tokens[0]!;
    return { raw: read.raw, stem: read.stem, isBreak: false };
  };
  const my = tokenOf('my');
  const meWords = new Set(meForms.map((w) => w.toLowerCase()));
  const withPossessiveMe = (sentence: Sentence): Sentence => {
    const tokens = sentence.tokens;
    if (!possessedWords.length || !tokens.some((t) => meWords.has(t.raw))) return sentence;
    const read = tokens.map((t, i) =>
      meWords.has(t.raw) && i + 1 < tokens.length && !giving.has(tokens[i - 1]?.raw ?? '') && findSpans(possessedWords, [tokens[i + 1]!]).length ? my : t,
    );
    return { ...sentence, tokens: read };
  };
  // "A wee bit sore", "my wee one": the Scots adjective of size, no wee (`language.adjectiveSenses`).
  const senses = protocol.language.adjectiveSenses.map((a) => {
    const unknown = a.notWith.filter((name) => !concepts.has(name) && !cueConcepts.has(name));
    if (screening && unknown.length) throw new Error(`triage.yaml language.adjectiveSenses (${a.word}).notWith: no concept ${unknown.map((n) => `"${n}"`).join(', ')} in triage.yaml or screening.yaml`);
    return {
      word: a.word.toLowerCase(),
      reading: tokenOf(a.reading),
      after: new Set(a.after.map((w) => w.toLowerCase())),
      before: new Set(a.before.map((w) => w.toLowerCase())),
      notWith: [...a.notWith.flatMap((name) => concepts.get(name) ?? cueConcepts.get(name) ?? []), ...a.notWithWords.map((t) => reader.compile(t, false))],
    };
  });
  const withAdjectiveSenses = (sentence: Sentence): Sentence => {
    let tokens = sentence.tokens;
    for (const sense of senses) {
      // Every sentence of every message passes here: most hold no "wee" at all.
      if (!tokens.some((t) => t.raw === sense.word)) continue;
      const at: number[] = [];
      tokens.forEach((t, i) => {
        if (t.raw === sense.word && sense.after.has(tokens[i - 1]?.raw ?? '') && sense.before.has(tokens[i + 1]?.raw ?? '')) at.push(i);
      });
      if (!at.length) continue;
      // Any other word of urine in the sentence keeps the word's own sense ("I leaked a wee bit").
      if (findSpans(sense.notWith, tokens).some((s) => !at.some((i) => s.start <= i && i < s.end))) continue;
      tokens = tokens.map((t, i) => (at.includes(i) ? sense.reading : t));
    }
    return tokens === sentence.tokens ? sentence : { ...sentence, tokens };
  };
  // "I can get put through to reception, can't I?": a question tag asks for agreement; its "not" denies
  // nothing and is no "can not" of a sign. Taken off a question's end: an auxiliary, "not" or none, a subject.
  const withoutTag = (sentence: Sentence): Sentence => {
    const tokens = sentence.tokens;
    let end = tokens.length;
    while (end > 0 && tokens[end - 1]!.isBreak) end--;
    if (!sentence.endsWithQuestionMark || end < 3 || !lang.tagSubjects.has(tokens[end - 1]!.raw)) return sentence;
    const negated = tokens[end - 2]!.raw === 'not';
    const aux = end - (negated ? 3 : 2);
    if (aux < 1 || !lang.tagAuxiliaries.has(tokens[aux]!.raw) || !tokens[aux - 1]!.isBreak) return sentence;
    return { ...sentence, tokens: tokens.slice(0, aux) };
  };
  // A cue concept of the same name as a protocol concept takes its place.
  const matcher = new TermMatcher(new Map([...concepts, ...cueConcepts]));
  const symptomConcepts = new Set([...concepts.keys(), ...negationSafeCues].filter((name) => !cancelling.has(name)));

  // The last message read: a turn reads its message once for routing and again for its facts.
  let last: { text: string; result: DetectionResult } | undefined;
  const detect = (text: string): DetectionResult => {
    if (!options.rememberLast) return read(text);
    if (last?.text !== text) last = { text, result: read(text) };
    return last.result;
  };
  return { detect };

  /**
   * Where the last words that take back what was said stand ("…, OK that's a bit dramatic", "scratch that"), if
   * any. Read across commas ("okay, that's, like, a bit dramatic").
   */
  function lastRetraction(sentences: Sentence[]): { at: number; start: number; end: number; overstated: boolean } | undefined {
    if (!retractions.length) return undefined;
    for (let at = sentences.length - 1; at >= 0; at--) {
      const tokens = sentences[at]!.tokens;
      const index = tokens.flatMap((t, i) => (t.isBreak ? [] : [i]));
      const words = index.map((i) => tokens[i]!);
      // Not one denied, said of someone else or apologised for: "don't want to be a drama queen", "my sister
      // says I'm being dramatic", "sorry for being a drama queen". Nor "that" before a noun: "ignore that typo".
      const found = findSpans(retractions, words).filter(
        (sp) => !findSpans(notRetracting, words.slice(Math.max(0, sp.start - NEGATED_RETRACTION_REACH), sp.start)).length && (words[sp.end - 1]!.raw !== 'that' || index[sp.end] === undefined || tokens[index[sp.end - 1]! + 1]?.isBreak !== false),
      );
      if (found.length) {
        const last = found.reduce((a, b) => (b.start > a.start ? b : a));
        return { at, start: index[last.start]!, end: index[last.end - 1]! + 1, overstated: findSpans(overstated, words.slice(last.start, last.end)).length > 0 };
      }
    }
    return undefined;
  }

  /** The signs told (`hits`, first at sentence `hitAt`) that the writer then took back. */
  function takenBack(sentences: Sentence[], hits: ReadonlyMap<string, FlagHit>, hitAt: ReadonlyMap<string, number>): string[] {
    const retraction = lastRetraction(sentences);
    if (!retraction) return [];
    // What is taken back is the statement just before: the sentence's own words before the taking back
    // ("both feet numb, I was exaggerating, it's my toes"), or when they tell no sign, the sentence before ("My leg
    // keeps giving way. OK that's dramatic, scratch that"). Each part is read alone, as told.
    const words = (part: Sentence[]) => part.map((s) => `${s.tokens.map((t) => t.raw).join(' ')}.`).join('\n');
    const cut = sentences[retraction.at]!.tokens;
    const own: Sentence = { tokens: cut.slice(0, retraction.start), endsWithQuestionMark: false };
    const ownWords = own.tokens.some((t) => !t.isBreak) ? [own] : [];
    let taken = ownWords;
    let toldBefore = taken.length ? read(words(taken), true).hits : [];
    if (!toldBefore.length && retraction.at > 0) {
      taken = [sentences[retraction.at - 1]!, ...ownWords];
      toldBefore = read(words(taken), true).hits;
    }
    // Only a sign first told in what was taken back ("Both legs numb since Monday. … scratch that" keeps an
    // earlier telling), and never an emergency that is not the spine's (chest pain, a stroke, thoughts of
    // ending one's life): those are acted on however they are put.
    const firstTaken = retraction.at - (taken.length > ownWords.length ? 1 : 0);
    const candidates = toldBefore.map((h) => h.flagId).filter((id) => hits.has(id) && hitAt.get(id)! >= firstTaken && !flagsById.get(id)?.aboutAnyone);
    if (!candidates.length) return [];
    const afterTokens = cut.slice(retraction.end).filter((t) => !t.isBreak);
    // A word put right and already in place (corrections.ts reads "I can lift my leg. … CAN'T" as "cannot
    // lift"): the sentence's words after the taking back are all in what it took back; nothing is taken back.
    const takenWords = new Set(taken.flatMap((s) => s.tokens.map((t) => t.raw)));
    if (afterTokens.length && afterTokens.every((t) => takenWords.has(t.raw))) return [];
    // Taken back to tell more ("scratch that, it's worse than I said", "…, I'm going to A&E"): nothing is.
    if (findSpans(toldMore, afterTokens.slice(0, STRENGTHENED_REACH)).length) return [];
    // Told after it: read after what was taken back, quoted as the writer's own earlier words (asked, not
    // told), which an "it" after may still point to ("my right leg a bit weak. Scratch that, it gave way").
    const after: Sentence[] = [{ tokens: cut.slice(retraction.end), endsWithQuestionMark: false }, ...sentences.slice(retraction.at + 1)];
    const quoted = taken.map((s) => ({ ...s, tokens: [{ raw: SELF_QUOTE, stem: SELF_QUOTE, isBreak: false }, ...s.tokens] }));
    const readAfter = read(words([...quoted, ...after]), true);
    // Even a hint of it after, read alone, keeps it ("a bit of a temp, ignore that, it's 38.8 and I'm shaking").
    const hinted = read(words(after), true).possible.flatMap((p) => p.flags);
    const toldAfter = new Set([...readAfter.hits.map((h) => h.flagId), ...hinted]);
    // Taken back without saying it was overstated: only when what follows makes it less or denies it ("I can't
    // move my leg. Scratch that, I can move it, it just hurts"), not a detail put right ("my right leg").
    const less = retraction.overstated || findSpans(madeLess, after.flatMap((s) => s.tokens.filter((t) => !t.isBreak))).length > 0;
    const deniedAfter = new Set(readAfter.denied);
    return candidates.filter((id) => !toldAfter.has(id) && (less || deniedAfter.has(id)));
  }

  /** `asTold`: signs taken back are kept (what the message told before the taking back). */
  function read(text: string, asTold = false): DetectionResult {
    const hits = new Map<string, FlagHit>();
    const deniedCandidates = new Set<string>();
    // In a message that corrects itself, a sign told and then denied in a later sentence ("the chest pain
    // thing… I meant a chest of drawers… no actual chest pain") is asked about: which one stands is unclear.
    const correcting = correctsItself(text);
    const deniedAt = new Map<string, number>();
    const hitAt = new Map<string, number>();
    let at = -1;
    const contrasted = new Set<string>();
    // Signs told, then denied in a later sentence as over ("no fever since").
    const overLater = new Set<string>();
    const possible = new Map<string, PossibleScreen>();
    const addPossible = (p: PossibleScreen) => {
      const key = `${p.reason}:${p.screenId}`;
      const known = possible.get(key);
      if (known) known.flags = [...new Set([...known.flags, ...p.flags])];
      else possible.set(key, { ...p, flags: [...p.flags] });
    };
    let isQuestion = false;
    let aboutBody = false;
    // Parts of the body named in the sentence before, for a "they"/"it" in this one.
    let bodyBefore: string[] = [];
    // Concepts a screen may carry from an earlier sentence (a medicine), once named in this message.
    const namedBefore = new Set<string>();
    // Signs asked about in general in the sentence before, for a "mine" in this one ("is it normal to
    // have a high temperature with a bad back? Mine started yesterday").
    let generalBefore: PossibleScreen[] = [];
    // The sentence before asked about signs in general ("what should I never ignore?"): examples may follow.
    let examplesAsked = false;
    // Signs told (not denied) in the sentence before, for an "it" in this one ("I've had sciatica
    // for months. Today it's in both legs").
    let signsBefore: string[] = [];
    let signsAge = 0;
    // Flags first told in the sentence before, for a "that's all cleared up" in this one.
    let hitsBefore: string[] = [];
    const sentences = reader.read(spellOutContrast(text)).map(withPossessiveMe).map(withAdjectiveSenses).map(withoutTag);
    // "Asking for a friend", "hypothetically": a sign told as a supposition or as someone else's may be
    // the writer's own, said so out of embarrassment. Never acted on unasked, never passed over: asked.
    const disguised = disguise.length > 0 && sentences.some((s) => findSpans(disguise, s.tokens).length > 0);
    // For cues spread over the message (`anySentence`): the concepts named in some sentence (context, so
    // even in a denial: "don't tell my mum"), and the cues whose other concepts one sentence told.
    const namedAnywhere = new Set<string>();
    // Concepts told plainly in an earlier sentence: the writer's own, now, not denied, not supposed.
    const toldEarlier = new Set<string>();
    const spreadTold: { screen: (typeof screens)[number]['screen']; anywhere: string[] }[] = [];
    // Someone else's pain told now in some sentence, and someone else's past signs that count in the past
    // (a cancer once had) told in another: the person written about is the patient ("Dad asks whether his back
    // pain is normal. He had prostate cancer treated 4 years ago"), asked whose, as within one sentence.
    let othersPainSeen = false;
    // Someone in the writer's care ("one of my residents"), with the writer's own body told in another sentence
    // ("Had a pt in retention at handover. My own back is tight"): their signs are theirs, asked whose.
    const chargeSentence = sentences.map((s) => findSpans(lang.charges, s.tokens).length > 0);
    const writerElsewhere =
      chargeSentence.some(Boolean) &&
      sentences.some((s, i) => !chargeSentence[i] && s.tokens.some((t) => t.raw !== 'me' && lang.firstPerson.has(t.raw)) && [...matcher.match(s.tokens)].some(([name, found]) => found.length > 0 && (lang.bodyParts.has(name) || symptomConcepts.has(name))));
    const othersPastPending = new Set<string>();
    for (const sentence of sentences) {
      at++;
      const generalHere: PossibleScreen[] = [];
      if (claims.length && findSpans(claims, sentence.tokens).length) for (const p of generalBefore) addPossible(p);
      const spans = matcher.match(sentence.tokens);
      const named = [...spans.keys()].filter((name) => lang.bodyParts.has(name) && spans.get(name)!.length);
      const inferred = named.length ? new Set<Span>() : pointBack(sentence, spans, bodyBefore);
      carrySigns(sentence, spans, signsBefore, inferred);
      bodyBefore = named;
      // A cue word inside a condition's name ("slipped disc") is the name, not the cue.
      const names = conditionNames.length ? findSpans(conditionNames, sentence.tokens) : [];
      if (names.length) {
        for (const name of cueConcepts.keys()) {
          const found = spans.get(name);
          if (found) spans.set(name, found.filter((sp) => !names.some((n) => overlaps(n, sp))));
        }
      }
      // The screens' cues that are the protocol's own concepts ("bleeding": "my GP checked my bloods", "my
      // blood pressure tablets") are masked for the screens only: a red flag itself is never masked.
      const screenSpans = names.length ? new Map([...spans].map(([name, found]) => [name, screenConcepts.has(name) ? found.filter((sp) => !names.some((n) => overlaps(n, sp))) : found])) : spans;
      // A negation word inside a symptom or cue term is part of it ("can't feel", "wasn't around").
      // (Read from the few concepts found, not by looking up each of the hundreds of concepts.)
      // The signs among them (not parts of the body, not words of plain pain) also tell whose the sentence is.
      const symptomSpans: Span[] = [];
      const signSpans: Span[] = [];
      const everyday = [...lang.everydaySigns].flatMap((name) => spans.get(name) ?? []);
      for (const [name, found] of spans) {
        if (!symptomConcepts.has(name)) continue;
        if (!found.some((sp) => inferred.has(sp))) symptomSpans.push(...found);
        if (!lang.bodyParts.has(name)) signSpans.push(...found.filter((sp) => !inferred.has(sp) && !everyday.some((e) => overlaps(e, sp))));
      }
      // The words that cancel a sign are protocol terms too: "as though" is no "though".
      const termSpans = [...symptomSpans, ...cancellingNames.flatMap((name) => spans.get(name) ?? [])];
      const ctx = readContext(lang, sentence, symptomSpans, signSpans, termSpans, examplesAsked);
      const careConditions = ctx.inCare.some(Boolean) ? findSpans(lang.chargeConditions, sentence.tokens) : [];
      examplesAsked = (sentence.endsWithQuestionMark || ctx.isQuestion) && ctx.asksOfSigns;
      isQuestion ||= ctx.isQuestion;
      // ("tell me more about weak legs": "me" as an object does not make it the patient's.)
      const firstPerson = sentence.tokens.some((t) => t.raw !== 'me' && lang.firstPerson.has(t.raw));
      const genericYou = sentence.tokens.some((t) => lang.genericYou.has(t.raw));
      // A statement about oneself right after a question about a sign ("…does that go for weeing too?
      // Since yesterday I stand there for ages and hardly anything comes out"): the question was the
      // writer's own, so its screen is asked, as after "mine started yesterday" (claims, above).
      // Only one told as now or as new ("since", "now", "today"): "Which maternity pads are best? Had my baby
      // three weeks ago" asked about a product.
      if (firstPerson && !sentence.endsWithQuestionMark && !ctx.isQuestion && sentence.tokens.some((t) => TOLD_NOW.has(t.raw))) for (const p of generalBefore) addPossible(p);
      // About a pet (asked whose, never acted on):
      const everydayAnimals = findSpans(animals, sentence.tokens);
      // Told of an animal as its subject, though the writer says "my" or "our": "My horse went lame and can't
      // put weight on his leg", "our spaniel had a fit" (animalTold.ts, which reads it narrowly).
      const animalSpans = findSpans(animalNames, sentence.tokens);
      const ofAnimal = animalSpans.length > 0 ? toldOfAnimal({ words: sentence.tokens.map((t) => t.raw.toLowerCase()), breaks: sentence.tokens.map((t) => t.isBreak), animals: animalSpans.map((sp) => ({ ...sp, everyday: everydayAnimals.some((e) => e.start === sp.start) })), contractionsLost: true }) : undefined;
      const animalsOwn = (found: Span[]) => ofAnimal !== undefined && found.every((sp) => ofAnimal.slice(sp.start, sp.end).every(Boolean));
      // An animal's own sign: an emergency is asked whose (it may still be a person's), any other sign is nothing
      // to ask the patient about ("my dog is limping on his back leg", "the cat has a temperature"). True when it was.
      const leftToAnimal = (flag: ProtocolFlag, found: Span[]) => {
        if (!animalsOwn(found)) return false;
        if (flag.level === 'emergency') addPossible({ screenId: flag.id, flags: [flag.id], reason: 'whose' });
        return true;
      };
      // and, more widely, a sentence with a pet as its subject that says nothing of the writer ("Dog had a nasty
      // reaction to a sting, face swelled up"). Not a pet ridden, walked or tripped over ("she fell off the horse",
      // "walking the dog and a man collapsed", "I tripped over the dog and can't stand"), nor one that did
      // something to someone ("the horse kicked him, he's not breathing").
      const aboutAnimal = everydayAnimals.length > 0 && !firstPerson && ofAnimal !== undefined && ofAnimal.some(Boolean);
      // Pain told now of someone else: in its clause "he", "she", "his", "her"…, and no "I" or "my".
      // (Worked out only for a past sign of someone else's, and once per sentence.)
      let othersPain: boolean | undefined;
      const othersPainNow = () =>
        (othersPain ??= everyday.some((sp) => {
          if (some(ctx.negated, sp)) return false;
          const words = sentence.tokens.filter((_, i) => ctx.clause[i] === ctx.clause[sp.start]).map((t) => t.raw);
          return words.some((w) => lang.someone.has(w)) && !words.some((w) => lang.firstPerson.has(w));
        }));
      // Only worth reading once a sign has been told.
      const saysSince = hits.size > 0 && findSpans(deniedSince, sentence.tokens).length > 0;
      // A sentence that tells no sign of its own and says the one before is over ("I had a bad fever with
      // flu in January. That's all cleared up."): that sentence's signs are asked about, as "no fever since".
      // Not one hoped or waited for ("waiting to see if it settles", "hopefully it settled by then").
      const hopedFor = (sp: Span) => sentence.tokens.slice(Math.max(0, sp.start - 3), sp.start).some((t) => lang.notOverWith.has(t.raw));
      if (hitsBefore.length && signSpans.length === 0 && findSpans(lang.resolvedAfter, sentence.tokens).some((sp) => !hopedFor(sp))) {
        for (const id of hitsBefore) if (!flagsById.get(id)?.pastCounts) overLater.add(id);
      }
      const hitsAtStart = hits.size;
      for (const { flag, entries } of flags) {
        if (hits.has(flag.id)) {
          // Denied in a later sentence: over ("no fever since"), or unclear in a message that corrects itself.
          const over = saysSince && !flag.pastCounts;
          const unclear = correcting && hitAt.get(flag.id)! < at;
          if ((over || unclear) && entries.some((e) => judgeEntry(e, spans, ctx, sentence, flag, lang, inferred).kind === 'negated')) {
            if (over) overLater.add(flag.id);
            if (unclear) deniedAt.set(flag.id, at);
          }
          continue;
        }
        for (const entry of entries) {
          let outcome = judgeEntry(entry, spans, ctx, sentence, flag, lang, inferred);
          // The cause told plainly in an earlier sentence, its sign in this one.
          if (outcome.kind !== 'hit' && entry.later && entry.later.before.every((c) => toldEarlier.has(c))) {
            const later = judgeEntry(entry.later.entry, spans, ctx, sentence, flag, lang, inferred);
            if (later.kind === 'hit') outcome = later;
          }
          if (outcome.kind === 'hit') {
            const about = outcome.spans.every((sp) => some(ctx.otherPerson, sp)) ? 'other' : 'self';
            // Someone else's symptom: an emergency happening to them now is acted on (the person
            // typing may be their carer); for a same-day sign it is not clear whose it is, so
            // ask. A pet's is never acted on without asking.
            if (leftToAnimal(flag, outcome.spans)) continue;
            // A patient's or resident's condition, named ("one of my residents has a fractured hip"), is in
            // professional hands: asked whose, not acted on. A sign told happening to them is acted on as anyone's.
            const inCare = (ctx.writerBeside || writerElsewhere) && outcome.spans.every((sp) => some(ctx.inCare, sp) && careConditions.some((d) => overlaps(d, sp)));
            const whose = (about === 'other' && flag.level !== 'emergency') || inCare;
            if (aboutAnimal || (whose && !flag.aboutAnyone)) {
              addPossible({ screenId: flag.id, flags: [flag.id], reason: 'whose' });
              continue;
            }
            hits.set(flag.id, { flagId: flag.id, level: flag.level, evidence: evidenceOf(sentence, outcome.spans), about });
            hitAt.set(flag.id, at);
            break;
          }
          if (outcome.kind === 'negated') {
            deniedCandidates.add(flag.id);
            deniedAt.set(flag.id, at);
          }
          // "Full control of my legs, not of my bladder": the organ is set against a control said to be
          // fine, which is no denial; asked about (or, with no screen for it, taken as told).
          const screen = screenOfFlag.get(flag.id);
          if (outcome.kind === 'contrasted') {
            contrasted.add(flag.id);
            if (screen) addPossible({ screenId: screen.id, flags: screen.flags, reason: 'cue' });
            else if (!leftToAnimal(flag, outcome.spans)) {
              hits.set(flag.id, { flagId: flag.id, level: flag.level, evidence: evidenceOf(sentence, outcome.spans), about: 'self' });
              break;
            }
          }
          // A question about a sign, asked about oneself ("my physio said to watch for bladder
          // changes, what counts?") or with the "you" of anyone ("is it normal for a leg to buckle
          // under you?"): not a report, but worth one question.
          const disguisedHere = disguised && outcome.kind === 'set-aside' && (outcome.why === 'hypothetical' || outcome.why === 'question' || outcome.why === 'other-past');
          // A question that gives an amount of its own ("is losing a stone without trying anything to do with
          // back pain?", "…8 kilos since Christmas…") speaks of someone's own sign, most likely the writer's: asked.
          if (disguisedHere || (outcome.kind === 'set-aside' && (outcome.why === 'told-question' || (outcome.why === 'question' && (firstPerson || genericYou || givesAmount(sentence, lang)))))) {
            addPossible(questionOfFlag.get(flag.id)!);
          } else if (outcome.kind === 'set-aside' && outcome.why === 'question') {
            generalHere.push(questionOfFlag.get(flag.id)!);
          }
          // Someone else's emergency told in the past tense ("she broke her hip", "he collapsed")
          // may be happening now, with the person typing beside them: asked whose and when.
          // So is a sign of someone's past that counts in the past (cancer once had) when, in the same
          // sentence, that someone has the pain now: the person written about is the patient ("Mum finished
          // her breast cancer treatment two years ago, and now she's got a back pain she can't shift").
          if (outcome.kind === 'set-aside' && outcome.why === 'other-past' && (flag.level === 'emergency' || (flag.pastCounts && (othersPainSeen || othersPainNow())))) {
            addPossible({ screenId: flag.id, flags: [flag.id], reason: 'whose' });
          } else if (outcome.kind === 'set-aside' && outcome.why === 'other-past' && flag.pastCounts) othersPastPending.add(flag.id);
          // A sign told as past and present in one breath ("a fever years ago and again this week"):
          // asked about when a screen asks for it; otherwise the hit stands (unclear is not "no").
          // A sign with a "without …" that may only limit it ("I can't walk without my stick"): the same.
          // A sign inside a figure of speech ("my knees went weak when I saw the bill"): the same.
          // A sign in an entry dated by a year: its screen's question, or "is this happening now?".
          // (A screen the detector alone asks, with no cues of its own, asks here only about a limit or a figure:
          // "collapsed on the sofa after dinner", "nearly collapsed… not literally"; elsewhere it is the flag's
          // own question, as "whose" would be.)
          if (outcome.kind === 'set-aside' && 'spans' in outcome) {
            if (screen && (screen.cues.length > 0 || outcome.why === 'limited' || outcome.why === 'figurative')) addPossible({ screenId: screen.id, flags: screen.flags, reason: 'cue' });
            else if (outcome.why === 'dated') addPossible(questionOfFlag.get(flag.id)!);
            else if (!leftToAnimal(flag, outcome.spans)) {
              hits.set(flag.id, { flagId: flag.id, level: flag.level, evidence: evidenceOf(sentence, outcome.spans), about: 'self' });
              break;
            }
          }
        }
      }
      // A cue told about someone else in the past tense is still worth asking about: "he had an
      // accident in bed this morning" may be happening now, and the person typing may be caring.
      // Mood and medicines are asked about even in "if" words: "better off if I wasn't around".
      // A cue of the patient's told as past and present in one breath ("hopeless years ago and again
      // this week") is asked about, as a flag's sign told so is; not someone else's ("my dad had cancer
      // years ago, he's fine now").
      const cueHit = (o: Outcome, evenHypothetical: boolean) =>
        o.kind === 'hit' ||
        o.kind === 'contrasted' ||
        (o.kind === 'set-aside' &&
          (o.why === 'other-past' ||
            o.why === 'told-question' ||
            (disguised && (o.why === 'hypothetical' || o.why === 'question')) ||
            // Unclear rather than ruled out (told as then and now, in a figure of speech, past a new
            // clause inside a denial's reach): for a cue, asking is what unclear means. Not a cue
            // limited by a "said to be fine" ("no problems with the toilet"): that is fine, not unclear.
            ('spans' in o && o.why !== 'limited' && !o.spans.every((sp) => some(ctx.otherPerson, sp))) ||
            (evenHypothetical && (o.why === 'hypothetical' || o.why === 'question'))));
      for (const { screen, entries, pastCounts } of screens) {
        let general = false;
        const cueSpans = carriedInto(screen, screenSpans, sentence, namedBefore);
        const cued = entries.some((entry) => {
          const o = judgeEntry(entry, cueSpans, ctx, sentence, cuePseudoFlag, lang);
          general ||= o.kind === 'set-aside' && o.why === 'question';
          // The patient's own past, for a screen whose flags count it: a plain mention is asked about.
          if (pastCounts && o.kind === 'set-aside' && (o.why === 'history' || o.why === 'dated')) {
            return judgeEntry(entry, cueSpans, ctx, sentence, pastCuePseudoFlag, lang).kind === 'hit';
          }
          return cueHit(o, screen.evenHypothetical);
        });
        if (cued) addPossible({ screenId: screen.id, flags: screen.flags, reason: 'cue' });
        else if (general) generalHere.push({ screenId: screen.id, flags: screen.flags, reason: 'cue' });
      }
      for (const { screen, spread } of spreadScreens) {
        for (const { anywhere, entry } of spread) {
          for (const c of anywhere) if (screenSpans.get(c)?.length) namedAnywhere.add(c);
          if (cueHit(judgeEntry(entry, screenSpans, ctx, sentence, cuePseudoFlag, lang), screen.evenHypothetical)) spreadTold.push({ screen, anywhere });
        }
      }
      for (const [name, found] of screenSpans) if (found.length && carriedConcepts.has(name)) namedBefore.add(name);
      if (!aboutBody) aboutBody = bodyEntries.some((entry) => judgeEntry(entry, spans, ctx, sentence, cuePseudoFlag, lang).kind === 'hit');
      generalBefore = generalHere;
      // Not a sign's word inside a name ("my bloods and temperature… Was it the cold snap?": no bleeding to carry).
      const signsHere = [...screenSpans]
        .filter(([name, found]) => symptomConcepts.has(name) && !lang.bodyParts.has(name) && found.some((sp) => !inferred.has(sp) && !some(ctx.negated, sp)))
        .map(([name]) => name);
      // Over one sentence that tells no sign ("… for months. I was managing. Today it's in both legs"); not
      // over one that denies a sign ("After reading about foot drop… No dragging or catching. It's a pain in
      // my buttock": "it" is no longer what was read about).
      const deniesHere = () => [...spans].some(([name, found]) => symptomConcepts.has(name) && !lang.bodyParts.has(name) && found.some((sp) => some(ctx.negated, sp)));
      if (signsHere.length || deniesHere() || signsAge++ >= 1) [signsBefore, signsAge] = [signsHere, 0];
      hitsBefore = [...hits.keys()].slice(hitsAtStart);
      if (!othersPainSeen && othersPainNow()) {
        othersPainSeen = true;
        for (const id of othersPastPending) addPossible({ screenId: id, flags: [id], reason: 'whose' });
      }
      for (const [name, found] of spans) if (laterCauses.has(name) && found.some((sp) => toldPlainly(sp, ctx, inferred))) toldEarlier.add(name);
    }
    for (const { screen, anywhere } of spreadTold) if (anywhere.every((c) => namedAnywhere.has(c))) addPossible({ screenId: screen.id, flags: screen.flags, reason: 'cue' });
    if (correcting) for (const [id, i] of hitAt) if ((deniedAt.get(id) ?? -1) > i) overLater.add(id);
    // "Can't move my leg! OK that's a bit dramatic, it's just stiff", "My leg keeps giving way. Okay that's
    // dramatic, scratch that - …": a sign told before the writer takes it back is asked about, never acted on
    // unasked nor dropped (asked even when an earlier sentence denied it: "No fever yesterday. Today it's 39, …
    // OK that's dramatic"); told (again) after it, it stands ("no fever, scratch that, it's 38.6"). Looked for
    // only once a sign has been told.
    if (!asTold && hits.size) {
      for (const id of takenBack(sentences, hits, hitAt)) {
        overLater.add(id);
        deniedCandidates.delete(id);
      }
    }
    // Told, then said to be over: asked about, never dropped.
    for (const id of overLater) {
      hits.delete(id);
      addPossible(questionOfFlag.get(id)!);
    }
    const hitIds = new Set(hits.keys());
    for (const id of contrasted) deniedCandidates.delete(id);
    // A possible sign already reported or denied in so many words needs no question.
    const open = [...possible.values()]
      .map((p) => ({ ...p, flags: p.flags.filter((f) => (!hitIds.has(f) || (youngOnly.has(f) && p.reason === 'cue')) && !deniedCandidates.has(f)) }))
      .filter((p) => p.flags.length > 0);
    return {
      hits: [...hits.values()],
      denied: [...deniedCandidates].filter((id) => !hits.has(id)),
      possible: open,
      aboutBody: aboutBody || hits.size > 0 || open.length > 0,
      isQuestion,
    };
  }

  /**
   * "My legs hurt. They're both weak": a word pointing back ("they", "it", "both") in a sentence that
   * names no part of the body (the caller checks) stands for the parts named in the sentence before.
   * Added as spans of those concepts at the pointing word; a sign read through one is asked about,
   * not taken as told.
   */
  function pointBack(sentence: Sentence, spans: Map<string, Span[]>, bodyBefore: string[]): Set<Span> {
    const inferred = new Set<Span>();
    addAtPointers(sentence, spans, bodyBefore, inferred);
    return inferred;
  }

  /**
   * The sentence's spans with a screen's carried concept named before and taken up here by a number that
   * stands alone ("I've had about twelve since this morning" after "co-codamol"): the number is the thing.
   */
  function carriedInto(screen: Screening['screens'][number], spans: Map<string, Span[]>, sentence: Sentence, namedBefore: ReadonlySet<string>): Map<string, Span[]> {
    const carried = screen.carried;
    if (!carried || spans.get(carried.concept)?.length || !namedBefore.has(carried.concept)) return spans;
    const standing = (spans.get(carried.by) ?? []).filter((sp) => {
      const next = sentence.tokens[sp.end];
      return !next || next.isBreak || !firstTag(next.raw)?.startsWith('NN');
    });
    // An empty span just after the number: it stands for the thing without taking the number's own place.
    return standing.length ? new Map([...spans, [carried.concept, standing.map((sp) => ({ start: sp.end, end: sp.end }))]]) : spans;
  }

  /**
   * Signs of the sentence before that this one does not name, added the same way ("I've had sciatica
   * for months. Today it's in both legs"), or taken up by a likeness ("my right foot's like that"): what
   * they make is asked about where a screen asks for it, and taken as told where none does.
   */
  function carrySigns(sentence: Sentence, spans: Map<string, Span[]>, signsBefore: string[], inferred: Set<Span>): void {
    const names = signsBefore.filter((name) => !spans.get(name)?.length);
    addAtPointers(sentence, spans, names, inferred);
    // "You know when your foot goes all white and icy? My right foot's like that": the likeness is the signs told.
    if (!names.length || !lang.likenessPointers.length) return;
    // Empty spans, so the signs carried do not take each other's place (a likeness may carry two).
    for (const pointer of findSpans(lang.likenessPointers, sentence.tokens)) inferAt(spans, names, pointer.end, pointer.end, inferred);
  }

  /** A one-word span of each concept at every pointing word of the sentence, marked as inferred. */
  function addAtPointers(sentence: Sentence, spans: Map<string, Span[]>, names: string[], inferred: Set<Span>): void {
    if (!names.length) return;
    // The weather's "it" ("I fell off my bike years ago. My hip aches when it's cold") points back to nothing.
    // (Searched only in a sentence with an "it": the weather's terms are many.)
    const weather = sentence.tokens.some((t) => t.raw === 'it') ? new Set(findSpans(lang.weatherIt, sentence.tokens).map((sp) => sp.start + 1)) : new Set<number>();
    sentence.tokens.forEach((t, i) => {
      if (lang.anaphora.has(t.raw) && !weather.has(i)) inferAt(spans, names, i, i + 1, inferred);
    });
  }

  /** A span from `start` to `end` for each concept, marked as inferred (one object each: `inferred` holds them by identity). */
  function inferAt(spans: Map<string, Span[]>, names: readonly string[], start: number, end: number, inferred: Set<Span>): void {
    for (const name of names) {
      const span = { start, end };
      inferred.add(span);
      spans.set(name, [...(spans.get(name) ?? []), span]);
    }
  }

}

type SetAside = 'hypothetical' | 'question' | 'told-question' | 'other-past' | 'history' | 'then-and-now' | 'dated' | 'limited' | 'figurative' | 'beyond-denial';
/** Set aside, but unclear rather than ruled out: asked about where a screen asks for it, else taken as told. */
type AskedAside = 'then-and-now' | 'dated' | 'limited' | 'figurative' | 'beyond-denial';
type Outcome =
  | { kind: 'hit'; spans: Span[] }
  | { kind: 'negated' }
  | { kind: 'contrasted'; spans: Span[] }
  | { kind: 'set-aside'; why: Exclude<SetAside, AskedAside> }
  | { kind: 'set-aside'; why: AskedAside; spans: Span[] }
  | { kind: 'none' };

const NONE: Outcome = Object.freeze({ kind: 'none' });

/** Told as the writer's own and as now: not denied, supposed, hedged, past, dated, borrowed or inferred. */
function toldPlainly(sp: Span, ctx: SentenceContext, inferred: Set<Span>): boolean {
  if (inferred.has(sp)) return false;
  const marks = [ctx.negated, ctx.hedged, ctx.hypothetical, ctx.conditional, ctx.otherPerson, ctx.historical, ctx.dated, ctx.figurative, ctx.beyondDenial];
  return !marks.some((m) => some(m, sp)) && !ctx.isQuestion;
}

function judgeEntry(
  entry: CompiledEntry,
  spans: Map<string, Span[]>,
  ctx: SentenceContext,
  sentence: Sentence,
  flag: ProtocolFlag,
  lang: CompiledLanguage,
  inferred?: Set<Span>,
): Outcome {
  // Most entries lack one of their concepts in a given sentence: told apart before anything is
  // allocated (this runs for every entry of every flag and screen, in every sentence).
  for (const name of entry.all) if (!spans.get(name)?.length) return NONE;
  const candidates = entry.all.map((name) => spans.get(name)!);
  // For a flag that counts in the past, "I don't inject anymore" tells a history: not a denial.
  const affirmed = (s: Span) => !some(ctx.negated, s) || (flag.pastCounts && some(ctx.ended, s));

  let sawNegated = false;
  let contrasted: Span[] | undefined;
  let setAside: { why: SetAside; spans: Span[] } | undefined;
  let result: Outcome = NONE;
  let tried = 0;
  // Depth-first over one span per concept, the spans not overlapping each other.
  const choose = (i: number, chosen: Span[]): boolean => {
    if (tried > MAX_COMBINATIONS) return false;
    if (i === candidates.length) {
      tried++;
      if (entry.inClause && !inOneClause(chosen, sentence, ctx, lang)) return false;
      // Denied and then taken back ("no weight loss, well maybe a stone"): neither way.
      if (chosen.some((s) => some(ctx.hedged, s))) return false;
      if (entry.denialOnly) {
        if (chosen.every(affirmed) && !isSetAside(chosen, ctx, sentence, flag, lang) && !blockedBetween(chosen, ctx)) sawNegated = true;
        else if (!contrasted && chosen.some((s) => !affirmed(s) && bareNotBefore(s, sentence, lang) >= 0) && blockedBetween(chosen, ctx) && !isSetAside(chosen, ctx, sentence, flag, lang)) contrasted = [...chosen];
        return false;
      }
      if (!chosen.every(affirmed)) {
        // ("no pain in my legs, they feel fine": the sign's own clause may still call it fine.)
        if (
          chosen.every((s) => affirmed(s) || secondHalfOfContrast(s, sentence, lang, spans, ctx)) ||
          (toldAfterContrast(entry.all, chosen, affirmed, ctx, lang, spans, sentence.tokens) && limitOf(entry, chosen, spans, ctx, sentence, lang) !== 'cancels')
        )
          contrasted ??= [...chosen];
        else if (limitedBefore(entry, chosen, affirmed, spans, ctx)) setAside ??= { why: 'limited', spans: [...chosen] };
        else sawNegated = true;
        return false;
      }
      if (entry.unless?.length && keptToInClause(entry.unless, chosen, spans, ctx)) return false;
      const limit = limitOf(entry, chosen, spans, ctx, sentence, lang);
      if (limit === 'cancels') return false;
      // Past a word that may begin a new clause inside a denial's reach ("no injury I just can't feel
      // my bum"): not denied, but not clearly told either; asked about.
      const aside = limit === 'unclear' ? 'limited' : isSetAside(chosen, ctx, sentence, flag, lang) || (chosen.some((sp) => some(ctx.beyondDenial, sp)) ? 'beyond-denial' : undefined);
      if (aside) {
        setAside ??= { why: aside, spans: [...chosen] };
        return false;
      }
      // A part of the body only pointed back to ("they're both weak"): asked about.
      if (inferred?.size && chosen.some((s) => inferred.has(s))) {
        contrasted ??= [...chosen];
        return false;
      }
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
  if (contrasted) return { kind: 'contrasted', spans: contrasted };
  if (sawNegated) return { kind: 'negated' };
  if (!setAside) return NONE;
  return isAskedAside(setAside.why) ? { kind: 'set-aside', why: setAside.why, spans: setAside.spans } : { kind: 'set-aside', why: setAside.why };
}

/**
 * A "none" concept in the same clause, not denied from outside, cancels the entry ("hot" + "hip", not
 * "hot pack"; "I can't walk far"). One that holds its own denial word ("without …") limits only the
 * sign's words right before it (at most three words between, none of them a denial), and leaves it
 * unclear rather than cancelled: "I can't walk without my stick" is asked about; "I can't walk at all
 * and can't sit without pain" still cannot walk.
 */
function limitOf(entry: CompiledEntry, chosen: Span[], spans: Map<string, Span[]>, ctx: SentenceContext, sentence: Sentence, lang: CompiledLanguage): 'cancels' | 'unclear' | undefined {
  const clauses = clausesOf(chosen, ctx);
  // The clause right after that gives the reason ("my legs feel like jelly because I did 200 squats at
  // the gym"): the explanation belongs to the sign, as in its own clause.
  for (const c of [...clauses]) {
    const start = ctx.clause.findIndex((k) => k === c + 1);
    if (start >= 0 && (REASONS.has(sentence.tokens[start]?.raw ?? '') || explainsBefore(sentence.tokens, start))) clauses.add(c + 1);
  }
  let unclear = false;
  const likened = (s: Span) => ctx.likenedCause.some((l) => l.end <= s.start && s.start - l.end <= MAX_WORDS_INTO_LIKENESS && ctx.clause[l.start] === ctx.clause[s.start]);
  for (const name of entry.none) {
    for (const s of spans.get(name) ?? []) {
      const anywhere = entry.noneInSentence || entry.noneAnywhere?.includes(name);
      // A set-aside phrase that holds the sign's own words counts where it starts, too: "like I've been hit by
      // a car" opens a clause at "I've", but the hit is the likeness's.
      if (ctx.negated[s.start] || (!anywhere && !clauses.has(ctx.clause[s.start]!) && !chosen.some((c) => overlaps(c, s)))) continue;
      // "…like I've been sat on a bike saddle for hours": a likeness of a cause, not the cause.
      if (likened(s)) continue;
      // A screen's "all normal" inside the cue's own denied words ("…doesn't feel normal") is the cue, not a reassurance.
      if (name === ALL_NORMAL && chosen.some((c) => c.start <= s.start && s.end <= c.end && sentence.tokens.slice(c.start, s.start).some((t) => lang.denialsInCue.has(t.raw)))) continue;
      // Only the writer's own: someone else "collapsed on the bed" or "confused and frightened" is acted on.
      if (entry.unclearOver?.includes(name)) {
        if (chosen.some((c) => overlaps(c, s)) && !chosen.every((c) => some(ctx.otherPerson, c))) unclear = true;
        continue;
      }
      if (entry.unclearWith?.includes(name)) {
        unclear = true;
        continue;
      }
      if (!some(ctx.denial, s)) return 'cancels';
      if (chosen.some((c) => s.start >= c.end && s.start - c.end <= MAX_WORDS_BEFORE_WITHOUT && !some(ctx.denial, { start: c.end, end: s.start }))) unclear = true;
    }
  }
  return unclear ? 'unclear' : undefined;
}

const MAX_WORDS_BEFORE_WITHOUT = 3;
/** How far into a likeness ("like I've been sat on a bike saddle") its words are the likeness's. */
const MAX_WORDS_INTO_LIKENESS = 6;
/** The concept every screen's cue is cancelled by (`evenIfNormal` aside): content/screening.yaml `all-normal`. */
const ALL_NORMAL = 'all-normal';

/** An amount told in the sentence (content/triage.yaml `language.amounts`): a number, or a unit after "a" ("a stone"). */
function givesAmount(sentence: Sentence, lang: CompiledLanguage): boolean {
  return sentence.tokens.some((t, i) => /^\d+$/.test(t.raw) || (lang.amountUnits.has(t.raw) && lang.amountBefore.has(sentence.tokens[i - 1]?.raw ?? '')));
}

/** Words that open a clause giving the reason for what the clause before it told. */
const REASONS = new Set(['because', 'cos', 'coz', 'cause']);
/** "(but) that was (just) from…", "it's only from…": a clause that gives the reason for the one before ("a numb bum for a bit, but that was just from sitting on hard boards"). */
function explainsBefore(tokens: readonly Token[], start: number): boolean {
  let i = start;
  if (tokens[i]?.raw === 'but') i++;
  if (!POINTING_BACK.has(tokens[i]?.raw ?? '') || !LINKS.has(tokens[i + 1]?.raw ?? '')) return false;
  i += 2;
  if (ONLY.has(tokens[i]?.raw ?? '')) i++;
  return tokens[i]?.raw === 'from';
}
const POINTING_BACK = new Set(['that', 'it', 'this']);
const LINKS = new Set(['was', 'is']);
const ONLY = new Set(['just', 'only', 'probably', 'definitely']);

/** Words that tell a statement as now or new, so that it takes up a question about a sign just before it. */
const TOLD_NOW = new Set(['since', 'now', 'today', 'tonight', 'yesterday', 'anymore']);

/** The clauses the chosen words start and end in. */
function clausesOf(chosen: readonly Span[], ctx: SentenceContext): Set<number> {
  return new Set(chosen.flatMap((s) => [ctx.clause[s.start]!, ctx.clause[s.end - 1]!]));
}

/**
 * The words of an entry in one clause, or in two neighbouring ones where the second points back with
 * "it" or "them" ("my hip has locked and I can't move it").
 */
function inOneClause(chosen: Span[], sentence: Sentence, ctx: SentenceContext, lang: CompiledLanguage): boolean {
  const clauses = [...clausesOf(chosen, ctx)].sort((a, b) => a - b);
  if (clauses.length === 1) return true;
  if (clauses.length > 2 || clauses[1]! - clauses[0]! !== 1) return false;
  return sentence.tokens.some((t, i) => ctx.clause[i] === clauses[1] && lang.anaphora.has(t.raw));
}

/**
 * A screen's `unless` concept in the one clause that holds every word of the cue ("two paracetamol
 * four times a day as it says on the box"). Not when the cue spreads over clauses: in "… as it says on
 * the box, but last night I took ten more" the dose kept to is not the dose taken.
 */
function keptToInClause(names: string[], chosen: Span[], spans: Map<string, Span[]>, ctx: SentenceContext): boolean {
  const clauses = clausesOf(chosen, ctx);
  if (clauses.size !== 1) return false;
  const [clause] = clauses;
  return names.some((name) => (spans.get(name) ?? []).some((s) => !ctx.negated[s.start] && ctx.clause[s.start] === clause));
}

/**
 * A limit holding its own denial word said just before the sign ("without my stick I can't walk",
 * at most three words between): its "without" denies nothing of the sign, as after it ("I can't walk
 * without my stick"); left unclear, and asked about, rather than read as a denial.
 */
function limitedBefore(entry: CompiledEntry, chosen: Span[], affirmed: (s: Span) => boolean, spans: Map<string, Span[]>, ctx: SentenceContext): boolean {
  const first = Math.min(...chosen.map((c) => c.start));
  return entry.none.some((name) =>
    (spans.get(name) ?? []).some(
      (s) =>
        some(ctx.denial, s) &&
        s.end <= first &&
        first - s.end <= MAX_WORDS_BEFORE_WITHOUT &&
        chosen.every((c) => affirmed(c) || !some(ctx.denial, { start: s.end, end: c.start })),
    ),
  );
}

/** Why every part of the mention is not a report: hypothetical or a question, someone else's past, or the patient's distant past. */
function isSetAside(chosen: Span[], ctx: SentenceContext, sentence: Sentence, flag: ProtocolFlag, lang: CompiledLanguage): SetAside | undefined {
  // "If I ever get a fever, what should I do?": a pure hypothetical, answered, not asked about.
  if (chosen.every((s) => some(ctx.conditional, s))) return 'hypothetical';
  if (chosen.every((s) => some(ctx.hypothetical, s))) return chosen.some((s) => some(ctx.toldBeforeQuestion, s)) ? 'told-question' : 'question';
  if (chosen.every((s) => some(ctx.causeQuestion, s))) {
    const first = Math.min(...chosen.map((s) => s.start));
    const before = sentence.tokens[first - 1]?.raw;
    if (!before || !lang.ownWords.has(before)) return 'question';
  }
  // The distant past first: "my mum had a stroke years ago" is history, whoever had it.
  if (!flag.pastCounts && chosen.every((s) => some(ctx.historical, s))) return ctx.speaksOfNow ? 'then-and-now' : 'history';
  // In an entry dated by a year ("2016 foot drop after a disc, recovered"): most likely over, but a year
  // may be a birth year or this one; asked about, never acted on at once nor dropped.
  if (!flag.pastCounts && chosen.every((s) => some(ctx.dated, s))) return 'dated';
  if (chosen.every((s) => some(ctx.otherPersonPast, s))) return 'other-past';
  if (chosen.some((s) => some(ctx.figurative, s))) return 'figurative';
  return undefined;
}

const isAskedAside = (why: SetAside): why is AskedAside => why === 'then-and-now' || why === 'dated' || why === 'limited' || why === 'figurative' || why === 'beyond-denial';

/** A contrast or a denial between the parts ("I can control my bladder but not my bowels"). */
function blockedBetween(chosen: Span[], ctx: SentenceContext): boolean {
  const sorted = [...chosen].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    for (let i = sorted[k - 1]!.end; i < sorted[k]!.start; i++) if (ctx.blocker[i]) return true;
  }
  return false;
}

/**
 * The sign said after a contrast word, only the part of the body it is felt in inside an earlier
 * denial: "no pain in my legs but they're both weak" denies the pain, and "they" may well be the legs.
 * Not a denial of the sign; not a clear report either: asked about. A denied sign stays denied ("no
 * weakness but my legs ache").
 */
function toldAfterContrast(
  names: string[],
  chosen: Span[],
  affirmed: (s: Span) => boolean,
  ctx: SentenceContext,
  lang: CompiledLanguage,
  spans: Map<string, Span[]>,
  sentenceTokens: Token[],
): boolean {
  const told = chosen.filter((s, i) => affirmed(s) && !lang.bodyParts.has(names[i]!));
  if (!told.length) return false;
  // A clause of its own that points back ("they", "both") and names no part of the body: "they're
  // both weak"; not "I just feel weak", not "just back ache".
  const pointsBack = (t: Span) => {
    const clause = ctx.clause[t.start];
    if ([...lang.bodyParts].some((name) => (spans.get(name) ?? []).some((b) => ctx.clause[b.start] === clause))) return false;
    return sentenceTokens.some((tok, i) => ctx.clause[i] === clause && lang.anaphora.has(tok.raw));
  };
  const after = (n: Span, t: Span) =>
    some(ctx.contrast, { start: n.end, end: t.start }) || (t.start > n.start && ctx.clause[t.start] !== ctx.clause[n.start] && pointsBack(t));
  return chosen.every(
    // A contrast word, or a new clause ("no pain in my legs, they're both weak"; "… and they're both
    // weak"), between the denied part and the sign after it (none when the sign comes first).
    (n, i) => affirmed(n) || (lang.bodyParts.has(names[i]!) && told.some((t) => after(n, t))),
  );
}

/**
 * Where a "not" with no word of its own stands before the span, with at least one small word between
 * ("not of my bladder", "not my bowels"; not "not numb"), or -1: the other half of a contrast
 * ("full control of my legs, not of my bladder"), which denies nothing of the span.
 */
function bareNotBefore(span: Span, sentence: Sentence, lang: CompiledLanguage): number {
  let i = span.start - 1;
  while (i >= 0 && lang.ellipsisFillers.has(sentence.tokens[i]!.raw)) i--;
  return i >= 0 && i < span.start - 1 && lang.bareNot.has(sentence.tokens[i]!.raw) ? i : -1;
}

/**
 * Such a "not" after a first half that says something is fine or can be done and denies nothing:
 * "legs are working fine, not my bladder", "I can feel my legs, not my saddle area", "full control of
 * my legs and not my bladder". Not "No, not my bladder", "no problems peeing, not with my bowels
 * either", "sorry, not my bladder", "Not my bladder."
 */
function secondHalfOfContrast(span: Span, sentence: Sentence, lang: CompiledLanguage, spans: Map<string, Span[]>, ctx: SentenceContext): boolean {
  const not = bareNotBefore(span, sentence, lang);
  if (not <= 0) return false;
  const tokens = sentence.tokens;
  for (let i = 0; i < not; i++) if (ctx.denial[i]) return false;
  const saidFine = FINE_CONCEPTS.some((name) => (spans.get(name) ?? []).some((s) => s.end <= not && !ctx.negated[s.start]));
  const saidAble = tokens.slice(0, not).some((t, i) => lang.abilityWords.has(t.raw) && !lang.bareNot.has(tokens[i + 1]!.raw));
  return saidFine || saidAble;
}

/** Concepts that say something is fine (content/screening.yaml, content/triage.yaml). */
const FINE_CONCEPTS = [ALL_NORMAL, 'control-kept'];

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

// "I can control my bladder but not my bowels" says "I can not control my bowels" without the verb:
// the missing half is spelt out as its own sentence, so the second thing is read as what it is.
const CONTRAST = /\b(?:i|we)\s+(?:can|could|am able to|was able to)\s+(?:still\s+)?([a-z]+)\s+(?:my|the|our)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s*,?\s+but\s+not\s+(?:my\s+|the\s+|our\s+)?([a-z]+)(?:\s+([a-z]+))?/gi;
const SIDES = new Set(['left', 'right', 'other']);

export function spellOutContrast(text: string): string {
  const added: string[] = [];
  for (const m of text.matchAll(CONTRAST)) {
    const [, verb, object, second, next] = m as unknown as [string, string, string, string, string | undefined];
    // "my left leg but not my right": the right leg.
    const thing = SIDES.has(second.toLowerCase()) ? `${second} ${next && !/^(very|at|so|too|as|one|side)$/i.test(next) ? next : object}` : second;
    added.push(`I can not ${verb} my ${thing}.`);
  }
  return added.length ? `${text}\n${added.join('\n')}` : text;
}
