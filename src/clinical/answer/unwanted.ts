// What a message turns down ("I really don't want surgery, what other treatments are there?", "not
// looking for pills, just exercises"): the thing turned down is not what is asked about. Searched,
// "surgery" would answer with Surgery.

/** Phrases that turn the next thing down: a closed class of English ("do not want", "rather not"…). */
const TURN_DOWN: readonly (readonly string[])[] = [
  ['not', 'want'],
  ['rather', 'not'],
  ['not', 'looking', 'for'],
  ['not', 'interested', 'in'],
  ['not', 'keen', 'on'],
  ['no', 'more'],
];
/** Words between the turning down and the thing ("don't want to have an operation"). */
const BETWEEN = new Set(['to', 'have', 'an', 'a', 'any', 'more', 'another', 'the', 'go', 'down', 'route', 'of', 'take', 'taking', 'do', 'be', 'on']);
const REACH = 4;

/** The first word after each turning down, past the little words between: the things turned down. */
export function unwantedWords(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const phrase = TURN_DOWN.find((p) => p.every((w, k) => words[i + k] === w));
    if (!phrase) continue;
    let j = i + phrase.length;
    while (j < words.length && j - i - phrase.length < REACH && BETWEEN.has(words[j]!)) j++;
    if (j < words.length) out.add(words[j]!);
  }
  return out;
}
