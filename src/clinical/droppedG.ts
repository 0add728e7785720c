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
  const marked = /['’]/.test(text)
    ? text.replace(/(?<![\p{L}'’])(\p{L}{2,}in)['’](?!\p{L})/gu, (cut, word: string) => (isWord(`${word.toLowerCase()}g`) ? `${word}g` : cut))
    : text;
  return marked.replace(/(?<![\p{L}'’])(\p{L}{3,}in)(?![\p{L}'’])/gu, (cut, word: string) => {
    const bare = word.toLowerCase();
    if (known(bare) || !isWord(`${bare}g`)) return cut;
    return !words.has(bare) || firstTag(bare) === 'VBG' ? `${word}g` : cut;
  });
}
