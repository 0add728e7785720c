// How to tell: "How would I know if I've pulled a muscle?", "Is there a way of knowing if hip pain is an
// infection?", "How am I meant to tell whether my set-up is bad for my back?". The frame asks for the signs
// of what follows it; read with it, "how" asks for a treatment and the frame's own words match nothing, so
// questions the rest answers plainly were declined (session 28's blind batch "how can I tell": the frame
// off, 4 more of its 60 answered and one older question, none lost). The words are grammar: a modal, a
// subject and a verb of knowing or telling apart (WordNet tell.v.2 {distinguish, tell apart}, know.v.1,
// check.v.1, find out), a closed class written here.
//
// Kept when what follows is a choice ("…whether it's my hip or my back", "…an infection rather than wear and
// tear", "…which one it is"): telling one from the other is then the question itself, and an article section is about that ("Hip or back, why it is hard to tell").

const SUBJECT = String.raw`(?:i|you|u|we|one|anyone|anybody|someone|somebody|people|a person|they|he|she)`;
const KNOWING = String.raw`(?:tell|know|check|find\s+out|work\s+out|figure\s+out|recogni[sz]e|spot|be\s+sure|judge|distinguish)`;
const FRAME = new RegExp(
  String.raw`(^|[.!?]\s+|[,;:]\s*|\s[-–—]\s)((?:so|but|and|ok|okay|well|also|basically|honestly|just)\s+)?` +
    String.raw`(?:how\s+(?:can|do|does|would|could|will|should|did|might|is|are|am)\s+${SUBJECT}?\s*(?:be\s+|ever\s+|actually\s+|really\s+|even\s+)?(?:meant\s+to\s+|supposed\s+to\s+|able\s+to\s+|going\s+to\s+|gonna\s+)?${KNOWING}` +
    String.raw`|is\s+there\s+(?:a|any|some)\s+(?:way|test|sign)\s+(?:of|to|for)\s+(?:tell(?:ing)?|know(?:ing)?|check(?:ing)?|find(?:ing)?\s+out|work(?:ing)?\s+out)` +
    String.raw`|what(?:'s|’s|\s+is)\s+the\s+(?:best\s+|easiest\s+|simplest\s+)?way\s+(?:to|of)\s+(?:tell(?:ing)?|know(?:ing)?|check(?:ing)?|find(?:ing)?\s+out))` +
    // "if", "whether", "that" go with the frame; a question word stays ("how do you know when…": when).
    String.raw`\s+(?:(?:if|whether|that)\s+|(?=when|which|what|where|who))?`,
  'iu',
);

/** A choice between two: "A or B", "A rather than B", "A and not B", "which", "tell them apart". */
const CHOICE = /\b(?:or|rather\s+than|instead\s+of|versus|vs|and\s+not|apart|which)\b/i;

/** Where a pain comes from, the hip or the back: "…if my pain is from my back" asks for the signs of each, which
 *  is what a section is about ("Signs the pain comes from the spine"); read without the frame it is a statement. */
const SOURCE = /\bfrom\s+(?:my|the|your|a)\s+(?:lower\s+|low\s+)?(?:back|hips?|spine|hip\s+joint|joint)\b/i;

/** Reads "how can I tell if X" as "X" (its first such frame); the message as it was otherwise. */
export function tellReader(): (text: string) => string {
  return (text) => {
    const m = FRAME.exec(text);
    if (!m) return text;
    const rest = text.slice(m.index + m[0].length);
    if (!/\p{L}/u.test(rest) || CHOICE.test(rest) || SOURCE.test(rest)) return text;
    return `${text.slice(0, m.index)}${m[1]}${rest}`;
  };
}
