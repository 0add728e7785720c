// A word taken back as soon as it is typed: "What's the usual procrastination, sorry, prognosis, for
// ordinary back pain?", "a slipped dick, sorry, disc". The marker (content/lexicon.yaml `corrections`)
// is set off by commas or dashes; the word before it is taken off when the word after it begins with
// the same letter — the word misspoken and the word meant. Otherwise nothing is taken off: "What is
// sciatica, sorry, if that's a silly question" keeps its subject.
import { apostropheOptional, phraseAlternation } from '../text/phraseAlternation.ts';

/** Reads a message with each word taken back left out; the message as it was when there is none. */
export function correctionReader(markers: readonly string[]): (text: string) => string {
  if (!markers.length) return (text) => text;
  const taken = new RegExp(`(\\p{L}[\\p{L}'’-]*)\\s*[,\\u2014\\u2013-]\\s*(?:${phraseAlternation([...markers], apostropheOptional)})\\s*[,\\u2014\\u2013-]\\s*(\\p{L})`, 'giu');
  return (text) => text.replace(taken, (whole, before: string, after: string) => (before[0]!.toLowerCase() === after.toLowerCase() ? after : whole));
}
