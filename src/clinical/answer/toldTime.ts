// A stretch of time told in a story ("off work for a week", "I run 30k a week", "sat at a desk for
// ten years"): the setting of the question, not what it asks about. Searched, such a word pulls the
// answer to the sections that speak of weeks (Pain that lasts more than a few weeks) whatever was asked.

/** Words that make the time after them an amount told: "a week", "two weeks", "a couple of months", "last week". */
const AMOUNT = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'few', 'couple', 'several', 'many', 'some', 'last', 'past', 'this', 'every', 'per', 'each', 'whole', 'other', 'next', 'coming']);

/**
 * The units time is measured in: a closed class of grammar, like the amount words. Other times
 * ("every morning", "at night") say when the pain comes, which is part of what is asked.
 */
const UNITS = new Set(['minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year']);
/** A unit of time, singular or plural. */
const isUnit = (w: string) => UNITS.has(w) || (w.endsWith('s') && UNITS.has(w.slice(0, -1)));

/** How many words before the time an amount word may stand ("a couple of weeks", "two whole weeks"). */
const REACH = 3;

/** The words of `words` that are a unit of time (singular or plural) told as an amount: a number or an amount word close before it. */
export function toldTimes(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isUnit(w)) continue;
    const before = words.slice(Math.max(0, i - REACH), i);
    // A bare "for weeks", "for months" is a stretch told as well ("take it for weeks on end"); so is a
    // count of days kept ("Week 2 now of this ache", "Day 12 update").
    if (before.some((b) => AMOUNT.has(b) || /\d/.test(b)) || words[i - 1] === 'for' || /^\d+$/.test(words[i + 1] ?? '')) out.add(w);
  }
  return out;
}

/** Words that make the time after them a point still to come: "till next week", "the coming month" (and "in 3 weeks", below). */
const COMING = new Set(['next', 'coming']);

/**
 * The units of time told as a point still to come ("can that wait till next week?", "I fly out next
 * month"): when something will happen, never how long the pain has lasted — the setting even of a
 * question of when to be seen.
 */
export function comingTimes(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!isUnit(w)) continue;
    if (COMING.has(words[i - 1]!) || inSoMany(words, i)) out.add(w);
  }
  return out;
}

/** Words that count a time: "in 3 weeks", "in a few days", "in a couple of weeks". */
const QUANTITY = /^(\d+|a|an|few|couple|of)$/;

/** "A wedding in 3 weeks", "in a couple of days": "in" and a count before the unit at i, a point to come. */
function inSoMany(words: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && QUANTITY.test(words[j]!)) j--;
  return j < i - 1 && words[j] === 'in';
}

/**
 * "Since last night", "last week", "last Monday": "last" naming a time gone by, not the pain lasting
 * (the two share a stem, and "lasts" names Pain that lasts more than a few weeks). True when every
 * "last" of the words is followed by a time (`isTime`: WordNet's nouns of time).
 */
export function lastIsTime(words: readonly string[], isTime: (word: string) => boolean): boolean {
  let any = false;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'last') continue;
    any = true;
    const next = words[i + 1];
    if (next === undefined || !isTime(next)) return false;
  }
  return any;
}

/** "No better", "not improving", "hasn't eased": with a stretch of time, the time is the point (is it time to be seen?). */
const NOT = new Set(['no', 'not', 'never', 'nt', 'nothing']);
const BETTER = new Set(['better', 'improving', 'improved', 'improve', 'easing', 'eased', 'ease', 'settling', 'settled', 'settle', 'shifting', 'budging', 'changed']);

/** "Still hurts", "still sore", "still there": the pain going on, told as not improving. */
const STILL_PAINED = new Set(['pain', 'hurts', 'hurting', 'hurt', 'sore', 'aches', 'aching', 'achy', 'painful', 'there', 'bad', 'killing', 'throbbing', 'stiff']);

export function notImproving(words: readonly string[]): boolean {
  return words.some(
    (w, i) => (BETTER.has(w) && words.slice(Math.max(0, i - 3), i).some((x) => NOT.has(x))) || (w === 'still' && words.slice(i + 1, i + 3).some((x) => STILL_PAINED.has(x))),
  );
}

/** Words that may stand between units offered as choices: "or", "and", and the fillers of thinking aloud. */
const BETWEEN_CHOICES = new Set(['or', 'and', 'maybe', 'perhaps', 'even', 'hmm', 'um', 'umm', 'er', 'erm', 'possibly']);

/**
 * Units of time offered as the choices of a question ("are we talking days or weeks?", "weeks or
 * months"): the shape of asking how long, not a time the pain has lasted.
 */
export function offeredTimes(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  // Two units or more in a row, with only "or", "and" or a filler between ("days, weeks, or, hmm, months",
  // "weeks? months?": the punctuation is gone by now).
  for (let i = 0; i < words.length; i++) {
    if (!isUnit(words[i]!)) continue;
    const run = [words[i]!];
    let j = i + 1;
    for (; j < words.length; j++) {
      if (isUnit(words[j]!)) run.push(words[j]!);
      else if (!BETWEEN_CHOICES.has(words[j]!)) break;
    }
    if (run.length >= 2) for (const w of run) out.add(w);
    i = j - 1;
  }
  return out;
}

/**
 * The units of time told as a point gone by ("never heard of it until last week", "it started last month"):
 * when something happened, never how long the pain has lasted, as a point still to come is not.
 */
export function pastPointTimes(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) if (isUnit(words[i]!) && words[i - 1] === 'last') out.add(words[i]!);
  return out;
}
