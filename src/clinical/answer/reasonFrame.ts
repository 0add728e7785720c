// Why the patient asks, told beside the question: "…? Asking cos trials are in three weeks.", "The
// reason I ask is I'm off on a walking holiday in the Lakes", "I need to know because my manager wants
// a return date". Its words (a holiday, a puppy, a manager) pull towards sections of their own, so
// from its opening words to the end of its sentence it is taken off before the question is read, as a
// plan is (planFrame.ts). The openings are content (content/lexicon.yaml `reasons`): a closed class of
// English ways to give one's reason for asking, not the words of any question. A reason that names
// what we cover ("asking because my hip is worse on stairs") stays.
import { apostropheOptional, phraseAlternation } from '../text/phraseAlternation.ts';

/**
 * Reads a message with its reasons for asking taken off; `ours` says whether a part names what we cover.
 * The message as it was when nothing, or nothing but the reason, would be left.
 */
export function reasonFrameReader(openings: readonly string[], ours: (part: string) => boolean): (text: string) => string {
  if (!openings.length) return (text) => text;
  const alternation = phraseAlternation(openings, apostropheOptional);
  // From a reason's opening words, at a sentence's or a clause's start (not "my GP keeps asking as if…"),
  // to the end of its sentence.
  const reason = new RegExp(`(?<=^\\s*|[.?!,;:—–(-]\\s*)(?:${alternation})(?![\\p{L}])[^.?!]*[.!?]*`, 'giu');
  return (text) => {
    const out = text.replace(reason, (m) => (ours(m) ? m : ' '));
    if (out === text) return text;
    const tidy = out.replace(/\s+([,.;:!?])/gu, '$1').replace(/[,;:—–-]\s*$/u, '').replace(/\s{2,}/gu, ' ').trim();
    return tidy.split(/\s+/u).length >= 3 ? tidy : text;
  };
}
