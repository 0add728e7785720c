// A question started, taken back and asked again in the same message: "can a bad back cause hip pain or...
// no, other way round, that's what I mean: can a dodgy hip be what's making my back hurt?", "How would I know
// it's my spine - no, the other way round - how do I know if it's my HIP?". What follows the last restart is
// the question; the engine reads it alone only when it stands alone (it is answered by itself), so "does the
// back cause the hip pain or the other way round?" and "…, or vice versa, and how do I tell?" keep their
// subject. It is read before a word taken back ("…, no wait, …" is also a correction marker). The markers are content (content/lexicon.yaml `restarts`): a closed class of English.
import { phraseAlternation } from '../text/phraseAlternation.ts';

/** A question mark, or a word that opens a question at the start of the message or of a clause. */
const ASKS = /\?|(?:^|[.!?,;:\u2014\u2013-]\s*)(?:what|how|why|when|where|which|who|can|could|does|do|is|are|should|will|would)\b/i;

/**
 * What follows a message's last restart, if any words do and a question came before it. A restart is set off by
 * punctuation after it ("no wait, …", "vice versa: …"; not "no wait at all") and is no alternative ("or vice versa").
 */
export function restartReader(markers: readonly string[]): (text: string) => string | undefined {
  if (!markers.length) return () => undefined;
  const marker = new RegExp(`(?<!\\bor(?:\\s+the)?)(?:^|[^\\p{L}])(?:${phraseAlternation([...markers], (p) => p.replace(/'/g, "['’]?"))})(?![\\p{L}])(?=\\s*[,.:;!?\\u2014\\u2013-])`, 'giu');
  return (text) => {
    let end = -1;
    let start = 0;
    for (const m of text.matchAll(marker)) [start, end] = [m.index, m.index + m[0].length];
    if (end < 0) return undefined;
    // Only a question can be taken back: "Other way round - could my hip…" and "Hi Anita. Other way round from
    // what you said last week — …" turn an earlier message round, which this one does not hold.
    if (!ASKS.test(text.slice(0, start).trim())) return undefined;
    const rest = text.slice(end).replace(/^[\s\p{P}]+/u, '');
    return /\p{L}/u.test(rest) ? rest : undefined;
  };
}
