import { firstTag } from '../natural.ts';

// A return to work named by its place or its shifts ("when is it ok to go back into the office after a back
// flare?", "back on my early shifts", "back to teaching"): the job of Going back to work, though "work" is not
// said. The nouns are WordNet's (wordnet-cache.json `jobWords`: the kinds of workplace.n.1, occupation.n.1,
// employment.n.2, duty.n.2 and shift.n.3, not a pastime or exercise; scripts/wordnet-cache.ts), read only after
// "back to / on / into / in", where a place of work is returned to.

/** Words after "back" that say where to. */
const RETURN_TO = new Set(['to', 'on', 'into', 'in']);
/** Words between them and the place: "back to the office", "back on my early shifts", "back to full duties". */
const BEFORE_PLACE = new Set(['the', 'my', 'a', 'our', 'their', 'his', 'her', 'full', 'normal', 'usual', 'early', 'late', 'night', 'day',
  'light', 'lighter', 'regular']);
/** The times of work a kind of work may stand before ("nursing shifts", "warehouse duties"). */
const WORK_TIMES = new Set(['shift', 'duty', 'rota']);
/** How many of them may stand there. */
const REACH = 2;

/** A plural's singular ("shifts" → "shift", "duties" → "duty"); other words as they are. */
const singular = (w: string) => (/[^aeiou]ies$/.test(w) ? `${w.slice(0, -3)}y` : /[^s]s$/.test(w) ? w.slice(0, -1) : w);

/** The words with each place or kind of work returned to read as "work" (the rest as they are). */
export function jobReturnedTo(words: readonly string[], jobWords: ReadonlySet<string>): string[] {
  if (!jobWords.size || !words.includes('back')) return [...words];
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== 'back' || !RETURN_TO.has(words[i + 1]!)) continue;
    let j = i + 2;
    while (j < words.length && j - i - 2 < REACH && BEFORE_PLACE.has(words[j]!)) j++;
    const w = words[j];
    // A verb right after "to" is what one goes back to do ("back to watch the match"), no place or kind of work.
    if (w === undefined || (j === i + 2 && words[i + 1] === 'to' && firstTag(w) === 'VB')) continue;
    if (jobWords.has(w) || jobWords.has(singular(w))) out[j] = 'work';
    // Or the kind of work before its shifts or duties ("back to my nursing shifts", "my café shifts"; not "my pilates
    // lessons", though a lesson is work in WordNet).
    else if (WORK_TIMES.has(singular(words[j + 1] ?? '')) && !/^VB/.test(firstTag(w) ?? '')) out[j + 1] = 'work';
  }
  return out;
}

// A return asked with no place ("when can I go back?", "should I go back now or wait till it's 100%?", "too soon to get
// back?") in a message that tells the writer's job: their work named as theirs ("I'm a plasterer", "as a line manager",
// WordNet's workers in wordnet-cache.json `workerWords`), being paid for it or off it ("for a living", "signed off",
// "my shifts"), or someone over them ("my manager wants a return date"). The return is then read as "back to work"
// (Going back to work). Not a return to something else ("go back to the gym", "back to normal"), nor a pastime told
// as a worker ("I'm a keen angler", "a rower at my local club", "my pilates lessons"), nor a return that is no one's
// ("will it be back?"), nor "back and forth" or "go back and see the GP" (a helper's review of 286 probes).

/** Verbs of returning before "back". */
const RETURN_VERBS = new Set(['go', 'goes', 'going', 'went', 'gone', 'get', 'gets', 'getting', 'got', 'come', 'comes', 'coming', 'came', 'be', 'being', 'clock', 'clocking']);
/** Words after "back" that leave it a return with no place ("go back now", "go back with a sore back", "go back or wait"). */
const NO_PLACE_AFTER = new Set(['now', 'yet', 'with', 'or', 'after', 'before', 'until', 'till', 'while', 'too', 'so', 'soon', 'sooner', 'straight', 'already', 'then', 'if', 'when', 'but', 'properly', 'fully', 'safely', 'at', 'full', 'part']);
/** Who returns, just before the verb ("when can I go back", "too soon to go back"): the writer, or one not named (to). */
const RETURNERS = new Set(['i', 'we', 'to']);
/** Before a worker's noun, the writer saying it is theirs ("i am a", "as a", "work as an"). */
const SELF_BEFORE = new Set(['a', 'an']);
const SELF_LEAD = new Set(['am', 'im', 'as', 'being', 'was', 'been']);
/** Before or after a worker's noun, a pastime rather than a job ("a keen gardener", "a rower at my local club"). */
const PASTIME = new Set(['keen', 'amateur', 'learner', 'hobby', 'avid', 'weekend', 'enthusiastic', 'retired', 'former', 'ex', 'club']);
/** The writer's job told in other words: paid for it, off it, its shifts ("for a living", "signed off", "my shifts"). */
const JOB_TOLD = [['for', 'a', 'living'], ['signed', 'off'], ['off', 'work'], ['sick', 'note'], ['fit', 'note'], ['my', 'job'], ['return', 'date'],
  ['light', 'duties'], ['the', 'tools'], ['on', 'site'], ['i', 'work'], ['work', 'as'], ['at', 'work'], ['my', 'work'], ['my', 'shift'], ['my', 'shifts'],
  ['on', 'shift'], ['night', 'shifts'], ['my', 'rota']];
/** Who is over the writer at work ("my manager wants a return date"). */
const OVER_ME = new Set(['boss', 'manager', 'supervisor', 'employer', 'gaffer', 'foreman', 'governor', 'skipper', 'sergeant']);

/** Whether the message tells the writer's job. */
function tellsJob(words: readonly string[], workerWords: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "my boss", "my manager", "our gaffer": someone over the writer at work.
    if (OVER_ME.has(w) && (words[i - 1] === 'my' || words[i - 1] === 'our' || words[i - 1] === 'line')) return true;
    if (!workerWords.has(singular(w)) || words.slice(Math.max(0, i - 2), i + 5).some((x) => PASTIME.has(x))) continue;
    // "three days a week as groundsman": the work named with no article.
    if (words[i - 1] === 'as' && i >= 2) return true;
    // "i am a plasterer", "as a line manager", "i'm a lunchtime supervisor" (one or two words between).
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (SELF_BEFORE.has(words[k]!) && SELF_LEAD.has(words[k - 1] ?? '')) return true;
  }
  return JOB_TOLD.some((p) => words.some((_, i) => p.every((x, k) => words[i + k] === x)));
}

/** The words with each bare return read as a return to work, when the message tells a job. */
export function bareReturnToJob(words: readonly string[], workerWords: ReadonlySet<string>): string[] {
  if (!words.includes('back')) return [...words];
  const at: number[] = [];
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== 'back' || !RETURN_VERBS.has(words[i - 1]!) || !words.slice(Math.max(0, i - 4), i - 1).some((w) => RETURNERS.has(w))) continue;
    const next = words[i + 1];
    if (next === undefined || NO_PLACE_AFTER.has(next) || (next === 'to' && words[i + 2] === 'it' && words[i + 3] !== 'is')) at.push(i);
  }
  if (!at.length || !tellsJob(words, workerWords)) return [...words];
  // Read as "back to work" (workSense.ts takes "back to work" as the job asked about); "back to it" as "back to work".
  const out: string[] = [];
  words.forEach((w, i) => {
    if (w === 'it' && words[i - 1] === 'to' && at.includes(i - 2)) return void out.push('work');
    out.push(w);
    if (at.includes(i) && words[i + 1] !== 'to') out.push('to', 'work');
  });
  return out;
}
