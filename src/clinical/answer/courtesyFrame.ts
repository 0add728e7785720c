// Courtesy around a question: "I'm so sorry to trouble you with what is probably a basic query.",
// "Many thanks in advance for your patience.", "Please forgive me if this is not the right place to
// ask." Such a sentence asks nothing and names nothing, but its words (time, patience, place, query)
// dilute the question's and pull towards sections of their own, so it is taken off before the
// message is read, as a letter's greeting and closing are (letterFrame.ts). The markers are content
// (content/lexicon.yaml `courtesy`): English formulae of apology, thanks and deference, a closed
// class, not the words of any question. A sentence that asks ("?"), or names what we cover, another
// subject or a clinic matter ("Sorry, I can't make my appointment on Thursday.") stays.
import { phraseAlternation } from '../text/phraseAlternation.ts';

/** Sentences with their end punctuation. */
const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/gu;

/**
 * Reads a message with its sentences of courtesy taken off; `keep` says whether a sentence names
 * something of its own. The message as it was when nothing would be left.
 */
export function courtesyReader(markers: readonly string[], keep: (sentence: string) => boolean): (text: string) => string {
  if (!markers.length) return (text) => text;
  const marker = new RegExp(`(?<![\\p{L}'’])(?:${phraseAlternation(markers, (p) => p.replace(/'/g, "['’]?"))})(?![\\p{L}])`, 'iu');
  return (text) => {
    const sentences = text.match(SENTENCE) ?? [];
    if (sentences.length < 2) return text;
    const kept = sentences.filter((s) => s.includes('?') || !marker.test(s) || keep(s));
    if (kept.length === sentences.length || kept.length === 0) return text;
    return kept.map((s) => s.trim()).join(' ');
  };
}
