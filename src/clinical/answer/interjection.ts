// "Wait", "hold on", "hang on" opening a message ("wait am i chatting to an actual person rn or is this an
// AI", "hang on, so is it the disc or the nerve?") are interjections, not a wait for care: what follows is
// the question. Only before a word that starts a clause (a question word, an auxiliary, a pronoun, "so")
// or as "wait a minute": "wait times?", "waiting list", "wait for an appointment" keep their wait.

/** What may follow an interjection: English clause openers, a closed class. */
const OPENS_CLAUSE = new Set([
  'am', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'have', 'has',
  'what', 'whats', "what's", 'who', 'why', 'how', 'where', 'when', 'which', 'so', 'i', "i'm", 'im', 'you', 'u',
  'this', 'that', 'actually', 'really', 'seriously', 'hold', 'hang', 'sorry', 'no', 'oh',
]);
/** "Wait a minute", "hang on a sec". */
const A_MOMENT = new Set(['minute', 'min', 'sec', 'second', 'moment', 'mo', 'tick']);
const OPENER = /^\s*(?:oh\s+)?(wait|hold\s+on|hang\s+on)\b[\s,.!:;—–-]*/iu;

/** The message without an interjection opening it. */
export function withoutInterjection(text: string): string {
  const m = OPENER.exec(text);
  if (!m) return text;
  let rest = text.slice(m[0].length);
  const moment = /^an?\s+(\p{L}+)\b[\s,.!:;—–-]*/iu.exec(rest);
  if (moment && A_MOMENT.has(moment[1]!.toLowerCase())) rest = rest.slice(moment[0].length);
  else {
    const next = /^[\p{L}'’]+/u.exec(rest)?.[0].toLowerCase().replace('’', "'");
    if (next === undefined || !OPENS_CLAUSE.has(next)) return text;
  }
  return /\p{L}/u.test(rest) ? rest : text;
}
