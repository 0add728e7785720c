// A message that corrects itself ("my legs are both numb *sorry, just my left foot", "I said I'd wet myself
// but I meant my coffee went over my lap", "I can lift my leg. Sorry, I mean CAN'T"): what a correction takes
// back is set apart to be asked about, never acted on nor dropped; what it puts right is read as told.

/** Where a lone "*" starts a correction of what came before it ("my legs are both numb *no sorry, just my left foot"). */
export const CORRECTION = 'correctionmarker';
/** After "I said", "I wrote", "I typed" in a message that corrects itself: what follows is the writer's own words quoted back. */
export const SELF_QUOTE = 'selfquotemarker';
/** A message that corrects itself ("typo", "I meant", "autocorrect", "edit:"). */
const CORRECTING = /\b(?:typo|correction|correcting|autocorrect|i meant|wait,? no|scratch)\b|\bedit\s*:|(?:^|\s)\*\p{L}/iu;

/**
 * "I can lift my leg. Sorry, I mean CAN'T" and "I can stand on it *can't, stupid autocorrect": the "can" the
 * correction answers is read as "cannot" (autocorrect's commonest slip). Only that way round: a "can't"
 * corrected to "can" is left to be asked about.
 */
function flippedCan(text: string): string {
  const fix = /(?:\bI mean(?:t)?\b[\s,:]*|(?:^|\s)\*)(?:can'?t|cannot|can not)\b/i.exec(text);
  if (!fix) return text;
  const before = text.slice(0, fix.index);
  const can = [...before.matchAll(/\bcan\b(?!'|\s*not\b)/gi)].pop();
  if (!can) return text;
  // The "*can't" applied is no longer a correction to take anything back.
  const rest = fix[0].includes('*') ? `, ${text.slice(fix.index + fix[0].length)}` : text.slice(fix.index);
  return `${before.slice(0, can.index)}cannot${before.slice(can.index! + 3)}${rest}`;
}

/** Whether a message corrects itself ("typo", "I meant", "*legs", "edit:"). */
export function correctsItself(text: string): boolean {
  return CORRECTING.test(text);
}

/**
 * Sets a message's corrections of itself apart, each as a sentence of its own that starts with its marker
 * (so that no sign is made of words on both sides of a correction): what a lone "*" before a word takes
 * back, from the sentence's start (not "*really*", emphasis, which closes), as CORRECTION; and, in a
 * message that corrects itself, what follows "I said", "I wrote", "I typed" up to "but" or the sentence's
 * end, the writer quoting their own earlier words, as SELF_QUOTE.
 */
export function withCorrections(text: string): string {
  let out = flippedCan(text);
  if (!correctsItself(out)) return out;
  const star = /(^|\s)\*(?=\p{L})/u.exec(out);
  if (star && (out.match(/\*/g) ?? []).length === 1) {
    const at = star.index + star[1]!.length;
    const start = Math.max(...['.', '!', '?', '\n'].map((c) => out.lastIndexOf(c, at - 1))) + 1;
    out = `${out.slice(0, start)} ${CORRECTION} ${out.slice(start, at).trim()}.\n${out.slice(at + 1)}`;
  }
  // A word struck out in quotes ("scratch 'cancer', I meant my dog…", "ignore 'numb'") is quoted back too.
  out = out.replace(/\b(scratch|ignore|delete|strike)\s+['"‘“]([^'"’”\n]+)['"’”]/gi, (_m, verb: string, word: string) => `${verb}.\n${SELF_QUOTE} ${word}.\n`);
  // Not a comparison: "it's worse than I said: it gave way twice" quotes nothing.
  return out.replace(/(?<!\bthan )\bI (?:said|wrote|typed|put)\b\s*([^.!?\n]*?)(?=\s+but\b|[.!?\n]|$)/gi, (m, quoted: string) => `${m.slice(0, m.length - quoted.length).trim()}.\n${SELF_QUOTE} ${quoted}.\n`);
}

