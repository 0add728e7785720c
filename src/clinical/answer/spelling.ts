// Spelling tolerance over the content's own vocabulary: an unknown word is replaced by the nearest
// known word when it is close enough (Damerau-Levenshtein, ties broken by frequency, then
// Jaro-Winkler). Short words are left alone: at 3 letters one edit reaches too many other words.
// Then what edits miss in typing on a phone, for words that are not English words of their own
// (natural's tagger lexicon): words spelt as they sound ("tite", "wen", "frm": a known word of the
// same Double Metaphone key, near in spelling too), and two known words run together ("backpain",
// "lowerback"). Among words one edit away, the one that also sounds the same ("hight": height).
import natural from '../natural.ts';
import { stem } from '../text/stem.ts';
import type { RealWordReader } from './realWords.ts';

const MIN_LENGTH = 4;
const MAX_CACHE = 5000;
/** The shortest beginning of a word completed (`complete`): "osteo", "sciat"; not "ibu", too short to say. */
const MIN_PREFIX = 4;
/** From this length a tie is still corrected (long words rarely have two equally near neighbours by chance). */
const AMBIGUOUS_OK_LENGTH = 8;

/** Edits allowed for a word of this length. */
function maxEdits(length: number): number {
  if (length < MIN_LENGTH) return 0;
  return length <= 6 ? 1 : 2;
}

/** Sounded out from this length ("wat", "wen"); shorter ("u", "r") says too little. */
const MIN_SOUNDED = 3;
/** A run-together word is split only into parts this long or longer ("back" + "pain"). */
const MIN_PART = 3;

const metaphone = new natural.DoubleMetaphone();
/** A word's sound keys: Double Metaphone's primary and alternate (often the same). */
function soundKeys(word: string): string[] {
  const [a, b] = metaphone.process(word);
  return a === b ? [a] : [a, b];
}

/** Whether every letter of `short` is in `long`, in order. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

export class Speller {
  /** Real words autocorrect put in for ours, read in context (realWords.ts); set by the engine. */
  context?: RealWordReader;
  private readonly byLength = new Map<number, string[]>();
  private readonly bySound = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  /**
   * `english`: real words spelt close to content words (from WordNet): left alone, never "corrected".
   * `part`: which known words may be one half of two words typed as one (by default any known word).
   * `dictionary`: English words (natural's tagger lexicon): never sounded out or split, only edited.
   */
  constructor(
    private readonly frequency: ReadonlyMap<string, number>,
    private readonly english: ReadonlySet<string> = new Set(),
    private readonly part: (word: string) => boolean = () => true,
    private readonly dictionary: ReadonlySet<string> = new Set(),
  ) {
    for (const word of frequency.keys()) {
      if (!/^[a-z]+$/.test(word) || word.length < MIN_LENGTH - 1) continue;
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    }
    for (const word of frequency.keys()) {
      if (!/^[a-z]+$/.test(word) || word.length < 2) continue;
      for (const key of soundKeys(word)) {
        if (!key) continue;
        const list = this.bySound.get(key) ?? [];
        list.push(word);
        this.bySound.set(key, list);
      }
    }
  }

  isKnown(word: string): boolean {
    return this.frequency.has(word);
  }

  /**
   * The known word nearest to `word`, or undefined when none is close enough. Two known words typed
   * as one come back as both, with a space between ("backpain" → "back pain").
   */
  correct(word: string): string | undefined {
    if (this.frequency.has(word)) return word;
    if (this.english.has(word)) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const result = this.search(word);
    // Bounded: every odd word users type would otherwise stay in memory for the life of the process.
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(word, result ?? null);
    return result;
  }

  private search(word: string): string | undefined {
    if (!/^[a-z]+$/.test(word)) return undefined;
    // A letter typed three times or more for emphasis ("hiiiip", "painnn", "sleeeep"): English
    // spells no letter three times running, so it is read once, or twice, whichever is a word.
    if (/(.)\1\1/.test(word)) {
      for (const form of [word.replace(/(.)\1{2,}/g, '$1'), word.replace(/(.)\1{2,}/g, '$1$1')]) if (this.frequency.has(form)) return form;
      return this.search(word.replace(/(.)\1{2,}/g, '$1$1'));
    }
    const edited = this.byEdits(word);
    // A word of English that is not ours ("socks", "wedding") is not sounded out or split.
    if (edited !== undefined || this.dictionary.has(word)) return edited;
    return this.split(word) ?? this.bySounds(word);
  }

  /**
   * A word cut short and said to be so ("osteo-something", "piri-whatsit": halfWords.ts): the known word
   * it begins, the one the content uses most when it is used at least twice as much as any other so
   * begun. Only where the writer says the word is cut short: a short word is often a word of its own
   * ("overdo" begins "overdose").
   */
  complete(word: string): string | undefined {
    if (word.length < MIN_PREFIX || this.frequency.has(word) || this.dictionary.has(word)) return undefined;
    const begun: { word: string; freq: number }[] = [];
    // Not the word's own endings ("overdo": overdoing), which say nothing more.
    const own = stem(word);
    for (const [candidate, freq] of this.frequency) if (candidate.length >= word.length + 2 && candidate.startsWith(word) && stem(candidate) !== own) begun.push({ word: candidate, freq });
    const [most, next] = begun.sort((a, b) => b.freq - a.freq);
    return most && (!next || most.freq >= 2 * next.freq) ? most.word : undefined;
  }

  /** Two known words run together, when there is one way to split it ("lowerback"). */
  private split(word: string): string | undefined {
    let found: string | undefined;
    for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
      const a = word.slice(0, i), b = word.slice(i);
      if (!this.frequency.has(a) || !this.frequency.has(b) || !this.part(a) || !this.part(b)) continue;
      if (found) return undefined;
      found = `${a} ${b}`;
    }
    return found;
  }

  /** The known words that sound the same, the nearest in spelling when it is the only one that near. */
  private bySounds(word: string): string | undefined {
    if (word.length < MIN_SOUNDED) return undefined;
    const alike = new Set(soundKeys(word).flatMap((k) => this.bySound.get(k) ?? []));
    // Near in spelling too: one edit ("wen": when), the letters typed all in the word in order, a
    // final "e" aside, with at most two more ("frm": from, "tite": tight), or two edits in a longer
    // word ("strane": strain). Sound alone is too loose: "shud" and "shot" share a key, "wat" and "at".
    // The first letter is kept, or was silent ("nee": knee), or spelt as it sounds ("fizio": physio).
    const bare = word.endsWith('e') ? word.slice(0, -1) : word;
    const lead = soundKeys(word[0]!)[0];
    const near: { word: string; distance: number; jw: number; freq: number }[] = [];
    for (const candidate of alike) {
      // A first consonant spelt another way ("fizio": physio) is compared as the word spells it:
      // two consonants that sound as one ("ph", "kn"), not a consonant and a vowel ("ca" is no "g").
      const digraph = candidate[0] !== word[0] && /^[^aeiouy]{2}/.test(candidate) && soundKeys(candidate.slice(0, 2))[0] === lead;
      const respelt = lead && /^[^aeiouy]$/.test(word[0]!) && digraph ? word[0] + candidate.slice(2) : candidate;
      if (respelt[0] !== word[0] && candidate[1] !== word[0]) continue;
      const distance = natural.DamerauLevenshteinDistance(word, respelt, { restricted: true });
      const dropped = isSubsequence(bare, respelt) && respelt.length <= word.length + 2;
      if (!(distance <= 1 || dropped || (distance <= 2 && word.length >= 5))) continue;
      near.push({ word: candidate, distance, jw: natural.JaroWinklerDistance(word, candidate, {}), freq: this.frequency.get(candidate) ?? 0 });
    }
    // The nearest in edits; of those, the one the content uses by far the most ("wat": what, not
    // wait), else the nearest in Jaro-Winkler ("tite": tight before twist); else we cannot know.
    const fewest = Math.min(...near.map((c) => c.distance));
    const tied = near.filter((c) => c.distance === fewest);
    const [used, nextUsed] = [...tied].sort((a, b) => b.freq - a.freq);
    if (!used) return undefined;
    if (!nextUsed || used.freq >= 2 * nextUsed.freq) return used.word;
    const [closest, nextClosest] = [...tied].sort((a, b) => b.jw - a.jw);
    return closest!.jw > nextClosest!.jw ? closest!.word : undefined;
  }

  private byEdits(word: string): string | undefined {
    const edits = maxEdits(word.length);
    if (edits === 0) return undefined;
    let best: { word: string; distance: number; jw: number; freq: number } | undefined;
    let tied: string[] = [];
    for (let len = word.length - edits; len <= word.length + edits; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        // Two edits only when the first letter agrees: typos rarely hit the first letter twice.
        const distance = natural.DamerauLevenshteinDistance(word, candidate, { restricted: true });
        if (distance > edits || (distance === 2 && candidate[0] !== word[0])) continue;
        const jw = natural.JaroWinklerDistance(word, candidate, {});
        const freq = this.frequency.get(candidate) ?? 0;
        if (!best || distance < best.distance) tied = [candidate];
        else if (distance === best.distance) tied.push(candidate);
        if (
          !best ||
          distance < best.distance ||
          (distance === best.distance && (freq > best.freq || (freq === best.freq && jw > best.jw)))
        ) {
          best = { word: candidate, distance, jw, freq };
        }
      }
    }
    // Several words equally near ("rain": pain, main, gain) means we cannot know which was meant,
    // unless they are one family ("sciatia": sciatic, sciatica).
    const family = (w: string) => w.slice(0, 4);
    const ambiguous = tied.some((w) => family(w) !== family(tied[0]!));
    if (best && ambiguous && word.length < AMBIGUOUS_OK_LENGTH) {
      // Unless one of them also sounds like it ("hight": height, not night or tight), and the word
      // is no English word of its own.
      if (this.dictionary.has(word)) return undefined;
      const keys = new Set(soundKeys(word));
      const sounding = tied.filter((w) => soundKeys(w).some((k) => keys.has(k)));
      return sounding.length === 1 ? sounding[0] : undefined;
    }
    return best?.word;
  }
}
