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
/**
 * Phrases that set the next thing aside for another ("what treatments are there apart from surgery?",
 * "other than pills"): the thing carries nothing.
 */
const SET_ASIDE: readonly (readonly string[])[] = [['apart', 'from'], ['other', 'than'], ['besides'], ['except'], ['instead', 'of'], ['rather', 'than']];
/** Words between the turning down and the thing ("don't want to have an operation"). */
const BETWEEN = new Set(['to', 'have', 'an', 'a', 'any', 'more', 'another', 'the', 'go', 'down', 'route', 'of', 'take', 'taking', 'do', 'be', 'on']);
const REACH = 4;
/** After the thing set aside, these lead to what it is for or of ("waiting for an appointment", "a course of tablets"). */
const OBJECT_OF = new Set(['for', 'of', 'on']);

/**
 * An injury said not to have happened ("Why does my back hurt? I did not fall or anything", "no
 * accident, didn't lift anything"): the way of getting hurt, denied, is no subject of the question
 * (searched, "fall" answered with Muscle strains and sprains). The ways are a closed class: the
 * mechanisms of injury the articles name (a fall, a twist, lifting, a knock, an accident).
 */
const DENIED: readonly (readonly string[])[] = [['did', 'not'], ['have', 'not'], ['has', 'not'], ['was', 'not'], ['never'], ['no']];
const INJURY = new Set(['fall', 'fell', 'fallen', 'falling', 'trip', 'tripped', 'slip', 'slipped', 'lift', 'lifted', 'lifting', 'twist', 'twisted',
  'injure', 'injured', 'injury', 'accident', 'knock', 'knocked', 'bang', 'banged']);
const DENIED_BETWEEN = new Set(['a', 'an', 'any', 'have', 'had', 'in', 'been', 'do', 'done', 'anything', 'heavy', 'real', 'actual', 'proper']);

/** Where each phrase of `phrases` is followed, past at most `reach` words of `between`, by a word: that word's index. */
function wordsAfter(words: readonly string[], phrases: readonly (readonly string[])[], between: ReadonlySet<string>, reach: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = phrases.find((p) => p.every((w, k) => words[i + k] === w));
    if (!phrase) continue;
    let j = i + phrase.length;
    while (j < words.length && j - i - phrase.length < reach && between.has(words[j]!)) j++;
    if (j < words.length) out.push(j);
  }
  return out;
}

/** The first word after each turning down, past the little words between: the things turned down; and injuries denied. */
export function unwantedWords(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const j of wordsAfter(words, DENIED, DENIED_BETWEEN, 3)) {
    if (!INJURY.has(words[j]!)) continue;
    out.add(words[j]!);
    // "didn't lift anything heavy": the weight of what was not lifted is no subject either.
    let k = j + 1;
    if (words[k] === 'anything') k++;
    if (words[k] === 'heavy' || words[k] === 'weight') out.add(words[k]!);
  }
  for (const j of wordsAfter(words, TURN_DOWN, BETWEEN, REACH)) out.add(words[j]!);
  const asideAt = wordsAfter(words, SET_ASIDE, BETWEEN, REACH);
  for (const j of asideAt) {
    out.add(words[j]!);
    // And what it is for: "rather than waiting for an appointment" sets the appointment aside too.
    if (!OBJECT_OF.has(words[j + 1] ?? '')) continue;
    let k = j + 2;
    while (k < words.length && k - j - 2 < REACH && BETWEEN.has(words[k]!)) k++;
    if (k < words.length) out.add(words[k]!);
  }
  // "Apart" is a word of "tell apart" (Piriformis syndrome's examples): carried by "apart from", it says nothing.
  if (asideAt.length && words.includes('apart')) out.add('apart');
  // One of our two areas said not to be the one, beside the other ("how would I know it's coming from my hip
  // joint and not my spine"): the area denied is no subject.
  for (const j of wordsAfter(words, AREA_DENIED, AREA_BETWEEN, REACH)) {
    const area = AREA_OF.get(words[j]!);
    if (area !== undefined && words.some((w, i) => i !== j && AREA_OF.has(w) && AREA_OF.get(w) !== area)) out.add(words[j]!);
  }
  for (const i of wellAreas(words)) out.add(words[i]!);
  for (const i of deniedSpread(words)) out.add(words[i]!);
  return out;
}

/**
 * A spread down the leg said not to happen ("sore to bend, nothing going down the leg. Have I just pulled something?",
 * "no pain down my legs", "it does not go into my thigh"): the words of the spread denied are no subject (searched,
 * they answered with Pain that spreads down the leg). Their indexes.
 */
function deniedSpread(words: readonly string[]): number[] {
  const out: number[] = [];
  for (const j of wordsAfter(words, SPREAD_DENIED, SPREAD_BETWEEN, 4)) {
    if (!SPREAD_WAY.has(words[j]!)) continue;
    let k = j + 1;
    while (k < words.length && k - j <= 3 && LIMB_BETWEEN.has(words[k]!)) k++;
    if (LIMB.has(words[k] ?? '')) out.push(j, k);
  }
  return out;
}
const SPREAD_DENIED: readonly (readonly string[])[] = [['nothing'], ['no'], ['not'], ['never']];
/** Between the denial and the way it would spread ("nothing going down", "no pain shooting into", "not really gone down"). */
const SPREAD_BETWEEN = new Set(['pain', 'pains', 'going', 'goes', 'go', 'gone', 'shooting', 'radiating', 'travelling', 'traveling', 'spreading', 'running',
  'coming', 'that', 'it', 'is', 'does', 'has', 'really', 'at', 'all', 'anything', 'symptoms', 'numbness', 'tingling']);
const SPREAD_WAY = new Set(['down', 'into']);
const LIMB_BETWEEN = new Set(['my', 'the', 'a', 'either', 'both', 'one', 'of', 'each', 'his', 'her']);
const LIMB = new Set(['leg', 'legs', 'thigh', 'thighs', 'calf', 'calves', 'foot', 'feet', 'knee', 'knees']);

/**
 * Where one of our areas is said to be well now ("Back's all sorted now thanks to you! Quick one: is it ok to ride with
 * a head cold?", "my back's been fine for ages, can you recommend a yoga teacher training?"): no subject of the
 * question, nor a place that makes it ours. Not when what follows takes it back ("my back was fine until I lifted the
 * box", "fine for ages but today it went"), nor when it is asked ("is my back ok to run on?").
 */
export function wellAreas(words: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!AREA_OF.has(words[i]!) || words.slice(Math.max(0, i - 2), i).some((w) => AUXILIARIES.has(w))) continue;
    // Set aside ("Hip niggle aside, how should I pace the first half?"): no subject either.
    if (words.slice(i + 1, i + 1 + ASIDE_REACH).includes('aside')) {
      out.push(i);
      continue;
    }
    let j = i + 1;
    // Areas said well together ("hips and back are all good"): each is.
    let joined = 0;
    while (words[j] === 'and' && AREA_OF.has(words[j + 1] ?? '')) {
      j += 2;
      joined += 2;
    }
    while (j < words.length && j - i - joined <= 3 && WELL_BETWEEN.has(words[j]!)) j++;
    // "Better" is well only as a state, not beside something it is better than ("my hip is better than my back").
    if (!WELL.has(words[j] ?? '') || (words[j] === 'better' && words[j + 1] === 'than')) continue;
    if (words.slice(j + 1, j + 1 + WELL_REACH).some((w, k) => (TAKEN_BACK.has(w) && !turnsToOther(words, j + 1 + k)) || (w === 'now' && k > 0))) continue;
    out.push(i);
  }
  return out;
}

/** The words with our areas said to be well blanked (`wellAreas`). */
export function withoutWellAreas(words: readonly string[]): string[] {
  const well = new Set(wellAreas(words));
  return well.size ? words.map((w, i) => (well.has(i) ? '' : w)) : [...words];
}

/** How many words may stand between an area and "aside" ("hip niggle aside", "back stuff aside"). */
const ASIDE_REACH = 3;
/** Possessives and articles that open another thing's clause after "but" ("fine now, but my wrist is swollen"). */
const OTHER_OPENERS = new Set(['my', 'the', 'his', 'her', 'your', 'our']);
/**
 * Whether "but" at `i` turns to another thing than our areas ("my back's fine now, but my wrist is swollen", "a lot
 * better, but I've got shin splints"): the contrast is with that thing, and the area stays well. "Fine but now it
 * aches", "fine but my back went again", "better but I've got a new pain in my hip" take it back.
 */
function turnsToOther(words: readonly string[], i: number): boolean {
  if (words[i] !== 'but') return false;
  let at: number;
  if (words[i + 1] === 'i') {
    // "…but I've got a nasty ingrown toenail": the writer having something, then what it is.
    at = i + 2;
    while (HAVING.has(words[at] ?? '')) at++;
    if (at === i + 2) return false;
    while (ARTICLES.has(words[at] ?? '')) at++;
  } else if (OTHER_OPENERS.has(words[i + 1] ?? '')) at = i + 2;
  else return false;
  const next = words.slice(at, at + 3);
  return next.length > 0 && !next.some((w) => AREA_OF.has(w) || w === 'lower' || w === 'pain' || w === 'it');
}
/** Verbs of having after "but I" ("but I've got", "but I have", "but I now have"). */
const HAVING = new Set(['have', 'got', 'now', 'also', 'do']);
/** Articles and quantifiers before the thing had ("a nasty ingrown toenail", "some", "this"). */
const ARTICLES = new Set(['a', 'an', 'this', 'some', 'another', 'the']);
/** Words of an area being well: fine, sorted, good, grand, healed ("my back's all good now"). */
const WELL = new Set(['fine', 'sorted', 'ok', 'okay', 'good', 'grand', 'great', 'healed', 'recovered', 'better']);
/** Auxiliaries before the area that ask whether it is well rather than tell it ("is my back ok", "will my hip be fine"). */
const AUXILIARIES = new Set(['is', 'are', 'will', 'would', 'should', 'could', 'can', 'does', 'do', 'was']);
/** Words between the area and its being well ("back has been fine", "back is all sorted", "back's totally fine"). */
const WELL_BETWEEN = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'been', 'all', 'totally', 'completely', 'fully', 'absolutely', 'much', 'now', 'feels', 'feeling', 'so', 'a', 'lot', 'loads', 'way']);
/**
 * Words that take being well back, within a few words after it ("fine until I sit", "fine but now it aches", "fine for
 * years and suddenly…"); and "now" after other words ("fine for years and now it's agony"), not "sorted now".
 */
const TAKEN_BACK = new Set(['until', 'till', 'til', 'but', 'except', 'apart', 'unless', 'when', 'whenever', 'then', 'though', 'although', 'yet', 'if', 'suddenly', 'since']);
const WELL_REACH = 6;

/** Our two areas, by their words. */
const AREA_OF = new Map([
  ['hip', 'hip'], ['hips', 'hip'],
  ['back', 'back'], ['spine', 'back'], ['spinal', 'back'], ['lumbar', 'back'],
]);
/**
 * Words that deny the area after them, or set it aside as the one not asked about ("what signs would point to it being
 * my back rather than my hip?", "is it my hip rather than my spine?": the signs of the first are asked).
 */
const AREA_DENIED: readonly (readonly string[])[] = [['not'], ['rather', 'than'], ['instead', 'of'], ['as', 'opposed', 'to']];
/** Words between the denial and the area ("not actually in my back", "not from the spine"). */
const AREA_BETWEEN = new Set(['my', 'the', 'your', 'his', 'her', 'in', 'from', 'of', 'actually', 'really', 'just', 'a', 'lower', 'low']);
