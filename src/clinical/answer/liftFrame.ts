import { isStopWord } from './analyse.ts';
import { stem } from '../text/stem.ts';
import type { LifeVerbs } from './lifeFrame.ts';

// Lifting and carrying told in everyday verbs ("hauling the pram up two flights", "hoisting boxes off the floor",
// "lugging my pannier about", "carrying archive boxes"): the lifting of Poor posture and lifting badly, though
// "lift" is not said. The verbs are WordNet's (wordnet-cache.json `liftVerbs`: the lemmas whose most frequent
// sense is lifting, picking up, hoisting, hefting, carrying, lugging or hauling; scripts/wordnet-cache.ts), read
// only with something lifted after them, so "carry on", "it picked up again" and "the cart is bumpy" stay as they are.

/** Words after the verb that say nothing is lifted: particles of other verbs ("carry on", "pick up on"), being and having. */
const NOT_LIFTED = new Set(['on', 'out', 'off', 'over', 'through', 'along', 'about', 'around', 'forward', 'away', 'back', 'is', 's', 'was',
  'are', 'were', 'has', 'had', 'have', 'been', 'and', 'or', 'but', 'again', 'after', 'when', 'then']);
/** Amounts before "weight" ("carrying a few extra kilos", "carrying too much weight"): body weight, not a load. */
const AMOUNT = new Set(['a', 'few', 'bit', 'of', 'extra', 'excess', 'too', 'much', 'some', 'little', 'more', 'lot', 'lots', 'so', 'any',
  'the', 'all', 'this', 'that', 'my']);
const LIFT = stem('lifting');
/** The subject and its auxiliaries between body weight and the verb ("weight I'm carrying", "weight you have been carrying"). */
const CARRIER = new Set(['i', 'm', 'im', 'am', 'you', 're', 'are', 'we', 'they', 'he', 'she', 's', 'is', 'have', 've', 'has', 'been', 'was', 'were']);
/** Amounts beyond what one should weigh ("a few extra kilos", "too much weight"). */
const SURPLUS = new Set(['extra', 'excess', 'few', 'much', 'more', 'bit', 'lot', 'lots']);
/** How far before the verb body weight is its object ("the weight I am carrying"). */
const WEIGHT_BEFORE = 4;
/** How many words may stand between the verb and its particle ("pick the baby up"). */
const REACH = 2;

/** Body weight carried, told after the verb ("carrying a few extra weight does it matter", after the lexicon read
 * "kilos" as weight) or before it ("the extra weight I'm carrying"). */
function bodyWeight(words: readonly string[], verb: number, from: number): boolean {
  // Before the verb, only with its subject between ("the weight I'm carrying"; not "my bag is so heavy and I carry it",
  // where the lexicon has read "heavy" as weight too).
  const at = words.lastIndexOf('weight', verb);
  if (at >= 0 && verb - at <= WEIGHT_BEFORE && words.slice(at + 1, verb).every((w) => CARRIER.has(w))) return true;
  let j = from;
  while (j < words.length && AMOUNT.has(words[j]!)) j++;
  // An amount more than one should have ("extra pounds, eating badly") is the body's; weight alone is so only at a pause
  // ("carrying weight does it matter"), not before what is carried ("carrying heavy boxes", read "weight boxes").
  return words[j] === 'weight' && (words.slice(from, j).some((w) => SURPLUS.has(w)) || j + 1 >= words.length || isStopWord(words[j + 1]!));
}

/** The words with a verb of lifting or carrying that has something lifted read as "lifting" (the rest as they are). */
export function liftedAsLifting(words: readonly string[], verbs: LifeVerbs): string[] {
  if (!verbs.size) return [...words];
  const out = [...words];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    // "Lift" itself is the articles' word already (and in British English also the one in the building).
    const key = stem(words[i]!);
    if (key === LIFT) continue;
    const tails = verbs.get(key);
    if (!tails) continue;
    for (const tail of tails) {
      const tailAt = (from: number) => tail.every((t, n) => words[from + n] === t);
      // The particle after the object ("pick the baby up"): up to REACH words lifted before it.
      const split = tail.length > 0 && !tailAt(i + 1) && !NOT_LIFTED.has(words[i + 1] ?? 'on')
        && Array.from({ length: REACH }, (_, k) => i + 2 + k).some((at) => tailAt(at));
      const next = i + 1 + (split ? 0 : tail.length);
      if (!split && (!tailAt(i + 1) || words[next] === undefined || NOT_LIFTED.has(words[next]!) || bodyWeight(words, i, next))) continue;
      out[i] = 'lifting';
      if (!split) for (let n = 0; n < tail.length; n++) out[i + 1 + n] = '';
      changed = true;
      break;
    }
  }
  return changed ? out.filter((w) => w !== '') : out;
}
