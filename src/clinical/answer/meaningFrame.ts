// What someone means by a word: "what does my doctor mean by sciatica?", "what do physios mean when they
// say muscle imbalance?". The speaker is who used the word, not what is asked about: read with it, "doctor"
// pulls towards When to see a doctor. The question is what the word means: "what is sciatica?".

/** At most this many words name the speaker ("my old GP", "the physio at the gym"). */
const SPEAKER_WORDS = 5;
const FRAME = new RegExp(
  String.raw`\bwhat\s+(?:do|does|did)\s+((?:[\p{L}'’-]+\s+){1,${SPEAKER_WORDS}}?)mean\s+(?:by|when\s+(?:they|he|she|you|people|doctors)\s+(?:say|says|said|talk about|talks about|call it))\s+`,
  'iu',
);

/** Reads "what does X mean by Y" as "what is Y"; the message as it was otherwise. */
export function meaningReader(): (text: string) => string {
  return (text) => {
    const m = FRAME.exec(text);
    // "What do you mean by that?" (the assistant asked what it meant): left alone, it names nothing.
    if (!m || /^(?:you|u)\s+$/i.test(m[1]!)) return text;
    return `${text.slice(0, m.index)}what is ${text.slice(m.index + m[0].length)}`;
  };
}
