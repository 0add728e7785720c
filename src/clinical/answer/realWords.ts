// Real words a phone's autocorrect put in for ours ("heat or nice pack", "my hop hurts", "a reel
// person", "my lumber spine"): the spelling corrector leaves English words alone, so these are read
// in context. A word our articles do not use, one edit from one they do, is read as that word when
// the two together with a neighbour make a phrase the content says ("ice pack", "real person",
// "lumbar spine") and the word as typed makes none — a noisy-channel corrector (Mays, Damerau and
// Mercer 1991) whose language model is the content's own pairs of words. The neighbour must carry
// meaning ("nice and warm" is not "ice and"), or be a possessive before a part of the body in a message
// that tells of pain ("my hop hurts"; not "a really bad my grain", a migraine).

import { stem } from '../text/stem.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Shorter words have too many neighbours one edit away. */
const MIN_LENGTH = 3;
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'their', 'our']);

/** Every string one edit (delete, transpose, replace, insert) from `w`. */
function edits1(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    const [a, b] = [w.slice(0, i), w.slice(i)];
    if (b) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2));
    for (const c of LETTERS) {
      if (b) out.add(a + c + b.slice(1));
      out.add(a + c + b);
    }
  }
  out.delete(w);
  return out;
}

export class RealWordReader {
  /**
   * `phrases`: the content's texts as words (articles, example questions, clinic cues); `vocabulary`
   * the words a typed word may be read as; `carries` whether a neighbour carries meaning (no stop
   * word); `places` the parts of the body that are ours; `pain` the words that tell of pain.
   */
  private readonly pairs = new Set<string>();

  constructor(
    phrases: Iterable<readonly string[]>,
    private readonly vocabulary: ReadonlySet<string>,
    private readonly carries: (word: string) => boolean,
    private readonly places: ReadonlySet<string>,
    private readonly pain: ReadonlySet<string>,
  ) {
    for (const words of phrases) for (let i = 0; i + 1 < words.length; i++) this.pairs.add(`${words[i]} ${words[i + 1]}`);
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
      const fits = [...edits1(w)].filter((c) => this.vocabulary.has(c) && stem(c) !== stem(w) && this.fits(c, prev, next, painful));
      if (fits.length === 1) out[i] = fits[0]!;
    }
    return out;
  }

  private fits(c: string, prev: string | undefined, next: string | undefined, painful: boolean): boolean {
    if (painful && prev && POSSESSIVES.has(prev) && this.places.has(c)) return true;
    return Boolean((prev && this.carries(prev) && this.pairs.has(`${prev} ${c}`)) || (next && this.carries(next) && this.pairs.has(`${c} ${next}`)));
  }
}
