// The WordNet side of the red-flag vocabulary: content/vocabulary.yaml names WordNet senses per
// concept; `npm run vocab` expands them into content/vocabulary.wordnet.yaml, read here at start.
import { z } from 'zod';
import { ContentError, loadYamlFile } from '../contentFile.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes');
// "+hyponyms" adds the sense's direct kinds; "+allkinds" its kinds at every depth (dog → retriever → labrador
// retriever); "+parts" its parts (WordNet part meronyms: leg → knee, shin).
const SENSE = /^([a-z_'-]+)\.([nvasr])\.(\d+)(\+hyponyms|\+allkinds|\+parts)?$/;

const EXCLUSION = /^!([a-z' .-]+)$/;
const SENSE_OR_EXCLUSION = new RegExp(`${SENSE.source}|${EXCLUSION.source}`);

/** The words a concept's "!word" entries leave out. */
export function exclusionsOf(entries: readonly string[]): Set<string> {
  return new Set(entries.flatMap((e) => EXCLUSION.exec(e)?.[1] ?? []));
}

const specSchema = z
  .object({
    version: z.literal(1),
    // "!word": a word the senses bring that is left out (a name or another common meaning: "tom", "hen");
    // "!noun.person": every word with a sense in that WordNet lexicographer file.
    concepts: z.record(slug, z.array(z.string().regex(SENSE_OR_EXCLUSION, 'write a sense as lemma.pos.n, e.g. urinate.v.1, or a word to leave out as !word')).min(1)),
  })
  .strict();

const generatedSchema = z
  .object({ version: z.literal(1), concepts: z.record(slug, z.array(z.string().min(1)).default([])) })
  .strict();

export type VocabularySpec = z.infer<typeof specSchema>;

export function loadVocabularySpec(file: string): VocabularySpec {
  return loadYamlFile(file, specSchema);
}

export function parseSense(text: string): { lemma: string; pos: string; n: number; hyponyms: boolean; allKinds: boolean; parts: boolean } {
  const m = SENSE.exec(text);
  if (!m) throw new Error(`not a sense: ${text}`);
  return { lemma: m[1]!, pos: m[2]!, n: Number(m[3]), hyponyms: m[4] === '+hyponyms', allKinds: m[4] === '+allkinds', parts: m[4] === '+parts' };
}

/** Word lists of content/screening.yaml that WordNet feeds as it feeds concepts (the animals people keep). */
const WORD_LISTS = new Set(['animals']);

/** The generated words by concept, as content/vocabulary.wordnet.yaml holds them (the answer engine reads its animals). */
export function loadGeneratedWords(generatedFile: string): Record<string, string[]> {
  return loadYamlFile(generatedFile, generatedSchema).concepts;
}

/**
 * The generated words by concept. Every concept of the spec must be in the generated file, and
 * every generated concept must be one the detector knows: a stale or hand-edited file stops the start.
 */
export function loadWordnetWords(specFile: string, generatedFile: string, knownConcepts: Set<string>): Record<string, string[]> {
  const spec = loadVocabularySpec(specFile);
  const generated = { concepts: loadGeneratedWords(generatedFile) };
  for (const name of Object.keys(spec.concepts)) {
    if (!(name in generated.concepts)) throw new ContentError(generatedFile, undefined, `no words for "${name}": run \`npm run vocab\` after editing content/vocabulary.yaml`);
    if (!knownConcepts.has(name) && !WORD_LISTS.has(name)) throw new ContentError(specFile, undefined, `concepts.${name}: no such concept in content/triage.yaml or content/screening.yaml`);
  }
  return generated.concepts;
}
