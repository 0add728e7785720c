// One reading per message: the normalised text, the red-flag detection (clear and possible signs,
// denials, whether it is about the body) and whether it is a question, decided once in the
// clinical core. The dialogs route on it instead of each reading the text again its own way.
import { normaliseText } from './text/normalise.ts';
import type { DetectionResult } from './triage/types.ts';

export interface MessageReading {
  /** The text as every reader sees it (normalised: NFKC, no invisible characters). */
  text: string;
  detection: DetectionResult;
  /**
   * Phrased as a question: a question mark, or a question word first ("can I …", but not "can't
   * feel …"). In the middle of the symptom check a question is answered from the articles; anything
   * else is taken as the answer to the step.
   */
  isQuestion: boolean;
}

const QUESTION_START =
  /^(what|whats|what's|why|how|when|where|which|who|should|can|could|would|will|is|are|do|does|did|am|may|might|shall|any|tell me)\b(?!['’]t)/i;

/** The question shape alone, for text with no detection at hand. */
export function isQuestionShaped(text: string): boolean {
  const t = text.trim();
  return t.endsWith('?') || QUESTION_START.test(t);
}

export function readMessage(raw: string, detect: (text: string) => DetectionResult): MessageReading {
  const text = normaliseText(raw).trim();
  const detection = detect(text);
  // The detector reads questions sentence by sentence ("… it hurts. Is that bad?"): either counts.
  return { text, detection, isQuestion: isQuestionShaped(text) || detection.isQuestion };
}
