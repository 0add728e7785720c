// "Can a bad hip make my back hurt?" and "can my back make my hip hurt?" share every word: only
// their order tells which area is the cause. This reads that order as one feature ("hip>back"):
// the body area before a causal word is the source, the one after it the target; "from", "due to",
// "because of" and "caused by" turn it round ("hip pain coming from my back" is back>hip).

/** Words (after the lexicon) that name a body area, and the area they stand for. */
const AREAS: Record<string, string> = {
  hip: 'hip', hips: 'hip', back: 'back', backs: 'back', spine: 'back', spinal: 'back', lumbar: 'back',
  backache: 'back', leg: 'leg', legs: 'leg', thigh: 'leg', calf: 'leg', buttock: 'buttock', groin: 'groin',
};

/** Muscles named by the area they move ("my hip flexors are tight", WordNet flexor.n.1): a muscle, no joint's pain. */
const MUSCLES = new Set(['flexor', 'flexors']);

/**
 * The area the word at `i` names, or undefined. Looked up with hasOwn: typed words such as "constructor" must
 * not find Object's own members.
 */
const areaAt = (words: readonly string[], i: number): string | undefined =>
  !MUSCLES.has(words[i + 1] ?? '') && Object.hasOwn(AREAS, words[i]!) ? AREAS[words[i]!] : undefined;

/** Words that say one thing brings on another. */
const CAUSAL = new Set([
  'cause', 'causes', 'causing', 'caused', 'lead', 'leads', 'leading', 'make', 'makes', 'making', 'made',
  'give', 'gives', 'giving', 'gave', 'spread', 'spreads', 'spreading', 'trigger', 'triggers', 'triggering',
  'affect', 'affects', 'affecting', 'send', 'sends', 'bring', 'brings', 'result', 'results', 'strain', 'strains',
  'travel', 'travels', 'radiate', 'radiates', 'go', 'goes', 'going', 'why', 'reason', 'reasons',
  // WordNet's produce.v.3 {produce, bring about, give rise}, create, and pain "referred" elsewhere.
  'produce', 'produces', 'producing', 'produced', 'create', 'creates', 'refer', 'refers', 'referred',
  // "Could the hip be what's throwing my back off?": WordNet's throw.v (to put out of balance).
  'throw', 'throws', 'throwing', 'threw', 'thrown',
  // "Is the hip to blame for that?": WordNet's blame.v.1 (put or pin the blame on).
  'blame',
]);

/** Causal words that may take a word pointing back ("is my hip causing it?"; not "make it hard"). */
const CAUSING = new Set(['cause', 'causes', 'causing', 'caused', 'trigger', 'triggers', 'triggering', 'triggered', 'blame']);

/**
 * Whether a word pointing back follows the causal word at `i`, or "for" and one ("causing it", "to blame for that"), or
 * nothing follows "blame" ("my back hurts, is my hip to blame?"): how many words that takes.
 */
function pointsBackAt(words: readonly string[], i: number): number {
  if (POINTERS.has(words[i + 1] ?? '')) return 1;
  if (words[i + 1] === 'for' && POINTERS.has(words[i + 2] ?? '')) return 2;
  return words[i] === 'blame' && i === words.length - 1 ? 1 : 0;
}

/** "Doing that to my back": what an area does to another, a causal word only so ("is the hip doing that to my back?"). */
const doesItTo = (words: readonly string[], i: number) => words[i] === 'doing' && POINTERS.has(words[i + 1] ?? '') && words[i + 2] === 'to';

/** The verbs of WordNet's trigger.v.1 that take "off" after their object ("set off", "spark off"). */
const OFF_VERBS = new Set(['set', 'sets', 'setting', 'spark', 'sparks', 'sparking', 'sparked']);
/** How many words may stand between such a verb and its "off" ("what's setting the back off?"). */
const OFF_REACH = 4;
/**
 * "Setting the back off": a causal verb only with an area as its object before its "off" ("set up", "set in" bring
 * nothing on; "what sets off hip pain" and "swinging my leg sets it off" name no area brought on by another).
 */
function setsOff(words: readonly string[], i: number): boolean {
  if (!OFF_VERBS.has(words[i]!)) return false;
  const off = words.slice(i + 1, i + 1 + OFF_REACH).indexOf('off');
  return off > 0 && words.slice(i + 1, i + 1 + off).some((_, k) => areaAt(words, i + 1 + k) !== undefined);
}

/** Words after a causal word that point back to what it brings on ("is my hip causing it?"). */
const POINTERS = new Set(['it', 'this', 'that', 'them']);

/** How many words may stand between an area and the causal word it is the subject of ("could my hip be causing it"). */
const SUBJECT_REACH = 3;

/** Question words: the area before one is no subject of the causal word after it ("my hip aches, what's causing it"). */
const ASKING = new Set(['what', 'whats', 'why', 'how', 'which', 'who']);

/** The area at `at` is the subject of the causal word at `i`: near it, with no question word between. */
const causesIt = (words: readonly string[], at: number, i: number): boolean =>
  i - at - 1 <= SUBJECT_REACH && !words.slice(at + 1, i).some((x) => ASKING.has(x));

/** The area at `at` is joined by "and" to another area just before it ("my back and hip"). */
function coordinated(words: readonly string[], at: number): boolean {
  for (let m = at - 1; m >= Math.max(0, at - 4); m--) {
    if (words[m] !== 'and' && words[m] !== 'n') continue;
    for (let n = m - 1; n >= Math.max(0, m - 2); n--) if (areaAt(words, n) && areaAt(words, n) !== areaAt(words, at)) return true;
    return false;
  }
  return false;
}

/** How many words may stand between a reversing word and the area it names ("because of my bad hip"). */
const REVERSING_REACH = 3;

/** Words after which the cause comes second. */
const REVERSING = new Set(['from', 'because', 'due', 'by']);

/**
 * "source>target" when the words say which body area causes pain in which, else undefined. Of the
 * causal words with an area on each side, the one whose two areas are nearest it is read: "my back
 * has been bad for months from sitting at work and now my hips are tight, is the back causing the
 * hip pain" is back>hip by "causing", not hip>back by the "from" of "from sitting".
 */
export function direction(words: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestSpan = Infinity;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const causal = CAUSAL.has(w) || doesItTo(words, i) || setsOff(words, i);
    if (!causal && !REVERSING.has(w)) continue;
    const reversed = !causal || REVERSING.has(words[i + 1] ?? '');
    let before: string | undefined;
    let j = i - 1;
    for (; j >= 0 && !before; j--) before = areaAt(words, j);
    let after: string | undefined;
    let k = i + 1;
    for (; k < words.length && !after; k++) after = areaAt(words, k);
    // "My lower back has started hurting too. Is my hip causing it?": "it" is the other area told before.
    // Only when that area is what does the causing: close before the causal word with no question word between
    // ("could my hip be causing it"), and not one of two areas that ache together ("my lower back and hip both
    // ache, what's actually causing it?", where "it" is the ache of both).
    const pointer = pointsBackAt(words, i);
    if (before && !after && CAUSING.has(w) && pointer > 0 && causesIt(words, j + 1, i)) {
      for (let m = j; m >= 0 && !after; m--) {
        const area = areaAt(words, m);
        if (area !== before) after = area;
      }
      if (after && coordinated(words, j + 1)) after = undefined;
      k = i + 1 + pointer;
    }
    if (!before || !after || before === after) continue;
    // Two areas offered as a choice ("is it more likely from the back or from the hip?") say no direction.
    if (words.slice(j + 1, k).includes('or')) continue;
    // "From", "because" and "by" turn the reading round only when an area follows them closely ("coming
    // from my lower back"), not a cause of another kind ("tight hip flexors from sitting all day").
    if (!causal && k - i - 2 > REVERSING_REACH) continue;
    // j and k have gone one past the areas found.
    const span = i - j + (k - i);
    if (span < bestSpan) {
      bestSpan = span;
      best = reversed ? `${after}>${before}` : `${before}>${after}`;
    }
  }
  return best;
}

/** The mirror reading: "hip>back" → "back>hip". */
export function reverse(dir: string): string {
  return dir.split('>').reverse().join('>');
}
