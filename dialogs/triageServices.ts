// The triage core as the dialogs see it: one object built from content/triage.yaml at start.
import type { DetectionResult, Disposition, Protocol, TriageFacts } from '../src/clinical/triage/types.ts';
import type { Screening } from '../src/clinical/triage/screening.ts';

export interface TriageServices {
  protocol: Protocol;
  screening: Screening;
  detect(text: string): DetectionResult;
  decide(facts: TriageFacts): Disposition;
  extractFacts(text: string, now: Date): Partial<TriageFacts>;
  /** The age told of someone else ("our son (6)"): only to raise a sign the rules make same day by age. */
  someonesAge(text: string): number | undefined;
}
