// Real words a phone's autocorrect put in for ours ("heat or nice pack", "my hop hurts", "a reel
// person", "my lumber spine"): the spelling corrector leaves English words alone, so these are read
// in context. A word our articles do not use, one edit from one they do, is read as that word when
// the two together with a neighbour make a phrase the content says ("ice pack", "real person",
// "lumbar spine") and the word as typed makes none — a noisy-channel corrector (Mays, Damerau and
// Mercer 1991) whose language model is the content's own pairs of words. The neighbour must carry
// meaning ("nice and warm" is not "ice and"), or be a possessive before a part of the body in a message
// that tells of pain ("my hop hurts"; not "a really bad my grain", a migraine).

import natural from '../natural.ts';
import { stem } from '../text/stem.ts';

/** Shorter words have too many neighbours one edit away. */
const MIN_LENGTH = 3;
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'their', 'our']);

/** A word and every string one letter shorter: two words one edit apart share one of these. */
function withDeletes(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Whether `a` and `b` are one edit apart (a letter left out, put in, changed, or two swapped), as the spelling corrector measures it. */
function oneEdit(a: string, b: string): boolean {
  return natural.DamerauLevenshteinDistance(a, b, { restricted: true }) === 1;
}

export class RealWordReader {
  /**
   * `phrases`: the content's texts as words (articles, example questions, clinic cues); `vocabulary`
   * the words a typed word may be read as; `carries` whether a neighbour carries meaning (no stop
   * word); `places` the parts of the body that are ours; `pain` the words that tell of pain.
   */
  private readonly pairs = new Set<string>();
  /** The vocabulary by its words and their deletes, for finding the words one edit from a word quickly. */
  private readonly byDelete = new Map<string, string[]>();

  constructor(
    phrases: Iterable<readonly string[]>,
    private readonly vocabulary: ReadonlySet<string>,
    private readonly carries: (word: string) => boolean,
    private readonly places: ReadonlySet<string>,
    private readonly pain: ReadonlySet<string>,
  ) {
    for (const words of phrases) for (let i = 0; i + 1 < words.length; i++) this.pairs.add(`${words[i]} ${words[i + 1]}`);
    for (const v of vocabulary) {
      for (const key of withDeletes(v)) {
        const list = this.byDelete.get(key);
        if (list) list.push(v);
        else this.byDelete.set(key, [v]);
      }
    }
  }

  /** The vocabulary's words one edit from `w`. */
  private near(w: string): Set<string> {
    const out = new Set<string>();
    for (const key of withDeletes(w)) for (const v of this.byDelete.get(key) ?? []) if (oneEdit(w, v)) out.add(v);
    return out;
  }

  /** The words with each autocorrected word read as ours, where the context says so. */
  read(words: readonly string[]): string[] {
    const out = [...words];
    const painful = words.some((w) => this.pain.has(w));
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.length < MIN_LENGTH || !/^[a-z]+$/.test(w) || this.vocabulary.has(w) || !this.carries(w)) continue;
      const [prev, next] = [words[i - 1], words[i + 1]];
      if ((prev && this.pairs.has(`${prev} ${w}`)) || (next && this.pairs.has(`${w} ${next}`))) continue;
      // (Another form of the same word, "packs" for "pack", is no slip.)
      const fits = [...this.near(w)].filter((c) => stem(c) !== stem(w) && this.fits(c, prev, next, painful));
      if (fits.length === 1) out[i] = fits[0]!;
    }
    return out;
  }

  private fits(c: string, prev: string | undefined, next: string | undefined, painful: boolean): boolean {
    if (painful && prev && POSSESSIVES.has(prev) && this.places.has(c)) return true;
    return Boolean((prev && this.carries(prev) && this.pairs.has(`${prev} ${c}`)) || (next && this.carries(next) && this.pairs.has(`${c} ${next}`)));
  }
}
