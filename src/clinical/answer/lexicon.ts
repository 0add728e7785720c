// content/lexicon.yaml: lay words → article words, what the articles do not cover, and the cue
// words that tell what kind of answer a question wants.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import natural from '../natural.ts';
import { loadYamlFile } from '../contentFile.ts';
import { loadGeneratedWords } from '../triage/vocabulary.ts';
import { restoreDroppedG } from '../droppedG.ts';
import { phraseAlternation } from '../text/phraseAlternation.ts';
import { normalise } from './normalise.ts';

const phrase = z.string().min(1);
const typeName = z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'lower-case words joined by hyphens');
const questionTypesSchema = z
  .object({
    fallback: typeName.optional(),
    cues: z.record(typeName, z.array(phrase).min(1)).default({}),
    /** Words by which an article sentence says it answers that type ("lasts", "treatment", "felt"). */
    answerCues: z.record(typeName, z.array(phrase).min(1)).default({}),
    /** Types that choose the sentences shown, never the section ("list the…", "the most common…"). */
    excerptOnly: z.array(typeName).default([]),
    /** Per type, the section ("article#Heading") that answers it in general: a second short part when
     * the answer's own section does not say it ("how is bursitis treated"). */
    generalSections: z.record(typeName, z.string().regex(/^[a-z0-9-]+#.+$/, 'article-id#Section heading')).default({}),
    /** Types whose sections tell people to be seen: never followed by a general part. */
    seenTypes: z.array(typeName).default([]),
    /**
     * A question that names no subject, only doubt about what to do ("idk if this is serious or if im being
     * dramatic, what should i do"): its cues, and the section that answers it.
     */
    unsure: z
      .object({
        cues: z.array(phrase).min(1),
        section: z.string().regex(/^[a-z0-9-]+#.+$/, 'article-id#Section heading'),
        /** Routes of care weighed with the doubt against waiting (`waiting`): "GP, physio, or just wait it out". */
        routes: z.array(phrase).default([]),
        waiting: z.array(phrase).default([]),
      })
      .strict()
      .optional(),
    /**
     * Telling two areas apart asked ("how do you even tell if it's your hip or your back?", "need an MRI to know whether
     * it's my hip or my lumbar spine"): a verb of discerning, then "whether", "if" or "which", then two areas joined
     * by "or"; the section that answers why that is hard.
     */
    tellApart: z
      .object({ section: z.string().regex(/^[a-z0-9-]+#.+$/, 'article-id#Section heading'), verbs: z.array(phrase).min(1) })
      .strict()
      .optional(),
    /** Hedging adverbs a cue is also read across ("what usually makes", "how exactly do they treat"). */
    hedges: z.array(phrase).default([]),
  })
  .strict()
  .refine((q) => q.fallback === undefined || q.fallback in q.cues, { message: 'fallback must be one of the cue types', path: ['fallback'] });
const lexiconSchema = z
  .object({
    synonyms: z.record(phrase, z.array(phrase).min(1)).default({}),
    acronyms: z.record(z.string().regex(/^[A-Za-z]+$/, 'letters only'), phrase).default({}),
    /** Chat shorthand ("u", "bc", "idk") → the words it stands for, read before anything else. */
    shorthand: z.record(z.string().regex(/^[a-z0-9]+(?:\/[a-z0-9]+)*$/, 'lower-case letters and digits only, parts joined by a slash'), phrase).default({}),
    /** Words cut short with an apostrophe, as dialect is written ("wi'", "o'") → the words, read with the shorthand. */
    elisions: z.record(z.string().regex(/^[a-z]+'$/, "lower-case letters ending in an apostrophe"), phrase).default({}),
    /** Note-taking symbols ("&", "→", "↑") → the words they stand for, read with the shorthand. */
    symbols: z.record(z.string().regex(/^[^\p{L}\p{N}\s]{1,3}$/u, 'one to three symbols, no letters, digits or spaces'), phrase).default({}),
    scope: z
      .object({
        never: z.array(phrase).default([]),
        /** Pregnancy, declined as `never` is, with a word of who advises on pain while pregnant. */
        pregnancy: z.array(phrase).default([]),
        medicines: z.array(phrase).default([]),
        pets: z.array(phrase).default([]),
        animalNames: z.array(phrase).default([]),
        unlessAbout: z.array(phrase).default([]),
        about: z.array(phrase).default([]),
        anywhere: z.array(phrase).default([]),
        alone: z.array(phrase).default([]),
        drugEndings: z.array(z.string().regex(/^[a-z]{3,}$/, 'three or more lower-case letters')).default([]),
        /** Sections ("article-id#Section heading") that may answer a question about a named medicine, with a word to ask a pharmacist. */
        medicineAnswers: z.array(z.string().regex(/^[a-z0-9-]+#.+$/, '"article-id#Section heading"')).default([]),
        /** Words asking how much of a medicine to take: such a question is declined with the word to ask a pharmacist, never answered by a section. */
        doseWords: z.array(phrase).default([]),
        /**
         * The kind of medicine a section of `medicineAnswers` is about: WordNet noun senses (a lemma and the start of its
         * gloss), taken with all their kinds by scripts/wordnet-cache.ts, and names this WordNet lacks.
         */
        medicineKinds: z
          .record(
            z.string().regex(/^[a-z0-9-]+#.+$/, '"article-id#Section heading"'),
            z.object({ senses: z.array(z.tuple([z.string().min(2), z.string().min(3)])).default([]), words: z.array(phrase).default([]) }).strict(),
          )
          .default({}),
      })
      .strict()
      .default({}),
    questionTypes: questionTypesSchema.default({}),
    /** A message written as a letter: its greeting and its signing-off, taken off before it is read. */
    letter: z.object({ greetings: z.array(phrase).default([]), closings: z.array(phrase).default([]) }).strict().default({}),
    /** A question checking something heard: who said it and the verdict asked for, taken off before reading. */
    hearsay: z.object({ reporting: z.array(phrase).default([]), heard: z.array(phrase).default([]), verdicts: z.array(phrase).default([]) }).strict().default({}),
    roles: z.object({ before: z.array(phrase).default([]), after: z.array(phrase).default([]), others: z.array(phrase).default([]) }).strict().default({}),
    /** A wish, a plan or a coming event told around the question: taken off before reading (planFrame.ts). */
    plans: z.object({ wishes: z.array(phrase).default([]), ahead: z.array(phrase).default([]) }).strict().default({}),
    /** Openings of a reason for asking ("the reason I ask is", "asking cos"): reasonFrame.ts. */
    reasons: z.array(phrase).default([]),
    courtesy: z.array(phrase).default([]),
    /** A change of subject said in so many words ("different question", "unrelated, but"): only what follows is read (switchFrame.ts). */
    switches: z.array(phrase).default([]),
    /** A question taken back and asked again ("…no, the other way round: can a bad hip…"): restartFrame.ts. */
    restarts: z.array(phrase).default([]),
    /** Words by which a writer takes back the word just typed ("the usual procrastination, sorry, prognosis"). */
    corrections: z.array(phrase).default([]),
    /** Openers of a sentence that thanks for an answer before the next question (ackFrame.ts). */
    acknowledgements: z.array(phrase).default([]),
    rephrasing: z.array(phrase).default([]),
  })
  .strict();

export type LexiconFile = z.infer<typeof lexiconSchema>;

/** The lexicon ready for use: every phrase normalised the same way as the text it is applied to. */
export interface Lexicon {
  /** Lay phrase (normalised, space-separated words) → article words. */
  replacements: Map<string, string>;
  /** Capitalised abbreviation → article words, matched case-sensitively on the raw text. */
  acronyms: Map<string, string>;
  /** Chat shorthand (lower case) → its words, matched as whole words in any case. */
  shorthand?: Map<string, string>;
  /** Words cut short with an apostrophe → their words (`expandElisions`). */
  elisions?: Map<string, string>;
  /** Note-taking symbols → their words, read when they stand between two words (`expandSymbols`). */
  symbols?: Map<string, string>;
  /** Longest lay phrase in words, to bound the phrase search. */
  maxPhraseWords: number;
  never: Set<string>;
  /** Pregnancy's words (in `never` too): a question declined for them says who advises instead. */
  pregnancy: Set<string>;
  /** Named medicines and supplements: declined when asked about, not when only told as tried before a question of its own. */
  medicines?: Set<string>;
  /** Animals: a question naming one is about it ("my dog's back legs are weak") unless it names the patient's own place ("my hip is sore after dog walks"). */
  pets?: Set<string>;
  /** The pets and every animal WordNet knows (content/vocabulary.wordnet.yaml): for the scope only. */
  animals?: Set<string>;
  unlessAbout: Set<string>;
  about: Set<string>;
  /** Words of `about` for what is found all over the body (a nerve, a disc, numbness): no place of ours on their own. */
  anywhere?: Set<string>;
  /** Words of headings that make no question ours on their own (a fever, sleep): with only these, a question is declined. */
  alone?: Set<string>;
  /** Other parts of the body that are part of a place of ours (WordNet: the knee is part of the leg); set by the engine from the WordNet cache. */
  partsOfPlaces?: Set<string>;
  /** Foods and substances (WordNet), set by the engine from the WordNet cache: named with no place of ours, declined unless a word of the content. */
  substances?: Set<string>;
  /** Adjectives of several words with another part of the body in them, which name no part before their noun (WordNet: "hands-on treatment"); set by the engine from the WordNet cache. */
  bodyIdioms?: Set<string>;
  /** Endings of drug names (-cillin, -statin): an unknown word ending so names a medicine we do not cover. */
  drugEndings: string[];
  /** Sections that may answer a question about a named medicine ("article-id#Section heading"): the kinds of medicine the articles explain. */
  medicineAnswers?: string[];
  /** Words asking how much of a medicine to take ("how many", "dose", "mg"). */
  doseWords?: Set<string>;
  /** Per section of `medicineAnswers` ("article-id#Section heading"): the WordNet senses of its kind of medicine, and names WordNet lacks. */
  medicineKinds?: Map<string, { senses: [string, string][]; words: Set<string> }>;
  /** Cue phrase (normalised, synonyms applied) → the question types it signals. */
  typeCues: Map<string, string[]>;
  /** Longest cue phrase in words. */
  maxCueWords: number;
  /** A type that counts only when no other type is present. */
  fallbackType: string | undefined;
  /** Answer-side cue phrase (normalised, synonyms applied) → the types a sentence with it answers. */
  answerCues: Map<string, string[]>;
  maxAnswerCueWords: number;
  /** Types that choose the sentences shown inside a section, never the section itself. */
  excerptOnly: Set<string>;
  /** Type → "article#Heading" of the section that answers it in general. */
  generalSections: Map<string, string>;
  /** A question naming no subject, only doubt about what to do: its cues (normalised phrases) and section. */
  unsure?: { cues: Set<string>; section: string; routes: Set<string>; waiting: Set<string> };
  /** Telling two areas apart asked: its verbs, and the section that answers it (`questionTypes.tellApart`). */
  tellApart?: { section: string; verbs: Set<string> };
  /** Types whose sections tell people to be seen: never followed by a general part. */
  seenTypes: Set<string>;
  /** Hedging adverbs a question-type cue is also read across (see questionType.ts cueAt). */
  hedges?: Set<string>;
  /** A letter's greetings and closings ("Dear Sir or Madam", "Kind regards"): taken off before reading. */
  letter?: { greetings: string[]; closings: string[] };
  /** Reporting verbs, "I heard…", and verdicts asked for ("is that true?"): taken off before reading. */
  hearsay?: { reporting: string[]; heard: string[]; verdicts: string[] };
  roles?: { before: string[]; after: string[]; others: string[] };
  plans?: { wishes: string[]; ahead: string[] };
  reasons?: string[];
  /** Formulae of apology, thanks and deference: a sentence of courtesy alone is taken off before reading. */
  courtesy?: string[];
  switches?: string[];
  restarts?: string[];
  corrections?: string[];
  acknowledgements?: string[];
  /** Frames of a second try after not being understood ("let me put it another way"). */
  rephrasing?: string[];
}

/** What a "~" in a lay phrase stands for: a determiner, or none ("bottom of ~ spine": of my, of the, of spine). */
const DETERMINERS = ['my', 'the', 'your', 'his', 'her', 'their', 'our', 'a', ''];

function withDeterminers(lay: string): string[] {
  if (!lay.includes('~')) return [lay];
  const [head, ...rest] = lay.split('~');
  return DETERMINERS.flatMap((d) => withDeterminers(rest.join('~')).map((tail) => `${head}${d}${tail}`));
}

export function loadLexicon(file: string): Lexicon {
  const lexicon = buildLexicon(loadYamlFile(file, lexiconSchema));
  // The animals WordNet knows, breeds and all (content/vocabulary.yaml `animals`, generated beside this file).
  const generated = path.join(path.dirname(file), 'vocabulary.wordnet.yaml');
  if (existsSync(generated)) {
    // Apart from `pets`: never words the spelling corrector learns ("sheet" is no "sheep").
    const animals = loadGeneratedWords(generated)['animals'] ?? [];
    for (const a of animals) {
      const words = normalise(a).join(' ');
      if (words) lexicon.animals!.add(words);
    }
  }
  return lexicon;
}

export function buildLexicon(data: z.input<typeof lexiconSchema> = {}): Lexicon {
  const parsed = lexiconSchema.parse(data);
  const replacements = new Map<string, string>();
  let maxPhraseWords = 1;
  for (const [target, lays] of Object.entries(parsed.synonyms)) {
    const to = normalise(target).join(' ');
    for (const lay of lays.flatMap(withDeterminers)) {
      const words = normalise(lay);
      if (words.length === 0) continue;
      replacements.set(words.join(' '), to);
      maxPhraseWords = Math.max(maxPhraseWords, words.length);
    }
  }
  const set = (xs: string[]) => new Set(xs.map((x) => normalise(x).join(' ')).filter(Boolean));
  // Cues are matched on question words after the synonyms, so they go through the synonyms too.
  const cueMap = (record: Record<string, string[]>) => {
    const map = new Map<string, string[]>();
    let max = 1;
    for (const [type, cues] of Object.entries(record)) {
      for (const cue of cues) {
        const words = applySynonyms(normalise(cue), { replacements, maxPhraseWords });
        if (words.length === 0) continue;
        const key = words.join(' ');
        map.set(key, [...new Set([...(map.get(key) ?? []), type])]);
        max = Math.max(max, words.length);
      }
    }
    return { map, max };
  };
  const { map: typeCues, max: maxCueWords } = cueMap(parsed.questionTypes.cues);
  const { map: answerCues, max: maxAnswerCueWords } = cueMap(parsed.questionTypes.answerCues);
  return {
    replacements,
    acronyms: new Map(Object.entries(parsed.acronyms)),
    shorthand: new Map(Object.entries(parsed.shorthand)),
    elisions: new Map(Object.entries(parsed.elisions)),
    symbols: new Map(Object.entries(parsed.symbols)),
    maxPhraseWords,
    never: set([...parsed.scope.never, ...parsed.scope.pregnancy]),
    pregnancy: set(parsed.scope.pregnancy),
    medicines: set(parsed.scope.medicines),
    medicineAnswers: parsed.scope.medicineAnswers,
    doseWords: set(parsed.scope.doseWords),
    medicineKinds: new Map(Object.entries(parsed.scope.medicineKinds).map(([ref, k]) => [ref, { senses: k.senses, words: set(k.words) }])),
    pets: set(parsed.scope.pets),
    animals: set([...parsed.scope.pets, ...parsed.scope.animalNames]),
    unlessAbout: set(parsed.scope.unlessAbout),
    about: set(parsed.scope.about),
    anywhere: set(parsed.scope.anywhere),
    alone: set(parsed.scope.alone),
    drugEndings: parsed.scope.drugEndings,
    typeCues,
    maxCueWords,
    fallbackType: parsed.questionTypes.fallback,
    answerCues,
    maxAnswerCueWords,
    excerptOnly: new Set(parsed.questionTypes.excerptOnly),
    generalSections: new Map(Object.entries(parsed.questionTypes.generalSections)),
    ...(parsed.questionTypes.tellApart ? { tellApart: { section: parsed.questionTypes.tellApart.section, verbs: set(parsed.questionTypes.tellApart.verbs) } } : {}),
    ...(parsed.questionTypes.unsure
      ? { unsure: { cues: set(parsed.questionTypes.unsure.cues), section: parsed.questionTypes.unsure.section, routes: set(parsed.questionTypes.unsure.routes), waiting: set(parsed.questionTypes.unsure.waiting) } }
      : {}),
    seenTypes: new Set(parsed.questionTypes.seenTypes),
    hedges: new Set(parsed.questionTypes.hedges),
    letter: parsed.letter,
    hearsay: parsed.hearsay,
    roles: parsed.roles,
    plans: parsed.plans,
    reasons: parsed.reasons,
    courtesy: parsed.courtesy,
    switches: parsed.switches,
    restarts: parsed.restarts,
    corrections: parsed.corrections,
    acknowledgements: parsed.acknowledgements,
    rephrasing: parsed.rephrasing,
  };
}

/** Expands capitalised abbreviations ("AS", "RA") in raw text, before it is lower-cased. */
/** Words of grammar (natural's English stop words): "AS" in a message typed in capitals is "as". */
const GRAMMAR = new Set(natural.stopwords);

export function expandAcronyms(text: string, lexicon: Lexicon): string {
  if (lexicon.acronyms.size === 0) return text;
  // Typed all in capitals, the capitals say nothing: "CAN I GO SWIMMING AS MY BACK HURTS" does not
  // name ankylosing spondylitis. An acronym that is no word of grammar (NSAID, AVN) still counts.
  const shouted = !/[a-z]/.test(text);
  return text.replace(/\b[A-Za-z]+\b/g, (w) => (shouted && GRAMMAR.has(w.toLowerCase()) ? w : (lexicon.acronyms.get(w) ?? w)));
}

/**
 * Chat shorthand spelt out ("what time do u open" → "what time do you open"), a whole word at a time,
 * any case: the clinic's cues, the intents and the articles' words are then read as usual.
 */
export function expandShorthand(text: string, lexicon: Pick<Lexicon, 'shorthand' | 'symbols' | 'elisions'>): string {
  const map = lexicon.shorthand;
  text = expandElisions(expandSymbols(text, lexicon.symbols), lexicon.elisions);
  if (!map?.size) return text;
  // Not inside a word with an apostrophe or a hyphen ("u-bend", "n't"). Words joined by a slash are
  // one shorthand when the lexicon has them so ("w/o" is without, not "with" and "o"); else each part.
  return text.replace(/(?<![\w'’-])[A-Za-z0-9]+(?:\/[A-Za-z0-9]+)*(?![\w'’-])/g, (w) =>
    map.get(w.toLowerCase()) ?? w.split('/').map((p) => map.get(p.toLowerCase()) ?? p).join('/'));
}

/**
 * Words cut short with an apostrophe, as dialect is written: the lexicon's elisions ("wi'" with, "o'" of)
 * and a dropped "g" ("claimin'", "goin'": droppedG.ts). Not a possessive ("the physios' room") nor a
 * closing quote after another word.
 */
function expandElisions(text: string, elisions: ReadonlyMap<string, string> | undefined): string {
  if (!/['’]/.test(text)) return text;
  const cut = elisions?.size ? text.replace(/(?<![\p{L}'’])(\p{L}+)['’](?!\p{L})/gu, (m, word: string) => elisions.get(`${word.toLowerCase()}'`) ?? m) : text;
  return restoreDroppedG(cut);
}

/**
 * Note-taking symbols spelt out ("what usually → hip + low back pain?", "appt tues → thurs"): a symbol
 * standing between two words is read as its words. Not one against a digit or other punctuation ("50+",
 * "2 + 2", "=)", "C++"), between two single letters ("A&E", "A & E", "M&S"), nor a sign of a test ("SLR +ve").
 */
function expandSymbols(text: string, symbols: ReadonlyMap<string, string> | undefined): string {
  if (!symbols?.size) return text;
  let pattern = symbolPatterns.get(symbols);
  if (!pattern) {
    pattern = new RegExp(`(?<=\\p{L}\\s*)(?:${phraseAlternation([...symbols.keys()])})(?=\\s*\\p{L})`, 'gu');
    symbolPatterns.set(symbols, pattern);
  }
  return text.replace(pattern, (m, at: number) => {
    const before = /(\p{L}+)\s*$/u.exec(text.slice(0, at))?.[1] ?? '';
    const after = /^\s*(\p{L}+)/u.exec(text.slice(at + m.length))?.[1] ?? '';
    if ((before.length === 1 && after.length === 1) || /^ve$/iu.test(after)) return m;
    return ` ${symbols.get(m)!} `;
  });
}
const symbolPatterns = new WeakMap<ReadonlyMap<string, string>, RegExp>();

/** Per phrase map or set: the first words of its phrases, every word-prefix of them, and the longest phrase in words (computed once). */
export interface PhraseShape {
  first: Set<string>;
  /** "a", "a b", "a b c" for each phrase "a b c": a longer phrase is looked for only while its start is one. */
  prefixes: Set<string>;
  max: number;
}
const shapes = new WeakMap<object, PhraseShape>();

export function shapeOf(phrases: ReadonlyMap<string, unknown> | ReadonlySet<string>): PhraseShape {
  let shape = shapes.get(phrases);
  if (!shape) {
    shape = { first: new Set(), prefixes: new Set(), max: 1 };
    for (const p of phrases.keys()) {
      const words = p.split(' ');
      shape.first.add(words[0]!);
      shape.max = Math.max(shape.max, words.length);
      let key = words[0]!;
      shape.prefixes.add(key);
      for (let k = 1; k < words.length; k++) shape.prefixes.add((key = `${key} ${words[k]!}`));
    }
    shapes.set(phrases, shape);
  }
  return shape;
}

/** Replacement words, split once per phrase. */
const splitTargets = new Map<string, string[]>();

/** Replaces lay phrases by article words, longest phrase first, left to right. */
export function applySynonyms(words: string[], lexicon: Pick<Lexicon, 'replacements' | 'maxPhraseWords'>): string[] {
  const out: string[] = [];
  const { first, prefixes } = shapeOf(lexicon.replacements);
  const limit = lexicon.maxPhraseWords;
  for (let i = 0; i < words.length; ) {
    let to: string | undefined;
    let length = 0;
    if (first.has(words[i]!)) {
      // Extend the phrase while it is still the start of one; keep the longest that is one.
      let key = words[i]!;
      for (let n = 1; n <= limit && i + n <= words.length; n++) {
        if (n > 1) key = `${key} ${words[i + n - 1]!}`;
        if (!prefixes.has(key)) break;
        const found = lexicon.replacements.get(key);
        if (found !== undefined) {
          to = found;
          length = n;
        }
      }
    }
    if (to === undefined) {
      out.push(words[i++]!);
      continue;
    }
    let split = splitTargets.get(to);
    if (!split) splitTargets.set(to, (split = to.split(' ')));
    for (const w of split) out.push(w);
    i += length;
  }
  return out;
}

/** Whether a phrase of `set` (one or more words) occurs in `words`. */
/** Where the phrases of a set stand in the words: [start, end) of each, the longest at each place. */
export function phraseSpans(words: readonly string[], set: ReadonlySet<string>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (set.size === 0) return out;
  const { first, max } = shapeOf(set);
  for (let i = 0; i < words.length; i++) {
    if (!first.has(words[i]!)) continue;
    let key = words[i]!;
    let end = set.has(key) ? i + 1 : 0;
    for (let n = 2; n <= max && i + n <= words.length; n++) {
      key = `${key} ${words[i + n - 1]!}`;
      if (set.has(key)) end = i + n;
    }
    if (end) out.push({ start: i, end });
  }
  return out;
}

export function hasPhrase(words: readonly string[], set: ReadonlySet<string>): boolean {
  if (set.size === 0) return false;
  const { first, max } = shapeOf(set);
  for (let i = 0; i < words.length; i++) {
    if (!first.has(words[i]!)) continue;
    let key = words[i]!;
    if (set.has(key)) return true;
    for (let n = 2; n <= max && i + n <= words.length; n++) {
      key = `${key} ${words[i + n - 1]!}`;
      if (set.has(key)) return true;
    }
  }
  return false;
}
