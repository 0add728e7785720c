// Content phrases (a reporting verb, a polite frame, a role's lead-in) matched in raw message text.
import { escapeRegExp } from './escapeRegExp.ts';

/** One word of a message in a pattern: letters, digits, apostrophes and hyphens ("brother-in-law's"). */
export const WORD = "[\\p{L}\\p{N}'’-]+";

/**
 * Phrases as one regular-expression alternation, longest first ("i would like to ask whether" before
 * "i would like to ask"), any space matching any run of whitespace. `rewrite` adapts each escaped
 * phrase before that (an apostrophe made optional, "i am" also read as "i'm").
 */
export function phraseAlternation(phrases: readonly string[], rewrite: (pattern: string) => string = (p) => p): string {
  return phrases
    .map((p) => p.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => rewrite(escapeRegExp(p)).replace(/\s+/g, '\\s+'))
    .join('|');
}

/** A rewrite for `phraseAlternation`: an apostrophe in a phrase may be typed straight, curly or not at all ("don't", "don’t", "dont"). */
export const apostropheOptional = (pattern: string): string => pattern.replace(/'/g, "['’]?");
