// The out-of-scope guard, part 1: topics the articles do not cover, listed in content/lexicon.yaml.
// Part 2 (a match must rest on a term specific to the section) lives in the engine, measured on
// the content's own document frequencies.
import { hasPhrase, type Lexicon } from './lexicon.ts';

/** Letters a drug name has before its ending at least ("april" is no "-pril" drug). */
const MIN_STEM = 3;

/**
 * True when the words name something the clinic's articles do not cover. `known` tells words of
 * the content: a word the content uses is never taken for a drug name by its ending.
 */
export function outOfScope(words: string[], lexicon: Lexicon, known: (word: string) => boolean = () => false): boolean {
  if (hasPhrase(words, lexicon.never)) return true;
  if (words.some((w) => lexicon.drugEndings.some((e) => w.length >= e.length + MIN_STEM && w.endsWith(e)) && !known(w))) return true;
  return hasPhrase(words, lexicon.unlessAbout) && !hasPhrase(words, lexicon.about);
}
