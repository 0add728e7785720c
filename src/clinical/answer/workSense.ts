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
/** Pronouns for things: "does it work", "how does that work", "if nothing else works". */
const THINGS = new Set(['it', 'that', 'this', 'they', 'these', 'those', 'nothing', 'something', 'anything', 'everything', 'else', 'none']);

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
    // "Nobody works out what's behind it", "I work out at the gym": to find out, or to train; no job.
    if (words[i + 1] === 'out') continue;
    let j = i - 1;
    while (j >= 0 && BETWEEN.has(words[j]!)) j--;
    const subject = words[j];
    if (subject !== undefined && (THINGS.has(subject) || isThing(subject))) continue;
    return false;
  }
  return any;
}

/** Words after "work" that place it ("work from home", "working at my desk", "working on the family history", "work as a courier"). */
const PLACING_AFTER = new Set(['from', 'at', 'on', 'as', 'in']);

/** Words before "back" that make it the body part ("my back at work", "a sore back at work"). */
const OWNED = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'the', 'a', 'lower', 'low', 'sore', 'bad']);

/** Words that end what may stand between "back to" and the work returned to ("back to my warehouse work"; not "back to normal at work"). */
const NOT_BETWEEN = new Set(['at', 'from', 'in', 'on', 'as', 'and', 'but', 'or', 'with', 'for', 'back']);

/** Prepositions of time before "work": the job tells when ("before work", "after work", "during work"). */
const TIMED_BY = new Set(['before', 'after', 'during', 'till', 'until']);

/** Who works, told as a statement ("I work nights"). */
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they']);
/** Words before the subject that make "I work" a question about the job ("can I work", "should I work", "do I work through it"). */
const ASKING_BEFORE = new Set(['can', 'could', 'should', 'shall', 'will', 'would', 'may', 'might', 'must', 'do', 'does', 'did', 'if', 'when', 'how', 'whether', 'cant', 'shouldnt']);

/** Words before "work" that make the job itself the question: being off, stopping, going back. */
const JOB_ASKED_BEFORE = new Set(['off', 'stop', 'stopped', 'stopping', 'quit', 'return', 'returning', 'miss', 'missed', 'missing', 'leave', 'left']);

/**
 * Whether every job "work" of the words is only the setting of the question ("I work from home on the
 * sofa, can sitting like that give me hip pain", "snapping at everyone at work"): where or as what the
 * patient works, not whether they can work or go back. "Back at work", "off work", "back to work",
 * "keep working?" still ask about the job.
 */
export function workIsSetting(words: readonly string[]): boolean {
  let any = false;
  for (let i = 0; i < words.length; i++) {
    if (!WORK.has(words[i]!)) continue;
    any = true;
    // "Back to work on the building site", "stop work as an electrician": the job itself is asked about.
    // (Also with the writer's own words between: "back to my work on Monday", "back to my warehouse work", as
    // jobReturn.ts reads "back to my warehouse job".)
    let k = i - 1;
    while (k > i - 3 && k >= 0 && words[k] !== 'to' && !NOT_BETWEEN.has(words[k]!)) k--;
    if (JOB_ASKED_BEFORE.has(words[i - 1] ?? '') || (words[k] === 'to' && words[k - 1] === 'back')) return false;
    // "I work double shifts in a warehouse", "she works nights": what the patient does told as a statement
    // (not "can I work", "should I work", which ask about the job).
    const told = SUBJECTS.has(words[i - 1] ?? '') && !ASKING_BEFORE.has(words[i - 2] ?? '');
    if (told) continue;
    const placedAfter = PLACING_AFTER.has(words[i + 1] ?? '');
    // "Back at work" is being back in the job; "my back at work" is the body part, at work.
    const backInJob = words[i - 2] === 'back' && !OWNED.has(words[i - 3] ?? '');
    const atWork = words[i - 1] === 'at' && !backInJob;
    // "Eight boxes to muck out every morning before work", "too tired after work": a time of day told by the job.
    const timed = TIMED_BY.has(words[i - 1] ?? '');
    if (!placedAfter && !atWork && !timed) return false;
  }
  return any;
}
