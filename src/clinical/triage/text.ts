// Turning patient text into sentences of tokens, and finding protocol terms in them: stems,
// prefixes ("tingl*"), exact words ("tearing!"), gaps ("lost ~ weight") and small typos.
import { withCorrections } from './corrections.ts';
import { readTickBoxes } from './tickBoxes.ts';
import { readWeightSeries } from './weightSeries.ts';
import natural, { englishWordList } from '../natural.ts';
import { restoreDroppedG } from '../droppedG.ts';
import { normaliseText } from '../text/normalise.ts';
import { stem } from '../text/stem.ts';
import { escapeRegExp } from '../text/escapeRegExp.ts';
import { EmojiReader } from '../text/emoji.ts';

export interface Token {
  raw: string;
  stem: string;
  /** Stem of the protocol word this unknown word is probably a typo of. */
  alias?: string;
  /** A clause break (comma, colon, bracket): no term crosses it. */
  isBreak: boolean;
}

export interface Sentence {
  tokens: Token[];
  endsWithQuestionMark: boolean;
}

type WordItem =
  | { kind: 'word'; raw: string; stem: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'exact'; raw: string }
  | { kind: 'gap' };

export interface Term {
  source: string;
  items: WordItem[];
}

/** A span of tokens [start, end) matched by a term. */
export interface Span {
  start: number;
  end: number;
}

/** The words a body temperature written with a decimal is followed by (see `split`); content's `normal-temperature` and `high-temperature` name them. */
export const NORMAL_READING = 'normaltemperaturereading';
/** The word a hashtag's own word follows once read ("#confused" → HASHTAG confused): a tag the writer gives the post. */
export const HASHTAG = 'hashtagmarker';
export const HIGH_READING = 'hightemperaturereading';
const GAP_MAX = 3;
// A gap stands for words that qualify ("bones are very thin"), never for one that turns the meaning round ("bones are not weak").
const GAP_STOPS = new Set(['not', 'no', 'never', 'nor', 'neither']);
// In a term that starts with a denial ("not ~ feel normal"), nor for a joined clause: "my hip is not
// swollen and feels normal" denies the swelling; it says nothing of not feeling normal.
const DENIED_GAP_STOPS = new Set(['and', 'but']);
const startsDenied = (items: WordItem[]) => items[0]?.kind === 'word' && GAP_STOPS.has(items[0].raw);
const ALIAS_CACHE_MAX = 20_000;
/** How far in spelling a word spelt by its sound may be from the protocol word it sounds like. */
const SOUND_ALIKE_MAX_DISTANCE = 3;
const tokenizer = new natural.WordPunctTokenizer();

// natural's Brill lexicon doubles as an English word list: a known word is never "corrected"
// (so "stood" is not read as "stool", nor "ladder" as "bladder").
let englishWords: Set<string> | undefined;
function isEnglishWord(word: string): boolean {
  englishWords ??= englishWordList();
  return englishWords.has(word);
}

/** A checklist's answers (content/triage.yaml `language.checklist`): denials, and answers that tell. */
export interface ChecklistAnswers {
  no: string[];
  /** Answers that say the item is as it should be ("Feeling when wiping: normal"): read as "… is fine", since "no feeling when wiping" would tell the sign. */
  fine: string[];
  yes: string[];
  /** Denials that may follow the item after a space alone ("fever no, bladder no"). */
  bare: string[];
  /** Words that make a phrase more than an item: a person, a denial, an exclamation. */
  notInItem: string[];
  /** Words that echo a question before its item ("You asked about peeing: no", "As for fever, none"): read as absent. */
  itemFrames?: string[];
}

/** "Am I on steroids? No.", "do I have a fever? nope": a yes-no question about oneself, answered no. */
const SELF_ASKED_NO = /(^|[.!?;\n]\s*)(?:am|do|did|have|had|was)\s+i\s+((?:[a-z]+ ){0,5}[a-z]+)\s*\?\s*(?:no|nope|never|not really|i am not|i do not|i have not)\b/g;
/** "asked if I am on steroids, I am not": a question put to the writer, answered not. */
/**
 * Asked in one sentence, answered not in the next, the answer alone there ("You'll probably ask if I've had
 * cancer. I haven't, touch wood."): only a short answer ends it, as "…if I've lost weight. I haven't weighed
 * myself but my clothes hang off me" answers nothing.
 */
const ASKED_IF_NOT_NEXT = /\b(?:asked|asks|asking|ask|wants? to know|wanted to know)(?:\s+(?:me|us))?\s+(?:if|whether)\s+(?:i am|i have been|i have|i had|i was|i do|i take|i get)\s+((?:[a-z]+ ){0,5}[a-z]+)\s*[.!?]+\s*(?:i am not|i have not|i had not|i was not|i do not|no|nope|never)(?=\s*(?:[,.!;]|$))/g;
const ASKED_IF_NOT = /\b(?:asked|asks|asking|ask)(?:\s+(?:me|us))?\s+(?:if|whether)\s+(?:i am|i have been|i have|i had|i was|i do|i take|i get)\s+((?:[a-z]+ ){0,5}[a-z]+)\s*[,;:]?\s*(?:i am not|i have not|i had not|i was not|i do not|no|nope|not)\b/g;

// The parts of a question put to the writer and its answer, shared by the three readings below.
/** Someone asking the writer whether: "he asked me if", "she wanted to know whether". */
const ASKED_WHETHER = String.raw`\b(?:asked|asks|asking|wanted to know|wants to know)(?:\s+(?:me|us))?\s+(?:if|whether)\s+`;
/** The writer telling the answer: "I said:", "I told her". */
const I_SAID = String.raw`(?:i said\s*:?\s*|i told (?:him|her|them)\s*:?\s*)`;
/** A short answer ends there: "no.", "I can't," (not "no strength at all", which begins the sign). */
const ANSWER_ENDS = String.raw`(?=\s*(?:[,.!;:]|$))`;

/**
 * Asked whether the writer can do something, answered that they cannot ("he asked me if I could feel the paper
 * when I wipe and I can't", "…if I could lift my foot. I couldn't."): read as told, "I can not …".
 */
const ASKED_IF_CAN_NOT = new RegExp(
  String.raw`${ASKED_WHETHER}i\s+(?:could|can)\s+((?:[a-z]+ ){0,8}?[a-z]+)\s*(?:[.!?,;]+\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)${I_SAID}?(?:i\s+)?(?:can not|could not|cannot|no|nope|not since)(?:${ANSWER_ENDS}|(?<=not since)\s)`,
  'g',
);
/** Asked whether a part of the writer is so, answered no ("111 man asked if my legs were weak. I said: no"): read as "my legs not weak". */
const ASKED_IF_MY_NOT = new RegExp(
  String.raw`${ASKED_WHETHER}(my\s+(?:[a-z]+ ){0,5}?)(?:were|was|are|is|felt|feel|feels)\s+((?:[a-z]+ ){0,3}?[a-z]+)(?:\s*[.!?,;:]+\s*${I_SAID}?|\s+and\s+${I_SAID})(?:no|nope)${ANSWER_ENDS}`,
  'g',
);
/**
 * Whether someone can do something, asked and answered no ("Can you feel your legs? No", "can you pee? Me: no,
 * not since last night"): the one asked cannot, a sign told, not a denial ("Fever? No"). (Lines joined by " / "
 * reach here already read by readTickBoxes, so "…? / Me: no" is not among them.)
 */
const ABLE_ASKED_NO = /(^|[.!?;\n]\s*|:\s*)(?:can|could)\s+(you|he|she|they)\s+((?:[a-z]+ ){0,5}?[a-z]+)\s*\?\s*(?:\/\s*)?(?:[a-z]+\s*:\s*)?(?:no|nope|not really|can not|could not|cannot)(?=\s*(?:[,.!;:]|$))/g;
/** Asked whether the writer has something, answered yes ("she asked if I had wet myself. I have."): read as told. */
const ASKED_IF_YES = new RegExp(
  String.raw`${ASKED_WHETHER}i\s+(am|have been|have|had|was|do)\s+((?:[a-z]+ ){0,8}?[a-z]+)\s*(?:[.!?,;]+\s*(?:and\s+)?|\s+and\s+)(?:yes|yeah|yep|i am|i have|i had|i was|i do)${ANSWER_ENDS}`,
  'g',
);

/**
 * English raises a negation to the verb of thinking ("I don't think I've peed since yesterday" is "I think I
 * haven't"), and to saying ("I can't say I've felt anything down there" is "I haven't felt anything"): read as
 * the negated clause itself, "i have not peed since yesterday".
 */
function raiseNegation(text: string): string {
  return text
    .replace(/\b(?:i )?do not (?:think|believe|reckon|suppose|expect) (?:that )?i (have|had|can|could|am|was|did|will|would) /g, 'i $1 not ')
    // Only before what was felt, had or been ("can't say I've noticed any tingling" stays as it is: "not
    // noticed" is itself a sign of going unawares).
    .replace(/\b(?:i )?(?:can|could) not (?:honestly )?say (?:that )?i (have|had) (felt|had|been) /g, 'i $1 not $2 ');
}

/** Words after which the Scots "nae" is "not" (a verb's negative: "I'm nae able to pee", "it's nae right"). */
const NAE_NOT_AFTER = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'must', 'shall', 'may', 'might', "i'm", 'im', "you're", "we're", "they're", "it's", "he's", "she's", "that's"]);
/** After these, "nae" is "not" before a past participle ("I've nae been able to pee") and "no" before a noun ("I've nae feeling in ma bum"). */
const NAE_HAVE = new Set(['have', 'has', 'had', "i've", 'ive', "you've", "we've", "they've"]);

/**
 * The Scots "nae": "not" after a verb, "no" before a noun ("nae fever", "there's nae feeling down there",
 * "I've nae control o'er ma bladder"), as the Dictionary of the Scots Language gives both.
 */
function readNae(text: string): string {
  if (!/\bnae\b/.test(text)) return text;
  return text.replace(/(?:\b([a-z']+)\s+)?\bnae\b(?=(?:\s+([a-z']+))?)/g, (_m, before: string | undefined, after: string | undefined) => {
    const next = after ?? '';
    const verbs = NAE_NOT_AFTER.has(before ?? '') || (NAE_HAVE.has(before ?? '') && (/(?:ed|en)$/.test(next) || ['been', 'got', 'had', 'felt', 'seen'].includes(next)));
    return `${before !== undefined ? `${before} ` : ''}${verbs ? 'not' : 'no'}`;
  });
}

export class TextReader {
  private readonly contractions: Map<string, string>;
  private readonly vocabulary = new Map<string, string>(); // raw word -> stem
  /** Words of exact terms ("pred!"): read as themselves, never as a typo of another word. */
  private readonly exactWords = new Set<string>();
  private readonly vocabularyStems = new Set<string>();
  private readonly prefixes = new Set<string>();
  /** The vocabulary's words of five letters or more by first letter and sound key; made again when the vocabulary grows. */
  private soundIndex: { size: number; index: Map<string, [string, string][]> } | undefined;
  private readonly aliasCache = new Map<string, string | undefined>();
  private lastRead: { text: string; sentences: Sentence[] } | undefined;
  /**
   * "both 🦵🦵 tingling", "💩 came out without me noticing": an emoji read as its name when the protocol
   * knows it; as one of its looser keywords only when that is one of `keywordWords` (a part of the body,
   * a time of day: "🍑" butt, "🌅" morning), never a state ("❓" confused, "💀" dead).
   */
  private readonly emoji: EmojiReader;

  /** Words that add nothing to what is told ("he doesn't seem to know where he is"): read as absent. */
  private readonly transparent: RegExp | undefined;

  /** A checklist's item and its answer ("fever? no", "saddle numbness: no", "fever, not as far as I know"). */
  private readonly checklist: { no: RegExp; fine: RegExp | undefined; yes: RegExp; yesAsked: RegExp } | undefined;

  constructor(contractions: Record<string, string>, transparent: string[] = [], checklist?: ChecklistAnswers, keywordWords: ReadonlySet<string> = new Set()) {
    this.emoji = new EmojiReader([{ name: (w) => this.vocabulary.has(w) || this.vocabularyStems.has(stem(w)), keyword: (w) => keywordWords.has(w) }]);
    // Loaded at start, not on the first patient's first unknown word (about 150 ms).
    englishWords ??= englishWordList();
    this.contractions = new Map(Object.entries(contractions).map(([k, v]) => [k.toLowerCase().replace(/[’‘]/g, "'"), v.trim()]));
    if (transparent.length) this.transparent = new RegExp(`\\b(?:${this.alternation(transparent)})\\b ?`, 'g');
    if (checklist?.no.length) {
      // The item: at most six words ("peeing or numbness down there"), begun after a break, with no
      // pronoun or denial of its own ("I can't feel my legs, no" is not an item), perhaps after words
      // that echo the question ("You asked about …:"). Answered after a colon, question mark, dash or
      // comma; a bare "no" also after a space ("fever no, bladder no").
      const stop = this.alternation(checklist.notInItem);
      const word = stop ? `(?!(?:${stop})\\b)[a-z]+` : '[a-z]+';
      const item = `((?:${word} ){0,5}${word})`;
      const frames = checklist.itemFrames?.length ? `(?:(?:${this.alternation(checklist.itemFrames)})\\s+)?` : '';
      // (A dash that separates is a comma by now: `normalize`.)
      const start = `(^|[.!?;:\\n,])\\s*${frames}`;
      const end = '(?=\\s*(?:[.!?;\\n,]|$))';
      // A "no" asked back is a tag, not an answer: "both legs have gone numb, no?".
      const endNo = '(?=\\s*(?:[.!;\\n,]|$))';
      const bare = checklist.bare.length ? `|\\s+(?:${this.alternation(checklist.bare)})` : '';
      const yes = this.alternation(checklist.yes);
      this.checklist = {
        no: new RegExp(`${start}${item}(?:\\s*[:?,]\\s*(?:${this.alternation(checklist.no)})${bare})${endNo}`, 'g'),
        fine: checklist.fine?.length ? new RegExp(`${start}${item}\\s*[:?,]\\s*(?:${this.alternation(checklist.fine)})${end}`, 'g') : undefined,
        yes: new RegExp(`${start}${item}\\s*([:?,])\\s*((?:${yes})\\b)`, 'g'),
        // "Weight loss maybe a bit?": the answer before the question mark.
        yesAsked: new RegExp(`${start}${item}\\s+((?:${yes}))\\s*\\?`, 'g'),
      };
    }
  }

  /** Phrases as one regular-expression alternation, in the normal form of text, longest first ("seems to be" before "seems to"). */
  private alternation(phrases: string[]): string {
    return phrases
      .map((p) => this.normalize(p).trim().split(/\s+/).join(' '))
      .filter(Boolean)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  }

  /** "Fever? No." is read as "no fever."; "Fever? Yes" as "fever, yes" (told, not asked). */
  private answerChecklist(text: string): string {
    if (!this.checklist) return text;
    // A question about oneself answered no ("Am I on steroids? No.", "Someone asked if I'm on steroids - I'm
    // not"): read as "no …", as "Steroids? No." is. English grammar, not a word list of signs.
    const normalized = text
      .replace(ABLE_ASKED_NO, (_m, before: string, who: string, item: string) => (who === 'you' ? `${before}i can not ${item.replace(/\byour\b/g, 'my')}.` : `${before}${who} can not ${item}.`))
      .replace(SELF_ASKED_NO, (_m, before: string, item: string) => `${before} no ${item}.`)
      .replace(ASKED_IF_NOT_NEXT, (_m, item: string) => `no ${item}.`)
      .replace(ASKED_IF_NOT, (_m, item: string) => `no ${item}`)
      // An item that is itself a sign asked for ("…if I could feel any numbness down there. No.", "…and I can't"):
      // either answer says there is none. Not one that runs over the answer ("…if I could wee OK and I can, no").
      .replace(ASKED_IF_CAN_NOT, (m, item: string) => {
        if (/\bi can\b/.test(item)) return m;
        const sign = /\bany\s+(.+)$/.exec(item);
        return sign ? `no ${sign[1]}.` : `i can not ${item}.`;
      })
      .replace(ASKED_IF_MY_NOT, (_m, part: string, item: string) => `${part}not ${item}.`)
      .replace(ASKED_IF_YES, (_m, verb: string, item: string) => `i ${verb} ${item}.`);
    const told = (_m: string, before: string, item: string, answer: string) => `${before} ${item}, ${answer}.`;
    // After a colon or comma the answer's own words go on in the same sentence ("Morning stiffness: yes, about
    // an hour"); after a question mark the sentence ends, so that what was asked is told, not asked.
    const toldAfter = (m: string, before: string, item: string, sep: string, answer: string) => (sep === '?' ? told(m, before, item, answer) : `${before} ${item}, ${answer}`);
    const fine = this.checklist.fine ? normalized.replace(this.checklist.fine, (_m, before: string, item: string) => `${before} ${item} is fine`) : normalized;
    return fine
      .replace(this.checklist.no, (_m, before: string, item: string) => `${before} no ${item}`)
      .replace(this.checklist.yes, toldAfter)
      .replace(this.checklist.yesAsked, told);
  }

  /** Lower-cases, unifies apostrophes and expands contractions ("can't", "cant" → "can not"). */
  normalize(text: string): string {
    const lower = readNae(restoreDroppedG(yearsInFull(normaliseText(text).toLowerCase().replace(/[’‘`´]/g, "'")), (w) => this.vocabulary.has(w)));
    const expanded = lower.replace(/[a-z]+(?:'[a-z]+)?/g, (w) => {
      const mapped = this.contractions.get(w);
      if (mapped !== undefined) return mapped;
      if (w.endsWith("n't")) return `${w.slice(0, -3)} not`;
      return w.replace(/'s$/, '');
    });
    const read = raiseNegation(this.transparent ? expanded.replace(this.transparent, '') : expanded);
    return (
      read
        // A doubled negative means one ("I don't feel nothing down there", in many dialects and in the
        // grammar of many first languages): read as "not … anything", which the denial words know.
        .replace(/\b(not|never)((?: [a-z]+){0,3}) nothing\b/g, '$1$2 anything')
        // A dash between spaces, or at the start of a line, separates ("my back aches - fever: no", "- no
        // fever"): read as a clause break, not a space, so a checklist item after it starts there.
        .replace(/(^|\n)[ \t]*[-–—][ \t]+/g, '$1, ')
        // "Q: any numbness? A: yes, my whole bum": the labels of a question and its answer are no words.
        .replace(/(^|[\n.!?]\s*)q\s*:\s*/g, '$1')
        .replace(/\?\s*a\s*:\s*/g, '? ')
        .replace(/(^|\n)\s*a\s*:\s*/g, '$1')
        .replace(/[ \t][-–—][ \t]/g, ' , ')
        .replace(/[-_/'"]/g, ' ')
    );
  }

  /** Compiles a protocol term; its words join the vocabulary that typos are corrected towards. */
  compile(source: string, learn = true): Term {
    const words = this.normalize(source).split(/\s+/).filter(Boolean);
    const items: WordItem[] = words.map((w): WordItem => {
      if (w === '~') return { kind: 'gap' };
      if (w.endsWith('*')) {
        const prefix = w.slice(0, -1);
        if (learn && prefix.length >= 4) this.prefixes.add(prefix);
        return { kind: 'prefix', prefix };
      }
      if (w.endsWith('!')) {
        // Known as itself, so never corrected into another word ("pred" is no "peed"), but no typo target.
        this.exactWords.add(w.slice(0, -1));
        return { kind: 'exact', raw: w.slice(0, -1) };
      }
      const s = stem(w);
      if (learn) {
        this.vocabulary.set(w, s);
        this.vocabularyStems.add(s);
      }
      return { kind: 'word', raw: w, stem: s };
    });
    return { source, items };
  }

  /**
   * Splits text into sentences of tokens (natural's WordPunctTokenizer). The last text read is kept:
   * one message is read by several readers in a turn. Callers must not change what they get.
   */
  read(text: string): Sentence[] {
    if (this.lastRead?.text === text) return this.lastRead.sentences;
    const sentences = this.split(text);
    this.lastRead = { text, sentences };
    return sentences;
  }

  private split(text: string): Sentence[] {
    // "#confused", "#backpain": the tag is kept as a word after a marker, so the context can tell it is a tag.
    const worded = this.emoji.read(readTickBoxes(readWeightSeries(text)));
    const tagged = withCorrections(worded.includes('#') ? worded.replace(/#(\p{L}[\p{L}\p{N}_]*)/gu, ` ${HASHTAG} $1 `) : worded);
    const normalized = this.answerChecklist(this.normalize(tagged));
    const acronyms = acronymPlurals(text);
    const sentences: Sentence[] = [];
    // A decimal point ("36.8") ends no sentence.
    for (const part of normalized.split(/(?<=[.!?;\n])(?!\d)/)) {
      const tokens: Token[] = [];
      for (const t of tokenizer.tokenize(part)) {
        if (/^[a-z0-9]+$/.test(t)) tokens.push(this.token(t, acronyms.has(t)));
        // A number with a decimal point is read rounded ("36.8": 37, "37.2": 37, "37.9": 38). One in the
        // range of a body temperature is followed by NORMAL_READING (35.0 to 37.4 °C) or HIGH_READING (37.5
        // to 43): the decimal, which no age or count has, says it is a reading ("…it was 36.8").
        // (The tokenizer keeps a sentence's full stop on its last number: "it was 36.8.")
        else if (/^\d+\.\d*\.?$/.test(t)) {
          const value = Number(t.replace(/\.$/, ''));
          tokens.push(this.token(String(Math.round(value))));
          if (value >= 35 && value < 37.5) tokens.push(this.token(NORMAL_READING));
          else if (value >= 37.5 && value <= 43) tokens.push(this.token(HIGH_READING));
        }
        else if (/[,:()[\]]/.test(t) && tokens.length && !tokens[tokens.length - 1]!.isBreak) {
          tokens.push({ raw: ',', stem: ',', isBreak: true });
        }
      }
      if (tokens.some((t) => !t.isBreak)) sentences.push({ tokens, endsWithQuestionMark: part.trim().endsWith('?') });
    }
    return sentences;
  }

  /** `asWritten`: no typing slip (an acronym), so never read as a protocol word it is near. */
  private token(raw: string, asWritten = false): Token {
    const s = stem(raw);
    const alias = asWritten ? undefined : this.aliasOf(raw, s);
    return alias ? { raw, stem: s, alias, isBreak: false } : { raw, stem: s, isBreak: false };
  }

  /** Whether a word is the protocol's own: a word of its terms, of their stems or prefixes. */
  private isOurs(word: string): boolean {
    if (this.vocabulary.has(word) || this.vocabularyStems.has(stem(word)) || this.exactWords.has(word)) return true;
    for (const prefix of this.prefixes) if (word.startsWith(prefix)) return true;
    return false;
  }

  /** The protocol word an unknown word is one or two typing slips away from (same first letter). */
  private aliasOf(raw: string, s: string): string | undefined {
    if (raw.length < 4 || /\d/.test(raw) || this.vocabularyStems.has(s) || this.vocabulary.has(raw) || this.exactWords.has(raw)) return undefined;
    if (this.aliasCache.has(raw)) return this.aliasCache.get(raw);
    let best: string | undefined;
    if (!isEnglishWord(raw)) {
      const allowed = raw.length >= 8 ? 2 : 1;
      let bestDistance = allowed + 1;
      for (const [word, wordStem] of this.vocabulary) {
        if (word[0] !== raw[0] || Math.abs(word.length - raw.length) > allowed || word.length < 4) continue;
        const d = natural.DamerauLevenshteinDistance(raw, word, { transposition_cost: 1 });
        if (d < bestDistance) {
          bestDistance = d;
          best = wordStem;
        }
      }
      if (!best) best = this.soundAlike(raw);
      // Only the start of the word near a prefix of ours is the loosest reading: "tomorow" is a slip of
      // "tomorrow", not of "tumor*". A word one slip from English words, none of them ours, is read as theirs
      // (one slip from one of ours, "feaver" for fever, is still ours).
      if (!best && !slipOfOtherWord(raw, (w) => this.isOurs(w))) {
        for (const prefix of this.prefixes) {
          if (prefix[0] === raw[0] && nearPrefix(raw, prefix)) {
            best = `${prefix}*`;
            break;
          }
        }
      }
    }
    // Bounded: every odd word a patient types would otherwise stay for the life of the process.
    if (this.aliasCache.size >= ALIAS_CACHE_MAX) this.aliasCache.clear();
    this.aliasCache.set(raw, best);
    return best;
  }

  private bySound(): Map<string, [string, string][]> {
    if (this.soundIndex?.size === this.vocabulary.size) return this.soundIndex.index;
    const index = new Map<string, [string, string][]>();
    for (const [word, wordStem] of this.vocabulary) {
      if (word.length < 5) continue;
      const key = `${word[0]}:${soundKey(word)}`;
      const list = index.get(key);
      if (list) list.push([word, wordStem]);
      else index.set(key, [[word, wordStem]]);
    }
    this.soundIndex = { size: this.vocabulary.size, index };
    return index;
  }

  /**
   * A protocol word spelt by its sound ("blatter" for bladder, "inconteninse"): the same Double
   * Metaphone key, first letter and last letter, and near in spelling too. Only for words that are not English
   * (the caller checks), so that "week" is never read as weak nor "bowls" as bowels.
   */
  private soundAlike(raw: string): string | undefined {
    if (raw.length < 5) return undefined;
    let best: string | undefined;
    let bestDistance = SOUND_ALIKE_MAX_DISTANCE + 1;
    for (const [word, wordStem] of this.bySound().get(`${raw[0]}:${soundKey(raw)}`) ?? []) {
      // The last letter too: "hernia" (not in the English list) sounds like heroin, and is no typo of it.
      if (Math.abs(word.length - raw.length) > 2 || word[word.length - 1] !== raw[raw.length - 1]) continue;
      const d = natural.DamerauLevenshteinDistance(raw, word, { transposition_cost: 1 });
      if (d < bestDistance) {
        bestDistance = d;
        best = wordStem;
      }
    }
    return best;
  }
}

/**
 * Acronyms made plural, as written: capitals then a small "s" ("WODs", "RDLs", "PBs"), lower-cased. No one
 * shouting or slipping writes a word so, so none is read as a protocol word a letter away ("skipping WODs" is
 * no "skipping words"). A word all in capitals may be shouted ("LEGGS") and is corrected as usual.
 */
function acronymPlurals(text: string): Set<string> {
  return new Set([...text.matchAll(/\b[A-Z]{2,}s\b/g)].map((m) => m[0].toLowerCase()));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A year cut to two digits after an apostrophe ("a fever in Aden in '66", "a bad landing in Cyprus back in '04"),
 * written in full so that it dates its sentence as a year does: this century up to this year's two digits, the
 * last one after.
 */
function yearsInFull(text: string): string {
  if (!text.includes("'")) return text;
  const now = new Date().getFullYear() % 100;
  return text.replace(/(^|[\s(])'(\d\d)(?![\d'])/g, (_, before: string, yy: string) => `${before}${Number(yy) <= now ? 20 : 19}${yy}`);
}

/**
 * (Every slip made and looked up, rather than the deletes index of answer/realWords.ts: it runs only for an
 * unknown word, once, its result cached, and an index of the 92,000 English words would cost start-up and memory.)
 * Whether a word is one typing slip (a letter dropped, added, changed or two swapped) from an English word
 * of five letters or more, and from none that `ours` knows: then it is a slip of that word, not of ours.
 */
function slipOfOtherWord(raw: string, ours: (word: string) => boolean): boolean {
  if (raw.length < 5) return false;
  let other = false;
  const check = (w: string): boolean => {
    if (w.length < 5 || !isEnglishWord(w)) return false;
    if (ours(w)) return true;
    other = true;
    return false;
  };
  for (let i = 0; i <= raw.length; i++) {
    const a = raw.slice(0, i);
    const b = raw.slice(i);
    if (b && check(a + b.slice(1))) return false;
    if (b.length > 1 && check(a + b[1] + b[0] + b.slice(2))) return false;
    for (const c of LETTERS) {
      if (b && c !== b[0] && check(a + c + b.slice(1))) return false;
      if (check(a + c + b)) return false;
    }
  }
  return other;
}

const metaphone = new natural.DoubleMetaphone();
const soundKey = (word: string): string => metaphone.process(word)[0];

/** "feaver" is one slip from "fever*": compare the word's start, a letter shorter, as long, or a letter longer. */
function nearPrefix(raw: string, prefix: string): boolean {
  for (const len of [prefix.length - 1, prefix.length, prefix.length + 1]) {
    if (len > raw.length || len < 4) continue;
    if (natural.DamerauLevenshteinDistance(raw.slice(0, len), prefix, { transposition_cost: 1 }) <= 1) return true;
  }
  return false;
}

function wordMatches(item: WordItem, token: Token): boolean {
  if (token.isBreak) return false;
  switch (item.kind) {
    case 'word':
      return token.stem === item.stem || token.raw === item.raw || token.alias === item.stem;
    case 'prefix':
      return token.raw.startsWith(item.prefix) || token.alias === `${item.prefix}*`;
    case 'exact':
      return token.raw === item.raw;
    case 'gap':
      return false;
  }
}

/** End index (exclusive) of the term matched at `start`, or -1. */
function matchAt(items: WordItem[], tokens: Token[], i: number, start: number): number {
  if (i === items.length) return start;
  const item = items[i]!;
  if (item.kind === 'gap') {
    for (let skip = 0; skip <= GAP_MAX; skip++) {
      const skipped = tokens[start + skip - 1];
      if (skip > 0 && (!skipped || skipped.isBreak || GAP_STOPS.has(skipped.raw) || (DENIED_GAP_STOPS.has(skipped.raw) && startsDenied(items)))) break;
      const end = matchAt(items, tokens, i + 1, start + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[start];
  if (!token || !wordMatches(item, token)) return -1;
  return matchAt(items, tokens, i + 1, start + 1);
}

// Term lists are compiled once and kept (the language's word lists, a question's options): each is
// indexed by its first words on first use, so a message is not tried against every term at every word
// (trying them all was a third of reading a message). Short lists are scanned.
const INDEX_FROM = 6;
const PREFIX_HEAD = 3;
const indexed = new WeakMap<Term[], TermMatcher>();

/** Every span where one of the terms matches (one span per start position and term). */
export function findSpans(terms: Term[], tokens: Token[]): Span[] {
  if (terms.length < INDEX_FROM) return scanSpans(terms, tokens);
  let matcher = indexed.get(terms);
  if (!matcher) {
    matcher = new TermMatcher(new Map([['', terms]]));
    indexed.set(terms, matcher);
  }
  return matcher.match(tokens).get('') ?? [];
}

/** findSpans by trying every term at every word. */
export function scanSpans(terms: Term[], tokens: Token[]): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (const term of terms) {
      const end = matchAt(term.items, tokens, 0, start);
      if (end > start) spans.push({ start, end });
    }
  }
  return spans;
}

/**
 * Many named groups of terms (the detector's concepts, thousands of terms with the WordNet words)
 * matched in one pass: the terms are indexed by their first word, so each token is tried against
 * the few terms that can start there, not against every term. Same spans, in the same order, as
 * findSpans on each group.
 */
export class TermMatcher {
  private readonly names: string[] = [];
  private readonly items: WordItem[][] = [];
  private readonly group: number[] = [];
  private readonly byStem = new Map<string, number[]>();
  private readonly byRaw = new Map<string, number[]>();
  private readonly byAliasPrefix = new Map<string, number[]>();
  private readonly prefixesByHead = new Map<string, { prefix: string; at: number }[]>();
  private readonly shortPrefixes = new Map<string, { prefix: string; at: number }[]>();
  private readonly startsWithGap: number[] = [];
  private readonly seen: Int32Array;
  private stamp = 0;
  /** The terms that may start at the current word; reused from word to word and call to call. */
  private readonly candidates: number[] = [];

  constructor(groups: Map<string, Term[]>) {
    for (const [name, terms] of groups) {
      const g = this.names.push(name) - 1;
      for (const term of terms) {
        const at = this.items.push(term.items) - 1;
        this.group.push(g);
        const first = term.items[0];
        if (!first) continue;
        if (first.kind === 'word') {
          add(this.byStem, first.stem, at);
          add(this.byRaw, first.raw, at);
        } else if (first.kind === 'exact') add(this.byRaw, first.raw, at);
        else if (first.kind === 'prefix') {
          add(this.byAliasPrefix, `${first.prefix}*`, at);
          // Indexed by their first three letters (shorter prefixes by what they have).
          const head = first.prefix.slice(0, PREFIX_HEAD);
          const byHead = first.prefix.length >= PREFIX_HEAD ? this.prefixesByHead : this.shortPrefixes;
          const list = byHead.get(head) ?? [];
          list.push({ prefix: first.prefix, at });
          byHead.set(head, list);
        } else this.startsWithGap.push(at);
      }
    }
    this.seen = new Int32Array(this.items.length);
  }

  /** Spans of every group that matches in the tokens, by group name (groups without one left out). */
  match(tokens: Token[]): Map<string, Span[]> {
    const found = new Map<string, Span[]>();
    const candidates = this.candidates;
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start]!;
      candidates.length = 0;
      const stamp = ++this.stamp;
      if (!token.isBreak) {
        this.take(this.byStem.get(token.stem), stamp, candidates);
        this.take(this.byRaw.get(token.raw), stamp, candidates);
        if (token.alias) {
          this.take(this.byStem.get(token.alias), stamp, candidates);
          this.take(this.byAliasPrefix.get(token.alias), stamp, candidates);
        }
        if (token.raw.length >= PREFIX_HEAD) this.takePrefixes(this.prefixesByHead.get(token.raw.slice(0, PREFIX_HEAD)), token.raw, stamp, candidates);
        for (const [head, list] of this.shortPrefixes) if (token.raw.startsWith(head)) this.takePrefixes(list, token.raw, stamp, candidates);
      }
      this.take(this.startsWithGap, stamp, candidates);
      // In the terms' own order, as findSpans gives them (an insertion sort: a token has a handful
      // of candidates, and Array#sort allocates a work copy at every word).
      for (let k = 1; k < candidates.length; k++) {
        const at = candidates[k]!;
        let j = k - 1;
        while (j >= 0 && candidates[j]! > at) {
          candidates[j + 1] = candidates[j]!;
          j--;
        }
        candidates[j + 1] = at;
      }
      for (const at of candidates) {
        const end = matchAt(this.items[at]!, tokens, 0, start);
        if (end <= start) continue;
        const name = this.names[this.group[at]!]!;
        const spans = found.get(name);
        if (spans) spans.push({ start, end });
        else found.set(name, [{ start, end }]);
      }
    }
    return found;
  }

  private takePrefixes(list: { prefix: string; at: number }[] | undefined, raw: string, stamp: number, candidates: number[]): void {
    if (!list) return;
    for (const p of list) {
      if (this.seen[p.at] !== stamp && raw.startsWith(p.prefix)) {
        this.seen[p.at] = stamp;
        candidates.push(p.at);
      }
    }
  }

  private take(list: number[] | undefined, stamp: number, candidates: number[]): void {
    if (!list) return;
    for (const at of list) {
      if (this.seen[at] === stamp) continue;
      this.seen[at] = stamp;
      candidates.push(at);
    }
  }
}

function add(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
