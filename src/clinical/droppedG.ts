// A dropped "g", as dialect and quick typing write it ("goin' numb", "claimin' it back", "thinkin about
// runnin"), read as the whole word; shared by the red-flag reader and the answer engine. With an apostrophe,
// only when the whole word is English (natural's tagger lexicon, or the caller's own words: "peeing"):
// "groin'", "skin'" and a quoted 'pain' stay as they are ("groing" is none). Without one, the bare word must
// also be no English word of its own, or one the lexicon tags as a dropped-g gerund ("runnin": VBG), so that
// "aspirin", "thin", "basin" and "pin" stay themselves.
import { englishWordList, firstTag } from './natural.ts';

export function restoreDroppedG(text: string, known: (word: string) => boolean = () => false): string {
  if (!/in(?![\p{L}])/u.test(text)) return text;
  const words = englishWordList();
  const isWord = (whole: string) => words.has(whole) || known(whole);
  // One pass: the word, then its apostrophe (before no letter) or no apostrophe at all.
  return text.replace(/(?<![\p{L}'’])(\p{L}{2,}in)(?:(['’])(?!\p{L})|(?![\p{L}'’]))/gu, (cut, word: string, apostrophe?: string) => {
    const bare = word.toLowerCase();
    if (!isWord(`${bare}g`)) return cut;
    if (apostrophe) return `${word}g`;
    return bare.length >= BARE_MIN && !known(bare) && (!words.has(bare) || firstTag(bare) === 'VBG') ? `${word}g` : cut;
  });
}

/** How long a dropped-g word without its apostrophe must be ("runnin", "steppin"; not "goin", "pin"). */
const BARE_MIN = 5;
