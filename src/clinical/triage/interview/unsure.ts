// "Not sure", typed. The shared yes/no parser knows the common forms; these are the hedges people
// type in a chat ("could be", "kinda", "not 100%", "hmm") that would otherwise be read as no
// answer at all (a re-ask) or, worse, as "no". On a red-flag question, unsure escalates an
// emergency sign, so a hedge must never be mistaken for a denial.
import { parseYesNo } from '../parsers.ts';
import type { FlagAnswer } from '../types.ts';

const HEDGES = [
  /\bnot\s+(100\s*%?|a\s+hundred\s+percent|totally|completely|entirely|quite)\s+sure\b/,
  /\b(no|not\s+a)\s+clue\b/,
  /\bcould\s+be\b/,
  /\bi\s+(guess|suppose)\b/,
  /\b(kind|sort)\s+of\b/,
  /\b(kinda|sorta|maybs|mayb|mebbe|prob|probs|probably)\b/,
  /\bnot\s+(certain|sure)\b/,
  /\bdon'?t\s+no\b/,
  /\bdont\s+know\b/,
  /\bi\s+don'?t\s+think\s+so\s+but\b/,
  /\bcan'?t\s+be\s+sure\b/,
  /\bunclear\b/,
  /^\s*(hmm+|erm+|umm*|uh+|eh+)\s*[.?!]*\s*$/,
  /^\s*\?+\s*$/,
];

/** True when the typed text says the patient is not sure. */
export function readUnsure(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'").trim();
  if (!lower) return false;
  return parseYesNo(lower) === 'unsure' || HEDGES.some((h) => h.test(lower));
}

/** Yes, no or not sure typed to a red-flag question: a hedge is "not sure" before anything else. */
export function readTypedAnswer(text: string): FlagAnswer | undefined {
  return readUnsure(text) ? 'unsure' : parseYesNo(text);
}
