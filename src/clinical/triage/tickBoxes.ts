// A form's ticks and crosses read as the words they stand for, before anything else reads the message:
// "✗ fever" and "[ ] numbness down below" deny, "✓ stiff back" and "[x] trouble peeing" tell, "Fever: ✗"
// and "Fever - N" answer no. Items in a row ("Bladder: fine / Fever: no | Legs: ok") are parted as by
// commas, so that each answer belongs to its own item, never to the next one's words, while the row stays
// one sentence with its context ("Pain: R shoulder / Can't lift arm above head" is a shoulder's range).

const TICKED = String.raw`\[\s*[xX✓✔✅]\s*\]|\(\s*[xX✓✔✅]\s*\)|[✓✔☑✅]`;
const UNTICKED = String.raw`\[\s*\]|\(\s*\)|[✗✘❌❎☐✖]`;
const MARK = new RegExp(`(${TICKED})|(${UNTICKED})`, 'gu');
const IS_TICKED = new RegExp(`^(?:${TICKED})$`, 'u');

// "Fever: ✗", "bladder - ✓": a mark after the item's colon or dash is its answer.
const ANSWER_MARK = new RegExp(String.raw`([:=]|\s[-–—])\s*(?:(${TICKED})|(${UNTICKED}))`, 'gu');
// "Fever - N", "bladder: y", and a capital letter alone after the item ("fever N, chills N").
const ANSWER_LETTER = /([:=]|\s[-–—])\s*([NnYy])(?=\s*(?:[,;.|\n]|\s\/\s|$))/g;
const BARE_LETTER = /([a-z]) ([NY])(?=\s*(?:[,;.|\n]|\s\/\s|$))/g;
// "Q: any falls? A: no": the answer after its question, as "falls? no" is read.
const ANSWER_LABEL = /\?[ \t]*A[ \t]*[:.)-][ \t]*/g;
// A row of items: " / " between spaces and "|" (not "3/10", "and/or").
const ROW_BREAK = /[ \t]+\/[ \t]+|[ \t]*\|[ \t]*/g;
// "Bladder + bowels: normal": one item of two things.
const JOINED = /[ \t]\+[ \t]/g;
// "How the hip looks: swollen and hot", "When it started: Tuesday": a form's label, with no "?" in its line, asks nothing.
const QUESTION_LABEL = /^([ \t]*)(?:how|what|when|where|which|why)\b([^:?\n]{1,40}:)(?=[^?\n]*$)/gim;

const answerOf = (ticked: boolean) => (ticked ? 'yes' : 'no');

/** The message with its form's marks and one-letter answers written out, and its rows parted as by commas. */
export function readTickBoxes(text: string): string {
  if (!/[✓✔☑✅✗✘❌❎☐✖[(|/?:+]|\s[NYny]\b/u.test(text)) return text;
  const out = text
    .replace(ANSWER_LABEL, '? ')
    .replace(ANSWER_MARK, (_m, sep: string, ticked?: string) => `${sep} ${answerOf(!!ticked)}`)
    .replace(ANSWER_LETTER, (_m, sep: string, letter: string) => `${sep} ${/[Yy]/.test(letter) ? 'yes' : 'no'}`)
    .replace(BARE_LETTER, (_m, last: string, letter: string) => `${last} ${letter === 'Y' ? 'yes' : 'no'}`)
    .replace(ROW_BREAK, ', ')
    .replace(JOINED, ' and ')
    .replace(QUESTION_LABEL, '$1$2');
  // A mark before an item reaches to the next mark or the end of its line.
  return out
    .split('\n')
    .map((line) => {
      const marks = [...line.matchAll(MARK)];
      if (!marks.length) return line;
      let read = line.slice(0, marks[0]!.index);
      marks.forEach((m, i) => {
        const end = i + 1 < marks.length ? marks[i + 1]!.index! : line.length;
        const rest = line.slice(m.index! + m[0].length, end);
        const item = rest.trim().replace(/[,;.]+$/, '');
        // "fever ✗, bladder ✓": a mark after its item, before a break or the line's end, is the answer.
        if (!item || /^\s*[,;.]/.test(rest)) {
          read = `${read.trimEnd().replace(/[,;.]+$/, '')}: ${answerOf(IS_TICKED.test(m[0]))}${rest.trimEnd() ? rest : '.'} `;
          return;
        }
        read += IS_TICKED.test(m[0]) ? `${item}. ` : `no ${item}. `;
      });
      return read.trimEnd();
    })
    .join('\n');
}
