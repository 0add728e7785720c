// WordNet, precomputed (scripts/wordnet-cache.ts → wordnet-cache.json): everyday words mapped to the
// article word they share a meaning with, real English words the spelling corrector must not
// "correct", and the parts of the body the articles explain only in their text ("bursa"). Read once;
// WordNet itself is never consulted while answering.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WordNetCache {
  /** Lay word → article word. */
  synonyms: Map<string, string>;
  /** Formal or technical word → article word, by WordNet's pertainyms and rare words' hypernyms ("gluteal" → buttock, "aetiology" → cause). */
  formal: Map<string, string>;
  /** English words spelt close to a content word: not typos. */
  english: Set<string>;
  /** Parts of the body the articles explain in their text only (WordNet noun.body, rare in everyday English). */
  subjects: Set<string>;
  /** Other parts of the body that WordNet makes part of a place of ours (the knee, part of the leg). */
  partsOfPlaces: Set<string>;
  /** Words whose most frequent sense is a food or a substance (WordNet noun.food, noun.substance). */
  substances: Set<string>;
  /** Words of our headings whose most frequent sense is a part of the body (WordNet noun.body: muscle, joint). */
  headingBody: Set<string>;
  /** Adjectives naming a field (WordNet adj.pert: dental, veterinary): they name another service. */
  relational: Set<string>;
  /** Nouns whose most frequent sense is a time (WordNet noun.time: saturday, weekend, evening). */
  times: Set<string>;
  /** WordNet synonyms of the clinic cues' words ("telephone", "company"): known to a clinic question. */
  clinicWords: Set<string>;
  /** Nouns of work and its places (WordNet workplace.n.1, occupation.n.1, duty.n.2, shift.n.3 and their kinds: office, shift, studio). */
  jobWords: Set<string>;
  /** People told by their work ("plasterer", "nurse", "verger"): a job told makes a bare return a return to work. */
  workerWords: Set<string>;
  /** Per section on a kind of medicine ("article-id#Section heading"): the names WordNet files under that kind (naproxen, Advil, Tylenol). */
  medicineKindWords: Map<string, Set<string>>;
  /** Adjectives in several words, one another part of the body, one a function word (WordNet: hands-on, head-on, neck and neck). */
  bodyIdioms: Set<string>;
  /** Verbs of the pain taking over one's life (WordNet affect.v, interfere.v, hinder.v, disrupt.v, ruin.v, mess up, take over…; lifeFrame.ts). */
  lifeVerbs: string[];
  /** The lemmas of WordNet's senses of lifting and carrying ("hoist", "lug", "haul", "pick_up"): with something lifted after them, "lifting" (liftFrame.ts). */
  liftVerbs: string[];
}

export const WORDNET_CACHE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wordnet-cache.json');

let cached: WordNetCache | undefined;

export function loadWordNetCache(file = WORDNET_CACHE): WordNetCache {
  if (file === WORDNET_CACHE && cached) return cached;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { synonyms: Record<string, string>; formal?: Record<string, string>; english: string[]; subjects?: string[]; partsOfPlaces?: string[]; substances?: string[]; headingBody?: string[]; relational?: string[]; times?: string[]; clinicWords?: string[]; jobWords?: string[]; workerWords?: string[]; medicineKindWords?: Record<string, string[]>; bodyIdioms?: string[]; lifeVerbs?: string[]; liftVerbs?: string[] };
  const cache = { synonyms: new Map(Object.entries(raw.synonyms)), formal: new Map(Object.entries(raw.formal ?? {})), english: new Set(raw.english), subjects: new Set(raw.subjects ?? []), partsOfPlaces: new Set(raw.partsOfPlaces ?? []), substances: new Set(raw.substances ?? []), headingBody: new Set(raw.headingBody ?? []), relational: new Set(raw.relational ?? []), times: new Set(raw.times ?? []), clinicWords: new Set(raw.clinicWords ?? []), jobWords: new Set(raw.jobWords ?? []), workerWords: new Set(raw.workerWords ?? []), medicineKindWords: new Map(Object.entries(raw.medicineKindWords ?? {}).map(([ref, ws]) => [ref, new Set(ws)])), bodyIdioms: new Set(raw.bodyIdioms ?? []), lifeVerbs: raw.lifeVerbs ?? [], liftVerbs: raw.liftVerbs ?? [] };
  if (file === WORDNET_CACHE) cached = cache;
  return cache;
}

/**
 * A digest of the content the cache is computed from (the articles, the lexicon, the intents and
 * clinic cues): the cache records it, and a test says when the content changed since
 * (`npm run wordnet-cache` again).
 */
export function wordnetCacheInputs(contentDir: string): string {
  const articles = path.join(contentDir, 'articles');
  const files = [...readdirSync(articles).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(articles, f)), path.join(contentDir, 'lexicon.yaml'), path.join(contentDir, 'intents.yaml')];
  const hash = createHash('sha256');
  for (const f of files) hash.update(path.basename(f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
