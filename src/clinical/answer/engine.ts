// The answer engine: free-text questions → the section of the clinic's articles that answers them.
// Two views of each section are combined into one score: BM25F over heading + text + lead + example
// questions (what the section says), and the nearest of our example questions (how people ask);
// a question that says which body area causes which ("hip>back") favours sections asked that way round;
// a question that says what kind of answer it wants ("what causes…", "how is … treated") favours
// sections of that kind that also match its topic.
import { englishWordList, firstTag } from '../natural.ts';
import { findSectionRef } from '../articles.ts';
import type { Article, ArticleSection } from '../types.ts';
import { analyse, contentWords, isStopWord, QUESTION_WORDS, stem, termsOf, type Analysed } from './analyse.ts';
import { Bm25Index, type Bm25Hit } from './bm25.ts';
import { direction, reverse } from './direction.ts';
import { bodyUnits, pickUnits, renderUnits, type Unit } from './excerpt.ts';
import { ClinicTopics, type ClinicCues } from './clinicTopic.ts';
import { IntentClassifier, type Intents } from './intents.ts';
import { applySynonyms, expandShorthand, hasPhrase, phraseSpans, type Lexicon } from './lexicon.ts';
import { plainText } from './markdown.ts';
import { NearestExample } from './nearestExample.ts';
import { normalise } from './normalise.ts';
import { comparedAreaPlaces, comparedAreas, cueCounts, isArea, readQuestionType, typeProfile } from './questionType.ts';
import { aboutAnotherPart, asksAboutMedicine, declaredAboutOther, namesOtherSubject, outOfScope, spreadsTo } from './scope.ts';
import { comingTimes, lastIsTime, notImproving, offeredTimes, pastPointTimes, toldTimes } from './toldTime.ts';
import { askingPart, questionFocus } from './focus.ts';
import { completeHalfWords } from './halfWords.ts';
import { turnedDownWaitWords, waitIsSetting } from './waitSense.ts';
import { withoutInterjection } from './interjection.ts';
import { unwantedWords } from './unwanted.ts';
import { kindAskedOf } from './predicateClass.ts';
import { workIsNoJob, workIsSetting } from './workSense.ts';
import { bareReturnToJob, jobReturnedTo } from './jobReturn.ts';
import { lifeTakenOver, lifeVerbsOf } from './lifeFrame.ts';
import { liftedAsLifting } from './liftFrame.ts';
import { letterFrameReader } from './letterFrame.ts';
import { courtesyReader } from './courtesyFrame.ts';
import { claimAfterStoryReader, hearsayReader } from './hearsay.ts';
import { roleFrameReader } from './roleFrame.ts';
import { asideReader } from './asideFrame.ts';
import { planFrameReader } from './planFrame.ts';
import { reasonFrameReader } from './reasonFrame.ts';
import { switchReader } from './switchFrame.ts';
import { restartReader } from './restartFrame.ts';
import { rephraseReader } from './rephraseFrame.ts';
import { meaningReader } from './meaningFrame.ts';
import { tellReader } from './tellFrame.ts';
import { correctionReader } from './correctionFrame.ts';
import { acknowledgementReader } from './ackFrame.ts';
import { Speller } from './spelling.ts';
import { EmojiReader } from '../text/emoji.ts';
import { TUNING, type Tuning } from './tuning.ts';
import { RealWordReader } from './realWords.ts';
import { loadWordNetCache, type WordNetCache } from './wordnet.ts';
import type { AnswerEngine, AnswerResult, FollowUp } from './types.ts';

export interface AnswerEngineInput {
  articles: Article[];
  lexicon: Lexicon;
  intents: Intents;
  /** Cue phrases of the clinic's own questions (content/intents.yaml `clinic`); none when absent. */
  clinicCues?: ClinicCues;
  /** WordNet synonyms and English words (the committed cache when absent). */
  wordnet?: WordNetCache;
  /** Overrides for experiments (eval, calibration); production uses TUNING. */
  tuning?: Partial<Tuning>;
  /** More questions patients asked, by section ("article#Heading"): read by the nearest-questions view only. */
  trainingQuestions?: ReadonlyMap<string, readonly string[]>;
}

/** One section's standing for one question; exported for the eval's diagnostics. */
export interface Candidate {
  index: number;
  section: ArticleSection;
  score: number;
  bm25: number;
  nearest: number;
  /** Matched terms that are specific (not generic) to the content. */
  specific: string[];
  /** How well the section is of the kind the question asks for, times its match on the question's topic (0..1). */
  typeFit: number;
  /** Share (idf) of the section's heading terms the question names in the heading's own words (0..1). */
  named: number;
}

export interface AnswerEngineDetail extends AnswerEngine {
  /** Ranked candidates with their parts (empty when the scope guard declined). */
  rank(question: string): Candidate[];
  sections: readonly ArticleSection[];
}

/** The short answer shown first: the section's lead, then the sentences that answer this question. */
export function shortAnswer(section: ArticleSection, excerpt?: string): string {
  return excerpt ? `${section.lead}\n\n${excerpt}` : section.lead;
}

function questionFeatures(a: Analysed, tuning: Tuning): string[] {
  const f = [...a.terms];
  if (tuning.questionWordFeatures) f.push(...a.questionWords.map((w) => `?${w}`));
  if (tuning.bigramFeatures) for (let i = 1; i < a.terms.length; i++) f.push(`${a.terms[i - 1]}_${a.terms[i]}`);
  const dir = tuning.directionFeatures ? direction(a.words) : undefined;
  if (dir) for (let i = 0; i < tuning.directionFeatures; i++) f.push(`>${dir}`);
  return f;
}

/** An amount of a medicine with its unit written on ("500mg", "10ml"). */
/** How sure an answer to a question naming no subject is (subjectless): it is the general section, not a match. */
const SUBJECTLESS_CONFIDENCE = 0.5;
/** How many words a bare question whether to be seen may have ("do I need to get this checked?"). */
const BARE_WORDS = 8;
/**
 * The kinds of question a doubt between routes of care asks: what to do, whether to be seen, how it will go, or
 * none named ("don't know if…" is read as the kind of signs, "wait it out" as how long).
 */
const CHOOSING_TYPES = new Set(['treatment', 'when-to-see', 'signs', 'prognosis']);
/** After a verb of discerning, the words that open what is told apart ("tell whether", "know if", "work out which"), and how far on. */
const WHICH_WORDS = new Set(['whether', 'if', 'which']);
const TELL_APART_REACH = 6;
/** How far on the areas told apart may come, and the words that start another clause before them. */
const TOLD_APART_REACH = 13;
const CLAUSE_JOINS = new Set(['and', 'but', 'so', 'should', 'because', 'cos', 'then']);
/** What is told apart: the pain, or "it" ("whether it's my hip…", "if the pain is coming from…"). */
const TOLD_APART = new Set(['it', 'its', 'pain', 'ache', 'aches', 'problem', 'trouble', 'this', 'that', 'they', 'thing', 'one', 'source', 'cause']);
/** Words for the pain itself after the areas ("hip or back pain"): no kind of thing. */
const PAIN_NOUNS = new Set(['pain', 'ache', 'problem', 'trouble', 'issue']);
/** Words that ask another question after the areas ("…but either way should I use heat or ice?", "Anyway, how long…"). */
const ASKS_AFTER = new Set(['how', 'what', 'should', 'can', 'could', 'will', 'would', 'does', 'do', 'why', 'when', 'which', 'are', 'anyway', 'either']);
/** Asking whom to go to ("who do I even ask - GP, midwife, 111, you lot?", "who should I see first"): a choice of care. */
const WHOM_VERBS = new Set(['ask', 'see', 'contact', 'ring', 'call', 'phone', 'go', 'speak', 'talk', 'turn', 'book']);
const asksWhomToSee = (words: readonly string[]) =>
  words.some((w, i) => w === 'who' && ['do', 'should', 'can', 'would', 'could'].includes(words[i + 1] ?? '') && words[i + 2] === 'i' && words.slice(i + 3, i + 5).some((x) => WHOM_VERBS.has(x)));
/**
 * Two routes or more weighed with "or" ("no idea if I should go GP, physio or ring 111", "don't know if I need a GP, a
 * physio or just a few more classes"): the doubt is which way to go, not what one of them does.
 */
function routesWeighed(words: readonly string[], routes: ReadonlySet<string>): boolean {
  const spans = phraseSpans(words, routes);
  if (new Set(spans.map((s) => words.slice(s.start, s.end).join(' '))).size < 2) return false;
  return words.slice(spans[0]!.end, spans.at(-1)!.start).includes('or') || words.slice(spans.at(-1)!.end, spans.at(-1)!.end + 6).includes('or');
}
const DOSE_AMOUNT = /^\d+(?:\.\d+)?(?:mg|g|ml|mcg|ug)$/;

/** Words before a noun that make it one person or thing ("a physio", "my physio", "your physios"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'his', 'her', 'their', 'this', 'that', 'one']);
/** A side of the body, said before "side" ("one side", "left side", "which side", "the other side"). */
const SIDE_CHOSEN = new Set(['one', '1', 'both', 'left', 'right', 'which', 'either', 'other', 'same', 'opposite', 'each', 'two', '2', 'that', 'this', 'wrong',
  // Sides changed ("keeps switching sides", "swaps sides", "alternates sides").
  'switch', 'switches', 'switching', 'switched', 'swap', 'swaps', 'swapping', 'swapped', 'change', 'changes', 'changing', 'changed', 'alternate', 'alternates', 'alternating', 'between']);
const SIDE = stem('side');
/** Words that tell a side of the body without "side" ("only ever on the right", "left buttock"). */
const SIDES_TOLD = new Set(['left', 'right', 'both', 'one', 'either']);
/** One side weighed against the other: "than" before "the other", "t'other", "the left" or "my right" (not "rather
 * than right across", where "right" is no side). */
const OTHER_SIDE = new Set(['other', 't', 'tother']);
const LEFT_RIGHT = new Set(['left', 'right']);
const SIDE_OWNER = new Set(['the', 'my', 'me', 'her', 'his', 'their', 'your']);
/** The terms that say which side, left out when the sides are weighed against each other. */
const SIDE_TERMS = new Set([SIDE, stem('left'), stem('right')]);
const sidesWeighed = (words: readonly string[]) =>
  words.some((w, i) => {
    if (w !== 'than') return false;
    const [first = '', second = ''] = words.slice(i + 1, i + 3);
    return OTHER_SIDE.has(first) || (SIDE_OWNER.has(first) && (OTHER_SIDE.has(second) || LEFT_RIGHT.has(second)));
  });
const sideOfBody = (words: readonly string[]) => words.some((w, i) => /^sided?s?$/.test(w) && SIDE_CHOSEN.has(words[i - 1] ?? ''));
/** Who is asked what they do ("what do they do", "what would one do"), and the verbs that ask it; not "what do I do". */
const ASKED_DOERS = new Set(['they', 'one', '1', 'he', 'she', 'them']); // ("one" reads as "1")
const ASKED_DOERS_AUX = new Set(['do', 'does', 'did', 'would', 'will', 'could', 'can', 'might']);
/** "that", "this"…: pointing back when no word of content follows ("could that be it"; not "that imbalance"). */
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);
/** Pronouns that take up a thing just told ("I take co-codamol… is it safe?"): the question is about it. */
const POINTING_BACK = new Set(['it', 'its', 'they', 'them', 'their', 'these', 'those', 'one']);
/** Verbs after which "it" is the pain or the back, no thing taken: "see if it goes", "wait till it settles". */
const IT_OF_PAIN = new Set(['goes', 'go', 'going', 'settles', 'settle', 'eases', 'ease', 'passes', 'pass', 'clears', 'clear', 'improves', 'improve', 'gets', 'get', 'hurts', 'hurt', 'aches', 'ache', 'started', 'starts', 'lasts', 'last', 'comes', 'came', 'went']);
/** "It" that stands for the pain, not for something told before: "…rather than waiting to see if it goes?". */
const dummyIt = (words: readonly string[], i: number) => words[i] === 'it' && IT_OF_PAIN.has(words[i + 1] ?? '');
/** Whether the words ask an amount of time ("how long", "how many weeks", "how soon"). */
const asksHowLong = (words: readonly string[]) => words.some((w, i) => w === 'how' && HOW_OF_TIME.has(words[i + 1] ?? ''));
const HOW_OF_TIME = new Set(['long', 'many', 'soon', 'quickly', 'fast']);
/** Numbers of weeks or months past "a few" (three and more), in figures or words. */
const MANY = new Set(['three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'many']);
const LONG_UNITS = new Set(['week', 'weeks', 'month', 'months']);
/** Whether the time word at `i` is a span of three or more weeks or months ("8 weeks", "six months"). */
const longSpan = (words: readonly string[], i: number) => LONG_UNITS.has(words[i]!) && (MANY.has(words[i - 1] ?? '') || Number(words[i - 1]) >= 3);
/** Words that may point at the complaint told nowhere in the message ("how long does this take to settle?"). */
const COMPLAINT = new Set(['this', 'it']);
/** Prepositions whose object may be the complaint itself: "is ibuprofen good for this?", "can I take it with this?". */
const COMPLAINT_PREPOSITIONS = new Set(['for', 'with', 'on']);
/**
 * Whether the question points at the complaint that brought the writer here, told nowhere in the message ("is
 * ibuprofen good for this?", "ibuprofen or paracetamol for it?"): sent to a hip and back clinic, "this" is the
 * writer's hip or back, as a question that names it.
 */
const pointsAtComplaint = (words: readonly string[]) =>
  words.some((w, i) => COMPLAINT.has(w) && COMPLAINT_PREPOSITIONS.has(words[i - 1] ?? '') && !/^[a-z]/.test(words[i + 1] ?? ''));
/** Words after which the next is a verb, whatever natural's lexicon reads first: a modal ("so I can cast"). */
const MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'must', 'might', 'may', 'shall']);
/** Words an -ing verb follows ("been necking a couple", "keep popping"); not "is" ("my baby is teething" names a thing). */
const BEFORE_ING = new Set(['been', 'keep', 'kept', 'keeps']);
/** Object pronouns: a word right before one is a verb ("just mask it"). */
const OBJECTS = new Set(['it', 'them', 'me', 'him', 'us']);
/**
 * Whether the word at `i` is used as a verb, by the words around it (English grammar), though natural's lexicon
 * reads it first as a noun: "does it fix anything or just mask it", "so I can cast", "been necking a couple". A
 * thing done names no thing the question is about.
 */
const doneAt = (words: readonly string[], i: number) =>
  OBJECTS.has(words[i + 1] ?? '') || MODALS.has(words[i - 1] ?? '') || (words[i]!.endsWith('ing') && BEFORE_ING.has(words[i - 1] ?? ''));
/** Forms of taking a medicine. */
const TAKING = new Set(['take', 'taking', 'took', 'taken', 'takes', 'using', 'popping', 'on']);
/** The writer as the one taking: "I take", "keep taking", "been taking", "I'm on". */
const TAKER_BEFORE = new Set(['i', 'keep', 'been', 'am', 'still', 'start', 'stop']);
/** Whether the writer tells or asks of their own taking of a medicine ("is it ok to keep taking ibuprofen?", "I've been on naproxen"). */
const takesIt = (words: readonly string[]) => words.some((w, i) => TAKING.has(w) && TAKER_BEFORE.has(words[i - 1] ?? ''));
/** A word of `words` as it is or, plural, without its "s" ("thursdays", "telephones"). */
const hasSingular = (words: ReadonlySet<string>, w: string) => words.has(w) || (w.endsWith('s') && words.has(w.slice(0, -1)));
const JOB = stem('work');
const WAIT = stem('wait');
const LAST = stem('last');
/** A word natural's tagger lexicon reads first as a verb ("keep working", "stop work"): no subject of a "work". */
const isVerb = (w: string) => firstTag(w)?.startsWith('VB') ?? false;

export function createAnswerEngine(input: AnswerEngineInput): AnswerEngineDetail {
  const tuning: Tuning = { ...TUNING, ...input.tuning };
  const wordnet = input.wordnet ?? loadWordNetCache();
  /** A time (WordNet noun.time: "thursdays", "half term", "lunchtime", "night"): says when, names no other service. */
  const isTimeWord = (w: string) => hasSingular(wordnet.times, w);
  const lifeVerbs = lifeVerbsOf(wordnet.lifeVerbs);
  const liftVerbs = lifeVerbsOf(wordnet.liftVerbs);
  /** Words with a place or kind of work returned to read as "work" (jobReturn.ts), all of one's life taken over as daily life (lifeFrame.ts), and lifting told in everyday verbs as lifting (liftFrame.ts). */
  const reframed = (words: readonly string[]) => liftedAsLifting(lifeTakenOver(bareReturnToJob(jobReturnedTo(words, wordnet.jobWords), wordnet.workerWords), lifeVerbs), liftVerbs);
  /** The analysis with its words reframed (above). */
  const reframedAnalysis = (a: Analysed): Analysed => {
    const words = reframed(a.words);
    return words.every((w, i) => w === a.words[i]) ? a : { ...a, words, terms: termsOf(words) };
  };
  // WordNet's synonyms join the lexicon's, which win; cue words and command phrases keep their meaning.
  const reserved = new Set(
    [...input.lexicon.typeCues.keys(), ...input.lexicon.answerCues.keys(), ...Object.values(input.intents).flat().map((p) => normalise(p ?? '').join(' '))]
      .flatMap((p) => p.split(' ')),
  );
  const replacements = new Map(input.lexicon.replacements);
  for (const [lay, word] of [...wordnet.synonyms, ...wordnet.formal]) if (!replacements.has(lay) && !reserved.has(lay)) replacements.set(lay, word);
  // Named medicines: the lexicon's, and below those of the kinds the articles explain that the content never names.
  const medicines = new Set(input.lexicon.medicines ?? []);
  const lexicon: Lexicon = { ...input.lexicon, replacements, medicines, partsOfPlaces: wordnet.partsOfPlaces, substances: wordnet.substances, bodyIdioms: wordnet.bodyIdioms };
  const sections = input.articles.flatMap((a) => a.sections);
  // The sections that may answer a question about a named medicine (a wrong reference stops the start: buildServices.ts).
  const medicineSections = new Set((input.lexicon.medicineAnswers ?? []).map((ref) => findSectionRef(input.articles, ref)).filter((x) => x !== undefined));
  /** Medicine names → the section on their kind (lexicon `scope.medicineKinds`, with the names WordNet files under it). */
  const kindSection = new Map<string, number>();
  for (const [ref, kind] of lexicon.medicineKinds ?? []) {
    const section = findSectionRef(input.articles, ref);
    if (section === undefined) continue;
    for (const name of [...kind.words, ...(wordnet.medicineKindWords.get(ref) ?? [])]) if (!kindSection.has(name)) kindSection.set(name, sections.indexOf(section));
  }
  const kindNames = new Set(kindSection.keys());
  const terms = (text: string) => analyse(text, lexicon).terms;

  const index = new Bm25Index([
    { name: 'heading', weight: tuning.headingWeight },
    { name: 'title', weight: tuning.titleWeight },
    { name: 'text', weight: tuning.textWeight },
    { name: 'examples', weight: tuning.examplesWeight },
    { name: 'lead', weight: tuning.leadWeight },
  ]);
  const nearest = new NearestExample();
  // The patients' questions (content/questions) in a view of their own, a section scored by its few nearest
  // (`askedNearest`), no centroid: thousands of them would blur the sections' centroids, which a question in
  // general words needs to be told apart ("do I need a doctor for my lower back pain").
  const asked = new NearestExample();
  /** Per section: the "which area causes which" readings of its heading and example questions. */
  const directions = sections.map((s) => new Set([s.heading, ...s.examples].map((q) => direction(analyse(q, lexicon).words)).filter((d) => d !== undefined)));
  /** Per section: its share of each question type (definition, causes, treatment...). */
  const profiles = sections.map((s) =>
    typeProfile(
      [
        { words: analyse(s.heading, lexicon).words, weight: tuning.typeHeadingWeight },
        { words: analyse(s.articleTitle, lexicon).words, weight: tuning.typeTitleWeight },
        ...s.examples.map((e) => ({ words: analyse(e, lexicon).words, weight: 1 })),
      ],
      lexicon,
    ),
  );
  /** Per section: what it is about, for the question-type feature (heading, article title, example questions). */
  const sectionSubjects = sections.map((s) => new Set([s.heading, s.articleTitle, ...s.examples].flatMap(terms)));
  // What the patients' questions may lend their likeness for (`ofTopic` below): the section's subjects, and the
  // words its own patients' questions use again and again and other sections' seldom ("squat", "pinch" for Hip
  // impingement; "temperature" for Fever, chills or a swollen hip), which its heading and examples never say.
  // (Counted below, as the patients' questions are read for the nearest-questions view.)
  const askedSubjects = sectionSubjects.map((subjects) => new Set(subjects));
  /** Per section: in how many of its patients' questions each term stands; and over all sections. */
  const askedTermCounts = sections.map(() => new Map<string, number>());
  const allAskedTermCounts = new Map<string, number>();
  const frequency = new Map<string, number>();
  const count = (words: string[]) => {
    for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  };

  sections.forEach((s, i) => {
    const text = plainText(s.text);
    index.add([terms(s.heading), terms(s.articleTitle), terms(text), s.examples.flatMap(terms), terms(plainText(s.lead))]);
    for (const q of [s.heading, ...s.examples]) nearest.add(i, questionFeatures(analyse(q, lexicon), tuning));
    for (const q of input.trainingQuestions?.get(`${s.articleId}#${s.heading}`) ?? []) {
      const a = analyse(q, lexicon);
      asked.add(i, questionFeatures(a, tuning));
      for (const t of new Set(a.terms)) {
        askedTermCounts[i]!.set(t, (askedTermCounts[i]!.get(t) ?? 0) + 1);
        allAskedTermCounts.set(t, (allAskedTermCounts.get(t) ?? 0) + 1);
      }
    }
    // Example questions are left out: they are written with patients' typos on purpose.
    for (const t of [s.heading, s.articleTitle, text]) count(contentWords(t, lexicon));
  });
  // ...apart from their English words ("are hip pain and back pain connected"), which a typo may mean.
  const dictionary = englishWordList();
  for (const s of sections) for (const e of s.examples) count(contentWords(e, lexicon).filter((w) => dictionary.has(w)));
  nearest.train();
  asked.train();
  if (tuning.askedSubjectCount > 0) {
    askedTermCounts.forEach((m, i) => {
      for (const [t, c] of m) if (c >= tuning.askedSubjectCount && c / allAskedTermCounts.get(t)! >= tuning.askedSubjectShare) askedSubjects[i]!.add(t);
    });
  }

  // A medicine of a kind the articles explain, which the content never names, is asked about as those of
  // `scope.medicines` are ("is naproxen good for back pain?": the section on its kind, and the word to ask a
  // pharmacist); "ibuprofen", which the article names, is not.
  // (A name in the content's words, one or many, is the kind itself: "muscle relaxant", "pain pill".)
  const contentWord = (w: string) => frequency.has(w) || frequency.has(`${w}s`) || (w.endsWith('s') && frequency.has(w.slice(0, -1)));
  for (const name of kindNames) if (!name.split(' ').every(contentWord)) medicines.add(name);
  // Words the speller must know so it never "corrects" them into a content word.
  // (Only the lexicon's own lay words: WordNet's are mapped when typed as they are, never a correction target.)
  for (const phrases of [input.lexicon.replacements.keys(), lexicon.replacements.values(), lexicon.never, lexicon.pets ?? [], lexicon.unlessAbout, lexicon.about]) {
    for (const p of phrases) count(p.split(' '));
  }
  for (const list of Object.values(input.intents)) for (const p of list ?? []) count(normalise(p));
  const clinicCues = input.clinicCues ?? { topics: {}, strong: [], words: [] };
  for (const p of [...Object.values(clinicCues.topics).flat(), ...clinicCues.words]) count(normalise(p ?? ''));
  for (const w of QUESTION_WORDS) count([w]);
  // Halves of a run-together word: words of the content, not stop words ("backpain"; not "any" + "way").
  // Names of medicines of the kinds the articles explain are real words, never corrected ("naproxen"), and never a
  // correction's target either ("flexers" is no Flexeril).
  // So are past tenses and participles, as natural's tagger lexicon knows them: WordNet indexes only the verb, so an
  // irregular one was no word to the corrector ("rode to work and my back hurts": "rode" became "code").
  // Comparatives and superlatives likewise: WordNet indexes "tight", not "tighter" (which became "lighter").
  const pastForms = [...dictionary].filter((w) => /^(VB[DN]|JJ[RS]|RB[RS])$/.test(firstTag(w) ?? ''));
  const speller = new Speller(frequency, new Set([...wordnet.english, ...[...kindNames].flatMap((n) => n.split(' ')), ...pastForms]), (w) => !isStopWord(w) && !QUESTION_WORDS.has(w), dictionary);
  // Autocorrect's real words read in context, by the word pairs of the articles, their example questions
  // and the clinic's cues ("nice pack": ice pack; "my hop": hip).
  {
    // Each text read once: its words are both the pairs and, for headings, bodies and cues, the vocabulary.
    const articleTexts = sections.flatMap((s) => [s.heading, plainText(s.text)]).map((t) => normalise(t));
    const cueTexts = Object.values(clinicCues.topics).flat().map((t) => normalise(t ?? ''));
    const texts = [...articleTexts, ...sections.flatMap((s) => s.examples).map((t) => normalise(t)), ...cueTexts, ...clinicCues.words.map((t) => normalise(t ?? ''))];
    const vocabulary = new Set([...articleTexts, ...cueTexts].flat());
    const pain = new Set(['pain', ...[...input.lexicon.replacements].filter(([, to]) => to === 'pain').map(([lay]) => lay)]);
    speller.context = new RealWordReader(texts, vocabulary, (w) => !isStopWord(w) && !QUESTION_WORDS.has(w), new Set(lexicon.about), pain);
  }

  // Exact questions the engine must answer as themselves: follow-up buttons, headings, examples.
  const followUpQuestion = new Map<number, string>();
  const exact = new Map<string, number | null>();
  const remember = (text: string, i: number) => {
    const key = normalise(text).join(' ');
    const prev = exact.get(key);
    exact.set(key, prev === undefined || prev === i ? i : null);
  };
  const headingCount = new Map<string, number>();
  for (const s of sections) headingCount.set(s.heading, (headingCount.get(s.heading) ?? 0) + 1);
  sections.forEach((s, i) => {
    const q = headingCount.get(s.heading)! > 1 ? `${s.heading} (${s.articleTitle})` : s.heading;
    followUpQuestion.set(i, q);
    remember(q, i);
    for (const e of s.examples) remember(e, i);
  });

  // Sentence-level view of each section: its body's sentences and bullets with their terms and the
  // kinds of question they answer.
  const answerSide: Lexicon = { ...lexicon, typeCues: lexicon.answerCues, maxCueWords: lexicon.maxAnswerCueWords, fallbackType: undefined };
  const units: Unit[][] = sections.map((s) =>
    bodyUnits(s.text, s.lead).map((u) => {
      const words = contentWords(u.text, lexicon);
      return { ...u, terms: new Set(termsOf(words)), types: cueCounts(words, answerSide) };
    }),
  );
  // The lead's terms in its own words, before synonyms: a lead that says "a slipped vertebra" does not
  // say "spondylolisthesis" to someone who asked what that is, so the sentence that names it is shown.
  const leadOwnTerms = sections.map((s) => termsOf(normalise(plainText(s.lead))));
  const sectionTerms = sections.map((s, i) => new Set([...[s.heading, s.articleTitle].flatMap((t) => termsOf(contentWords(t, lexicon))), ...leadOwnTerms[i]!]));

  const sectionTypes = profiles.map((p) => new Set([...p].filter(([, share]) => share >= tuning.sectionTypeShare).map(([t]) => t)));

  /** The one or two sentences of section i that answer the question beyond its lead (none when the lead is enough). */
  function excerptUnits(i: number, r: Reading): Unit[] {
    const weights = new Map<string, number>();
    for (const t of r.restTerms) if (index.has(t)) weights.set(t, index.idf(t));
    return pickUnits(units[i]!, { terms: weights, types: r.excerptTypes, sectionTerms: sectionTerms[i]!, sectionTypes: sectionTypes[i]! });
  }

  /** What each section's lead says, by the answer cues ("physio… help" is treatment). */
  const leadTypes = sections.map((s) => cueCounts(contentWords(plainText(s.lead), lexicon), answerSide));
  /** Kinds of question whose sections tell people to be seen (content/lexicon.yaml `seenTypes`). */
  const whenToSee = lexicon.seenTypes;
  // Per kind of question, the section that answers it in general (content/lexicon.yaml `generalSections`).
  const generalSection = new Map<string, number>();
  /** A section's index by its reference ("article-id#Heading"), or -1. */
  const sectionIndex = (ref: string) => sections.findIndex((s) => `${s.articleId}#${s.heading}` === ref);
  for (const [kind, id] of lexicon.generalSections) {
    const i = sectionIndex(id);
    // Absent from these articles (a test's own articles): no general part for that kind.
    if (i >= 0) generalSection.set(kind, i);
  }
  // The section for a question naming no subject, only doubt (lexicon `questionTypes.unsure`; -1 when absent).
  const unsureSection = lexicon.unsure ? sectionIndex(lexicon.unsure.section) : -1;
  // The section for telling two areas apart (lexicon `questionTypes.tellApart`; -1 when absent).
  const tellApartSection = lexicon.tellApart ? sectionIndex(lexicon.tellApart.section) : -1;

  /**
   * "How is hip bursitis treated?": the bursitis section says what bursitis is, not how it is treated.
   * When the answer's section is not of the kind asked and none of its sentences says it, the general
   * section of that kind is the second short part.
   */
  function kindPart(i: number, r: Reading, shown: readonly Unit[]): number | undefined {
    // Advice to be seen ("Other reasons to be seen the same day") is never followed by general advice.
    if ([...whenToSee].some((k) => (profiles[i]!.get(k) ?? 0) >= tuning.sectionTypeShare)) return undefined;
    const says = (kind: string) =>
      (profiles[i]!.get(kind) ?? 0) >= tuning.sectionTypeShare || (leadTypes[i]!.get(kind) ?? 0) > 0 || shown.some((u) => (u.types.get(kind) ?? 0) > 0);
    // General advice to be seen only when that is all that is asked, or all the section does not say:
    // "…phone 07700 900456 - does swimming help hip pain?" asks about treatment, which Gentle exercise
    // says; the "phone" of a phone number adds no When to see a doctor.
    const answersOther = r.wanted.types.some((kind) => kind !== lexicon.fallbackType && !whenToSee.has(kind) && says(kind));
    for (const kind of r.wanted.types) {
      const g = generalSection.get(kind);
      if (g === undefined || g === i || kind === lexicon.fallbackType) continue;
      if (says(kind) || (whenToSee.has(kind) && answersOther)) continue;
      return g;
    }
    return undefined;
  }

  // The lexicon's names of one thing of ours in several words ("sciatic nerve pain" → sciatica, "bum cheek" →
  // buttock): the thing's own name, no synonym of a wider meaning ("pinched nerve" → nerve impingement
  // sciatica), nor a state, a manner or a doing ("swelled up" → swollen, "at the same time" → together: natural's
  // tagger lexicon reads the target first as an adjective, an adverb or a verb; a medical word it lacks is a
  // thing's name), so it names a heading as the word does, headings read the same way ("anti-inflammatories").
  // Or a thing's name of several words that a heading says whole ("si joint" → sacroiliac joint, "red flags" → warning
  // signs, "lumbar pain" → lower back pain; not a doing, "off sick" → going back to work, "get it checked" → see a
  // doctor, nor "in the meantime" → while you wait).
  const headingPhrases = sections.map((s) => ` ${normalise(s.heading).join(' ')} `);
  // Or the word cut short that is no English word of its own to natural's tagger ("physio" → physiotherapy, "chiro" →
  // chiropractic; not "butt", which is butted in and the butt of jokes, nor "doc").
  const clipped = (lay: string, to: string) => lay.length >= 3 && to !== lay && to.startsWith(lay.replace(/s$/, '')) && firstTag(lay) === undefined;
  // A word cut short that names someone ("the physio gave me", "your physios", "a physio thing"): no treatment named.
  const clippedTo = new Map([...input.lexicon.replacements].filter(([lay, to]) => !lay.includes(' ') && !to.includes(' ') && clipped(lay, to)));
  // What such a person does is their treatment ("never been to a physio. what do they actually do", "what would one do
  // for my back", "what does a physio do"): the treatment is named.
  const asksWhatTheyDo = (words: readonly string[]) => {
    const at = words.indexOf('what');
    if (at < 0 || !ASKED_DOERS_AUX.has(words[at + 1] ?? '')) return false;
    const doer = words.slice(at + 2, at + 4).findIndex((w) => ASKED_DOERS.has(w) || clippedTo.has(w));
    return doer >= 0 && words.slice(at + 3 + doer, at + 6 + doer).includes('do');
  };
  const personClipped = (words: readonly string[], i: number) =>
    clippedTo.has(words[i]!) && (words[i]!.endsWith('s') || DETERMINERS.has(words[i - 1] ?? '')) && !asksWhatTheyDo(words);
  const names: Pick<Lexicon, 'replacements' | 'maxPhraseWords'> = {
    replacements: new Map([...input.lexicon.replacements].filter(([lay, to]) => (lay.includes(' ') || clipped(lay, to)) && (!to.includes(' ') ? !/^(JJ|RB|VB)/.test(firstTag(to) ?? '') : !/^(RB|VB|IN)/.test(firstTag(to.split(' ')[0]!) ?? '') && headingPhrases.some((h) => h.includes(` ${to} `))))),
    maxPhraseWords: input.lexicon.maxPhraseWords,
  };
  // A name after "non" is what is not meant ("non-surgical treatment"): its words are kept as typed (a mark no name starts with).
  const namedIn = (words: readonly string[]) => applySynonyms(words.map((w, i) => (words[i - 1] === 'non' || personClipped(words, i) ? `\u0000${w}` : w)), names).map((w) => w.replace('\u0000', ''));
  // Headings in their own words, before synonyms but for names, without question-type cue words ("Treating sciatica" → sciatica).
  const headingTerms = sections.map((s) => new Set(termsOf(readQuestionType(namedIn(normalise(s.heading)), lexicon).rest)));
  const headingMass = headingTerms.map((h) => [...h].reduce((sum, t) => sum + index.idf(t), 0));
  /** Per section: whether its heading names a side ("Pain on one side or both sides"). */
  const sideHeading = headingTerms.map((h) => h.has(SIDE));
  const headingIdf = headingTerms.map((h) => [...h].map((t) => [t, index.idf(t)] as const));
  /** The question's terms before synonyms (but for names), typos corrected. */
  const rawTermsOf = (words: readonly string[]) => new Set(termsOf(namedIn(words).flatMap((w) => (isStopWord(w) ? w : (speller.correct(w) ?? w)).split(' '))));

  /** Everything the engine reads from one question, worked out once per answer. */
  interface Reading {
    question: string;
    normalised: string[];
    a: Analysed;
    /** The kinds of answer asked, for choosing the section. */
    wanted: Pick<ReturnType<typeof readQuestionType>, 'types' | 'rest'>;
    /** The same with the shapes of answer ("list", "most common"), for choosing the sentences. */
    excerptTypes: string[];
    /** Stemmed terms of the question outside its cue words. */
    restTerms: string[];
    /** Its "work" is what a thing does, no job (workSense.ts): left out of the example-question view and the heading's words. */
    noJob: boolean;
    /** Terms that are only the setting of the question (a stretch of time told, work as a place): neither searched nor compared with the example questions. */
    setting: Set<string>;
    /** Units of a time still to come ("in three weeks", "next month"): they name no heading. */
    coming: Set<string>;
    /** The terms searched (BM25): the question's, less those that only say the shape of the answer (below). */
    searched: string[];
    /** The words of what is asked, where a named medicine counts (scope.ts): the question's own part when it stands apart from the story; read on first use. */
    asked: () => readonly string[];
  }
  function read(question: string): Reading {
    const a = reframedAnalysis(analyse(question, lexicon, speller));
    const all = readQuestionType(a.words, lexicon);
    // "List the red flags": the list is how to answer, the red flags what to answer from.
    const wanted = { types: all.types.filter((t) => !lexicon.excerptOnly.has(t)), rest: all.rest };
    // "Physio does not work": what a thing does, no job (workSense.ts).
    // Nor is the job where it is only the setting ("I work from home on the sofa…", workSense.ts).
    const setting = workIsSetting(a.words);
    const noJob = workIsNoJob(a.words, isThing) || setting;
    // Words that only say the shape of the answer are not searched when the articles do not have them
    // ("what percentage": no section is less of an answer for lacking it), nor the unit of an amount
    // ("how many days": every section that speaks of days would match it).
    // Nor a stretch of time told as the setting ("off work for a week", toldTime.ts), unless the question
    // asks how long or when to be seen, where the time is the point ("it's been six weeks, should I see someone").
    // Nor when it asks an amount ("how many weeks before I see my GP"): the time is what is asked.
    const timing = all.types.some((t) => t === 'prognosis' || t === 'amount' || whenToSee.has(t)) || notImproving(a.words);
    // Points in time, to come or gone by ("till next week", "until last week"): when, never how long.
    const coming = termsOf([...comingTimes(a.words), ...pastPointTimes(a.words)]);
    // "…are we talking days or weeks?": the units offered as choices are how it asks, in any question.
    const told = [...(timing ? coming : termsOf([...toldTimes(a.words)])), ...termsOf([...offeredTimes(a.words)])];
    // Nor a wait that is not for care ("wait until it's gone before I go back", waitSense.ts).
    // Nor "last" that names a time gone by ("since last night"), which is no lasting.
    // Nor what is turned down ("I don't want surgery, what else is there?", unwanted.ts).
    const settingTerms = new Set([
      ...told,
      ...(setting ? [JOB] : []),
      ...(waitIsSetting(a.words) ? [WAIT, ...termsOf(turnedDownWaitWords(a.words))] : []),
      ...(lastIsTime(a.words, isTimeWord) ? [LAST] : []),
      ...termsOf([...unwantedWords(a.words)]),
      ...predicateTerms(a.words),
    ]);
    const shape = new Set([...termsOf(all.shape).filter((t) => !index.has(t)), ...termsOf(all.units), ...settingTerms]);
    const searched = shape.size ? a.terms.filter((t) => !shape.has(t)) : a.terms;
    let askedCache: readonly string[] | undefined;
    return { question, normalised: reframed(normalise(question)), a, wanted, excerptTypes: all.types, restTerms: termsOf(wanted.rest), noJob, searched, setting: settingTerms, coming: new Set(coming), asked: () => (askedCache ??= askedWords(question, a.words)) };
  }
  /**
   * The terms of the kind a thing is asked to be of ("is it a type of arthritis"), when the message names another
   * subject of ours that "it" stands for (predicateClass.ts); none otherwise.
   */
  function predicateTerms(words: readonly string[]): string[] {
    const kind = kindAskedOf(words);
    if (kind.length === 0) return [];
    const kindTerms = new Set(termsOf(kind.map((i) => words[i]!)));
    const others = termsOf(words.filter((_, i) => !kind.includes(i))).filter((t) => headingSubjects.has(t) && isSpecific(t) && !kindTerms.has(t));
    return others.length > 0 ? [...kindTerms] : [];
  }
  /**
   * "I've tried paracetamol and a heat pad. What treatment options are there?": a question that names
   * a subject of its own and points back to nothing stands apart from the story told before it; its
   * words are what is asked. Otherwise ("…is it safe with my back?") the whole message is.
   */
  function askedWords(question: string, words: readonly string[]): readonly string[] {
    const ask = askingPart(question);
    if (ask === undefined) return words;
    const read = analyse(ask, lexicon, speller);
    const asked = read.words;
    // A place of ours named in it is a subject of its own too ("What treatments are there for my back? Only had
    // paracetamol from the garage" asks about treatments, not about the paracetamol).
    return !oursIn(read) || pointsToStory(asked) || asked.some((w, i) => POINTING_BACK.has(w) && !dummyIt(asked, i)) ? words : asked;
  }
  const unframe = letterFrameReader(lexicon.letter ?? { greetings: [], closings: [] });
  const hearsay = lexicon.hearsay ?? { reporting: [], heard: [], verdicts: [] };
  const claimOf = hearsayReader(hearsay);
  const claimAfterStory = claimAfterStoryReader(hearsay, claimOf);
  const unrole = roleFrameReader(lexicon.roles ?? { before: [], after: [], others: [] });
  // A part naming the hip, the back or a subject of the articles is never a mere plan; nor one naming
  // another illness or part of the body ("I want to feel less anxious before my new job"), which says
  // what the message is about.
  const switched = switchReader(lexicon.switches ?? []);
  const restarted = restartReader(lexicon.restarts ?? []);
  const uncorrected = correctionReader(lexicon.corrections ?? []);
  const unrephrased = rephraseReader(lexicon.rephrasing ?? []);
  const unmeant = meaningReader();
  const untold = tellReader();
  // What follows the thanks must name a subject of its own: another's ("my knee"), or ours without pointing
  // back ("That explains what sciatica is. So how is it treated… from normal back pain?" asks about sciatica).
  // (The functions below are read at answer time.)
  const unthanked = acknowledgementReader(lexicon.acknowledgements ?? [], (text) => {
    const words = analyse(text, lexicon, speller).words;
    if (namesOtherSubject(words, lexicon)) return true;
    return (namesSubjectIn(words) || words.some((w) => lexicon.about.has(w))) && !words.some((w) => POINTING_BACK.has(w));
  });
  /** Whether a part of a message names what we cover: the hip, the back, a subject of the articles. */
  const oursIn = (a: Analysed) => namesSubjectIn(a.words) || namesPlace(a);
  const namesOurs = (part: string) => oursIn(analyse(part, lexicon, speller));
  /** Whether a part of a message names what we cover or another subject (an illness, a part of the body). */
  const namesASubject = (part: string) => {
    const a = analyse(part, lexicon, speller);
    return oursIn(a) || namesOtherSubject(a.words, lexicon);
  };
  const unplan = planFrameReader(lexicon.plans ?? { wishes: [], ahead: [] }, namesASubject);
  // "(my mum blames the damp, long story)": an aside naming nothing of ours is no part of the question (asideFrame.ts).
  const unaside = asideReader(namesOurs);
  // "…? Asking cos trials are in three weeks": why the patient asks is no part of the question (reasonFrame.ts).
  const unreason = reasonFrameReader(lexicon.reasons ?? [], namesOurs);
  // "I'm so sorry to trouble you…", "Many thanks in advance for your patience.": courtesy alone is no part of
  // the question (courtesyFrame.ts); a clause naming a subject or a clinic matter stays.
  const uncourteous = courtesyReader(lexicon.courtesy ?? [], (clause) => namesASubject(clause) || normalise(clause).some((w) => clinicWords.has(w)));
  const isSpecific = (term: string) => index.docFrequency(term) <= tuning.genericDocShare;
  /** Per section: whether its heading is of general words only ("What lower back pain means"). */
  const generalHeading = headingTerms.map((h) => h.size > 0 && [...h].every((t) => !isSpecific(t)));
  // What the articles are about: the words of their titles and headings, and the lexicon's areas.
  // A question naming none of them ("what time does the shop close") is not for us, even when it
  // shares everyday words with some article text.
  // Adverbs of a heading ("often come together", "how soon") name no subject: "can I run and listen to
  // podcasts at the same time" (together) is not ours (natural's tagger lexicon, its first tag).
  const namingTerms = (text: string) => termsOf(analyse(text, lexicon).words.filter((w) => !firstTag(w)?.startsWith('RB')));
  const topics = new Set([
    ...sections.flatMap((s) => [...namingTerms(s.heading), ...namingTerms(s.articleTitle)]),
    ...[...lexicon.about].flatMap(terms),
  ]);
  // Parts of the body the text explains but no heading names (WordNet's noun.body, rare in everyday
  // English: bursa, cartilage, ligament; scripts/wordnet-cache.ts): "what is a bursa" is ours too.
  const textSubjects = new Set([...wordnet.subjects].flatMap(terms).filter((t) => !topics.has(t)));
  const about = new Set([...lexicon.about].flatMap(terms));
  /** Whether the words name a place of ours (the hip, the back, the leg…: lexicon `scope.about`). */
  const namesPlace = (a: Analysed) => a.terms.some((t) => about.has(t));
  const aloneTerms = new Set([...(lexicon.alone ?? [])].flatMap(terms));
  // Subjects a question can be about, for the question-type feature: topic words, the article words
  // of the lexicon, and what our example questions ask the meaning of ("what is spondylolisthesis").
  const subjects = new Set([
    ...topics,
    ...[...lexicon.replacements.values()].flatMap(terms),
    ...sections.flatMap((s) =>
      s.examples.flatMap((e) => {
        const read = readQuestionType(analyse(e, lexicon).words, lexicon);
        return read.types.includes(lexicon.fallbackType ?? '') ? termsOf(read.rest) : [];
      }),
    ),
  ]);
  /** A thing the content is about, not a verb ("physio", "an injection"): what "work" is said of when it is no job. */
  const isThing = (w: string) => subjects.has(stem(w)) && !isVerb(w);

  const isKnown = (w: string) => speller.isKnown(w);
  /** Whether a word names a thing the articles never use (a noun, or a word natural's tagger does not know). */
  const unknownThing = (w: string) => !isStopWord(w) && !isKnown(w) && /^NN/.test(firstTag(w) ?? 'NN');
  const namesUnknownThing = (words: readonly string[]) => words.some((w, i) => unknownThing(w) && !doneAt(words, i));
  /**
   * Whether the words name such a thing that natural's English lexicon does not know either, or a substance
   * ("warfarin", "methotrexate", "coffee"): beside a medicine, what it would be taken with. The corner shop it is
   * bought from, the drug round at work or the moment are no such thing.
   */
  const namesStrangeThing = (words: readonly string[]) => words.some((w, i) => unknownThing(w) && !doneAt(words, i) && (!dictionary.has(w) || lexicon.substances?.has(w)));
  // The question read without the lay phrases that name what is found all over the body ("trapped
  // nerve" → sciatica): for telling whether it names a place of ours beside another part of the body.
  const anywhere = lexicon.anywhere ?? new Set<string>();
  const placeLexicon: Lexicon = { ...lexicon, replacements: new Map([...lexicon.replacements].filter(([lay]) => !lay.split(' ').some((w) => anywhere.has(w)))) };
  const placeWords = (r: Reading) => () => analyse(r.question, placeLexicon, speller).words;
  // Parts of the body (WordNet's noun.body: muscle, joint): "protein to build muscle" is about food, not a muscle strain.
  const bodyTerms = new Set([...wordnet.headingBody].flatMap(terms));
  const isOurSubject = (w: string) => termsOf([w]).some((t) => headingSubjects.has(t) && isSpecific(t) && !bodyTerms.has(t));
  /**
   * Out of scope (scope.ts), a treatment or condition of our headings named before a food or substance
   * counting against it: what the question is about comes first ("physio is a waste of time", "massage
   * and that stuff don't work"); "how much protein do I need at the gym" is about protein.
   */
  const notOurs = (r: Reading, medicineAllowed = false) =>
    outOfScope(
      r.a.words,
      lexicon,
      isKnown,
      placeWords(r),
      () => {
        const substance = r.a.words.findIndex((w) => lexicon.substances?.has(w) && !isKnown(w));
        return substance > 0 && r.a.words.slice(0, substance).some(isOurSubject);
      },
      medicineAllowed ? () => [] : r.asked,
      r.question,
    );
  /** Per section: the terms of its heading and lead in their own words, before synonyms. */
  const rawShownTerms = sections.map((s, i) => new Set([...termsOf(normalise(s.heading)), ...leadOwnTerms[i]!]));
  /** The things the sections on kinds of medicine name in their own words ("ibuprofen", "NSAIDs"). */
  const medicineShownTerms = new Set(sections.flatMap((s, i) => (medicineSections.has(s) ? [...rawShownTerms[i]!] : [])));
  /** `medicineAllowed`: a named medicine asked about does not put the question out of scope (medicineAnswer). */
  function rank(r: Reading, medicineAllowed = false): Candidate[] {
    const { a, wanted } = r;
    if (a.terms.length === 0 || notOurs(r, medicineAllowed)) return [];
    // Named only by a word of the text ("what is a bursa"): only a section whose short answer says it
    // in its own words may answer ("A bursa is a small sac…"), not one that matched other words of
    // the question ("my bladder leaks when I laugh" is not answered by Warning signs).
    // Pain taken down to a part of the leg ("it shoots right down to my ankle") names the leg (scope.ts).
    const spreads = spreadsTo(a.words, lexicon);
    // Named only by words of headings that are no subject of ours alone ("my child has a fever", "tips
    // for insomnia": content/lexicon.yaml `scope.alone`): not ours.
    if (aloneTerms.size && !spreads) {
      const named = a.terms.filter((t) => topics.has(t));
      if (named.length && named.every((t) => aloneTerms.has(t))) return [];
    }
    const viaText = !a.terms.some((t) => topics.has(t)) && !spreads;
    // With the complaint pointed at, a medicine a section on kinds of medicine names in its own words is that
    // section's subject too ("ibuprofen"), as a word of the text is (a verb, "help", is none).
    // (Not when the message names a thing of its own the articles never use: "my baby is teething, is ibuprofen ok for
    // this?", "I'm on warfarin, is ibuprofen good for this?" point at it.)
    // So is a medicine the writer takes ("should I keep taking ibuprofen before every trip?"), unless taken with a
    // substance or a word no dictionary has ("I keep taking it with my warfarin").
    const complaint = viaText && ((pointsAtComplaint(a.words) && !namesUnknownThing(r.normalised)) || (takesIt(a.words) && !namesStrangeThing(r.normalised)));
    const thingsNamed = complaint ? new Set(termsOf(a.words.filter((w) => !isVerb(w))).filter((t) => medicineShownTerms.has(t) && isSpecific(t))) : undefined;
    const textNamed = viaText ? a.terms.filter((t) => textSubjects.has(t) || thingsNamed?.has(t)) : [];
    if (viaText && textNamed.length === 0) return [];
    // One side compared with the other ("one side is stronger than the other", "tighter than the left"): how the two
    // sides' muscles differ, not where the pain is; "side", "left" and "right" then name nothing asked.
    const sidesCompared = sidesWeighed(r.normalised);
    const bm = new Map<number, Bm25Hit>();
    for (const h of index.search(sidesCompared ? r.searched.filter((t) => !SIDE_TERMS.has(t)) : r.searched, tuning.unknownIdf)) bm.set(h.doc, h);
    const rawTerms = rawTermsOf(r.normalised);
    if (r.noJob) rawTerms.delete(JOB);
    // Nor does a time still to come name a heading ("a wedding in three weeks": not Pain that lasts more than a few weeks).
    for (const t of r.coming) rawTerms.delete(t);
    // Nor, asked how long it lasts, the times of the asking ("how many weeks does it take", "it's been a week"): they
    // are the kind of answer, not Pain that lasts more than a few weeks, unless whether to be seen is asked too.
    // A duration told of weeks or months ("I've had hip pain for 8 weeks now, how long will it last?") is what the
    // section on pain lasting weeks is about: kept.
    if (asksHowLong(a.words) && wanted.types.includes('prognosis') && !wanted.types.some((t) => whenToSee.has(t))) {
      for (const t of termsOf(a.words.filter((w, i) => isTimeWord(w) && !longSpan(a.words, i)))) rawTerms.delete(t);
    }
    // "Is it my hip or my spine": an area compared with another names neither's section ("Signs the
    // pain comes from the spine"); the question is which.
    for (const t of comparedAreas(a.words, lexicon)) rawTerms.delete(t);
    // "Side" names the section on one side or both only as a side of the body ("only on one side", "my left side",
    // "which side it is"), not as a place ("hurts round the side and the back", "the side of my leg").
    const bodySide = !sidesCompared && sideOfBody(r.normalised);
    const sideTold = !sidesCompared && a.words.some((w) => SIDES_TOLD.has(w));
    if (!bodySide) rawTerms.delete(SIDE);
    const bodyArea = namesPlace(a);
    const compared = r.noJob || r.setting.size || sidesCompared ? { ...a, terms: a.terms.filter((t) => !(r.noJob && t === JOB) && !r.setting.has(t) && !(sidesCompared && SIDE_TERMS.has(t))) } : a;
    const features = questionFeatures(compared, tuning);
    const own = nearest.scores(features, tuning.nearestCentroidShare);
    // A question asked before in other words lends its section its likeness, when that is the closer one;
    // never alone enough for a question in general words only ("does pain help": `onlyGeneric` below).
    const nn = new Map(own);
    // A question asked before in nearly the same words (`askedAlone`) lends its likeness even with no topic,
    // when it has a word no section holds ("are hip pain and back pain connected" has been asked a dozen
    // ways about the one section); not one in general words only ("what does it mean when you have pain?").
    const askedAlone = new Map<number, number>();
    const unheard = a.terms.some((t) => index.docFrequency(t) === 0);
    if (tuning.askedWeight > 0) {
      for (const [i, x] of asked.scores(features, 0, tuning.askedNearest)) {
        nn.set(i, Math.max(nn.get(i) ?? 0, tuning.askedWeight * x));
        if (unheard && x >= tuning.askedAlone) askedAlone.set(i, tuning.askedWeight * x);
      }
    }
    const dir = direction(a.words);
    const against = dir && reverse(dir);
    const askedKinds = wanted.types.filter((t) => t !== lexicon.fallbackType);
    // What the question is about: its words outside the cues that name a subject of the content.
    // Generic words (the clinic's own subject: hip, lower back, pain) are no topic a section must cover:
    // "how long does lower back pain last" is as much for How soon back pain gets better as "…back pain…".
    const topic = [...new Set(r.restTerms)].filter((t) => subjects.has(t) && isSpecific(t));
    const topicIdf = topic.map((t) => index.idf(t));
    let topicMass = 0;
    for (const w of topicIdf) topicMass += w;
    // Whether a term is specific depends on the term alone: decided once per question, not per section.
    const specificTerms = new Set(a.terms.filter(isSpecific));
    // The share of the topic a section covers: its subjects fully, words it only mentions in part.
    const coverageOf = (i: number, matched: readonly string[] | undefined): number => {
      if (topicMass <= 0) return 1;
      let sum = 0;
      const subjectsOf = sectionSubjects[i]!;
      for (let k = 0; k < topic.length; k++) {
        const t = topic[k]!;
        sum += topicIdf[k]! * (subjectsOf.has(t) ? 1 : matched?.includes(t) ? tuning.typeMentionShare : 0);
      }
      return sum / topicMass;
    };
    // A topic that no section of the kinds asked covers at all ("'mechanical low back pain - simple
    // analgesia'. How long is this likely to last?": no section on how long things last speaks of
    // painkillers) is the story's, not the question's: the kind alone then says which section fits,
    // when the question names the hip or the back (a question about nothing of ours stays declined).
    let topicOfKind = topicMass <= 0 || wanted.types.length === 0 || !bodyArea;
    if (!topicOfKind) {
      for (const i of [...bm.keys(), ...nn.keys()]) {
        const profile = profiles[i]!;
        if (!wanted.types.some((t) => (profile.get(t) ?? 0) > 0)) continue;
        if (coverageOf(i, bm.get(i)?.matched) > 0) {
          topicOfKind = true;
          break;
        }
      }
    }
    const out: Candidate[] = [];
    const seen = new Set<number>();
    // Plain loops below: this runs for every candidate section of every question.
    for (const i of [...bm.keys(), ...nn.keys()]) {
      if (seen.has(i)) continue;
      seen.add(i);
      if (viaText && !textNamed.some((t) => rawShownTerms[i]!.has(t))) continue;
      const hit = bm.get(i);
      const matched = hit?.matched;
      const specific: string[] = [];
      if (matched) for (const t of matched) if (specificTerms.has(t)) specific.push(t);
      const bm25 = hit?.score ?? 0;
      // The patients' questions lend their likeness only to a section of the question's topic (its words
      // outside the kind asked, or else something specific it names): they say how people ask, not what
      // about ("how is arthritis treated" is no question for Treating sciatica).
      const ofTopic = topic.length ? topic.some((t) => askedSubjects[i]!.has(t)) : specific.length > 0;
      const near = ofTopic ? (nn.get(i) ?? 0) : Math.max(own.get(i) ?? 0, askedAlone.get(i) ?? 0);
      // A section matched only on generic words (pain, hip, back) is no answer, unless the question
      // is worded much like one of our example questions for it ("why does my hip hurt"), or (below)
      // says what kind of answer it wants about a body area. Left out before it is scored.
      // Nor is the section on one side or both matched by "side" as a place alone ("round the side of my hip"), when no
      // side of the body is told in other words ("only ever on the right… the side I lean on").
      if (!bodySide && !sideTold && sideHeading[i] && specific.length > 0 && specific.every((t) => t === SIDE)) continue;
      // Nor is one asked the way round it tells ("is the dodgy hip doing that to my back?", after a story of a new hip):
      // which area brings on which is as specific as a word.
      const onlyGeneric = specific.length === 0 && (own.get(i) ?? 0) < tuning.exampleMatch && !askedAlone.has(i) && !(dir && directions[i]!.has(dir));
      if (onlyGeneric && !bodyArea) continue;
      let score = tuning.bm25Share * bm25 + (1 - tuning.bm25Share) * near;
      // "Can a bad hip make my back hurt?": the section asked the same way round wins over its mirror.
      if (dir && directions[i]!.has(dir)) score += tuning.directionBonus;
      else if (against && directions[i]!.has(against)) score -= tuning.directionBonus;
      // A question that names a section's subject in the heading's own words ("sciatica") leans to it.
      let named = 0;
      if (headingMass[i]! > 0) {
        let sum = 0;
        for (const [t, idf] of headingIdf[i]!) sum += rawTerms.has(t) ? idf : 0;
        named = sum / headingMass[i]!;
      }
      // Less when the section is of none of the kinds asked ("is my bursitis serious": not "Treating bursitis").
      const profile = profiles[i]!;
      let ofKind = askedKinds.length === 0;
      for (const t of askedKinds) if ((profile.get(t) ?? 0) > 0) ofKind = true;
      score += tuning.headingBonus * named * (ofKind ? 1 : tuning.typeMentionShare);
      let typeFit = 0;
      // The best fit to one of the kinds asked: "do I need to see a doctor or will it get better on its own"
      // asks two, and a section of either may answer on generic words (no section is of both).
      let bestFit = 0;
      if (wanted.types.length > 0) {
        // "Treatments for spondylolisthesis" favours a treatment section only when spondylolisthesis is
        // its subject (heading, title, example questions); one that merely mentions it counts less, and
        // one that does not lets the section about spondylolisthesis win.
        const coverage = topicOfKind ? coverageOf(i, matched) : 1;
        let kindSum = 0;
        for (const t of wanted.types) {
          kindSum += profile.get(t) ?? 0;
          bestFit = Math.max(bestFit, coverage * (profile.get(t) ?? 0));
        }
        typeFit = coverage * (kindSum / wanted.types.length);
        score += tuning.typeBonus * typeFit;
      }
      // A question that says what kind of answer it wants ("what do I do") about a generic subject (my
      // back) may be answered by a section of that kind.
      // So may one whose heading is of general words named whole, of the kind asked ("what does it mean when
      // you have lower back pain?": What lower back pain means), as a specific word would name it.
      const wholeHeading = () => generalHeading[i]! && headingIdf[i]!.every(([t]) => rawTerms.has(t)) && wanted.types.some((t) => (profile.get(t) ?? 0) > 0);
      if (onlyGeneric && bestFit < tuning.typeOnlyFit && !wholeHeading()) continue;
      out.push({ index: i, section: sections[i]!, score, bm25, nearest: near, specific, typeFit, named });
    }
    return out.sort((x, y) => y.score - x.score);
  }

  function followUps(answer: number, exclude: Set<number>, ranked: Candidate[]): FollowUp[] {
    const picks: number[] = [];
    const top = ranked[0]?.score ?? 0;
    for (const c of ranked) {
      if (picks.length >= 1) break;
      if (!exclude.has(c.index) && c.score >= tuning.followUpShare * top) picks.push(c.index);
    }
    // Then the next section of the same article (or the previous one for the last section).
    const s = sections[answer]!;
    for (const j of [answer + 1, answer - 1, answer + 2]) {
      if (picks.length >= 2) break;
      const n = sections[j];
      if (n && n.articleId === s.articleId && !exclude.has(j) && !picks.includes(j)) picks.push(j);
    }
    return picks.map((j) => ({
      label: sections[j]!.heading,
      question: followUpQuestion.get(j)!,
      article: sections[j]!.articleId,
      section: sections[j]!.heading,
    }));
  }

  function answerOf(r: Reading, i: number, confidence: number, ranked: Candidate[], secondary?: number, exactMatch = false): AnswerResult {
    const shown = excerptUnits(i, r);
    const excerpt = renderUnits(shown);
    if (secondary === undefined && !exactMatch) secondary = kindPart(i, r, shown);
    const exclude = new Set([i, ...(secondary === undefined ? [] : [secondary])]);
    return {
      kind: 'answer',
      section: sections[i]!,
      ...(excerpt ? { excerpt } : {}),
      confidence: Number(Math.min(1, confidence).toFixed(3)),
      ...(secondary === undefined ? {} : { secondary: sections[secondary]! }),
      followUps: followUps(i, exclude, ranked),
    };
  }

  /** Per section: the terms of its lead, the short answer shown first. */
  const leadTerms = sections.map((s) => new Set(terms(plainText(s.lead))));
  /** Per section: the terms of what is shown of it in a short part: its heading and lead. */
  const shownTerms = sections.map((s, i) => new Set([...leadTerms[i]!, ...terms(s.heading)]));
  /** The medical words the lexicon maps lay words to (strain, osteoarthritis, numbness…) and the body areas. */
  const medicalTerms = new Set([...input.lexicon.replacements.values(), ...lexicon.about].flatMap(terms));
  /** Per section: what its heading names outside the cue words ("Treating sciatica" → sciatica). */
  const subjectTerms = sections.map((s) => new Set(termsOf(readQuestionType(analyse(s.heading, lexicon).words, lexicon).rest)));

  const sameEvidence = (a: Candidate, b: Candidate) =>
    a.specific.length === b.specific.length && a.specific.every((t) => b.specific.includes(t));

  // "is 🧊 or 🔥 better", "how much 💷": an emoji read as the first of its names our words know.
  const clinicWords = new Set(Object.values(clinicCues.topics).flat().filter((c) => /^[a-z]+$/.test(c)));
  const indexKnows = (w: string) => {
    const t = terms(w);
    return t.length > 0 && t.every((x) => index.has(x));
  };
  const layWord = (w: string) => lexicon.replacements.has(w) || clinicWords.has(w);
  const emoji = new EmojiReader([{ name: layWord, keyword: layWord }, { name: indexKnows, keyword: indexKnows }], true);

  function answer(original: string): AnswerResult {
    // "osteo-something": a word cut short, completed from the content's words (halfWords.ts).
    const message = completeHalfWords(emoji.read(original), (w) => speller.complete(w));
    // "… different question entirely: how long is flu contagious?": only what follows a change of
    // subject is read, and what came before lends it neither subject nor scope.
    // "…the usual procrastination, sorry, prognosis…": a word taken back is not read.
    // "OK that explains the hip. But my knee…": a thanks for an answer lends the next question nothing.
    const front = unrephrased(message);
    const through = (text: string) => switched(unthanked(uncorrected(untold(unmeant(text)))));
    // "…no, the other way round: can a dodgy hip…": the question asked again, when it stands alone (read before
    // the words taken back, whose markers it shares).
    const again = restarted(front);
    const restart = again === undefined ? undefined : through(again);
    const asked = restart !== undefined && decide(read(restart)).kind === 'answer' ? restart : through(front);
    // "Dear Sir or Madam, … Kind regards, Margaret": the letter's frame and the name are no question.
    // "My brother-in-law says physio is a waste of time. Is that fair?": the claim is what is asked about.
    // "Massage therapist here. A client…": the asker's role is no subject (roleFrame.ts).
    const told = unaside(unreason(unrole(claimOf(uncourteous(unframe(withoutInterjection(expandShorthand(asked, lexicon))))))));
    const all = read(told);
    // "…hip impingement is well managed, my question is about my shoulder": every part of the message is about it
    // (read as typed: "my question is" is a frame the readers above take off).
    if (declaredAboutOther(normalise(message), lexicon)) return { kind: 'none' };
    // What was taken off (a frame, a role, who said it) still tells the subject: "Tennis elbow - physio
    // friend says rest it, my coach says keep playing. Which is better?" is about the elbow.
    if (told !== asked && !notOurs(all)) {
      const whole = read(asked);
      if (aboutAnotherPart(whole.a.words, lexicon, placeWords(whole))) return { kind: 'none' };
    }
    const known = exact.get(all.normalised.join(' '));
    if (known !== undefined && known !== null) return answerOf(all, known, 1, rank(all), undefined, true);
    const clinicTopic = clinic.topicOfMessage(told, all.normalised, unwantedWords(all.normalised));
    // "Don't know whether to ring the GP, wait it out or book in with you": booking is one of the routes
    // the doubt weighs, not the thing asked for.
    const doubtOfRoutes = clinicTopic === 'booking' ? choosingRoute(all) : undefined;
    if (doubtOfRoutes) return doubtOfRoutes;
    if (clinicTopic) {
      const also = clinic.payingPartner(clinicTopic, told);
      return also ? { kind: 'clinic', topic: clinicTopic, also } : { kind: 'clinic', topic: clinicTopic };
    }
    // "Hoping to do the Coast to Coast walk in September. …": the plan is taken off (planFrame.ts); the
    // whole message's scope still holds ("I want to lose a stone before June. What's a good diet?").
    const question = notOurs(all) ? told : unplan(told);
    const r = question === told ? all : read(question);
    // Telling two areas apart, or whom to go to, is asked by the whole message, whichever part a focus would pick.
    const apart = tellingApart(r) ?? choosingWhom(r);
    if (apart) return apart;
    // "…sometimes a tingle down the thigh. Massage lady said a small muscle deep in the buttock is squeezing the nerve.
    // Is that actually a thing?": the claim checked is what is asked, when it names a subject of its own.
    const claim = claimAfterStory(asked);
    if (claim !== undefined && !notOurs(r) && namesSubject(claim)) {
      const checked = decide(read(claim));
      if (checked.kind === 'answer') return checked;
    }
    // A long message with its question in one part ("…my wife keeps telling me to stay lying down,
    // but I read that bed is bad for backs, which is it"): the question's part, with the sentence
    // before it, says what is asked; the rest is the story. The whole message's scope still holds.
    const focus = tuning.questionFocus > 0 ? questionFocus(question, namesSubject, (clause) => pointsToStory(normalise(clause)), namesOurs) : undefined;
    // Only for a message about what we cover (the hip, the back, a named subject): "my little girl has
    // earache… I'm exhausted, is there anything that helps" is not made ours by its last part.
    if (focus !== undefined && !notOurs(r) && (namesPlace(r.a) || namesSubject(question))) {
      const focused = decide(read(focus));
      if (focused.kind === 'answer') {
        // The whole message may still say more: a form's fields ("Location: R buttock only. Duration:
        // 3 wks. Q: is it the hip, the back or a muscle?") are the question's subject. The whole wins
        // when it is clearly surer of another section.
        const whole = tuning.focusWholeMargin > 0 ? decide(r) : undefined;
        if (whole?.kind === 'answer' && whole.section !== focused.section && whole.confidence >= focused.confidence + tuning.focusWholeMargin) return whole;
        return focused;
      }
    }
    // A story told first, then a question in its last part that names a subject of its own: the
    // story's words ("stop work as an electrician") pull towards their sections (Going back to work),
    // so each section's score takes a share from the asking part ("will physio get me back up
    // ladders" → physiotherapy). One that names its own subject is weighed apart even when it also
    // points back ("is that the SI joint, and what can I do about it"); one that names none ("what could
    // cause that") needs the story.
    const ask = tuning.askingPartShare > 0 ? askingPart(question) : undefined;
    if (ask !== undefined && namesSubject(ask)) {
      const part = read(ask);
      const blended = blend(rank(r), rank(part), tuning.askingPartShare);
      if (blended) {
        const decided = decide(r, blended);
        // Undecided so, read on as below (the whole, its own question alone, a named medicine's word) when the asking
        // part names a place of ours ("would a jab in the spine sort my back out quicker? heard some of the rugby lads
        // get them": the chatter's sport left the two near sections too close), or asks of the back or hip the
        // message tells with nothing unknown ("…summat went twang in me back. Could it just be a pulled muscle?");
        // not a question of its own about something else ("can you recommend a yoga teacher training in Bali? My hips
        // and back always feel amazing in hot weather").
        if (decided.kind !== 'none' || !(namesPlace(part.a) || (namesPlace(r.a) && !namesUnknownThing(part.a.words) && !notOurs(part)))) return decided;
      }
    }
    const chosen = choosingCare(r);
    if (chosen) return chosen;
    const whole = decide(r);
    const out = whole.kind === 'none' ? (ownQuestion(question, r) ?? whole) : whole;
    // Declined because a named medicine is asked about: said so, so the reply can point to a pharmacist.
    if (out.kind === 'none' && asksAboutMedicine(r.a.words, lexicon, isKnown, r.asked)) return medicineAnswer(r) ?? { kind: 'none', reason: 'medicine' };
    // Declined for pregnancy's words: said so, so the reply can say who advises on pain while pregnant.
    if (out.kind === 'none' && hasPhrase(r.a.words, lexicon.pregnancy)) return { kind: 'none', reason: 'pregnancy' };
    if (out.kind === 'none') return unsure(question, r) ?? subjectless(all) ?? out;
    return out;
  }

  /**
   * Doubt between seeing someone and waiting ("dunno if i should go gp, physio, or just wait it out. what do i
   * do", "don't know whether to ring the GP, come to you, or just put my feet up"), asking only what to do or
   * whether to be seen: the section for that doubt answers it, not the section of the one route named. (Two
   * professions alone, "not sure if my GP or a physio can tell whether it's my hip", may ask about either.)
   */
  function choosingCare(r: Reading): AnswerResult | undefined {
    const unsure = lexicon.unsure;
    if (!unsure || !doubtOfCare(r)) return undefined;
    return hasPhrase(r.normalised, unsure.routes) && hasPhrase(r.normalised, unsure.waiting) ? generalAnswer(r, unsureSection) : undefined;
  }

  /**
   * Doubt with the routes of care named, asking whom to go to ("no idea if this is something or nothing. who do i even
   * ask - GP, midwife, 111, you lot?"): the section for that doubt, though one route (a physio) is named.
   */
  function choosingWhom(r: Reading): AnswerResult | undefined {
    const unsure = lexicon.unsure;
    if (!unsure || !doubtOfCare(r)) return undefined;
    return hasPhrase(r.normalised, unsure.routes) && (asksWhomToSee(r.normalised) || routesWeighed(r.normalised, unsure.routes)) ? generalAnswer(r, unsureSection) : undefined;
  }

  /**
   * Doubt about what to do, asking only what to do or whether to be seen, about what we cover ("dunno if I should
   * see a physio about my knee or just wait it out" is the knee's), with a section for it.
   */
  const doubtOfCare = (r: Reading) => unsureSection >= 0 && doubts(r) && r.wanted.types.every((t) => CHOOSING_TYPES.has(t)) && !notOurs(r);

  /**
   * Telling two areas apart asked ("how do you even tell if it's your hip or your back?", "do I need an MRI to know
   * whether it's my hip or my lumbar spine"): the section on why that is hard (lexicon `questionTypes.tellApart`), not
   * the signs of either area, which the areas' names pull to.
   */
  function tellingApart(r: Reading): AnswerResult | undefined {
    if (tellApartSection < 0 || !lexicon.tellApart || notOurs(r)) return undefined;
    // Sentence by sentence: one told beside another that asks something else ("Why does my buttock hurt…? I can't
    // tell if it's a muscle, my back or my hip.") is the story of that question.
    // (Not one whose question only asks to tell them apart again: "I can't tell if it's my hip or my back. How do you
    // even tell the difference?")
    const verbs = lexicon.tellApart.verbs;
    const sentences = r.question
      .split(/(?<=[.?!])\s+/)
      .filter((x) => x.trim())
      .map((x) => ({ asks: x.trim().endsWith('?'), words: normalise(x) }));
    // (A bare "Correct?" or "Right?" asks whether what was said is so.)
    const askingOther = sentences.some((x) => x.asks && x.words.length > 2 && phraseSpans(x.words, verbs).length === 0);
    for (const sentence of sentences) {
      if (askingOther && !sentence.asks) continue;
      if (tellsApart(sentence.words, verbs)) return generalAnswer(r, tellApartSection);
    }
    return undefined;
  }

  /**
   * Whether the words ask to tell two areas apart: a verb of discerning, "whether", "if" or "which" within a few words,
   * then what is told — the pain, "it" — as one area or another ("…whether it's my hip or my back", "…if the pain is
   * coming from the hip or the back"). Not what a sign tells ("does where it spreads tell you whether it's hip or
   * back?"), nor two kinds of a thing ("do you know if hip or back surgery takes longer?"), nor when another question
   * follows ("I can't tell if it's my hip or my back but either way should I use heat or ice?"): a helper's review.
   */
  function tellsApart(words: readonly string[], verbs: ReadonlySet<string>): boolean {
    for (const { start, end } of phraseSpans(words, verbs)) {
      if (words[start] === 'tell' && words[end] === 'you') continue;
      const which = words.slice(end, end + TELL_APART_REACH).findIndex((w) => WHICH_WORDS.has(w));
      if (which < 0) continue;
      const from = end + which;
      // Within the clause ("know if I'm overdoing it, and should I be stretching my hips or my back?" is two).
      const told = words.slice(from, from + TOLD_APART_REACH);
      const clauseEnd = told.findIndex((w) => CLAUSE_JOINS.has(w));
      for (const { first, second } of comparedAreaPlaces(clauseEnd < 0 ? told : told.slice(0, clauseEnd), lexicon)) {
        if (!told.slice(1, first).some((w) => TOLD_APART.has(w))) continue;
        // (An area named in two words is one area: "my hip or my lumbar spine".)
        const after = told[second + 1];
        if (after !== undefined && !PAIN_NOUNS.has(after) && !isArea(after, lexicon) && /^NN/.test(firstTag(after) ?? '')) continue;
        // Another question after, not a tag ("…my hip or my back, shouldn't I?").
        const rest = words.slice(from + second + 1);
        if (rest.length > 3 && rest.some((w) => ASKS_AFTER.has(w))) continue;
        return true;
      }
    }
    return false;
  }

  /** The routes of care that are not us (the GP, A&E, 111), for a doubt that names booking with us. */
  const otherRoutes = new Set([...(lexicon.unsure?.routes ?? [])].filter((r) => !/physio|you/.test(r)));
  /** Doubt between routes of care, one of them booking ("whether to ring the GP or book in with you"): the choice, not a booking. */
  function choosingRoute(r: Reading): AnswerResult | undefined {
    const unsure = lexicon.unsure;
    // Not how to book ("I don't know how to book with a physio, through my GP or online?"), nor a referral ("not sure
    // if my GP has to refer me or I can book in with you").
    const howToBook = r.normalised.some((w, i) => (w === 'how' && r.normalised.slice(i + 1, i + 5).some((x) => x.startsWith('book'))) || w.startsWith('refer'));
    if (!unsure || howToBook || !r.normalised.includes('or') || !doubtOfCare(r)) return undefined;
    // Another route than the one booked: a physio booked in the morning or the evening is no choice of care.
    return hasPhrase(r.normalised, otherRoutes) || hasPhrase(r.normalised, unsure.waiting) ? generalAnswer(r, unsureSection) : undefined;
  }

  /** Whether the question says doubt about what to do (lexicon `questionTypes.unsure.cues`). */
  const doubts = (r: Reading) => lexicon.unsure !== undefined && hasPhrase(r.normalised, lexicon.unsure.cues);
  /** A general section given as the answer rather than matched: no terms of its own, a fixed confidence. */
  const generalAnswer = (r: Reading, i: number) => answerOf(r, i, SUBJECTLESS_CONFIDENCE, [], undefined, true);

  /**
   * A question that names no subject at all, ours or another, only doubt ("idk if this is serious or if im
   * being dramatic, what should i do", "dont know whether to bother anyone with it or just get on") or
   * whether to be seen ("is this serious?"): in this chat it is about the patient's hip or back, and the
   * section for that doubt (lexicon `questionTypes.unsure`) or for being seen answers it.
   */
  function subjectless(r: Reading): AnswerResult | undefined {
    if (notOurs(r) || r.a.terms.some((t) => about.has(t) || textSubjects.has(t))) return undefined;
    // A noun the articles never use names a subject of its own ("should I be worried about the economy").
    if (namesUnknownThing(r.normalised)) return undefined;
    const doubt = doubts(r);
    // Whether to be seen, asked of nothing told ("is this serious?", "should I be worried?"): a short message
    // whose every other word is grammar.
    const bare = r.wanted.types.includes('when-to-see') && r.normalised.length <= BARE_WORDS && r.wanted.rest.every((w) => isStopWord(w));
    // How long it lasts, asked of the complaint pointed at ("how long does this kind of thing usually take to
    // settle?", "how long until it clears up?"): the general section for how long.
    const howLong = !bare && asksHowLong(r.a.words) && r.wanted.types.includes('prognosis') && !r.wanted.types.some((t) => whenToSee.has(t)) && r.a.words.some((w) => COMPLAINT.has(w));
    const i = doubt ? unsureSection : bare ? generalSection.get('when-to-see') : howLong ? generalSection.get('prognosis') : undefined;
    return i === undefined || i < 0 ? undefined : generalAnswer(r, i);
  }

  /** The term of "medication" (tablets, pills, painkillers): a medicine in general, naming no kind. */
  const GENERIC_MEDICINE = new Set(terms('medication'));
  /**
   * A dose asked about: the lexicon's dose words ("how many", "times a day"), an amount with its unit ("500mg"),
   * or a count of a named medicine or of tablets ("2 paracetamol and 2 ibuprofen", "3 pills"; not "which one",
   * which is read as a digit, nor "in 2019 they gave me").
   */
  const countsMedicine = (w: string | undefined) => w !== undefined && (Boolean(lexicon.medicines?.has(w)) || terms(w).some((t) => GENERIC_MEDICINE.has(t)));
  const asksDose = (words: readonly string[]) =>
    Boolean(lexicon.doseWords?.size && hasPhrase(words, lexicon.doseWords)) || words.some((w, i) => DOSE_AMOUNT.test(w) || (/^\d+$/.test(w) && countsMedicine(words[i + 1])));
  /**
   * A question about a named medicine, read as if the medicine were any word: answered only by a section
   * on its kind (lexicon `scope.medicineAnswers`: painkillers, muscle relaxants), marked so the reply adds
   * that a pharmacist or doctor advises on the medicine itself.
   */
  function medicineAnswer(r: Reading): AnswerResult | undefined {
    // How much or how often to take is the pharmacist's alone: no section says a dose.
    if (!medicineSections.size || asksDose(r.a.words)) return undefined;
    const ranked = rank(r, true);
    const result = decide(r, ranked);
    const kind = kindAsked(r);
    if (result.kind === 'answer' && medicineSections.has(result.section)) {
      // Only when the question names what the section's heading or lead says ("ibuprofen", "spasm"), or a medicine
      // of its kind: "the pill back to back to skip periods" is no question about painkillers, whatever "take" pulls
      // towards.
      const i = sections.indexOf(result.section);
      const evidence = ranked.find((c) => c.index === i)?.specific ?? [];
      // (A thing it names, not what it does: "can vitamin D fix my back ache" asks nothing of painkillers, whose lead
      // says they do not fix the cause.)
      if (kind === i || evidence.some((t) => shownTerms[i]!.has(t) && !GENERIC_MEDICINE.has(t) && !isVerb(t))) return { ...result, medicine: true };
    }
    // Every medicine named of one section's kind: that section, whatever else the words pulled towards
    // ("paracetamol or naproxen for hip arthritis, which is better?" asks about painkillers, not arthritis).
    if (kind === undefined) return undefined;
    const answer = answerOf(r, kind, tuning.answerThreshold, ranked);
    return answer.kind === 'answer' ? { ...answer, medicine: true } : undefined;
  }

  /**
   * The section on the one kind of medicine that every medicine the question asks about is of ("Tylenol and Advil
   * together for back pain?": painkillers), when it asks about the hip or back or points at "this". Not with
   * another medicine or a dose, nor when the question less its medicines is no question of ours ("paracetamol for
   * my son's earache", "can I give the dog paracetamol") or names a thing we do not know ("with my warfarin").
   */
  function kindAsked(r: Reading): number | undefined {
    if (!kindSection.size || hasPhrase(r.a.words, lexicon.pregnancy ?? new Set())) return undefined;
    const words = r.asked();
    const named = new Set(phraseSpans(words, kindNames).map((s) => kindSection.get(words.slice(s.start, s.end).join(' '))!));
    if (named.size !== 1) return undefined;
    const kinds = phraseSpans(r.a.words, kindNames);
    const rest = r.a.words.filter((_, i) => !kinds.some((s) => i >= s.start && i < s.end));
    if (asksAboutMedicine(rest, lexicon, isKnown) || outOfScope(rest, lexicon, isKnown) || namesStrangeThing(rest)) return undefined;
    // Sent to a hip and back clinic, a medicine of a kind the articles explain, taken by the writer, is taken
    // for the complaint ("is it ok to keep taking ibuprofen? does it fix anything or just mask it").
    return namesPlace(r.a) || pointsAtComplaint(r.a.words) || takesIt(r.a.words) ? [...named][0] : undefined;
  }

  /**
   * Declined, but about what we cover (it names the hip, the back or another of our areas, and no other part of
   * the body): the nearest sections are
   * offered to choose from, rather than "I can only help with hip and lower back pain" ("What are the classic
   * lifting mistakes that wreck people's backs?" scores under the threshold, Poor posture and lifting badly first).
   */
  function unsure(question: string, r: Reading): AnswerResult | undefined {
    if (tuning.nearOffer <= 0 || notOurs(r) || !namesPlace(r.a) || aboutAnotherPart(r.a.words, lexicon, placeWords(r))) return undefined;
    // Each on a word that names a subject of ours, not the hip or back alone ("hip hop albums").
    const near = rank(r).filter((c) => c.score >= tuning.nearOffer && c.specific.some((t) => topics.has(t))).slice(0, 2).map((c) => c.section);
    return near.length ? { kind: 'none', reason: 'unsure', near } : undefined;
  }

  /**
   * A worried message asks its question, then asks again for reassurance and tells its fears ("How
   * long is back pain supposed to last? It's been 10 days… Is that normal?? Is it normal that it's
   * not better yet?"): read whole, the question is lost among them. When the whole is declined, the
   * first of its questions (a sentence ending in "?") that names what we cover, read alone, is answered.
   * The whole message's scope still holds. Read first with the statements before it ("Everyone says it's
   * the sciatic nerve... is that a diagnosis?" needs them); then, none answered, without them ("I'm
   * self-employed and need to plan my bookings. Roughly how long does back pain take to settle?").
   */
  function ownQuestion(question: string, r: Reading): AnswerResult | undefined {
    if (notOurs(r)) return undefined;
    const withStory = question.split(/(?<=\?)\s+/).filter((s) => s.trim().endsWith('?'));
    // Alone only when it points back at nothing told ("what would make a young hip do that?" needs the story).
    const alone = question.split(/(?<=[.?!])\s+/).filter((s) => s.trim().endsWith('?') && !withStory.includes(s) && !pointsToStory(normalise(s)));
    // None, or only the message itself: nothing to read apart.
    const asked = [...withStory, ...alone].filter((s) => s.trim() !== question.trim());
    // A question of a general kind with "it" for what the story told of the hip or back ("My friend's back
    // cleared up in a fortnight. Mine started ten days ago… How long does it normally take to settle
    // down?"): the kind asked of our area, as the section answering that kind in general does.
    const storyAbout = namesPlace(r.a);
    for (const sentence of asked) {
      const part = read(sentence);
      const generalKind = storyAbout && part.a.words.some((w) => POINTING_BACK.has(w)) && part.wanted.types.some((t) => lexicon.generalSections.has(t));
      if (!namesPlace(part.a) && !namesSubject(sentence) && !generalKind) continue;
      const ranked = rank(part);
      const result = decide(part, ranked);
      if (result.kind === 'answer') return result;
      // Nothing but the kind asked ("how long does it take to settle?"): the section of that kind in general.
      const general = generalKind && ranked.length === 0 && !notOurs(part) ? part.wanted.types.map((t) => generalSection.get(t)).find((i) => i !== undefined) : undefined;
      if (general !== undefined) return answerOf(part, general, tuning.answerThreshold, []);
    }
    return undefined;
  }

  /**
   * The whole message's candidates rescored with a share from the asking part's, scaled so the first
   * keeps the whole message's score (the confidence threshold was set on whole messages); undefined
   * when either view has no candidate.
   */
  function blend(whole: Candidate[], part: Candidate[], share: number): Candidate[] | undefined {
    if (!whole.length || !part.length) return undefined;
    const fromPart = new Map(part.map((c) => [c.index, c.score]));
    const out = whole.map((c) => ({ ...c, score: (1 - share) * c.score + share * (fromPart.get(c.index) ?? 0) })).sort((x, y) => y.score - x.score);
    const scale = out[0]!.score > 0 ? whole[0]!.score / out[0]!.score : 1;
    for (const c of out) c.score *= scale;
    return out;
  }

  /**
   * "Is this normal?", "is that serious?": "this" or "that" standing for what was told (alone, or
   * before what is said of it), not before a noun ("that hip"). A situation is pointed at so; "it"
   * ("which is it") is a thing just named.
   */
  function pointsToStory(words: readonly string[]): boolean {
    const said = (next: string | undefined) => next === undefined || isStopWord(next) || /^(JJ|RB)/.test(firstTag(next) ?? '');
    return words.some((x, i) => DEMONSTRATIVES.has(x) && said(words[i + 1]));
  }

  // The subjects sections are named by (headings, outside their cue words): "sciatica", "bed rest", not "looking after".
  const headingSubjects = new Set(sections.flatMap((s) => termsOf(readQuestionType(analyse(s.heading, lexicon).words, lexicon).rest)));
  /** Whether a part of a message names a specific subject of the articles (sciatica, a disc…), not just the hip or back. */
  function namesSubject(clause: string): boolean {
    return namesSubjectIn(analyse(clause, lexicon, speller).words);
  }
  function namesSubjectIn(words: readonly string[]): boolean {
    // Outside the cue words: "what are the signs" asks for signs, it names no subject.
    // "Explain how that works": what a thing does names no job, so not Going back to work (workSense.ts).
    const noJob = workIsNoJob(words, isThing);
    return termsOf(readQuestionType(words, lexicon).rest).some((t) => headingSubjects.has(t) && isSpecific(t) && !(noJob && t === JOB));
  }

  function decide(r: Reading, given?: Candidate[]): AnswerResult {
    const ranked = given ?? rank(r);
    const [first, second] = ranked;
    if (!first) return { kind: 'none' };
    // A clear lead over the runner-up is evidence too: a wordy question scores low everywhere but
    // can still point at one section.
    const confidence = first.score + tuning.marginWeight * (first.score - (second?.score ?? 0));
    if (confidence < tuning.answerThreshold) return { kind: 'none' };
    if (second && first.score - second.score < tuning.clarifyMargin * first.score && sameEvidence(first, second)) {
      // "What causes sciatica?" names the subject of one of them (its heading): no need to ask.
      // Compared before synonyms: "pinched nerve" is also read as sciatica, but only one heading says "Sciatica".
      if (Math.abs(first.named - second.named) > tuning.clarifyNamedGap) {
        return answerOf(r, (first.named > second.named ? first : second).index, confidence, ranked);
      }
      // Both named alike ("what does sciatica feel like": Sciatica, Treating sciatica): the kind of answer decides.
      if (Math.abs(first.typeFit - second.typeFit) > tuning.clarifyTypeGap) {
        return answerOf(r, (second.typeFit > first.typeFit ? second : first).index, confidence, ranked);
      }
      // Two sections nearly tied on the same words, and both short answers say them ("exercises for
      // sciatica": Treating sciatica, Sciatica): both answer it, so both are shown as two short parts.
      if (tuning.composeTies > 0 && first.specific.length > 0 && first.specific.every((t) => leadTerms[first.index]!.has(t) && leadTerms[second.index]!.has(t))) {
        return answerOf(r, first.index, confidence, ranked, second.index);
      }
      // Otherwise we cannot tell which was meant, so ask.
      return { kind: 'clarify', options: [first.section, second.section] };
    }
    // Two topics in one question: answer the stronger, offer the other. A runner-up is a second
    // topic only when it rests on a topic word (of a heading or title) that the answer does not
    // match; a runner-up on the same words is just a neighbour (it may still be a follow-up).
    const other = ranked.slice(1, 3).find((c) => {
      // Words outside the question's cues only: "treated" in "how is arthritis treated" asks for a
      // kind of answer, it does not bring in "Treating sciatica".
      const newTopic = c.specific.some((t) => !first.specific.includes(t) && topics.has(t) && r.restTerms.includes(t));
      return newTopic && c.score >= tuning.mixedTopicShare * first.score;
    });
    if (other) return answerOf(r, first.index, confidence, ranked, other.index);
    // A close runner-up whose heading names a medical word or body area of the question that the
    // answer's heading and lead do not say answers the other part ("is wear and tear the reason my hip
    // hurts": What causes hip and back pain, then Arthritis and osteoarthritis): both are shown.
    if (second && second.score >= tuning.secondaryShare * first.score) {
      const asked = r.a.terms.filter((t) => index.has(t) && isSpecific(t));
      if (asked.some((t) => medicalTerms.has(t) && subjectTerms[second.index]!.has(t) && !shownTerms[first.index]!.has(t))) return answerOf(r, first.index, confidence, ranked, second.index);
    }
    // The two views disagree: the words (BM25) put one section first, while our example questions
    // are clearly nearer the runner-up's, and the lead is small. Neither view can be trusted over the
    // other here, so both are shown as two short parts.
    // Advice to be seen is added only when the question asks when to be seen: not to a question about lifting.
    const seenAdvice = (i: number) => [...whenToSee].some((k) => (profiles[i]!.get(k) ?? 0) >= tuning.sectionTypeShare);
    const asksSeen = r.wanted.types.some((t) => whenToSee.has(t));
    if (second && tuning.disagreeNearest > 0 && second.nearest - first.nearest > tuning.disagreeNearest && first.score - second.score < tuning.disagreeMargin * first.score && (asksSeen || !seenAdvice(second.index))) {
      return answerOf(r, first.index, confidence, ranked, second.index);
    }
    // A close call: a runner-up within a tenth of the answer's score. In the k-fold the first of such a
    // pair is right about half the time (20 of 41), so both are shown as two short parts.
    if (second && second.score >= tuning.closeCallShare * first.score && (asksSeen || !seenAdvice(second.index))) {
      return answerOf(r, first.index, confidence, ranked, second.index);
    }
    return answerOf(r, first.index, confidence, ranked);
  }

  // Words that make a message a health question rather than a command: specific content terms.
  const isTopicWord = (word: string) => !isStopWord(word) && index.has(stem(word)) && isSpecific(stem(word));
  const intents = new IntentClassifier(input.intents, isTopicWord);
  // Health subjects: the body areas, and the specific words of headings and titles (sciatica, disc...).
  const isHealthSubject = (w: string) => !isStopWord(w) && (about.has(stem(w)) || (topics.has(stem(w)) && isSpecific(stem(w))));
  // Known to a clinic question: grammar, the content's words, and any word natural's tagger lexicon reads
  // first as other than a noun ("roughly what am I looking at paying", "an actual person", "am I chatting
  // to someone real"): such words ask, they name no other service; a noun ("a haircut"), a name
  // ("Tokyo") or a word the lexicon lacks still says the question is about something else.
  // An adjective naming a field ("a dental appointment": WordNet's relational adjectives) names one too.
  const askingWord = (w: string) => {
    const tag = firstTag(w);
    return tag !== undefined && !/^(NN|FW|CD|SYM)/.test(tag) && !(tag.startsWith('JJ') && wordnet.relational.has(w));
  };
  // WordNet's synonyms of the clinic cues' words ("telephone", "insurance company") belong to a clinic question too.
  const isClinicWord = (w: string) => hasSingular(wordnet.clinicWords, w) || wordnet.clinicWords.has(w.replace(/ies$/, 'y'));
  // Any form of a word of the clinic's cues ("type" for "typing", "visited" for "visit") is theirs too.
  const clinicStems = new Set([...Object.values(clinicCues.topics).flat(), ...clinicCues.words].flatMap((p) => normalise(p ?? '').map(stem)));
  const clinic = new ClinicTopics(
    clinicCues,
    isHealthSubject,
    (w) => isStopWord(w) || QUESTION_WORDS.has(w) || speller.correct(w) !== undefined || askingWord(w) || isTimeWord(w) || isClinicWord(w) || clinicStems.has(stem(w)),
    lexicon.hedges,
    (words) => namesOtherSubject(words, lexicon),
  );

  return {
    answer,
    classifyIntent: (text: string) => intents.classify(expandShorthand(text, lexicon)),
    checkAsked: (text: string) => intents.checkAfterQuestion(expandShorthand(text, lexicon)),
    clinicTopic: (text: string) => clinic.topicOf(text),
    rank: (question: string) => rank(read(question)),
    sections,
  };
}
