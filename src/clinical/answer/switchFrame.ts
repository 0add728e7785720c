// A change of subject said in so many words: "My back's fine now, thanks — different question
// entirely: how long is flu contagious?", "Unrelated, but which feed is best for roses?". What comes
// after the last such marker is what is asked; what came before is about something else, so neither
// its subject nor its scope carries over. The markers are content (content/lexicon.yaml `switches`):
// a closed class of English, not the words of any question.
import { afterLastMarker, markerPattern } from './lastMarker.ts';

/** Reads a message from after its last change of subject; the message as it was when there is none, or nothing after it. */
export function switchReader(markers: readonly string[]): (text: string) => string {
  if (!markers.length) return (text) => text;
  const marker = markerPattern(markers);
  // The rest, without the punctuation that joined it ("different question entirely: how long…").
  return (text) => afterLastMarker(marker, text)?.rest ?? text;
}
