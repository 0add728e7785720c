// Sentence-level retrieval inside the chosen section: the lead answers "what is it", but "how long
// does it last" or "how do they treat it" is often answered by one sentence or bullet further down.
// Each unit (sentence or bullet) of the section body is scored on the question's topic terms (idf
// weighted) and on whether it says the kind of thing asked for (answer cues per question type in
// content/lexicon.yaml). The best one or two units are shown after the lead.
import { plainText } from './markdown.ts';

export interface Unit {
  /** Plain text shown to the user (a sentence, or a bullet made into one). */
  text: string;
  /** Whether it came from a bullet list (shown as a bullet again). */
  bullet: boolean;
  /** Stemmed topic terms. */
  terms: Set<string>;
  /** Question types this unit answers (from the answer cues), with how many cues say so. */
  types: ReadonlyMap<string, number>;
}

/** Units shorter than this say too little alone ("a fall;"). */
const MIN_WORDS = 5;
/** Units longer than this are too much for a short answer. */
const MAX_WORDS = 40;

/** Splits the section body after its lead into sentences and bullets (intro lines ending in ":" are left out). */
export function bodyUnits(text: string, lead: string): { text: string; bullet: boolean }[] {
  const body = text.startsWith(lead) ? text.slice(lead.length) : text.replace(lead, '');
  const out: { text: string; bullet: boolean }[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    for (const line of block.split('\n')) {
      const t = line.trim();
      if (!t) continue;
      const bullet = /^[-*+]\s+/.test(t);
      const plain = plainText(t.replace(/^[-*+]\s+/, '').replace(/\*\*|__/g, '')).replace(/\s+/g, ' ').replace(/\s+([:;,.])/g, '$1').trim();
      const parts = bullet ? [plain] : plain.split(/(?<=[.!?])\s+(?=["(]?[A-Z])/);
      for (const p of parts) {
        const s = p.trim();
        if (!s || s.endsWith(':')) continue;
        if (fits(s)) {
          out.push({ text: bullet ? tidyBullet(s) : s, bullet });
          continue;
        }
        // Too long or too hard as a whole: its clauses may still read well alone ("…, so it is worth
        // having it checked: the cause may be a herniated disc…").
        for (const clause of s.split(/[;:]\s+/)) {
          const c = clause.trim();
          if (c !== s && fits(c)) out.push({ text: tidyBullet(c), bullet });
        }
      }
    }
  }
  return out;
}

/** Whether a sentence is long enough to say something alone, and short and easy enough to show. */
function fits(s: string): boolean {
  const words = s.split(/\s+/).length;
  return words >= MIN_WORDS && words <= MAX_WORDS && gradeOf(s) <= MAX_GRADE;
}

/** Hardest sentence shown after a lead (Flesch–Kincaid grade; the leads themselves stay at 8 or less). */
const MAX_GRADE = 12;

/** Syllables by vowel groups, less a silent final e: close enough to rank sentences by difficulty. */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  const groups = w.replace(/e$/, '').match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

/** Flesch–Kincaid grade of one sentence. */
export function gradeOf(sentence: string): number {
  const words = sentence.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  if (words.length === 0) return 0;
  const syl = words.reduce((s, w) => s + syllables(w), 0);
  return 0.39 * words.length + (11.8 * syl) / words.length - 15.59;
}

/** "each disc has a tough outer layer;" → "Each disc has a tough outer layer." */
function tidyBullet(s: string): string {
  const t = s.replace(/[;,.]\s*(and|or)?\s*$/i, '').trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
}

export interface ExcerptQuery {
  /** Topic terms of the question with their weights (idf). */
  terms: Map<string, number>;
  /** Question types asked for. */
  types: string[];
  /** Terms of the section's heading, title and lead: what the section as a whole is about. */
  sectionTerms: Set<string>;
  /** Kinds of question the section as a whole answers (its lead already does). */
  sectionTypes: Set<string>;
}

export const EXCERPT = {
  /** Score a unit needs to be shown. */
  minScore: 0.5,
  /** Added when the unit says the kind of thing asked for. */
  typeWeight: 0.5,
  /** Weight of the question's terms the section is not already about, found in the unit. */
  extraWeight: 0.6,
  /** Weight of the section's own subject terms repeated in the unit (a tie-breaker). */
  subjectWeight: 0.1,
  /** Added for each further answer cue of an asked type, up to two: a sentence that says the kind
   * of thing asked in several ways ("wears away… rub") beats one that only repeats the subject's name. */
  cueWeight: 0.1,
  maxExtraCues: 2,
  /** Second unit shown only when it scores this share of the first. */
  secondShare: 0.85,
  maxUnits: 2,
} as const;

/** Types the lead always answers: a unit is not picked for them. */
const LEAD_TYPES = new Set(['definition']);
/** The question type that asks for the whole list ("list the red flags"): the section's bullets are shown. */
export const LIST_TYPE = 'list';
/** Most bullets shown for a list question (the longest list, the red flags, has six). */
const MAX_LIST = 8;

/** The units that answer the question, best first (at most two), or none when the lead is enough. */
export function pickUnits(units: readonly Unit[], q: ExcerptQuery): Unit[] {
  // "List the red flags", "what kinds of arthritis": the section's list, in the article's order.
  if (q.types.includes(LIST_TYPE)) {
    const bullets = units.filter((u) => u.bullet);
    if (bullets.length >= 2) return bullets.slice(0, MAX_LIST);
  }
  // The section was chosen for its subject ("herniated disc"); inside it, a sentence answers the
  // question when it says the kind of thing asked ("treatment ...") or names what else the question
  // names ("... in the morning"), whether or not it repeats the subject.
  const extra = [...q.terms].filter(([t]) => !q.sectionTerms.has(t));
  const subject = [...q.terms].filter(([t]) => q.sectionTerms.has(t));
  const mass = (xs: [string, number][]) => xs.reduce((s, [, w]) => s + w, 0);
  const extraMass = mass(extra);
  const subjectMass = mass(subject);
  const types = q.types.filter((t) => !LEAD_TYPES.has(t) && !q.sectionTypes.has(t));
  const scored: { u: Unit; score: number; i: number }[] = [];
  units.forEach((u, i) => {
    const extraHit = mass(extra.filter(([t]) => u.terms.has(t)));
    let cues = 0;
    for (const t of types) cues += u.types.get(t) ?? 0;
    const typeHit = cues > 0;
    if (!typeHit && extraHit === 0) return;
    const score =
      (typeHit ? EXCERPT.typeWeight + EXCERPT.cueWeight * Math.min(EXCERPT.maxExtraCues, cues - 1) : 0) +
      (extraMass > 0 ? (EXCERPT.extraWeight * extraHit) / extraMass : 0) +
      (subjectMass > 0 ? (EXCERPT.subjectWeight * mass(subject.filter(([t]) => u.terms.has(t)))) / subjectMass : 0);
    if (score >= EXCERPT.minScore) scored.push({ u, score, i });
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const best = scored[0];
  if (!best) return [];
  const picks = scored.filter((s, k) => k === 0 || (k < EXCERPT.maxUnits && s.score >= EXCERPT.secondShare * best.score));
  // In the order of the article: it reads as the clinician wrote it.
  return picks.sort((a, b) => a.i - b.i).map((s) => s.u);
}

/** The shown text of selected units: bullets as a list, sentences as one paragraph. */
export function renderUnits(units: readonly Pick<Unit, 'text' | 'bullet'>[]): string {
  if (units.length === 0) return '';
  if (units.every((u) => !u.bullet)) return units.map((u) => u.text).join(' ');
  return units.map((u) => `- ${u.text}`).join('\n');
}
