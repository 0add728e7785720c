// A word cut short and half-remembered, said to be so ("osteo-something", "it's the piri-whatsit
// muscle", "sacro something joint"): completed from the content's own words (Speller.complete), so the
// question is read with the word the writer could not recall.

/**
 * The beginning of a word, then a word saying the rest is forgotten: joined by a hyphen ("osteo-something",
 * "piri-whatever"), or a word that says nothing else ("piri whatsit"); not "something" or "whatever" after a
 * space, which often end a list ("a physio, osteo whatever": an osteopath).
 */
const HALF_WORD = /\b([a-z]{4,})(?:-(?:something|summat|whatsit|whatsits|whatever|thingy|thingummy|thingamajig)|\s(?:summat|whatsit|whatsits|thingy|thingummy|thingamajig))\b/gi;

/** `complete` gives the known word a beginning stands for, or undefined (then the text is left as it is). */
export function completeHalfWords(text: string, complete: (beginning: string) => string | undefined): string {
  return text.replace(HALF_WORD, (whole, beginning: string) => complete(beginning.toLowerCase()) ?? whole);
}
