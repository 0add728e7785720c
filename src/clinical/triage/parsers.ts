// Free-text answers to the symptom-check questions: durations, pain scores, ages, yes / no / not sure.
// Dates and numbers come from Microsoft Recognizers; we only tidy the text around them.
import { ChoiceRecognizer } from '@microsoft/recognizers-text-choice';
import { Culture, DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import type { FlagAnswer } from './types.ts';
import { escapeRegExp } from '../text/escapeRegExp.ts';
import { correctsItself } from './corrections.ts';

const DAY_MS = 86_400_000;

// Only the English models of the four recognizers read here, built once on first use (the
// recognize* helpers build a recognizer per call; the suite package loads every recognizer).
let models:
  | {
      dateTime: ReturnType<DateTimeRecognizer['getDateTimeModel']>;
      number: ReturnType<NumberRecognizer['getNumberModel']>;
      age: ReturnType<NumberWithUnitRecognizer['getAgeModel']>;
      boolean: ReturnType<ChoiceRecognizer['getBooleanModel']>;
    }
  | undefined;
/**
 * Builds the recognizer models and runs each once (about 0.4 s: their patterns compile on first use),
 * at start rather than in the first patient's turn.
 */
export function prepareRecognizers(): void {
  const m = english();
  m.dateTime.parse('for 3 weeks', new Date());
  m.number.parse('7');
  m.age.parse('52 years old');
  m.boolean.parse('yes');
}

function english() {
  models ??= {
    dateTime: new DateTimeRecognizer(Culture.English).getDateTimeModel(),
    number: new NumberRecognizer(Culture.English).getNumberModel(),
    age: new NumberWithUnitRecognizer(Culture.English).getAgeModel(),
    boolean: new ChoiceRecognizer(Culture.English).getBooleanModel(),
  };
  return models;
}

// Abbreviations the recognizer misses ("2 wks", "3d"): expanded before it reads the text.
const ABBREVIATIONS: [RegExp, string][] = [
  [/(\d)\s*(wks?|weeks?)\b/g, '$1 weeks'],
  [/\b(wks?)\b/g, 'weeks'],
  [/(\d)\s*(mths?|mnths?|mos?|months?)\b/g, '$1 months'],
  [/\b(mths?|mnths?)\b/g, 'months'],
  [/(\d)\s*(yrs?|years?)\b/g, '$1 years'],
  [/(\d)\s*(hrs?|hours?)\b/g, '$1 hours'],
  [/(\d)\s*(d|dys?|days?)\b/g, '$1 days'],
  [/\bfortnight\b/g, '2 weeks'],
];

interface DateTimeValue {
  type?: string;
  value?: string;
  start?: string;
  Mod?: string;
  timex?: string;
}

/**
 * How many days the pain has lasted, from "3 days", "2 wks", "a couple of months",
 * "since last Tuesday", "since Christmas" (the past one), "2 weeks ago", "yesterday".
 * Undefined when the text gives no time ("for ages").
 */
export function parseDuration(text: string, now: Date = new Date()): number | undefined {
  let expanded = text.toLowerCase();
  // The recognizer is the slowest step of a turn (~2 ms); text with no number and no word of
  // time cannot hold a duration, so it is skipped.
  if (!TIME_CUE.test(expanded)) return undefined;
  for (const [pattern, replacement] of ABBREVIATIONS) expanded = expanded.replace(pattern, replacement);
  const results = english().dateTime.parse(expanded, now);
  for (const r of results) {
    // "52 years old" is an age, not how long it has hurt.
    if (/^\s*old\b/.test(expanded.slice(r.end + 1))) continue;
    const values = ((r.resolution as { values?: DateTimeValue[] } | undefined)?.values ?? []) as DateTimeValue[];
    const days = daysFrom(values, now);
    if (days !== undefined) return days;
  }
  return undefined;
}

// A duration needs an amount of a unit of time ("3 weeks", "a couple of months", "2wks") or an
// anchor in time ("since Christmas", "yesterday", "on Monday"). "Worse at night" or "all day" has
// neither, and the date recognizer (about 2 ms a message) is not asked.
const AMOUNT = String.raw`(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|couple|few|several)\b)`;
const UNIT = String.raw`(?:min|minute|hour|hr|day|dy|d|night|week|wk|month|mo|mth|mnth|year|yr)s?\b`;
const TIME_CUE = new RegExp(
  String.raw`${AMOUNT}[\s-]*(?:(?:of|a|and|half|few|couple|more|or|to|long|whole|good)\s+){0,3}${UNIT}|\b(?:since|ago|yesterday|today|tonight|fortnight|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|xmas|easter|spring|summer|autumn|winter|holidays?)\b`,
);

function daysFrom(values: DateTimeValue[], now: Date): number | undefined {
  const first = values[0];
  if (!first) return undefined;
  if (first.type === 'duration' && first.value) return Math.round(Number(first.value) / 86_400);
  // Dates and ranges: the latest candidate that is not in the future ("since March" in mid March
  // means this March; "since Christmas" in March means last Christmas).
  const starts = values
    .map((v) => v.start ?? (v.type === 'date' ? v.value : undefined))
    .filter((s): s is string => Boolean(s))
    .map((s) => new Date(s.replace(' ', 'T')))
    .filter((d) => !Number.isNaN(d.getTime()));
  let past = starts.filter((d) => d.getTime() <= now.getTime());
  if (past.length === 0 && starts.length > 0) {
    // "since the weekend" on a weekday comes back as the coming weekend: take the one before.
    past = starts.map((d) => new Date(d.getTime() - 7 * DAY_MS)).filter((d) => d.getTime() <= now.getTime());
  }
  if (past.length === 0) return undefined;
  const latest = Math.max(...past.map((d) => d.getTime()));
  return Math.max(0, Math.round((now.getTime() - latest) / DAY_MS));
}

/**
 * A 0–10 pain score: "7", "7/10", "7 out of 10", "about a seven", "7 or 8" (the higher one).
 * `words` maps plain words to scores ("unbearable" → 10), from the protocol.
 */
export function parseSeverity(text: string, words: { words: string[]; value: number }[] = []): number | undefined {
  const lower = text.toLowerCase();
  const scale = /(\d{1,2}(?:\.\d)?)\s*(?:\/|out of)\s*10\b/.exec(lower);
  if (scale) return clampScore(Number(scale[1]));
  const numbers = english().number.parse(lower.replace(/\bout of (10|ten)\b/g, ''))
    .map((r) => Number((r.resolution as { value?: string }).value))
    .filter((v) => Number.isFinite(v) && v >= 0 && v <= 10);
  if (numbers.length) return clampScore(Math.max(...numbers));
  // The longest matching phrase wins ("very mild" over "mild").
  let best: { length: number; value: number } | undefined;
  for (const entry of words) {
    for (const w of entry.words) {
      if (new RegExp(`\\b${escapeRegExp(w.toLowerCase())}\\b`).test(lower) && (!best || w.length > best.length)) {
        best = { length: w.length, value: entry.value };
      }
    }
  }
  return best?.value;
}

function clampScore(v: number): number | undefined {
  if (!Number.isFinite(v) || v < 0 || v > 10) return undefined;
  return Math.round(v);
}

/** A number taken back for another ("I'm 15 not 51"). */
const NUMBER_NOT_NUMBER = /\d+\s+not\s+\d+/;

/**
 * An age in years: "52", "I'm 52", "52 years old", "fifty two", "aged 70".
 * `strict` (for free text that is not an answer to "how old are you?") needs an age cue.
 */
export function parseAge(text: string, strict = false): number | undefined {
  const lower = text.toLowerCase();
  // The recognizers are the costliest step of reading free text: text with no number in digits
  // or words cannot tell an age.
  if (strict && !NUMBER_CUE.test(lower)) return undefined;
  const age = english().age.parse(lower).find((r) => (r.resolution as { unit?: string }).unit === 'Year');
  if (age) return validAge(Number((age.resolution as { value?: string }).value));
  const cue = /\b(i'?m|i am|aged?|age is|years? old|yrs? old|yo)\b/.test(lower);
  if (strict && !cue) return undefined;
  // "I'm 58, my hip has ached for 3 weeks": the number right after "I'm" is the age, whatever other
  // numbers the story holds (not "I'm 7 out of 10", "I'm 5 days in", "I am 6 foot").
  const stated = STATED_AGE.exec(lower);
  // An age corrected ("I'm 51 and limping. Typo, I'm 15 not 51!"): the last one stated.
  if (stated && (correctsItself(lower) || NUMBER_NOT_NUMBER.test(lower))) {
    const last = [...lower.matchAll(STATED_AGES)].pop();
    return validAge(Number(last![1]));
  }
  if (stated) return validAge(Number(stated[1]));
  // A number with a unit or a scale is not the age ("I'm 7 out of 10 today and it has been 3 weeks").
  const numbers = english().number.parse(lower.replace(MEASURED, ' ').replace(COUNTED, ' '))
    .map((r) => Number((r.resolution as { value?: string }).value))
    .filter((v) => Number.isInteger(v));
  if (numbers.length !== 1) return undefined;
  return validAge(numbers[0]!);
}

/**
 * The age told of someone else, a person of `people` (content/triage.yaml `otherPerson.before`, "my
 * son" → son): "our son (6)", "my daughter, 15,", "my son is 13", "my kid aged 9", "he's 6". Read only
 * to raise a sign the protocol makes same day by age (a limp under 18), never as the patient's age.
 */
export function parseSomeonesAge(text: string, people: readonly string[]): number | undefined {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (!/\d/.test(lower)) return undefined;
  const { told, named } = agePatternsOf(people);
  const found = told.exec(lower) ?? YEAR_OLD.exec(lower);
  if (found) return validAge(Number(found[1]));
  // With the person's name between ("my grandson Alfie, 9,", "our Maisie is 12"): a word written with a
  // capital, as names are ("our appointment is 12" is no age).
  for (const m of lower.matchAll(named)) {
    if (/\p{Lu}/u.test(text[m.index + m[0].indexOf(m[1]!)] ?? '')) return validAge(Number(m[2]));
  }
  return undefined;
}

/** "Our 15-year-old", "my 7 year old". */
const YEAR_OLD = /\b(?:my|our)\s+(\d{1,2})[- ]?(?:year|yr)s?[- ]?old\b/;

const agePatterns = new WeakMap<readonly string[], { told: RegExp; named: RegExp }>();
/**
 * The two ways an age follows a person of `people`, built once per list: right after them ("my son is
 * 13", "she's 6") and after a name between ("my grandson Alfie, 9", "our Maisie is 12").
 */
function agePatternsOf(people: readonly string[]): { told: RegExp; named: RegExp } {
  let patterns = agePatterns.get(people);
  if (!patterns) {
    const nouns = [...new Set(people.map((p) => p.replace(/^my\s+/, '').trim()).filter((p) => /^[a-z ]+$/.test(p)))].map((n) => n.replace(/ /g, '\\s+'));
    const age = String.raw`(?:aged\s+|only\s+|just\s+)?(\d{1,2})\b(?!\s*(?:%|${NOT_AN_AGE}))`;
    patterns = {
      told: new RegExp(String.raw`\b(?:${[...nouns, "he'?s", 'he is', "she'?s", 'she is'].join('|')})(?:'s|\s+is|\s+who\s+is|\s*,|\s*\()?\s*${age}`),
      named: new RegExp(String.raw`\b(?:${[...nouns, 'my', 'our'].join('|')})\s+([a-z]+)(?:\s*,|\s+is|\s*\()\s*${age}`, 'g'),
    };
    agePatterns.set(people, patterns);
  }
  return patterns;
}

/** A number in words up to ninety-nine ("four", "twenty one", "thirty-two"): the longest first, so a compound is taken whole. */
const NUMBER_WORDS = String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`;
const NOT_AN_AGE = String.raw`(?:[%/.,]\s*\d|percent|out of|kg|kilos?|lbs?|pounds?|stones?|st\b|days?|weeks?|wks?|months?|hours?|hrs?|mins?|minutes?|times?|cm|ft|foot|feet|inch(?:es)?|miles?|km)`;
const STATED_AGE = new RegExp(String.raw`\b(?:i'?m|i am|aged?|age is)\s+(\d{1,3})\b(?!\s*${NOT_AN_AGE})`);
/** Every age stated, for the last one of a message that corrects itself. */
const STATED_AGES = new RegExp(STATED_AGE.source, 'g');
const MEASURED = new RegExp(String.raw`\b\d+(?:\.\d+)?\s*${NOT_AN_AGE}(?:\s*\d+)?`, 'g');
/** A number after what it counts ("I'm on day four and still hobbling", "week 3 of physio", "bed 12"): no age. */
const COUNTED = new RegExp(String.raw`\b(?:day|week|month|night|session|round|stage|grade|level|size|number|no|room|floor|flat|bed|ward|gate|platform|bus|page|step|chapter|episode|series|season)\s+(?:\d+|${NUMBER_WORDS})\b`, 'g');

const NUMBER_CUE =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred)/;

function validAge(v: number): number | undefined {
  return Number.isInteger(v) && v >= 1 && v <= 120 ? v : undefined;
}

// Checked before the recognizer, which reads "not sure" as yes and "no idea" as no.
const UNSURE = /\b(not sure|unsure|not certain|uncertain|don'?t know|do not know|dunno|idk|no idea|maybe|perhaps|possibly|might (have|be)|can'?t (say|tell|remember)|cannot (say|tell|remember)|not really sure|hard to say)\b/;
const NO = /^(no+|nope|nah|never|none|not really|not at all|negative|i don'?t think so|don'?t think so|i have not|i haven'?t|no i haven'?t|none of (them|these|those)|nothing|neither|no to (all|both|everything)|not that i'?ve noticed|not that i know of)\b/;
const YES = /^(yes|yeah|yep|yup|ya|aye|sure|correct|i do|i have|i am|definitely|absolutely|i think so|afraid so|unfortunately)\b/;

/** Yes, no or not sure in free text ("yeah", "nope", "I don't think so", "no idea"); undefined if unclear. */
export function parseYesNo(text: string): FlagAnswer | undefined {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'").trim();
  if (!lower) return undefined;
  if (UNSURE.test(lower)) return 'unsure';
  if (NO.test(lower)) return 'no';
  if (YES.test(lower)) return 'yes';
  const found = english().boolean.parse(lower)[0];
  const value = (found?.resolution as { value?: boolean } | undefined)?.value;
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return undefined;
}
