// A question started, taken back and asked again in the same message: "can a bad back cause hip pain or...
// no, other way round, that's what I mean: can a dodgy hip be what's making my back hurt?", "How would I know
// it's my spine - no, the other way round - how do I know if it's my HIP?". What follows the last restart is
// the question; the engine reads it alone only when it stands alone (it is answered by itself), so "does the
// back cause the hip pain or the other way round?" and "…, or vice versa, and how do I tell?" keep their
// subject. It is read before a word taken back ("…, no wait, …" is also a correction marker). The markers are content (content/lexicon.yaml `restarts`): a closed class of English.
import { afterLastMarker, markerPattern } from './lastMarker.ts';

/** A question mark, or a word that opens a question at the start of the message or of a clause. */
const ASKS = /\?|(?:^|[.!?,;:\u2014\u2013-]\s*)(?:what|how|why|when|where|which|who|can|could|does|do|is|are|should|will|would)\b/i;

/**
 * What follows a message's last restart, if any words do and a question came before it. A restart is set off by
 * punctuation after it ("no wait, …", "vice versa: …"; not "no wait at all") and is no alternative ("or vice versa").
 */
export function restartReader(markers: readonly string[]): (text: string) => string | undefined {
  if (!markers.length) return () => undefined;
  const marker = markerPattern(markers, '(?<!\\bor(?:\\s+the)?)', '(?=\\s*[,.:;!?\\u2014\\u2013-])');
  return (text) => {
    const last = afterLastMarker(marker, text);
    // Only a question can be taken back: "Other way round - could my hip…" and "Hi Anita. Other way round from
    // what you said last week — …" turn an earlier message round, which this one does not hold.
    return last && ASKS.test(text.slice(0, last.start).trim()) ? last.rest : undefined;
  };
}
