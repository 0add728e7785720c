// A change of subject said in so many words: "My back's fine now, thanks — different question
// entirely: how long is flu contagious?", "Unrelated, but which feed is best for roses?". What comes
// after the last such marker is what is asked; what came before is about something else, so neither
// its subject nor its scope carries over. The markers are content (content/lexicon.yaml `switches`):
// a closed class of English, not the words of any question.
import { phraseAlternation } from '../text/phraseAlternation.ts';

/** Reads a message from after its last change of subject; the message as it was when there is none, or nothing after it. */
export function switchReader(markers: readonly string[]): (text: string) => string {
  if (!markers.length) return (text) => text;
  const marker = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation([...markers], (p) => p.replace(/'/g, "['’]?"))})(?![\\p{L}])`, 'giu');
  return (text) => {
    let end = -1;
    for (const m of text.matchAll(marker)) end = m.index + m[0].length;
    if (end < 0) return text;
    // The rest, without the punctuation that joined it ("different question entirely: how long…").
    const rest = text.slice(end).replace(/^[\s\p{P}]+/u, '');
    return /\p{L}/u.test(rest) ? rest : text;
  };
}
