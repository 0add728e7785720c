// Porter stems, kept: Porter's rules cost far more than a lookup, and chat reuses few words. One
// cache for the whole clinical core (the answer engine and the red-flag reader stem the same words).
import natural from '../natural.ts';

const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = natural.PorterStemmer.stem(word);
    // Bounded: odd words typed by users would otherwise stay for the life of the process.
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, s);
  }
  return s;
}
