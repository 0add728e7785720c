// What someone means by a word: "what does my doctor mean by sciatica?", "what do physios mean when they
// say muscle imbalance?". The speaker is who used the word, not what is asked about: read with it, "doctor"
// pulls towards When to see a doctor. The question is what the word means: "what is sciatica?".

/** At most this many words name the speaker ("my old GP", "the physio at the gym"). */
const SPEAKER_WORDS = 5;
const FRAME = new RegExp(
  String.raw`\bwhat\s+(?:do|does|did)\s+((?:[\p{L}'’-]+\s+){1,${SPEAKER_WORDS}}?)mean\s+(?:by|when\s+(?:they|he|she|you|people|doctors)\s+(?:say|says|said|talk about|talks about|call it))\s+`,
  'iu',
);

/**
 * The word told as someone's verdict: "what does it mean when my GP says I have sciatica?", "what does it
 * actually mean when someone tells you they've got lower back pain?". The question is what the word means.
 * Only a verdict ("I have…", "it's…"): "…when my GP says I need to lose weight" is advice, read as it is.
 */
const TOLD = new RegExp(
  String.raw`\bwhat\s+(?:do|does|did)\s+it\s+(?:[\p{L}]+ly\s+)?mean\s+when\s+(?:[\p{L}'’-]+\s+){1,${SPEAKER_WORDS}}?(?:say|says|said|tell\s+(?:me|you|us)|tells\s+(?:me|you|us)|told\s+(?:me|you|us)|call\s+it|calls\s+it|called\s+it|write|writes|wrote)\s+(?:that\s+)?(?:(?:i|you|they|he|she|we)(?:\s+have|\s+has|['’]ve|\s+had)\s+(?:got\s+)?|it\s+(?:is|was|might\s+be|could\s+be)\s+|it['’]s\s+)`,
  'iu',
);

/** At most this many words name the thing said ("lower back pain", "non-specific low back pain"). */
const SAID_WORDS = 6;

/**
 * The word said first, its meaning asked after: "when people say 'lower back pain', which bit do they actually
 * mean?", "when my GP says lumbago, what does that cover?", "when a physio says 'non-specific low back pain', what
 * are they actually telling me?". Read as "what is lower back pain?".
 */
const SAID_FIRST = new RegExp(
  String.raw`\bwhen\s+(?:[\p{L}'’-]+\s+){1,${SPEAKER_WORDS}}?(?:say|says|said|talk\s+about|talks\s+about|mention|mentions|use\s+the\s+(?:word|term|phrase)|write|writes|wrote|call\s+it|calls\s+it)\s+['‘"“]?((?:[\p{L}-]+\s+){0,${SAID_WORDS - 1}}[\p{L}-]+)['’"”]?\s*[,;:.?!—–-]*\s*(?:what|which|where)\s+(?:[\p{L}'’-]+\s+){0,${SPEAKER_WORDS}}?(?:mean|means|meant|cover|covers|count|counts|(?:tell|tells|telling)\s+(?:me|us|you|people)|getting\s+at|on\s+about|trying\s+to\s+say)\b`,
  'iu',
);

/** Reads "what does X mean by Y" as "what is Y"; the message as it was otherwise. */
export function meaningReader(): (text: string) => string {
  return (text) => {
    const said = SAID_FIRST.exec(text);
    if (said) return `${text.slice(0, said.index)}what is ${said[1]}${text.slice(said.index + said[0].length)}`;
    const told = TOLD.exec(text);
    if (told) return `${text.slice(0, told.index)}what is ${text.slice(told.index + told[0].length)}`;
    const m = FRAME.exec(text);
    // "What do you mean by that?" (the assistant asked what it meant): left alone, it names nothing.
    if (!m || /^(?:you|u)\s+$/i.test(m[1]!)) return text;
    return `${text.slice(0, m.index)}what is ${text.slice(m.index + m[0].length)}`;
  };
}
