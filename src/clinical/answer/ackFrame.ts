// A thanks for an answer before the next question: "OK that explains the hip. But my knee has started
// clicking — what's causing that?", "Right, makes sense for the back. What about a stiff neck?". The
// first sentence acknowledges what was said before; what is asked is in the sentences after it, so it
// lends them neither subject nor scope. The openers are content (content/lexicon.yaml `acknowledgements`):
// a closed class of English, not the words of any question. What follows must name a subject of its own
// (the knee, a stiff neck, sciatica): "That explains what sciatica is. So how is it treated?" asks about
// what the thanks named, and is read whole.
import { apostropheOptional, phraseAlternation } from '../text/phraseAlternation.ts';

/** Reads a message without its first sentence when that sentence only acknowledges an answer. */
export function acknowledgementReader(openers: readonly string[], namesSubject: (text: string) => boolean): (text: string) => string {
  if (!openers.length) return (text) => text;
  const opener = new RegExp(`^\\s*(?:(?:ok|okay|right|hmm|ah|oh|great|cool)[\\s,.!]+)?(?:${phraseAlternation([...openers], apostropheOptional)})(?![\\p{L}])`, 'iu');
  return (text) => {
    const end = /[.!]\s+(?=\S)/u.exec(text);
    if (!end) return text;
    const first = text.slice(0, end.index + 1);
    const rest = text.slice(end.index + end[0].length);
    return opener.test(first) && /\p{L}/u.test(rest) && namesSubject(rest) ? rest : text;
  };
}
