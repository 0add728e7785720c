// A message written as a letter: "Dear Sir or Madam, … Kind regards, Margaret". The greeting and the
// signing-off carry no question, and the name after them is no word of ours: a spelling corrector
// read "Brenda" as "brand" (a word we decline) and "Hilda" as "hold". Both are taken off before a
// message is read. The phrases are content (content/lexicon.yaml `letter`).

import { escapeRegExp } from '../text/escapeRegExp.ts';

export interface LetterFrame {
  greetings: string[];
  closings: string[];
}

/** At most this many words of a name after a closing ("Mr H. Jenkins"). */
const NAME_WORDS = 3;

export function letterFrameReader(frame: LetterFrame): (text: string) => string {
  if (!frame.greetings.length && !frame.closings.length) return (text) => text;
  const alternation = (phrases: string[]) => phrases.map((p) => escapeRegExp(p.trim()).replace(/\s+/g, '\\s+')).join('|');
  // "Dear Sir or Madam,", "Good afternoon.", "Hello Dr Smith,": at the very start, up to its punctuation.
  const greeting = frame.greetings.length ? new RegExp(`^\\s*(?:${alternation(frame.greetings)})\\b[^,.!?\\n]{0,30}[,.!\\n]\\s*`, 'i') : undefined;
  const closing = frame.closings.length ? new RegExp(`(?:^|[\\s,.!?])(?:${alternation(frame.closings)})\\b`, 'gi') : undefined;
  return (text) => {
    let out = greeting ? text.replace(greeting, '') : text;
    if (closing) {
      // The last closing followed only by a name (capitalised words or initials), or by nothing.
      for (const m of [...out.matchAll(closing)].reverse()) {
        // (A note in brackets after the name, "Brenda (aged 72)", goes with it.)
        const rest = out.slice(m.index! + m[0].length).replace(/^[\s,.!]+/, '').replace(/\s*\([^()]{0,20}\)[\s.!]*$/, '').trim();
        const words = rest ? rest.split(/\s+/) : [];
        const allCaps = out === out.toUpperCase();
        if (words.length <= NAME_WORDS && words.every((w) => /^[A-Z][\p{L}'.-]*[,.!]?$/u.test(w) || allCaps)) {
          out = out.slice(0, m.index! + (m[0].match(/^[\s,.!?]/) ? 1 : 0)).trimEnd();
          break;
        }
      }
    }
    return out.trim() ? out : text;
  };
}
