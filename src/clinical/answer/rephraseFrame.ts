// A second try after not being understood: "Let me put it another way: what are the most common
// causes…", "ok simpler question - can you pull a muscle in your back?", "Hmm, not what I meant. How long
// does back pain take to settle?", "Forget that. What I actually want to know is whether…". The frame says
// how the question is put, not what it asks: read with it, its words ("way", "simpler", "meant") pull the
// answer off. The frames are content (content/lexicon.yaml `rephrasing`), a closed class of English.
import { apostropheOptional, phraseAlternation } from '../text/phraseAlternation.ts';

/** Words before a frame that only open the message ("ok", "hmm", "no", "sorry"…). */
const OPENERS = '(?:(?:ok|okay|hmm+|ugh+|argh+|no|nope|sorry|right|well|so|oh|erm|um)[\\s,.!]+)*';
/** Up to this many words may follow the frame before its separator ("that's not what I asked at all."). */
const TRAILING_WORDS = 3;

/** Reads a message without the rephrasing frames that open it; the message as it was when there is none. */
export function rephraseReader(frames: readonly string[]): (text: string) => string {
  if (!frames.length) return (text) => text;
  const alternation = phraseAlternation([...frames], apostropheOptional);
  // The frame, a few words of its own, then a separator (":", "-", ".", ",", "?", "!") or, for "what I want
  // to know is" and its kind, nothing: the question runs on.
  const frame = new RegExp(`^\\s*${OPENERS}(?:${alternation})(?:(?:\\s+[\\p{L}'’]+){0,${TRAILING_WORDS}}?\\s*[:.!?,;\\u2014\\u2013-]+\\s*|\\s+(?=(?:whether|if|how|what|why|when|which|where|is|are|can|could|do|does|should|will|would)\\b))`, 'iu');
  return (text) => {
    let out = text;
    // Two frames in a row ("Sorry, badly worded. To be clearer: …").
    for (let i = 0; i < 2; i++) {
      const m = frame.exec(out);
      if (!m || !/\p{L}/u.test(out.slice(m[0].length))) break;
      out = out.slice(m[0].length);
    }
    return out;
  };
}
