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
/** How many of them may stand there. */
const REACH = 2;

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
    if (jobWords.has(w) || (w.endsWith('s') && jobWords.has(w.slice(0, -1)))) out[j] = 'work';
  }
  return out;
}
