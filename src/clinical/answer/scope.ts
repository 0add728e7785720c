// The out-of-scope guard, part 1: topics the articles do not cover, listed in content/lexicon.yaml.
// Part 2 (a match must rest on a term specific to the section) lives in the engine, measured on
// the content's own document frequencies.
import { phrasesIn, type Lexicon } from './lexicon.ts';

/** True when the words name something the clinic's articles do not cover. */
export function outOfScope(words: string[], lexicon: Lexicon): boolean {
  if (phrasesIn(words, lexicon.never).length > 0) return true;
  return phrasesIn(words, lexicon.unlessAbout).length > 0 && phrasesIn(words, lexicon.about).length === 0;
}
