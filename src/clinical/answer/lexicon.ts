// content/lexicon.yaml: lay words → article words, and what the articles do not cover.
import { z } from 'zod';
import { loadYamlFile } from '../contentFile.ts';
import { normalise } from './normalise.ts';

const phrase = z.string().min(1);
const lexiconSchema = z
  .object({
    synonyms: z.record(phrase, z.array(phrase).min(1)).default({}),
    acronyms: z.record(z.string().regex(/^[A-Za-z]+$/, 'letters only'), phrase).default({}),
    scope: z
      .object({
        never: z.array(phrase).default([]),
        unlessAbout: z.array(phrase).default([]),
        about: z.array(phrase).default([]),
      })
      .strict()
      .default({}),
  })
  .strict();

export type LexiconFile = z.infer<typeof lexiconSchema>;

/** The lexicon ready for use: every phrase normalised the same way as the text it is applied to. */
export interface Lexicon {
  /** Lay phrase (normalised, space-separated words) → article words. */
  replacements: Map<string, string>;
  /** Capitalised abbreviation → article words, matched case-sensitively on the raw text. */
  acronyms: Map<string, string>;
  /** Longest lay phrase in words, to bound the phrase search. */
  maxPhraseWords: number;
  never: Set<string>;
  unlessAbout: Set<string>;
  about: Set<string>;
}

export function loadLexicon(file: string): Lexicon {
  return buildLexicon(loadYamlFile(file, lexiconSchema));
}

export function buildLexicon(data: z.input<typeof lexiconSchema> = {}): Lexicon {
  const parsed = lexiconSchema.parse(data);
  const replacements = new Map<string, string>();
  let maxPhraseWords = 1;
  for (const [target, lays] of Object.entries(parsed.synonyms)) {
    const to = normalise(target).join(' ');
    for (const lay of lays) {
      const words = normalise(lay);
      if (words.length === 0) continue;
      replacements.set(words.join(' '), to);
      maxPhraseWords = Math.max(maxPhraseWords, words.length);
    }
  }
  const set = (xs: string[]) => new Set(xs.map((x) => normalise(x).join(' ')).filter(Boolean));
  return {
    replacements,
    acronyms: new Map(Object.entries(parsed.acronyms)),
    maxPhraseWords,
    never: set(parsed.scope.never),
    unlessAbout: set(parsed.scope.unlessAbout),
    about: set(parsed.scope.about),
  };
}

/** Expands capitalised abbreviations ("AS", "RA") in raw text, before it is lower-cased. */
export function expandAcronyms(text: string, lexicon: Lexicon): string {
  if (lexicon.acronyms.size === 0) return text;
  return text.replace(/\b[A-Za-z]+\b/g, (w) => lexicon.acronyms.get(w) ?? w);
}

/** Replaces lay phrases by article words, longest phrase first, left to right. */
export function applySynonyms(words: string[], lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let n = Math.min(lexicon.maxPhraseWords, words.length - i); n >= 1; n--) {
      const to = lexicon.replacements.get(words.slice(i, i + n).join(' '));
      if (to === undefined) continue;
      out.push(...to.split(' '));
      i += n;
      matched = true;
      break;
    }
    if (!matched) out.push(words[i++]!);
  }
  return out;
}

/** Phrases of `set` (one or more words) that occur in `words`. */
export function phrasesIn(words: string[], set: Set<string>): string[] {
  const found: string[] = [];
  const text = ` ${words.join(' ')} `;
  for (const p of set) if (text.includes(` ${p} `)) found.push(p);
  return found;
}
