// Emoji that stand for words ("is 🧊 or 🔥 better for my back", "both 🦵🦵 tingling", "where r u 📍").
// Each is read as the first of its names that the reader knows, from emojilib's lists (the Unicode
// CLDR short name first, then the words people search for it by): the answer engine knows the
// articles' and the lexicon's words, the red-flag reader the protocol's. An emoji none of whose names
// the reader knows stays as it is: a mood or a decoration says nothing to read.
import { createRequire } from 'node:module';
import natural from '../natural.ts';

const require = createRequire(import.meta.url);
/** emojilib: emoji → [CLDR short name in snake case, keywords…] (MIT). */
const NAMES = require('emojilib') as Record<string, string[]>;

// Selectors and skin tones do not change which emoji it is (our text normal form may already have removed the selectors).
const bare = (emoji: string) => emoji.replace(/[\uFE0E\uFE0F]|\p{Emoji_Modifier}/gu, '');
const byBareKey = new Map<string, string[]>();
for (const [emoji, names] of Object.entries(NAMES)) byBareKey.set(bare(emoji), names);

/** One emoji, with its selectors, skin tone and joined parts ("🏃‍♀️"); a run of the same one is caught as a whole. */
const EMOJI = /(\p{Extended_Pictographic}(?:[\uFE0E\uFE0F]|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*)(?:\s*\1)*/gu;
// CLDR's words for how an emoji is drawn, not what it shows ("cold face", "man walking", "P button").
const DRAWN = new Set(['face', 'with', 'of', 'person', 'man', 'woman', 'men', 'women', 'people', 'button', 'arrow', 'hand', 'symbol', 'sign', 'mark', 'square', 'skin', 'tone', 'medium', 'light', 'dark',
  // …and the colours it is drawn in ("🚗": "red"; "🥶": "blue"): no redness or blueness the writer told.
  'red', 'blue', 'green', 'yellow', 'orange', 'purple', 'brown', 'black', 'white', 'grey', 'gray', 'pink']);
const inflector = new natural.NounInflector();
// Determiners and possessives, grammar's closed class: the word after them is a noun.
const NEEDS_NOUN = /\b(?:my|your|his|her|their|our|the|a|an|both|me)\s*$/i;
// "🚭" is "no smoking", not a "no" that denies what follows.
const STOP = new Set([...natural.stopwords, 'no', 'not', 'nor', 'never']);

/**
 * What a reader knows, in passes from the most trusted: in each, the thing the emoji's name says is
 * drawn, then its keywords, which are loose (🍑 is "fruit", "food", "bottom", "butt"; 💰 is "money
 * bag", "payment"), so a reader's lay words come in a pass before its other words.
 */
export interface EmojiPass {
  name?: (word: string) => boolean;
  keyword?: (word: string) => boolean;
}

export class EmojiReader {
  private readonly words = new Map<string, string | null>();

  /**
   * @param faces whether a face is read by its name ("😴" sleeping, "😩" weary): for finding an answer,
   *   not for red flags, where a face tells a mood, not a sign ("😅" is drawn with sweat).
   */
  constructor(
    private readonly passes: readonly EmojiPass[],
    private readonly faces = false,
  ) {}

  /** The text with each emoji the reader knows a name of replaced by that name, space apart. */
  read(text: string): string {
    if (!/\p{Extended_Pictographic}/u.test(text)) return text;
    return text.replace(EMOJI, (run, one: string, at: number) => {
      // Only one that stands where a word would: with a word after it in the same clause ("my 🍑 is
      // numb"), or after a word that needs a noun ("I can't feel my 🍑", "both 🦵🦵"). At a clause's
      // end, or before another emoji, it decorates what was said ("all sorted years ago 🛴 —", "my hip
      // flexors ache 🔥", "a crime scene 🩸💀").
      const wordAfter = /^\s*[\p{L}\p{N}]/u.test(text.slice(at + run.length));
      if (!wordAfter && !NEEDS_NOUN.test(text.slice(Math.max(0, at - 12), at))) return run;
      const word = this.wordOf(one);
      if (word === undefined) return run;
      // A run of one emoji ("🦵🦵") reads as its plural.
      const plural = run.length > one.length ? inflector.pluralize(word) : word;
      return ` ${plural} `;
    });
  }

  private wordOf(emoji: string): string | undefined {
    const key = bare(emoji);
    // Only emojilib's own are remembered: a message of made-up sequences must not grow the cache.
    if (!byBareKey.has(key)) return undefined;
    if (!this.words.has(key)) this.words.set(key, this.choose(byBareKey.get(key)) ?? null);
    return this.words.get(key) ?? undefined;
  }

  private choose(names: string[] | undefined): string | undefined {
    if (!names?.length) return undefined;
    const [short, ...keywords] = names;
    const drawnAs = short!.toLowerCase().split(/[_\s]+/);
    // A face shows how the writer feels ("😅", "grinning face with sweat"; "😵", "unconscious"): its keywords never count.
    const face = drawnAs.includes('face');
    if (face && !this.faces) return undefined;
    const name = drawnAs.filter((w) => /^[a-z]+$/.test(w) && !DRAWN.has(w));
    // The noun the name ends with is what is drawn ("baby bottle", "pile of poo", "drop of blood"): its
    // modifiers describe the picture, and read as words they add what the writer did not say (a baby).
    const drawn = name[name.length - 1];
    const plain = face ? [] : keywords.filter((k) => /^[a-z]+$/.test(k) && !DRAWN.has(k) && !STOP.has(k));
    for (const pass of this.passes) {
      if (drawn && pass.name?.(drawn)) return drawn;
      const found = pass.keyword && plain.find(pass.keyword);
      if (found) return found;
    }
    return undefined;
  }
}
