// Shapes shared by the triage core (detector, rules, parsers) and the symptom-check dialog.
import type { TriageLevel } from '../types.ts';

export type { TriageLevel };

/** A level a red flag can have; "self-care" is never a flag's level. */
export type FlagLevel = Exclude<TriageLevel, 'self-care'>;

/** How the patient answered a red-flag question. "unsure" on an emergency flag counts as yes. */
export type FlagAnswer = 'yes' | 'no' | 'unsure';

export type Side = 'left' | 'right' | 'both' | 'middle';
export type Improving = 'better' | 'same' | 'worse';

/** Everything the symptom check has learned; each field stays undefined until known. */
export interface TriageFacts {
  /** Location option ids (content/triage.yaml questions.location): lower-back, hip, groin, buttock, several. */
  location?: string[];
  side?: Side;
  spreadsBelowKnee?: boolean;
  durationDays?: number;
  /** Red-flag answers keyed by flag id. */
  flags: Record<string, FlagAnswer>;
  /** Pain score 0–10. */
  severity?: number;
  stopsSleepOrMovement?: boolean;
  improving?: Improving;
  /** Age band id (questions.age.bands). */
  ageBand?: string;
  /** Exact age in years, when the patient typed it. */
  age?: number;
}

/** An article section the disposition links to (checked against content/articles at start). */
export interface ArticleLink {
  article: string;
  section: string;
}

export interface Disposition {
  level: TriageLevel;
  /** Flag or rule ids behind the level: the `reasons` of the clinic.triage entity. */
  reasons: string[];
  /** Plain "you told me …" lines, one per reason. */
  reasonTexts: string[];
  headline: string;
  whatToDo: string;
  safetyNet: string[];
  links: ArticleLink[];
}

export interface FlagHit {
  flagId: string;
  level: FlagLevel;
  /** The patient's words that triggered it (normalised: lower case, contractions expanded). */
  evidence: string;
  /** Whose symptom the words describe: the patient's, or someone else's (a carer typing). */
  about: 'self' | 'other';
}

/**
 * Something in the message may be a red flag, but it is not clear: ask one short question
 * (content/screening.yaml). 'cue': words of a body function, sensation, weakness, fall, fever,
 * medicine or mood; 'whose': a red flag told about someone else, when it may be the patient's or
 * someone with them.
 */
export interface PossibleScreen {
  /** A screen id of content/screening.yaml ('cue'), or the flag id ('whose'). */
  screenId: string;
  flags: string[];
  reason: 'cue' | 'whose';
}

export interface DetectionResult {
  /** Red flags the text reports (not negated, about the patient or someone present, not hypothetical). */
  hits: FlagHit[];
  /** Flag ids the text explicitly denies ("no fever"), and does not also report. */
  denied: string[];
  /** Signs worth one question: neither reported clearly nor denied. */
  possible: PossibleScreen[];
  /** The message is about the body (a symptom word, or a body part with a change). */
  aboutBody: boolean;
  /**
   * The text asks something ("what are the warning signs?"). Mentions inside a question about
   * flags in general give no hits; a question that also reports a symptom ("is it bad that I
   * can't feel my bum?") still has hits, and hits come first.
   */
  isQuestion: boolean;
}

/** The validated content/triage.yaml (flags, questions, rules, texts). */
export type { Protocol, ProtocolFlag, ProtocolGroup, ProtocolRule, ProtocolOption } from './protocolSchema.ts';
