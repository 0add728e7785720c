// Where a long message asks its question. People tell a story first ("My dad is 74, he fell in the
// garden last week…") and ask in one part of it ("…what should we do"). The parts are split at
// sentence ends, commas and a "but"/"and"/"so" that starts a new clause; a part that opens like a
// question (what, how, is, can, should…), ends with "?", or says it wants to know something
// ("I'm wondering", "I'd like to know", "not sure whether") is the question.

/** Messages shorter than this (in words) are read whole. */
const MIN_WORDS = 16;

const OPENS_QUESTION = /^(?:(?:so|and|but|or|then|also|basically|honestly|now|well)\s+)*(?:what|what's|whats|why|how|when|which|who|where|is|isn't|are|aren't|am|does|doesn't|do|don't|did|can|can't|could|should|shall|would|will|has|have|any)\b/i;
const ASKS = /\?|\b(?:wonder|wondering|like to know|want to know|need to know|tell me|not sure (?:whether|if|what|how|why|when)|don't know (?:whether|if|what|how|why|when)|dont know (?:whether|if|what|how|why|when)|understand (?:what|how|why|when|it|this|that)|explain|which is it|is that (?:a thing|normal|right|true))\b/i;

/** Pronouns of the third person, standing for a thing just named. */
const POINTS_BACK = /\b(?:it|its|they|them|their)\b/i;

/** Whether a part of a message asks something: it opens like a question, ends with "?" or says it wants to know. */
export function asksSomething(part: string): boolean {
  return OPENS_QUESTION.test(part) || ASKS.test(part);
}

/** Splits a message into its parts (clauses). */
export function clausesOf(message: string): string[] {
  return message
    .split(/(?<=[.?!;:])\s+|,\s+|\s+-+\s+|\s+(?=(?:but|and|so)\s+(?:i|i'm|im|i've|ive|i'd|id|we|is|does|do|can|could|should|will|would|what|how|why|when|which|surely)\b)/i)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/**
 * The part of a long message that asks its question, with the part before it; when these name no
 * subject (`namesSubject`), with the parts that do ("…has ankylosing spondylitis in the family… what
 * are the signs"), and so when the questions name nothing and point at what was told (`pointsToStory`:
 * "Is this normal?"); with the part a question's "it" stands for, when the part between names nothing
 * (`namesOurs`: a subject, the hip, the back…); undefined when the message is short or all question.
 */
export function questionFocus(
  message: string,
  namesSubject: (clause: string) => boolean = () => false,
  pointsToStory: (clause: string) => boolean = () => false,
  namesOurs: (clause: string) => boolean = () => false,
): string | undefined {
  if (message.split(/\s+/).length < MIN_WORDS) return undefined;
  const clauses = clausesOf(message);
  if (clauses.length < 3) return undefined;
  const asking = clauses.map(asksSomething);
  const firstAsk = asking.indexOf(true);
  if (firstAsk < 0) return undefined;
  const lastAsk = asking.lastIndexOf(true);
  const before = Math.max(0, firstAsk - 1);
  // A question that points back, after a part that names nothing (no subject, no place) and points back itself, to
  // a part that names a subject ("…to rule out something called ankylosing spondylitis. I've never heard of it.
  // What is it and is it a type of arthritis?"): the "it" is that subject, and its part is kept too. Not an "it" of
  // the pain ("It's a bit better but still sore", "groin aches and it's worse on the stairs"), nor before a
  // question that points at nothing ("…up most of the night with it. What should I do?").
  const empty = (c: string) => !namesOurs(c) && POINTS_BACK.test(c);
  const questionPointsBack = POINTS_BACK.test(clauses.slice(firstAsk, lastAsk + 1).join(' '));
  const from = before > 0 && questionPointsBack && empty(clauses[before]!) && namesSubject(clauses[before - 1]!) ? before - 1 : before;
  if (from === 0 && lastAsk === clauses.length - 1) return undefined;
  // The question part says what it is about, or the parts that name a subject are kept with it.
  const asks = clauses.slice(from, lastAsk + 1);
  // Questions that name nothing and point back ("Is this normal?", "is that serious?") ask about the
  // whole story, not only its last part: every part that names a subject is kept with them.
  const questions = clauses.slice(firstAsk, lastAsk + 1);
  const aboutStory = !questions.some(namesSubject) && questions.some(pointsToStory);
  const kept = asks.some(namesSubject) && !aboutStory ? asks : clauses.filter((c, i) => (i >= from && i <= lastAsk) || namesSubject(c));
  return kept.length === clauses.length ? undefined : kept.join(', ');
}

/**
 * The last part of a message when it asks and a part before it does not: "I get pins and needles down
 * one leg when I sit at my desk, is a nerve being pinched?". Undefined for a message of one part, or
 * one whose parts all ask.
 */
export function askingPart(message: string): string | undefined {
  const clauses = clausesOf(message);
  if (clauses.length < 2) return undefined;
  // The questions asked one after another at the end ("Is that serious? Can I just wait for my
  // appointment?") are asked together: the first may say what the last is about.
  let first = clauses.length;
  while (first > 0 && asksSomething(clauses[first - 1]!)) first--;
  if (first === 0) return undefined;
  if (first < clauses.length) return clauses.slice(first).join(' ');
  // The question asked first, then only the background ("What does a physio actually do for back pain? I've
  // never been to one. My GP referred me after I hurt my back at rugby."): the leading question is asked.
  let lead = 0;
  while (lead < clauses.length && asksSomething(clauses[lead]!)) lead++;
  return lead > 0 && lead < clauses.length ? clauses.slice(0, lead).join(' ') : undefined;
}
