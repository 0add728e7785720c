// A wish, a plan or a coming event told around the question: "My daughter's wedding is in 6 weeks and
// I really want to dance at it.", "Starting a new office job next week…", "Hoping to do the Coast to
// Coast walk in September." It says why the patient asks, not what about, and its words pull towards
// sections of their own (a walk to Signs the pain comes from the hip, a job to Going back to work). A
// part of the message (a clause, focus.ts) that tells one, asks nothing and names nothing we cover is
// taken off before the question is read, as who said something is (hearsay.ts). The frames are content
// (content/lexicon.yaml `plans`): closed classes of English — wishes and intentions, and the times
// that place an event ahead ("next week", "in 6 weeks", "on Friday") — not the words of any question.
import { apostropheOptional, phraseAlternation } from '../text/phraseAlternation.ts';
import { asksSomething, clausesOf } from './focus.ts';
import { firstTag } from '../natural.ts';

/** Words that place a part in the past whatever its verbs: "ago", "last week", "since". */
const PAST_WORDS = new Set(['ago', 'last', 'since', 'was', 'were', 'did', 'had', 'been', 'time', 'times']);

/**
 * Whether a part tells something past: a past-tense verb (natural's tagger lexicon, its first tag) or
 * a word above. Not "got": "I've got a flight next month" has a flight.
 */
function tellsPast(part: string): boolean {
  return part
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .some((w) => PAST_WORDS.has(w) || (w !== 'got' && firstTag(w) === 'VBD'));
}

export interface PlanFrames {
  /** A wish or an intention: "want to", "hoping to", "my goal is". */
  wishes: string[];
  /** A time ahead: "next week", "this summer", "by the end of". */
  ahead: string[];
}

/** "In 6 weeks", "in three months' time": a count of days ahead (not "for 6 weeks", "6 weeks ago"). */
const IN_SOME_TIME = /\bin\s+(?:a|an|a\s+few|a\s+couple\s+of|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?|years?)\b(?!\s+ago)/iu;

/**
 * Reads a message with its plan frames taken off; `ours` says whether a part names what we cover (the
 * hip, the back, a subject of the articles), which is never taken off. The message is returned as it
 * was when nothing is taken off, or when nothing would be left.
 */
export function planFrameReader(frames: PlanFrames, ours: (part: string) => boolean): (text: string) => string {
  if (!frames.wishes.length && !frames.ahead.length) return (text) => text;
  // "I'd like to" is also typed "id like to" and "I would like to".
  const alternation = (phrases: string[]) => phraseAlternation(phrases, apostropheOptional);
  const wish = frames.wishes.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(frames.wishes)})(?![\\p{L}])`, 'iu') : undefined;
  const ahead = frames.ahead.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(frames.ahead)})(?![\\p{L}])`, 'iu') : undefined;
  // A time alone places an event ahead only in a part that tells nothing past: "on Friday I lifted a
  // box", "the third time this year" are the story.
  const isPlan = (part: string) => Boolean(wish?.test(part) || ((ahead?.test(part) || IN_SOME_TIME.test(part)) && !tellsPast(part)));
  return (text) => {
    const parts = clausesOf(text);
    if (parts.length < 2) return text;
    const dropped = parts.map((p) => isPlan(p) && !asksSomething(p) && !ours(p));
    if (!dropped.includes(true) || dropped.every(Boolean)) return text;
    // Taken off where they stand, so the punctuation between the other parts stays.
    let out = '';
    let from = 0;
    parts.forEach((part, i) => {
      const at = text.indexOf(part, from);
      if (at < 0) return;
      if (!dropped[i]) out += text.slice(from, at + part.length);
      else out += ' ';
      from = at + part.length;
    });
    out += text.slice(from);
    const tidy = out.replace(/^[\s,;:.!-]+/u, '').replace(/\s+([,.;:!?])/gu, '$1').replace(/([,;:])\s*(?=[.!?]|$)/gu, '').replace(/\s{2,}/gu, ' ').trim();
    return tidy || text;
  };
}
