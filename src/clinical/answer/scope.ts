// The out-of-scope guard, part 1: topics the articles do not cover, listed in content/lexicon.yaml.
// Part 2 (a match must rest on a term specific to the section) lives in the engine, measured on
// the content's own document frequencies.
import { firstTag } from '../natural.ts';
import { toldOfAnimal } from '../text/animalTold.ts';
import { hasPhrase, phraseSpans, shapeOf, type Lexicon } from './lexicon.ts';
import { withoutWellAreas } from './unwanted.ts';

/** Letters a drug name has before its ending at least ("april" is no "-pril" drug). */
const MIN_STEM = 3;

const placesOf = new WeakMap<Lexicon, Set<string>>();

/**
 * The places of the body that are ours: the areas of `about` not found all over the body (the hip,
 * the back, a leg), and the parts of them (the knee, the foot: parts of the leg).
 */
function places(lexicon: Lexicon): Set<string> {
  let p = placesOf.get(lexicon);
  if (!p) placesOf.set(lexicon, (p = new Set([...[...lexicon.about].filter((w) => !lexicon.anywhere?.has(w)), ...(lexicon.partsOfPlaces ?? [])])));
  return p;
}

/** Words that say pain goes on down to a part ("down past my knee", "down to my calf"), as the articles say "spreads below the knee". */
const DOWN = new Set(['down', 'past']);
/** How many words may stand between "down" and the part ("down past my knee", "down to my calf"). */
const DOWN_REACH = 4;

/**
 * Whether the words take pain down to a part of a place of ours ("the pain has spread down past my
 * knee"): the leg it belongs to is then named, though no word of `about` is (issue 10's ninth round).
 */
export function spreadsTo(words: readonly string[], lexicon: Lexicon): boolean {
  const parts = lexicon.partsOfPlaces;
  if (!parts?.size) return false;
  // Down a thing that is no part of the body ("when I go down the stairs my knee clicks") takes nothing
  // down the leg: between "down" and the part only parts and small words (natural's tagger: no noun or verb).
  const onTheWay = (x: string) => parts.has(x) || lexicon.about.has(x) || !/^(NN|VB)/.test(firstTag(x) ?? 'NN');
  const downTo = (i: number) => {
    const from = Math.max(0, i - DOWN_REACH);
    for (let j = i - 1; j >= from; j--) if (DOWN.has(words[j]!)) return words.slice(j + 1, i).every(onTheWay);
    return false;
  };
  return words.some((w, i) => parts.has(w) && (downTo(i) || beyondFirstPart(words, i, parts)));
}

/**
 * Pain put beyond the part at `i` ("below the knee", "gone into my calf"), the first part the words
 * name: "my knee hurts below the kneecap" is about the knee.
 */
function beyondFirstPart(words: readonly string[], i: number, parts: ReadonlySet<string>): boolean {
  const at = words.slice(Math.max(0, i - BEYOND_REACH), i).findIndex((x) => BEYOND.has(x));
  return at >= 0 && !words.slice(0, Math.max(0, i - BEYOND_REACH) + at).some((x) => parts.has(x));
}

/** Words that put pain beyond a part ("below the knee", "gone into my calf"), right before it. */
const BEYOND = new Set(['below', 'beyond', 'into']);
/** How many words may stand between them and the part ("into my calf", "below the knee"). */
const BEYOND_REACH = 2;

/** How many words may stand between "my" and a place of ours ("my lower back", "my left hip"). */
const OWN_REACH = 2;

/** The animals a question may be about: every one WordNet knows, or the lexicon's pets alone (a lexicon built in a test). */
const animalsOf = (lexicon: Lexicon): ReadonlySet<string> => lexicon.animals ?? lexicon.pets ?? new Set<string>();

/** Whether the words name the writer's own place of ours: "my hip", "my lower back", not "my dog's back". */
function ownPlace(words: readonly string[], lexicon: Lexicon): boolean {
  const own = places(lexicon);
  return words.some((w, i) => w === 'my' && words.slice(i + 1, i + 2 + OWN_REACH).some((x, j, next) => own.has(x) && !next.slice(0, j).some((y) => animalsOf(lexicon).has(y))));
}

/**
 * Whether a place of ours, or pain, is named other than in what is told of an animal: "is it OK to take my
 * dog out with a sore back", "when the collie pulls, my lower back hurts", not "my horse has a sore back", "our
 * spaniel's back legs are weak" (animalTold.ts). Read in the words as written, where a comma or a full stop
 * ends what is told of the animal.
 */
function placeNotAnimals(text: string, animals: ReadonlySet<string>, lexicon: Lexicon): boolean {
  const own = places(lexicon);
  // ("my dog's": "dog" and its "'s".)
  const tokens = text.toLowerCase().replace(/(\p{L})['’]s\b/gu, "$1 's").match(/'s|[\p{L}\p{N}'’-]+|[.,;:!?()]|\s[-–—]\s/gu) ?? [];
  const breaks = tokens.map((t) => !/[\p{L}\p{N}]/u.test(t));
  // Every animal may stand bare here ("Horse has a sore back, what helps?").
  const told = toldOfAnimal({ words: tokens, breaks, animals: phraseSpans(tokens, animals).map((sp) => ({ ...sp, everyday: true })) });
  // "…could it be his spine?": after one is told of, "his", "her", "its" are the animal's here (no red flag rides on it).
  const its = told.some(Boolean) ? (i: number) => tokens.slice(Math.max(0, i - 2), i).some((x) => ANIMAL_POSSESSIVES.has(x)) : () => false;
  return tokens.some((w, i) => (own.has(w) || PAIN.test(w)) && !told[i] && !its(i));
}

const ANIMAL_POSSESSIVES = new Set(['his', 'her', 'its', 'their']);
/** Pain in its everyday words. */
const PAIN = /^(pain|painful|hurts?|hurting|aches?|aching|achy|sore|agony|twinges?)$/;

const WALK = new Set(['walk', 'walks', 'walking', 'walked']);
/** Words before an animal that make it the subject ("my dog walks funny"), not an errand ("long dog walks"). */
const WHOSE = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'the']);
/** How far before the animal a walk may be told ("walk the dog", "walking my two dogs"). */
const WALK_REACH = 3;

/**
 * Whether an animal is only the writer's errand: "walk the dog", "walking my dogs", "a dog to walk",
 * "after long dog walks" — an everyday activity, which says nothing of the animal's health.
 */
function walksAnimal(words: readonly string[], lexicon: Lexicon): boolean {
  return words.some((w, i) => {
    if (!animalsOf(lexicon).has(w)) return false;
    if (words.slice(Math.max(0, i - WALK_REACH), i).some((x) => WALK.has(x))) return true;
    if (words[i + 1] === 'to' && WALK.has(words[i + 2] ?? '')) return true;
    return WALK.has(words[i + 1] ?? '') && !WHOSE.has(words[i - 1] ?? '');
  });
}

/** Words that say what the question is about ("my question is about my shoulder", "asking about my knee"). */
const ABOUT_FRAMES: readonly (readonly string[])[] = [['question', 'is', 'about'], ['questions', 'are', 'about'], ['asking', 'about'], ['this', 'is', 'about']];
const ABOUT_FILLER = new Set(['my', 'the', 'a', 'his', 'her', 'their', 'our', 'your', 'really', 'actually']);

/**
 * Whether the writer says the question is about another part of the body or another illness ("hip impingement is
 * well managed already, question is about my shoulder"), naming none of ours after it: what we cover, told before
 * it, is the story.
 */
export function declaredAboutOther(words: readonly string[], lexicon: Lexicon): boolean {
  for (let i = 0; i < words.length; i++) {
    const frame = ABOUT_FRAMES.find((f) => f.every((w, k) => words[i + k] === w));
    if (!frame) continue;
    let j = i + frame.length;
    while (j < words.length && ABOUT_FILLER.has(words[j]!)) j++;
    // Unless a place of ours comes after it ("my question is about my knee, can knee pain come from the hip?").
    if (lexicon.unlessAbout.has(words[j] ?? '') && !words.slice(j + 1).some((w) => places(lexicon).has(w))) return true;
  }
  return false;
}

/**
 * Words of a held position (WordNet posture.n.1 {posture, position, pose}, stretch.n.1): "pigeon pose", "cobra stretch"
 * (a pose of any name is read as a stretch before this, analyse.ts).
 */
const HELD_POSITIONS = new Set(['pose', 'poses', 'posture', 'postures', 'position', 'positions', 'stretch', 'stretches']);

/** Whether every animal named is the name of a pose ("is pigeon pose good for hip pain?"): an exercise, no animal. */
function namesPose(words: readonly string[], lexicon: Lexicon): boolean {
  const animals = animalsOf(lexicon);
  const at = words.flatMap((w, i) => (animals.has(w) ? [i] : []));
  return at.length > 0 && at.every((i) => HELD_POSITIONS.has(words[i + 1] ?? ''));
}

/**
 * True when what is asked names a medicine (content/lexicon.yaml `scope.medicines`, or a word ending like
 * a medicine's international name that the content does not use). A medicine only in the story before a
 * question of its own is what was tried, not what is asked (what is asked is read only when the message
 * names a medicine at all).
 */
export function asksAboutMedicine(
  words: readonly string[],
  lexicon: Lexicon,
  known: (word: string) => boolean = () => false,
  askedWords: () => readonly string[] = () => words,
): boolean {
  const namesMedicine = (ws: readonly string[]) =>
    (lexicon.medicines?.size && hasPhrase(ws, lexicon.medicines)) || ws.some((w) => lexicon.drugEndings.some((e) => w.length >= e.length + MIN_STEM && w.endsWith(e)) && !known(w));
  return Boolean(namesMedicine(words) && namesMedicine(askedWords()));
}

/** True when the words name another illness, another part of the body or a subject never ours ("anxious", "my elbow", "tax"). */
export function namesOtherSubject(words: readonly string[], lexicon: Lexicon): boolean {
  return namesNever(words, lexicon) || hasPhrase(withoutBodyIdioms(words, lexicon), lexicon.unlessAbout);
}

/**
 * Whether the word at `i` is what the writer is (not) fit to do: "will they make me too drowsy to code", "well
 * enough to cook" (an adjective or adverb, then "to", then the verb: natural's tagger). The writer's day, not
 * what is asked about.
 */
function ableTo(words: readonly string[], i: number): boolean {
  return words[i - 1] === 'to' && /^(JJ|RB)/.test(firstTag(words[i - 2] ?? '') ?? '');
}

/** A person as the object right after a word: "every day off costs me", "it cost us a holiday". */
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them']);

/**
 * Whether the words name a subject never ours (`never`). Not a word of it with a person right after it
 * ("I'm self-employed so every day off costs me"): the story's loss, not what is asked about.
 */
function namesNever(words: readonly string[], lexicon: Lexicon): boolean {
  const lost = (w: string, i: number) => lexicon.never.has(w) && (OBJECT_PRONOUNS.has(words[i + 1] ?? '') || ableTo(words, i));
  return hasPhrase(words.some(lost) ? words.map((w, i) => (lost(w, i) ? '' : w)) : words, lexicon.never);
}

/**
 * True when the words name something the clinic's articles do not cover. `known` tells words of
 * the content: a word the content uses is never taken for a drug name by its ending. `askedWords`
 * are the words of what is asked, where a medicine counts (the whole message unless its question
 * stands apart from the story).
 */
export function outOfScope(
  words: string[],
  lexicon: Lexicon,
  known: (word: string) => boolean = () => false,
  placeWords: () => readonly string[] = () => words,
  namesTreatmentOrCondition: () => boolean = () => false,
  askedWords: () => readonly string[] = () => words,
  /** The message as written, its punctuation kept: where what is told of an animal ends. */
  text?: string,
): boolean {
  if (namesNever(words, lexicon)) return true;
  if (asksAboutMedicine(words, lexicon, known, askedWords)) return true;
  const animals = animalsOf(lexicon);
  if (animals.size && hasPhrase(words, animals) && !ownPlace(words, lexicon) && !walksAnimal(words, lexicon) && !namesPose(words, lexicon) && !(text !== undefined && placeNotAnimals(text, animals, lexicon))) return true;
  // A food or a substance the articles never name ("how much protein do I need to build muscle"), with
  // no place of ours ("is coffee bad for my back" is still ours).
  // Nor with a subject of our headings ("is physio a waste of time", "massage and that stuff don't
  // work": WordNet's first sense of "waste", "stuff" and "generic" is a substance).
  if (lexicon.substances?.size && words.some((w) => lexicon.substances!.has(w) && !known(w)) && !hasPhrase(withoutWellAreas(placeWords()), places(lexicon)) && !namesTreatmentOrCondition()) return true;
  return aboutAnotherPart(words, lexicon, placeWords);
}

/**
 * True when the words name another part of the body or another illness (`unlessAbout`) and no place
 * of ours. A place of ours said not to be the matter ("it's not my back this time, it's my shoulder")
 * does not make it ours.
 */
export function aboutAnotherPart(words: readonly string[], lexicon: Lexicon, placeWords: () => readonly string[] = () => words): boolean {
  if (!hasPhrase(words, lexicon.unlessAbout)) return false;
  const parts = withoutBodyIdioms(withoutBodyVerbs(words), lexicon);
  if (!hasPhrase(parts, lexicon.unlessAbout)) return false;
  const told = undenied(withoutWellAreas(withoutAdverbBack(withoutBackOfOther(parts, lexicon))));
  if (!hasPhrase(told, lexicon.about)) return !spreadsTo(told, lexicon);
  // Another part of the body with only what is found all over it ("a slipped disc in my neck",
  // "numbness in my hand"): ours only when a place of ours is named too ("pain below the knee from my
  // back"). `placeWords` are the words read without the lay phrases that name a nerve ("trapped
  // nerve" is read as sciatica, which would make a wrist ours).
  return !hasPhrase(undenied(withoutWellAreas(placeWords())), places(lexicon));
}

/** Words between a "not" and the place it denies: "not my back", "is not about my hip", "nothing to do with my back". */
const DENIAL_FILLER = new Set(['about', 'my', 'the', 'this', 'that', 'your', 'his', 'her', 'their', 'really', 'even', 'just', 'actually', 'to', 'do', 'with', 'a']);
const DENIERS = new Set(['not', 'nothing']);
/** How many filler words may stand between the "not" and the place. */
const DENIAL_REACH = 4;

/** Verbs of going and coming before "back" the adverb: "get back to tennis", "going back into the gym". */
const RETURNING = new Set(['get', 'gets', 'getting', 'got', 'go', 'goes', 'going', 'went', 'come', 'comes', 'coming', 'came', 'head', 'heading', 'bounce', 'be']);
/** Words after it that say where to: "back to", "back into", "back home". */
const WHERE_TO = new Set(['to', 'into', 'in', 'on', 'home', 'out']);

/**
 * The words with "back" blanked where it is the adverb of returning ("I'd like to get back to tennis but
 * my elbow hurts"): no place of ours. "Get back pain", "my back" are untouched.
 */
function withoutAdverbBack(words: readonly string[]): string[] {
  return words.map((w, i) => (w === 'back' && RETURNING.has(words[i - 1] ?? '') && WHERE_TO.has(words[i + 1] ?? '') ? '' : w));
}

/** Determiners between "back of" and the part, or "behind" and "back". */
const OWNERS = new Set(['my', 'the', 'your', 'his', 'her', 'their', 'our', 'a', 'one', 'both']);

/**
 * The words with "back" blanked where it is the back of another part ("the back of my knee", "the back of
 * my neck") or reaching behind ("reach behind my back", WordNet back.n.08 "the side that goes last or is
 * not normally seen"): no place of ours.
 */
function withoutBackOfOther(words: readonly string[], lexicon: Lexicon): string[] {
  return words.map((w, i) => {
    if (w !== 'back') return w;
    if (words[i - 2] === 'behind' && OWNERS.has(words[i - 1] ?? '')) return '';
    if (words[i + 1] !== 'of') return w;
    const part = OWNERS.has(words[i + 2] ?? '') ? words[i + 3] : words[i + 2];
    return part !== undefined && lexicon.unlessAbout.has(part) ? '' : w;
  });
}

/** Words before a verb, never before a noun: a subject, a modal, "to", "and", "just". */
const BEFORE_VERB = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'to', 'and', 'or', 'then', 'just', 'should', 'could', 'would', 'will', 'can', 'must', 'might', 'do']);
/** Words after a verb of going or giving: "head straight to hospital", "hand you a sheet", "foot the bill". */
const AFTER_VERB = new Set(['to', 'for', 'straight', 'off', 'out', 'home', 'over', 'into', 'towards', 'toward', 'back', 'down', 'up', 'in', 'you', 'me', 'us', 'them', 'him', 'her', 'the']);

/** Parts of the body that English uses as verbs of moving, giving or paying. */
const BODY_VERBS = new Set(['head', 'heads', 'hand', 'hands', 'foot', 'shoulder', 'elbow', 'nose', 'eye']);

/**
 * The words with a part of the body blanked where it is a verb (WordNet head.v "to go in a direction",
 * hand.v "to give", foot.v "to pay"): "drop everything and head straight to hospital", "do they just
 * hand you a sheet of exercises" name no head and no hand.
 */
function withoutBodyVerbs(words: readonly string[]): string[] {
  return words.map((w, i) => (BODY_VERBS.has(w) && BEFORE_VERB.has(words[i - 1] ?? '') && AFTER_VERB.has(words[i + 1] ?? '') ? '' : w));
}

/** Words that close an adjective used alone ("do they do hands on as well", "just exercises or hands-on too?"). */
const IDIOM_CLOSERS = new Set(['as', 'too', 'also', 'or', 'either']);
const endsIdiom = (next: string | undefined) => next === undefined || IDIOM_CLOSERS.has(next);

/**
 * The words with the parts of the body blanked inside an adjective of several words that names none, before its
 * noun (WordNet's: "hands-on treatment", "a head-on crash"), or alone at the end of what is asked ("do they do
 * hands on as well?"). Not after an owner ("put my hands on my hips"), nor before other words ("tingling hands on
 * and off", "pain in head on the left side" are the hands and the head).
 */
function withoutBodyIdioms(words: readonly string[], lexicon: Lexicon): readonly string[] {
  const idioms = lexicon.bodyIdioms;
  if (!idioms?.size || !hasPhrase(words, idioms)) return words;
  const out = [...words];
  const { first, max } = shapeOf(idioms);
  for (let i = 0; i < words.length; i++) {
    if (!first.has(words[i]!) || OWNERS.has(words[i - 1] ?? '')) continue;
    for (let n = Math.min(max, words.length - i); n >= 2; n--) {
      if (!idioms.has(words.slice(i, i + n).join(' ')) || !(/^NNS?$/.test(firstTag(words[i + n] ?? '') ?? '') || endsIdiom(words[i + n]))) continue;
      for (let j = i; j < i + n; j++) if (lexicon.unlessAbout.has(words[j]!)) out[j] = '';
      i += n - 1;
      break;
    }
  }
  return out;
}

/** The words with every word right after a denial ("not my back") blanked: what the message says is not the matter. */
function undenied(words: readonly string[]): string[] {
  const out = [...words];
  for (let i = 0; i < words.length; i++) {
    if (!DENIERS.has(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= DENIAL_REACH && DENIAL_FILLER.has(words[j]!)) j++;
    if (j < words.length) out[j] = '';
  }
  return out;
}
