// Who is asking, said first: "I'm a PT and one of my clients…", "As a manager, how should I…",
// "Massage therapist here." The role pulls towards sections of its own words (a massage therapist to
// Massage, acupuncture and chiropractic; "PT" is read as physiotherapy) but names nothing asked. It
// is taken off before the message is read, as who said something is (hearsay.ts). The frames are
// content (content/lexicon.yaml `roles`): a closed class of English, not the words of any one question.
import { phraseAlternation, WORD } from '../text/phraseAlternation.ts';
import { firstTag } from '../natural.ts';

export interface RoleFrames {
  /** What comes before the role at a sentence's start ("i am a", "as a", "i work as a"). */
  before: string[];
  /** What comes after a role that opens a sentence ("here": "Massage therapist here."). */
  after: string[];
  /**
   * The others a role looks after ("one of my clients", "a colleague"): only a role asking about them is
   * taken off. "I'm a smoker, will it slow my back getting better?" asks about the smoker.
   */
  others: string[];
}

/** At most this many words name a role ("the first-aider in our office"). */
const ROLE_WORDS = 5;

/** A role ends on a thing or a person (natural's tagger), or a word it does not know ("PT"): not "I'm a bit worried". */
function isRole(role: string): boolean {
  const last = role.trim().split(/\s+/).pop()!.toLowerCase();
  const tag = firstTag(last);
  return tag === undefined || /^NN/.test(tag);
}

export function roleFrameReader(frames: RoleFrames): (text: string) => string {
  if (!frames.before.length && !frames.after.length) return (text) => text;
  // "I am" is also typed "I'm" and "im".
  const alternation = (phrases: string[]) => phraseAlternation(phrases, (p) => p.replace(/\bi am\b/g, "i(?:['’]?m|\\s+am)"));
  const role = `((?:${WORD}\\s+){0,${ROLE_WORDS - 1}}?${WORD})`;
  const start = '(^|[.!?\\n]\\s*)';
  // "I'm a PE teacher and one of my…", "As a manager, how…": up to a comma, a full stop or an "and".
  const before = frames.before.length ? new RegExp(`${start}(?:${alternation(frames.before)})\\s+${role}\\s*(?:[,.;:!]+|\\s+and\\b)\\s*`, 'giu') : undefined;
  // "Massage therapist here.", "PT here -": a role, then "here", then its punctuation.
  const after = frames.after.length ? new RegExp(`${start}${role}\\s+(?:${alternation(frames.after)})\\s*[,.;:!-]+\\s*`, 'giu') : undefined;
  const others = frames.others.length ? new RegExp(`\\b(?:${alternation(frames.others)})\\b`, 'iu') : undefined;
  return (text) => {
    if (!others) return text;
    let out = text;
    for (const re of [before, after]) {
      if (!re) continue;
      out = out.replace(re, (m: string, lead: string, r: string, at: number, whole: string) => (isRole(r) && others.test(whole.slice(at + m.length)) ? lead : m));
    }
    return out.trim() ? out.trim() : text;
  };
}
