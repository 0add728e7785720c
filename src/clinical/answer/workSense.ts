// "Work" in a question: a job, the subject of Going back to work ("when can I go back to work",
// "can I work with hip pain", "should I keep working"), or what a thing does ("physio does not
// work", "get my back working again", "do they work"): WordNet's senses "the occupation you are paid
// for" against "perform as expected". Only the job names that section: the other is kept out of the
// example-question view and out of the heading's words, so it no longer pulls the answer there
// (issue 10's ninth round).

const WORK = new Set(['work', 'works', 'worked', 'working']);
/** Words between a subject and its verb: "physio does not work", "will it really work". */
const BETWEEN = new Set(['do', 'does', 'did', 'not', 'will', 'would', 'can', 'could', 'should', 'might', 'may', 'must', 'is', 'are', 'was',
  'were', 'be', 'been', 'has', 'have', 'had', 'really', 'actually', 'ever', 'even', 'still', 'always', 'never']);
/** Pronouns for things: "does it work", "how does that work". */
const THINGS = new Set(['it', 'that', 'this', 'they', 'these', 'those']);

/**
 * Whether every "work" of the words is what a thing does: its subject, found before the words in
 * between, is a pronoun for a thing or a thing the content is about (`isThing`: physio, an injection,
 * my back). False when the words say no "work" or one of them is a job ("I work", "keep working",
 * "back to work").
 */
export function workIsNoJob(words: readonly string[], isThing: (word: string) => boolean): boolean {
  let any = false;
  for (let i = 0; i < words.length; i++) {
    if (!WORK.has(words[i]!)) continue;
    any = true;
    let j = i - 1;
    while (j >= 0 && BETWEEN.has(words[j]!)) j--;
    const subject = words[j];
    if (subject !== undefined && (THINGS.has(subject) || isThing(subject))) continue;
    return false;
  }
  return any;
}
