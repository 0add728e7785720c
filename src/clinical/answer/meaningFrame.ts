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

/** Reads "what does X mean by Y" as "what is Y"; the message as it was otherwise. */
export function meaningReader(): (text: string) => string {
  return (text) => {
    const told = TOLD.exec(text);
    if (told) return `${text.slice(0, told.index)}what is ${text.slice(told.index + told[0].length)}`;
    const m = FRAME.exec(text);
    // "What do you mean by that?" (the assistant asked what it meant): left alone, it names nothing.
    if (!m || /^(?:you|u)\s+$/i.test(m[1]!)) return text;
    return `${text.slice(0, m.index)}what is ${text.slice(m.index + m[0].length)}`;
  };
}
