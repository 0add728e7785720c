// "Wait" in a question: waiting to be seen (the subject of What helps while you wait to be seen: "I'm on
// the waiting list, what can I do meanwhile"), or a wait that is not for care — for the pain to go
// ("should I wait until it's completely gone before I go back to work?"), a wait turned down ("seen the
// same day rather than waiting for an appointment"), "wait and see", or whether it is urgent ("can that
// wait till next week?"). Only the first names that
// section; the others are the setting of the question, as a job is in "I work from home…" (workSense.ts).

const WAIT = new Set(['wait', 'waits', 'waited', 'waiting']);
/** Words after "until"/"till" that say the wait is for the pain to go. */
const RECOVERED = new Set(['gone', 'better', 'free', 'heals', 'healed', 'settles', 'settled', 'clears', 'cleared', 'over', 'stops', 'stopped', 'fine', 'okay', 'ok', '100']);
/** Verbs after "wait for it to" that say the wait is for the pain to go. */
const GOING = new Set(['pass', 'go', 'settle', 'clear', 'ease', 'improve', 'heal', 'stop', 'calm', 'fade', 'subside', 'wear', 'get']);
/** Words after "wait and see" that keep it the idiom ("…and see if it goes", "is wait and see fine"). */
const AFTER_SEE = new Set(['if', 'whether', 'how', 'what', 'fine', 'ok', 'okay', 'is', 'or', 'enough', 'approach']);
/** How far after "until" the pain's going may be told ("until it's completely gone"). */
const REACH = 5;

/** "Can it wait?": whether the thing told is urgent (a question of when to be seen), no wait for care. */
const ASKS_URGENCY = new Set(['can', 'could', 'will', 'would', 'should']);
const THING = new Set(['it', 'that', 'this', 'they']);

/** Before a bare "wait", these make it the choice of doing nothing ("GP, physio or just wait?", "painkillers and wait"). */
const BARE_CHOICE = new Set(['just', 'or', 'and']);
/** After "wait", these give it an object or a place: waiting for care ("just waiting for my appointment", "waiting list"). */
const WAIT_OBJECT = new Set(['for', 'until', 'till', 'til', 'to', 'list', 'lists', 'time', 'times', 'room', 'rooms']);

function notForCare(words: readonly string[], i: number): boolean {
  if (THING.has(words[i - 1] ?? '') && ASKS_URGENCY.has(words[i - 2] ?? '')) return true;
  // Doing nothing, as one choice among others, with no object: "go to the GP, a physio or just wait?".
  if (BARE_CHOICE.has(words[i - 1] ?? '') && !WAIT_OBJECT.has(words[i + 1] ?? '')) return true;
  // Sitting it out: "wait it out", "wait things out".
  if (words[i + 1] === 'out' || words[i + 2] === 'out') return true;
  // Turned down: "go straight to A and E and not wait", "rather than waiting", "instead of waiting".
  if (words[i - 1] === 'not' || (words[i - 2] === 'not' && words[i - 1] === 'to')) return true;
  if ((words[i - 2] === 'rather' && words[i - 1] === 'than') || (words[i - 2] === 'instead' && words[i - 1] === 'of')) return true;
  // "Wait and see", said of the pain, not "wait and see my GP".
  if (words[i + 1] === 'and' && words[i + 2] === 'see' && (words[i + 3] === undefined || AFTER_SEE.has(words[i + 3]!))) return true;
  // For the pain to go: "wait until it's completely gone", "wait till the pain is 100% gone".
  const until = words.slice(i + 1, i + 3).findIndex((w) => w === 'until' || w === 'till' || w === 'til');
  if (until >= 0) return words.slice(i + 2 + until, i + 3 + until + REACH).some((w) => RECOVERED.has(w));
  // A delay told before care was sought ("I waited six weeks before seeing anyone"): how long it went on.
  if (words[i] === 'waited' && words.slice(i + 1, i + 2 + REACH).includes('before')) return true;
  // Or "waiting for it to pass", "wait for the pain to settle".
  if (words[i + 1] === 'for') {
    const to = words.slice(i + 2, i + 2 + REACH).indexOf('to');
    return to >= 0 && GOING.has(words[i + 3 + to] ?? '');
  }
  return false;
}

/** Whether the words say "wait" and every one of their waits is not for care. */
export function waitIsSetting(words: readonly string[]): boolean {
  let any = false;
  for (let i = 0; i < words.length; i++) {
    if (!WAIT.has(words[i]!)) continue;
    any = true;
    if (!notForCare(words, i)) return false;
  }
  return any;
}

/** How many words after "for" a turned-down wait's object may take ("for a routine appointment"). */
const OBJECT_REACH = 4;

/**
 * What a turned-down wait was for ("seen today rather than wait for a routine appointment"): the
 * setting too, as the wait is, so its "appointment" does not draw the question to waiting lists.
 */
export function turnedDownWaitWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 2; i < words.length; i++) {
    if (!WAIT.has(words[i]!)) continue;
    const turnedDown = (words[i - 2] === 'rather' && words[i - 1] === 'than') || (words[i - 2] === 'instead' && words[i - 1] === 'of');
    if (turnedDown && words[i + 1] === 'for') out.push(...words.slice(i + 2, i + 2 + OBJECT_REACH));
  }
  return out;
}
