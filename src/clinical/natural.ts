// The parts of `natural` the bot uses, loaded one by one: the package's index loads every part
// (classifiers, sentiment lists, Dutch and English tagger lexicons, storage back ends that pull in
// dotenv), about 60 MB of memory that the bot never used. Callers keep writing natural.PorterStemmer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lib = (part: string) => require(`natural/lib/natural/${part}`);

const distance = lib('distance/levenshtein_distance.js');
const tokenizers = lib('tokenizers/regexp_tokenizer.js');

interface Tokenizer {
  tokenize(text: string): string[];
}

const natural = {
  PorterStemmer: lib('stemmers/porter_stemmer.js') as { stem(word: string): string },
  WordTokenizer: tokenizers.WordTokenizer as new () => Tokenizer,
  WordPunctTokenizer: tokenizers.WordPunctTokenizer as new () => Tokenizer,
  DamerauLevenshteinDistance: distance.DamerauLevenshteinDistance as (a: string, b: string, options?: { transposition_cost?: number; restricted?: boolean }) => number,
  JaroWinklerDistance: lib('distance/jaro-winkler_distance.js') as (a: string, b: string, options?: { ignoreCase?: boolean }) => number,
  stopwords: lib('util/stopwords.js').words as string[],
  /** Double Metaphone: a word's two sound keys ("tite" and "tight" both TT, "fizio" and "physio" FS). */
  DoubleMetaphone: lib('phonetics/double_metaphone.js') as new () => { process(word: string): [string, string] },
  NounInflector: lib('inflectors/noun_inflector.js') as new () => { pluralize(word: string): string },
};

let englishWords: Set<string> | undefined;
let firstTags: Map<string, string> | undefined;
/**
 * natural's English tagger lexicon, read once: each word with its most frequent tag only. (The
 * parsed file, every tag list of ~90,000 words, is not kept: it held ~17 MB of heap for the process.)
 */
function tagLexicon(): Map<string, string> {
  if (!firstTags) {
    const file = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
    const lexicon = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
    firstTags = new Map(Object.entries(lexicon).map(([word, tags]) => [word, tags[0] ?? '']));
  }
  return firstTags;
}
/** natural's English tagger lexicon as a word list (its words only, not the tag lists); read once, shared. */
export function englishWordList(): Set<string> {
  englishWords ??= new Set(tagLexicon().keys());
  return englishWords;
}
/** The most frequent part of speech natural's tagger lexicon gives a word ("keep": VB, "injection": NN), if it has the word. */
export function firstTag(word: string): string | undefined {
  return tagLexicon().get(word) || undefined;
}

export default natural;
