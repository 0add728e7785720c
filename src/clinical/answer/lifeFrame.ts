import { stem } from '../text/stem.ts';

// The whole of one's life taken over by the pain ("it's affecting everything", "messing with literally
// everything", "wrecking my whole life", "taking over everything"): the daily life of How the pain affects
// daily life, though "daily" is not said. The verbs are WordNet's (wordnet-cache.json `lifeVerbs`: the
// senses of affecting, hindering, disrupting, spoiling and taking over; scripts/wordnet-cache.ts), read
// only before a word for all of it and after the pain, the back, the hip or "it", so "I've tried everything", "it
// affects my knee" and "does sciatica affect everything down the leg" stay as they are.

/** Words for all of one's life, as the object of such a verb ("life" only as one's own: not "life expectancy"). */
const WHOLE = new Set(['everything', 'life']);
/** Before "life", one of these says it is one's own ("ruining my life", "taking over my whole life"). */
const OWN = new Set(['my', 'your', 'our', 'whole', 'entire', 'daily', 'everyday', 'social', 'home', 'work']);
/** What may take it over: the pain or the part of the body, or a word pointing back to it ("it's affecting everything"),
 * not a condition, a treatment or anything else ("does sciatica affect everything down the leg", "the flood ruined
 * everything", "I eat everything"). */
const TAKERS = new Set(['it', 'its', 'this', 'that', 'pain', 'pains', 'ache', 'aches', 'back', 'hip', 'hips', 'thing', 'problem']);
/** Words that may stand between the taker and the verb ("it's really affecting", "my back is now taking over", "for back pain to mess with"). */
const BEFORE_VERB = new Set(['is', 's', 'are', 'has', 'have', 'been', 'keeps', 'keep', 'really', 'just', 'now', 'totally', 'literally', 'basically', 'completely', 'starting', 'started', 'to', 'will', 'can', 'does', 'do', 'not', 'kind', 'of', 'sort', 'slowly', 'honestly']);
/** Words that may stand between the verb and it ("messing with literally everything", "ruining my whole life"). */
const BETWEEN = new Set(['with', 'up', 'over', 'on', 'upon', 'my', 'your', 'our', 'the', 'whole', 'entire', 'literally', 'just', 'basically', 'pretty', 'much', 'absolutely', 'totally', 'completely', 'of', 'into', 'in']);
/** How many of them may stand there. */
const REACH = 3;

/** The first word of each verb (stemmed) → the words that must follow it ("take" → ["over"], "pick" → ["up"]). */
export type LifeVerbs = ReadonlyMap<string, readonly (readonly string[])[]>;

/** WordNet's lemmas ("take_over", "pick_up") by their first word, stemmed; also read for lifting (liftFrame.ts). */
export function lifeVerbsOf(lemmas: readonly string[]): LifeVerbs {
  const out = new Map<string, string[][]>();
  for (const lemma of lemmas) {
    const [first, ...rest] = lemma.split(/[_ ]/);
    const key = stem(first!);
    const list = out.get(key) ?? [];
    list.push(rest);
    out.set(key, list);
  }
  return out;
}

/** The words with all of one's life, after a verb of taking it over, read as "daily life" (the rest as they are). */
export function lifeTakenOver(words: readonly string[], verbs: LifeVerbs): string[] {
  if (!verbs.size || !words.some((w) => WHOLE.has(w))) return [...words];
  const at = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const tails = verbs.get(stem(words[i]!));
    if (!tails) continue;
    for (const tail of tails) {
      if (!tail.every((t, k) => words[i + 1 + k] === t)) continue;
      let j = i + 1 + tail.length;
      while (j < words.length && j - i - 1 - tail.length < REACH && BETWEEN.has(words[j]!) && !WHOLE.has(words[j]!)) j++;
      if (!WHOLE.has(words[j] ?? '') || (words[j] === 'life' && !OWN.has(words[j - 1] ?? ''))) continue;
      let k = i - 1;
      while (k >= 0 && i - k <= REACH + 1 && BEFORE_VERB.has(words[k]!)) k--;
      if (k >= 0 && TAKERS.has(words[k]!)) at.add(j);
    }
  }
  if (!at.size) return [...words];
  return words.flatMap((w, i) => (at.has(i) ? ['daily', 'life'] : [w]));
}
