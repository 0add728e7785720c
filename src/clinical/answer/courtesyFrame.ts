// Courtesy around a question: "I'm so sorry to trouble you with what is probably a basic query.",
// "Many thanks in advance for your patience.", "Please forgive me if this is not the right place to
// ask." Such a sentence asks nothing and names nothing, but its words (time, patience, place, query)
// dilute the question's and pull towards sections of their own, so it is taken off before the
// message is read, as a letter's greeting and closing are (letterFrame.ts). The markers are content
// (content/lexicon.yaml `courtesy`): English formulae of apology, thanks and deference, a closed
// class, not the words of any question. A sentence that asks ("?") stays, as does a clause that names what
// we cover, another subject or a clinic matter ("Sorry, I can't make my appointment on Thursday.").
import { apostropheOptional, phraseAlternation } from '../text/phraseAlternation.ts';

/** Sentences with their end punctuation. */
const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/gu;
/** A sentence's clauses, each with the comma, semicolon or dash after it. */
const CLAUSE = /[^,;—–]+(?:[,;—–]+|$)/gu;

/**
 * Reads a message with its clauses of courtesy taken off, in sentences that ask nothing; `keep` says
 * whether a clause names something of its own. Only the clause with the formula goes ("Sorry to be a pain,
 * it hurts more after sitting." keeps what hurts). The message as it was when nothing would be left.
 */
export function courtesyReader(markers: readonly string[], keep: (clause: string) => boolean): (text: string) => string {
  if (!markers.length) return (text) => text;
  const marker = new RegExp(`(?<![\\p{L}'’])(?:${phraseAlternation(markers, apostropheOptional)})(?![\\p{L}])`, 'iu');
  const courteous = (clause: string) => marker.test(clause) && !keep(clause);
  return (text) => {
    const sentences = text.match(SENTENCE) ?? [];
    if (sentences.length < 2) return text;
    let changed = false;
    const kept = sentences.flatMap((s) => {
      if (s.includes('?') || !marker.test(s)) return [s.trim()];
      const clauses = s.match(CLAUSE) ?? [s];
      const rest = clauses.filter((c) => !courteous(c));
      if (rest.length === clauses.length) return [s.trim()];
      changed = true;
      // What is left keeps the sentence's end ("…, it hurts more after sitting.").
      const left = rest.map((c) => c.trim()).join(' ').replace(/[,;—–]+$/u, '');
      return left ? [/[.!?]$/u.test(left) ? left : `${left}.`] : [];
    });
    if (!changed || kept.length === 0) return text;
    return kept.join(' ');
  };
}
