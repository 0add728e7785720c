// Shapes of the answer engine: what it gives back to the dialogs. No botbuilder here.
import type { ArticleSection } from '../types.ts';
import type { ClinicTopic } from './clinicTopic.ts';

/** A related section offered as a button after an answer. */
export interface FollowUp {
  /** Button text: the section heading. */
  label: string;
  /** The question the button sends back (answers to exactly this section). */
  question: string;
  article: string;
  section: string;
}

export type AnswerResult =
  | {
      kind: 'answer';
      section: ArticleSection;
      /** Sentences of the section (after its lead) that answer this question; shown after the lead. */
      excerpt?: string;
      confidence: number;
      secondary?: ArticleSection;
      followUps: FollowUp[];
      /** The question asks about a named medicine: the section explains its kind, a pharmacist or doctor advises on it. */
      medicine?: true;
    }
  | { kind: 'clarify'; options: ArticleSection[] }
  /** One of the clinic's own questions (hours, booking...): answered from content/clinic.yaml. */
  /** `also`: the other half of paying asked in the same message ("how much is a session, and does insurance cover it?"). */
  | { kind: 'clinic'; topic: ClinicTopic; also?: ClinicTopic }
  /**
   * Declined; `medicine`: the question asks about a named medicine, which the articles do not advise on;
   * `pregnancy`: it asks about pregnancy or pain while pregnant, on which a midwife or GP advises;
   * `unsure`: it is about what we cover but no section is sure enough, and `near` are the nearest (offered, not shown).
   */
  | { kind: 'none'; reason?: 'medicine' | 'pregnancy' }
  | { kind: 'none'; reason: 'unsure'; near: ArticleSection[] };

export type IntentName =
  | 'greeting'
  | 'thanks'
  | 'goodbye'
  | 'help'
  | 'restart'
  | 'contact'
  | 'forget-me'
  | 'check-symptoms'
  | 'ask-question'
  | 'small-talk'
  | 'feedback-positive'
  | 'feedback-negative';

export interface IntentMatch {
  intent: IntentName;
  /** 0..1; only matches at or above the engine's intent threshold are returned. */
  confidence: number;
}

export interface AnswerEngine {
  answer(question: string): AnswerResult;
  classifyIntent(text: string): IntentMatch | undefined;
  /**
   * Whether the message ends by asking for the symptom check in words that are also a question ("…and is it
   * serious?"), though a question before it makes it no command: the answer then offers the check.
   */
  checkAsked?(text: string): boolean;
  /** The clinic topic a message asks about ("when are you open" → hours), or undefined. */
  clinicTopic(text: string): ClinicTopic | undefined;
}
