// "…something called ankylosing spondylitis. What is it and is it a type of arthritis?": the kind the thing is
// asked to belong to is what it is measured against, not what the question is about. The engine reads its words
// as the setting when the message names another subject of ours (engine.ts `predicateTerms`); alone ("my hip
// aches, is it a kind of arthritis?") the kind is still the subject.

/** "Is it", "is that", "it's" ("s" once normalised) before the kind, then "just", "a", "an"… */
const BE = new Set(['is', 's']);
const ASKED_OF = new Set(['it', 'that', 'this']);
const BETWEEN = new Set(['just', 'a', 'an', 'some', 'like']);
/** The words of a kind, then "of" (WordNet type.n.1 {type}, kind.n.1 {kind, sort, form, variety}). */
const KIND = new Set(['type', 'types', 'kind', 'kinds', 'form', 'forms', 'sort', 'sorts', 'variety']);
/** How many words of the kind are read after "of" ("a type of arthritis", "a kind of slipped disc"). */
const KIND_WORDS = 2;

/** The indexes of the words naming the kind asked about ("arthritis" in "is it a type of arthritis"). */
export function kindAskedOf(words: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!BE.has(words[i]!) || !ASKED_OF.has(words[i + 1]!)) continue;
    let j = i + 2;
    while (j < words.length && BETWEEN.has(words[j]!)) j++;
    if (!KIND.has(words[j] ?? '') || words[j + 1] !== 'of') continue;
    for (let k = j + 2; k < Math.min(words.length, j + 2 + KIND_WORDS); k++) out.push(k);
  }
  return out;
}
