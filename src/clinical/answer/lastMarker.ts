// The last of a message's markers and the words after it: shared by the frames that read a message from its
// last change of subject (switchFrame.ts) or its last restart (restartFrame.ts).
import { apostropheOptional, phraseAlternation } from '../text/phraseAlternation.ts';

/** The pattern of markers as whole words (an apostrophe optional), a letter or none before; `after` is a lookahead's pattern. */
export function markerPattern(markers: readonly string[], before = '', after = ''): RegExp {
  return new RegExp(`${before}(?:^|[^\\p{L}])(?:${phraseAlternation([...markers], apostropheOptional)})(?![\\p{L}])${after}`, 'giu');
}

/** Where the last marker starts, and the words after it without the punctuation that joined them; undefined when none, or no words follow. */
export function afterLastMarker(marker: RegExp, text: string): { start: number; rest: string } | undefined {
  let last: RegExpMatchArray | undefined;
  for (const m of text.matchAll(marker)) last = m;
  if (!last) return undefined;
  const rest = text.slice(last.index! + last[0].length).replace(/^[\s\p{P}]+/u, '');
  return /\p{L}/u.test(rest) ? { start: last.index!, rest } : undefined;
}
