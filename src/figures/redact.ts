// Removes personal details from a patient's words before anything is stored for staff figures:
// names given ("my name is …"), dates, NHS numbers, phone numbers, emails, postcodes and street
// addresses. Each is replaced by a placeholder, so "unanswered" still shows what kind of thing was
// asked ("my name is [name], born [date], …"). It errs on the side of removing too much: a figure
// loses a word, a patient never loses their privacy.
import { MAX_QUESTION_CHARS } from './events.ts';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const STREET =
  '(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|crescent|cres|place|pl|court|ct|terrace|gardens|grove|hill|square|sq|mews|row|walk|park)';

/** Words that follow "I'm" without being a name ("I'm Worried", typed with a capital). */
const NOT_NAMES = new Set(
  'a an the and or but so not in on at to of for with my your his her their our it its is what how when why normal serious painful worse better urgent sore stiff tomorrow today tonight now later very really just still also feeling worried scared afraid sure sorry fine ok okay good bad well unwell ill sick tired struggling having getting going trying looking wondering asking pregnant diabetic older over under about here there back hip hurting aged age years old from born living'.split(
    ' ',
  ),
);

interface Rule {
  pattern: RegExp;
  replace: string | ((...groups: string[]) => string);
}

const RULES: Rule[] = [
  { pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi, replace: '[email]' },
  // NHS numbers: ten digits, often written 3-3-4 (before phone numbers, which they resemble).
  { pattern: /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g, replace: '[nhs number]' },
  // Phone numbers: a run of 9 or more digits with spaces, dashes, dots or brackets, optional +.
  { pattern: /(?:\+|\b)\d(?:[\d ().-]{7,}\d)\b/g, replace: (m) => (m.replace(/\D/g, '').length >= 9 ? '[phone]' : m) },
  // Dates: 02/03/1961, 2-3-61, 1961-03-02, 2nd March 1961, March 2 1961, 2 March; years alone.
  { pattern: /\b\d{4}-\d{1,2}-\d{1,2}\b/g, replace: '[date]' },
  { pattern: /\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b/g, replace: '[date]' },
  { pattern: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b,?(?:\\s+\\d{2,4}\\b)?`, 'gi'), replace: '[date]' },
  { pattern: new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b,?(?:\\s+\\d{2,4}\\b)?`, 'gi'), replace: '[date]' },
  { pattern: /\b(?:19|20)\d{2}\b/g, replace: '[date]' },
  // UK postcodes (N1 2AB, SW1A 1AA, m60 1qd).
  { pattern: /\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/gi, replace: '[postcode]' },
  // Street addresses: "12 Example Street", "flat 3, 4b Mill Lane", and anything after "I live at".
  { pattern: new RegExp(`\\b\\d+[a-z]?,?\\s+(?:[a-z'-]+\\s+){1,3}${STREET}\\b`, 'gi'), replace: '[address]' },
  { pattern: /\b(i live at|my address is|address:)\s+[^.;!?\n]+/gi, replace: (_m, lead) => `${lead} [address]` },
  // Titles before a name: Mrs Smith, Dr. Jones.
  { pattern: /\b([Mm]rs?|[Mm]s|[Mm]iss|[Dd]r|[Pp]rof)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?/g, replace: '[name]' },
  // Names introduced by the patient.
  {
    pattern: /\b(my name is|my name's|my names|name is|name:|i am called|i'm called|im called|this is|i am|i'm|im)\s+([\p{L}'-]+)(?:\s+([\p{L}'-]+))?(?:\s+([\p{L}'-]+))?/giu,
    replace: (whole, lead, ...rest) => nameReplacement(whole, lead!, rest.slice(0, 3)),
  },
];

function nameReplacement(whole: string, lead: string, words: (string | undefined)[]): string {
  const explicit = /name|called/i.test(lead);
  const first = words[0];
  if (!first) return whole;
  // After "I'm"/"I am" only a capitalised word that is not an everyday one is taken as a name.
  if (!explicit && (!/^\p{Lu}/u.test(first) || NOT_NAMES.has(first.toLowerCase()))) return whole;
  if (NOT_NAMES.has(first.toLowerCase()) && !/^\p{Lu}/u.test(first)) return whole;
  let taken = 1;
  for (const w of words.slice(1)) {
    if (!w || NOT_NAMES.has(w.toLowerCase()) || (!explicit && !/^\p{Lu}/u.test(w))) break;
    // Lower-case text: a second word is taken only if it reads like a surname, not a verb.
    if (!/^\p{Lu}/u.test(w) && /(?:ing|ed|s)$/.test(w)) break;
    taken++;
  }
  const rest = words.slice(taken).filter((w): w is string => Boolean(w));
  return [lead, '[name]', ...rest].join(' ');
}

export function redact(text: string): string {
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string);
  }
  return out;
}

/** A patient's question as it may be stored (figures, offers in conversation state): redacted, then shortened. */
export function redactQuestion(question: string): string {
  return redact(question).slice(0, MAX_QUESTION_CHARS);
}
