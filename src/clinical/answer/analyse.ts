// Words → features: synonyms from the lexicon, spelling tolerance, stop words, Porter stems.
// Question words (what/why/how/should...) are kept apart: they separate a cause question from a
// treatment question, though they say nothing about the topic.
import natural, { firstTag } from '../natural.ts';
import { stem } from '../text/stem.ts';
import { applySynonyms, expandAcronyms, type Lexicon } from './lexicon.ts';
import { normalise } from './normalise.ts';
import type { Speller } from './spelling.ts';

export const QUESTION_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'which', 'who', 'should', 'can', 'could', 'will', 'not', 'no']);

// natural's English stop words, less the question words, plus chat filler. "really" with its WordNet
// synonyms ({actually, really}, {truly, genuinely, really}: issue 10's twelfth round, "are the two
// actually linked" lost its confidence to a word that asks nothing).
const STOP_WORDS = new Set(
  [...natural.stopwords, 'im', 'ive', 'really', 'realli', 'actually', 'truly', 'genuinely', 'get', 'got', 'getting', 'gets', 'just', 'also', 'ok', 'okay',
    'please', 'thanks', 'thank', 'hi', 'hello', 'hey', 'lot', 'lots', 'bit', 'thing', 'things', 'much', 'many',
    'anything', 'something', 'someone', 'ever', 'still', 'even', 'quite', 'very', 'way', 'like', 'kind', 'kinds', 'sort', 'sorts', 'type', 'types',
    'tell', 'know', 'knows', 'want', 'wants', 'need', 'let', 'say', 'says', 'saying', 'said', 'mean', 'means', 'us', 'you', 'your', 'yours',
    'would', 'might', 'may', 'must', 'shall', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do',
    'does', 'did', 'doing', 'done', 'have', 'has', 'had', 'having', 'a', 'an', 'the', 'it', 'its', 'me', 'my',
    'mine', 'myself', 'i', 'we', 'our', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'this', 'that',
    'these', 'those', 'there', 'here', 'then', 'than', 'so', 'too', 'if', 'or', 'and', 'but', 'of', 'to',
    'in', 'on', 'at', 'by', 'for', 'with', 'about', 'from', 'into', 'onto', 'up', 'out', 'off', 'over',
    'again', 'any', 'some', 'all', 'every', 'each', 'own', 'same', 'other', 'such', 'only', 'as', 'yes',
    'yeah', 'etc', 'one', 'ones', 'go', 'going', 'goes', 'went', 'make', 'makes', 'making', 'made', 'take',
    'takes', 'taking', 'took', 'right', 'well', 'good', 'better', 'best', 'lol', 'rather',
    // Swearing that only intensifies ("how the hell do I book in", "this effing back", "f*cking hip" read as
    // "f cking"): it names nothing, and no other service either.
    'hell', 'heck', 'damn', 'damned', 'bloody', 'effing', 'fucking', 'fuckin', 'fking', 'fkn', 'cking', 'frigging',
    'freaking', 'sodding', 'flipping', 'wtf', 'ffs']
    .filter((w) => !QUESTION_WORDS.has(w)),
);

const DIGIT = /\d/;

export interface Analysed {
  /** Words after synonyms and spelling, before stop words (used by the scope check). */
  words: string[];
  /** Stemmed topic terms, in order, repeats kept. */
  terms: string[];
  /** Question words present. */
  questionWords: string[];
  /** Topic words not known to the content even after spelling tolerance. */
  unknown: string[];
}

export { stem };

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Words of a text with the lexicon applied (no spelling correction): the content side. */
export function contentWords(text: string, lexicon: Lexicon): string[] {
  return applySynonyms(normalise(expandAcronyms(text, lexicon)), lexicon);
}

export function analyse(text: string, lexicon: Lexicon, speller?: Speller): Analysed {
  // Synonyms before spelling, so lay words are not "corrected" into something else; again after,
  // so a misspelt lay word that spelling fixed is mapped too.
  // "Money is tight" before synonyms make "tight" a word of stiffness.
  const typed = posesAsStretches(withoutTalkAbout(withoutScarceTight(normalise(expandAcronyms(text, lexicon)))));
  let words = applySynonyms(speller?.context ? speller.context.read(typed) : typed, lexicon);
  const unknown: string[] = [];
  if (speller) {
    words = joinedPairs(words, speller);
    // flatMap: two words typed as one come back as both ("backpain" → back, pain).
    words = words.flatMap((w) => {
      if (STOP_WORDS.has(w) || QUESTION_WORDS.has(w) || DIGIT.test(w)) return [w];
      const fixed = speller.correct(w);
      if (fixed === undefined) unknown.push(w);
      return (fixed ?? w).split(' ');
    });
    words = applySynonyms(words, lexicon);
  }
  words = withoutActiveSeen(withoutFirmHard(words));
  return { words, terms: termsOf(words), questionWords: words.filter((w) => QUESTION_WORDS.has(w)), unknown };
}

/**
 * A pose of yoga or pilates by its name ("pigeon pose", "child's pose", "warrior poses"): a held stretch (WordNet
 * pose.n.1, posture.n.1). Read before spelling, so that "pose" is never a word the corrector may turn "poke" into.
 */
function posesAsStretches(words: string[]): string[] {
  if (!words.some((w) => POSE.has(w))) return words;
  return words.map((w, i) => (POSE.has(w) && i > 0 && /^NN/.test(firstTag(words[i - 1]!) ?? 'NN') && !POSED.has(words[i + 1] ?? '') ? 'stretch' : w));
}
const POSE = new Set(['pose', 'poses']);
/** After the verb "pose" (WordNet pose.v.2 "present", "pose a problem"), a determiner of what is posed. */
const POSED = new Set(['a', 'an', 'any', 'no', 'the', 'some', 'much', 'little', 'more', 'less', 'problems', 'risks', 'risk', 'danger', 'dangers', 'threat']);

/**
 * "Hard" before a noun, or after a thing it is as hard as, is the firmness of a thing ("sat on a hard bench", "hard
 * bleachers", "rock hard", WordNet's hard.a.3), never the difficulty of a heading's "why it is hard to tell"
 * (hard.a.1): left out.
 */
function withoutFirmHard(words: string[]): string[] {
  if (!words.includes('hard')) return words;
  const firm = (i: number) => FIRM_AS.has(words[i - 1] ?? '') || (!DIFFICULT.has(words[i + 1] ?? '') && /^NN/.test(firstTag(words[i + 1] ?? '') ?? ''));
  return words.filter((w, i) => w !== 'hard' || !firm(i));
}
/** Likenesses before "hard" that make it firmness wherever it stands ("rock hard Thameslink seats"). */
const FIRM_AS = new Set(['rock', 'stone', 'iron', 'brick', 'concrete']);

/**
 * "Seen" in the active voice with someone after it ("I've never seen a physio", "already seen my GP") is having
 * visited them (WordNet see.v.12 "go to see for professional purposes"), said of the story; the passive "to be seen",
 * "get seen" is what a heading means by it (What helps while you wait to be seen): the active one is left out.
 */
function withoutActiveSeen(words: string[]): string[] {
  if (!words.includes('seen')) return words;
  // ("Seen the same day" is the lexicon's reading of "be seen today": passive.)
  return words.filter((w, i) => w !== 'seen' || PASSIVE.has(words[i - 1] ?? '') || !SEEN_WHOM.has(words[i + 1] ?? '') || words[i + 2] === 'same');
}
/** Words before a passive "seen" ("to be seen", "getting seen", "was seen"). */
const PASSIVE = new Set(['be', 'being', 'been', 'get', 'gets', 'got', 'getting', 'is', 'are', 'was', 'were', 'am', 's']);
/** Words that open who was seen ("a physio", "my GP", "anyone"). */
const SEEN_WHOM = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'any', 'anyone', 'anybody', 'someone', 'somebody', 'him', 'her', 'them', 'one']);

/**
 * "Tight" of money or time is scarce ("money is tight", "things are a bit tight", "a tight budget",
 * "tight for cash": WordNet's tight.s.04), not the tightness of muscles (tight.a.01): left out.
 */
function withoutScarceTight(words: string[]): string[] {
  if (!words.includes('tight')) return words;
  return words.filter((w, i) => {
    if (w !== 'tight') return true;
    if (SCARCE_AFTER.has(words[i + 1] ?? '') || (words[i + 1] === 'for' && SCARCE.has(words[i + 2] ?? ''))) return false;
    let j = i - 1;
    while (j >= 0 && DEGREE.has(words[j]!)) j--;
    return !(j >= 1 && BE.has(words[j]!) && SCARCE.has(words[j - 1]!));
  });
}
/**
 * "Talking about" is what the conversation is about ("which part of the back are we talking about?", WordNet
 * discuss.v.01), not talking to someone, which Going back to work advises ("talk to your employer"): left out.
 */
function withoutTalkAbout(words: string[]): string[] {
  return words.includes('about') ? words.filter((w, i) => !(TALK.has(w) && words[i + 1] === 'about')) : words;
}
const TALK = new Set(['talk', 'talks', 'talking', 'talked']);
const SCARCE = new Set(['money', 'cash', 'funds', 'finances', 'budget', 'budgets', 'time', 'things', 'schedule', 'schedules', 'diary']);
const SCARCE_AFTER = new Set(['budget', 'budgets', 'schedule', 'schedules', 'deadline', 'deadlines', 'squeeze', 'finances']);
const BE = new Set(['is', 'are', 'was', 'were', 's', 'been', 'being', 'gets', 'getting', 'got', 'feels', 'feel']);
const DEGREE = new Set(['a', 'bit', 'little', 'really', 'very', 'quite', 'so', 'pretty', 'rather', 'too', 'super']);

/** Nouns after which "hard" is still the difficulty: "a hard time telling", "hard work", "the hard thing is". */
const DIFFICULT = new Set(['time', 'times', 'work', 'job', 'thing', 'things', 'part', 'question', 'one', 'going']);

/** The shortest joined pair read as one of the content's long words. */
const MIN_JOINED = 9;

/**
 * One of the content's long words typed as two, or half remembered as two ("sacro iliac", "sacred
 * iliac": sacroiliac; "osteo arthritis"): the pair joined, when spelling reads the whole as that word
 * and the first is no word of ours already ("the clinic wants" is no "clinicians").
 */
function joinedPairs(words: string[], speller: Speller): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]];
    const candidate = b !== undefined && /^[a-z]{3,}$/.test(a) && /^[a-z]{3,}$/.test(b) && !STOP_WORDS.has(a) && !STOP_WORDS.has(b) && !QUESTION_WORDS.has(a) && !speller.isKnown(a);
    const joined = candidate && a.length + b.length >= MIN_JOINED ? speller.correct(a + b) : undefined;
    if (joined && !joined.includes(' ') && joined !== a && joined !== b && joined.length >= MIN_JOINED) {
      out.push(joined);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Stemmed topic terms of words already analysed: no question words, no stop words. */
export function termsOf(words: readonly string[]): string[] {
  const terms: string[] = [];
  for (const w of words) if (!QUESTION_WORDS.has(w) && !STOP_WORDS.has(w) && w.length > 1) terms.push(stem(w));
  return terms;
}
