// A dropped "g" marked by an apostrophe, as dialect is written ("goin' numb", "claimin' it back"), read as
// the whole word; shared by the red-flag reader and the answer engine. Only when the whole word is English
// (natural's tagger lexicon, or the caller's own words: "peeing"): "groin'", "skin'" and a quoted 'pain'
// stay as they are ("groing" is none).
import { englishWordList } from './natural.ts';

export function restoreDroppedG(text: string, known: (word: string) => boolean = () => false): string {
  if (!/['’]/.test(text)) return text;
  const words = englishWordList();
  return text.replace(/(?<![\p{L}'’])(\p{L}{2,}in)['’](?!\p{L})/gu, (cut, word: string) => {
    const whole = `${word.toLowerCase()}g`;
    return words.has(whole) || known(whole) ? `${word}g` : cut;
  });
}
