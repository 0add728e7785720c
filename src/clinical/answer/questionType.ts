// What kind of answer a question wants (definition, causes, signs, treatment, when to see a doctor,
// prognosis), read from the cue words in content/lexicon.yaml. "What causes sciatica" and "how is
// sciatica treated" share their topic word; only the cue words tell which section answers them.
import { stem } from './analyse.ts';
import { shapeOf, type Lexicon } from './lexicon.ts';

export interface QuestionReading {
  /** Types signalled by the cue words (the fallback type only when no other is). */
  types: string[];
  /** The words outside any cue: what the question is about. */
  rest: string[];
  /** Words of cues that only say the shape of the answer (excerpt-only types: "what percentage", "how many", "roughly"). */
  shape: string[];
  /** The unit counted after such a cue ("how many days"): a word by which an article sentence answers that type. */
  units: string[];
}

/** Cues by their stems, so one form matches all ("treat" matches treated, treating; "get rid of", gets rid of). */
const stemmedCues = new WeakMap<Lexicon, Map<string, string[]>>();

// Articles and possessives are one token in a cue, so "see a doctor" is also "see my doctor", "see the
// doctor", "see your GP" (GP is read as doctor): a cue is written once, not once per determiner.
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'our', 'their']);
const DET = '<det>';
const cueToken = (word: string) => (DETERMINERS.has(word) ? DET : stem(word));

function cuesOf(lexicon: Lexicon): Map<string, string[]> {
  let cues = stemmedCues.get(lexicon);
  if (!cues) {
    cues = new Map();
    for (const [phrase, types] of lexicon.typeCues) {
      const key = phrase.split(' ').map(cueToken).join(' ');
      cues.set(key, [...new Set([...(cues.get(key) ?? []), ...types])]);
    }
    stemmedCues.set(lexicon, cues);
  }
  return cues;
}

/** How many cue phrases of each type the words hold (no fallback rule): how strongly a sentence says it. */
/**
 * The cue phrase starting at word i: its types and how many words it spans, or undefined. A cue written
 * as it is wins; one read across a hedging adverb inside it ("what usually makes", "how exactly do they
 * treat": lexicon `questionTypes.hedges`) counts only when it is longer.
 */
function cueAt(stems: readonly string[], words: readonly string[], i: number, lexicon: Lexicon): { types: string[]; span: number; cueWords: number } | undefined {
  const cues = cuesOf(lexicon);
  const { first } = shapeOf(cues);
  if (!first.has(stems[i]!)) return undefined;
  let found: { types: string[]; span: number; cueWords: number } | undefined;
  for (let n = Math.min(lexicon.maxCueWords, words.length - i); n >= 1; n--) {
    const types = cues.get(stems.slice(i, i + n).join(' '));
    if (types) {
      found = { types, span: n, cueWords: n };
      break;
    }
  }
  const hedges = lexicon.hedges;
  if (!hedges?.size) return found;
  // The same over the words after i that are no hedge, up to the cue's length in words kept.
  const kept: number[] = [i];
  for (let j = i + 1; j < words.length && kept.length < lexicon.maxCueWords; j++) if (!hedges.has(words[j]!)) kept.push(j);
  if (kept.length === 1 || kept[kept.length - 1]! - i + 1 === kept.length) return found;
  for (let n = kept.length; n > (found?.cueWords ?? 0) && n >= 2; n--) {
    const span = kept[n - 1]! - i + 1;
    if (span === n) continue;
    const types = cues.get(kept.slice(0, n).map((k) => stems[k]).join(' '));
    if (types) return { types, span, cueWords: n };
  }
  return found;
}

export function cueCounts(words: readonly string[], lexicon: Lexicon): Map<string, number> {
  const stems = words.map(cueToken);
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; ) {
    // A word that starts no cue phrase is passed over without building the phrases from it.
    const cue = cueAt(stems, words, i, lexicon);
    if (cue) for (const t of cue.types) counts.set(t, (counts.get(t) ?? 0) + 1);
    i += cue ? cue.span : 1;
  }
  return counts;
}

const areaStems = new WeakMap<Lexicon, Set<string>>();

/** Whether the words name a body area, "or", and another body area within three words either side. */
function comparesAreas(words: readonly string[], lexicon: Lexicon): boolean {
  return comparedAreas(words, lexicon).length > 0;
}

/** The stems of the lexicon's body areas (`scope.about`, one word each). */
function areaStemsOf(lexicon: Lexicon): Set<string> {
  let areas = areaStems.get(lexicon);
  if (!areas) areaStems.set(lexicon, (areas = new Set([...lexicon.about].filter((p) => !p.includes(' ')).map(stem))));
  return areas;
}

/**
 * Where two body areas are compared ("…whether it's my hip or my back"): the places of the first area, "or" and the
 * second; none when no two are.
 */
export function comparedAreaPlaces(words: readonly string[], lexicon: Lexicon): { first: number; or: number; second: number }[] {
  const areas = areaStemsOf(lexicon);
  const out: { first: number; or: number; second: number }[] = [];
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k] !== 'or') continue;
    let first = -1;
    for (let j = k - 1; j >= Math.max(0, k - 3) && first < 0; j--) if (areas.has(stem(words[j]!))) first = j;
    let second = -1;
    for (let j = k + 1; j <= Math.min(words.length - 1, k + 3) && second < 0; j++) if (areas.has(stem(words[j]!))) second = j;
    if (first >= 0 && second >= 0 && stem(words[first]!) !== stem(words[second]!)) out.push({ first, or: k, second });
  }
  return out;
}

/** The stems of the body areas compared ("my hip or my spine" → hip, spine); none when no two are. */
export function comparedAreas(words: readonly string[], lexicon: Lexicon): string[] {
  return comparedAreaPlaces(words, lexicon).flatMap(({ first, second }) => [stem(words[first]!), stem(words[second]!)]);
}

/** Whether a word names one of the lexicon's body areas ("spine", "hips"). */
export function isArea(word: string, lexicon: Lexicon): boolean {
  return areaStemsOf(lexicon).has(stem(word));
}

/** Finds cue phrases in words (after synonyms), longest first, left to right. */
export function readQuestionType(words: readonly string[], lexicon: Lexicon): QuestionReading {
  const stems = words.map(cueToken);
  const found = new Set<string>();
  const rest: string[] = [];
  const shape: string[] = [];
  const units: string[] = [];
  const excerptOnly = lexicon.excerptOnly ?? new Set<string>();
  for (let i = 0; i < words.length; ) {
    const cue = cueAt(stems, words, i, lexicon);
    let n = cue?.span ?? 0;
    let only: string[] | undefined;
    if (cue) {
      for (const t of cue.types) found.add(t);
      if (cue.types.every((t) => excerptOnly.has(t))) only = cue.types;
    }
    if (n >= 1) {
      if (only) {
        shape.push(...words.slice(i, i + n));
        // "How many days": the unit of the amount asked, which the answer's sentence says, not its subject.
        const unit = words[i + n];
        if (unit !== undefined && (lexicon.answerCues?.get(unit) ?? []).some((t) => only.includes(t))) {
          units.push(unit);
          n++;
        }
      }
      i += n;
    } else rest.push(words[i++]!);
  }
  // "Is it my hip or my back": one body area or another is a comparison, without a cue word.
  if (comparesAreas(words, lexicon)) found.add('comparison');
  const fallback = lexicon.fallbackType;
  // Only a type that chooses the section displaces the fallback: "what kinds of arthritis" is still a definition.
  if (fallback !== undefined && [...found].some((t) => t !== fallback && !lexicon.excerptOnly?.has(t))) found.delete(fallback);
  return { types: [...found], rest, shape, units };
}

/**
 * A section's share of each type over its heading, its article's title and its example questions,
 * weighted; texts that signal no type count in the total, so a section asked many ways leans less.
 */
export function typeProfile(
  texts: readonly { words: readonly string[]; weight: number }[],
  lexicon: Lexicon,
): Map<string, number> {
  const profile = new Map<string, number>();
  let total = 0;
  for (const { words, weight } of texts) {
    total += weight;
    for (const t of readQuestionType(words, lexicon).types) profile.set(t, (profile.get(t) ?? 0) + weight);
  }
  if (total > 0) for (const [t, w] of profile) profile.set(t, w / total);
  return profile;
}
