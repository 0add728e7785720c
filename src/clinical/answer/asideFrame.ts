// An aside in brackets inside a question: "(my mum blames the damp, long story)", "[sorry, typing
// one-handed]", "(I colour-code my diary, don't judge)". Its words ("damp", "diary", "hot water bottle")
// pull towards sections of their own and dilute the question's, so an aside that names nothing we cover
// is taken off before the message is read, as a role is (roleFrame.ts). Punctuation only, no word list.
// (Not an aside between dashes: those as often hold the question's own examples, "keep moving — walking,
// a bit of swimming — while it hurts".)

/** Text in round or square brackets, with the space before it. */
const BRACKETED = /\s*[([][^()[\]\n]{1,200}[)\]]/gu;

/**
 * Reads a message with its asides taken off; `ours` says whether a part names what we cover (the hip,
 * the back, a subject of the articles), which is never taken off ("(the left hip, not the right)").
 * The message as it was when nothing would be left.
 */
export function asideReader(ours: (part: string) => boolean): (text: string) => string {
  return (text) => {
    const out = text.replace(BRACKETED, (m) => (ours(m) ? m : ''));
    return out.trim() ? out : text;
  };
}

