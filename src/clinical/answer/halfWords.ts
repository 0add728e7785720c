// A word cut short and half-remembered, said to be so ("osteo-something", "it's the piri-whatsit
// muscle", "sacro something joint"): completed from the content's own words (Speller.complete), so the
// question is read with the word the writer could not recall.

/** The beginning of a word, then a word saying the rest is forgotten. */
const HALF_WORD = /\b([a-z]{4,})(?:-|\s)(?:something|summat|whatsit|whatsits|whatever|thingy|thingummy|thingamajig|or other)\b/gi;

/** `complete` gives the known word a beginning stands for, or undefined (then the text is left as it is). */
export function completeHalfWords(text: string, complete: (beginning: string) => string | undefined): string {
  return text.replace(HALF_WORD, (whole, beginning: string) => complete(beginning.toLowerCase()) ?? whole);
}
