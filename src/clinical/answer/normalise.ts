// Text → plain lower-case words: the first step for questions, articles and intent phrases alike.
import natural from '../natural.ts';

const tokenizer = new natural.WordTokenizer();

// Contractions spelt out, all in one pass (the leftmost match first, as the word's own start decides).
// "it's" and possessives ("Paget's", "hip's"): the 's carries nothing we can use.
const CONTRACTIONS = /\bcan't\b|\bcannot\b|\bwon't\b|\bshan't\b|n't\b|'m\b|'re\b|'ve\b|'ll\b|'d\b|'s\b|s'(?=\s|$)/g;
const SPELT_OUT: Record<string, string> = {
  "can't": 'can not', cannot: 'can not', "won't": 'will not', "shan't": 'shall not', "n't": ' not',
  "'m": ' am', "'re": ' are', "'ve": ' have', "'ll": ' will', "'d": ' would', "'s": '', "s'": 's',
};

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8',
  nine: '9', ten: '10', eleven: '11', twelve: '12', twenty: '20', thirty: '30', forty: '40', fifty: '50',
  sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100',
};

const ACHE = /^([a-z]{3,})(aches?|achy)$/;
const ASCII = /^[\x00-\x7f]*$/;
const CANNOT = /\bcannot\b/g;

// The last text normalised: one question is normalised several times in an answer (as typed, with
// acronyms spelt out — usually the same string — and by the clinic-topic reader).
let last: { text: string; words: readonly string[] } | undefined;

/** Lower case, straight apostrophes, contractions expanded, "…ache" split, number words as digits, punctuation gone. */
export function normalise(text: string): string[] {
  if (last?.text === text) return last.words.slice();
  const words = normaliseAfresh(text);
  last = { text, words: words.slice() };
  return words;
}

function normaliseAfresh(text: string): string[] {
  // Plain ASCII (most messages) has no accents to strip; a text with no apostrophe has no contraction
  // but "cannot". Both checks only skip work that would change nothing.
  let t = (ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/&/g, ' and ');
  if (t.includes("'")) t = t.replace(CONTRACTIONS, (m) => SPELT_OUT[m]!).replace(/'/g, '');
  else t = t.replace(CANNOT, 'can not');
  return tokenizer
    .tokenize(t)
    // "-ish" hedges a word ("evenings-ish", "stiff-ish") and "ish" alone a statement: it names nothing.
    .filter((w) => w !== '_' && w !== 'ish' && w.length > 0)
    // "backache", "earache", "toothache": the body part and the ache, as two words.
    .flatMap((w) => {
      const m = ACHE.exec(w);
      return m ? [m[1]!, m[2]!] : [w];
    })
    .map((w) => (Object.hasOwn(NUMBER_WORDS, w) ? NUMBER_WORDS[w]! : w)); // hasOwn: "constructor" is a word too
}
