// What the patient told before starting the symptom check ("I'm 58, my left hip has ached for 3
// weeks"): kept so the check does not ask it again, and confirmed in one line when it starts.
import { fillTemplate } from '../src/clinical/messages.ts';
import { summarizeFacts } from '../src/clinical/triage/summary.ts';
import type { Protocol, TriageFacts } from '../src/clinical/triage/types.ts';

/**
 * Whether the facts read from a message are a story worth keeping. A statement naming where or how
 * long is one; a question must say something personal (how long, which side, an age): "can a bad hip
 * cause back pain?" names a place but tells nothing about the patient.
 */
export function storyFacts(facts: Partial<TriageFacts>, question: boolean): boolean {
  if (facts.durationDays !== undefined) return true;
  if (question) return facts.side !== undefined || facts.age !== undefined;
  return Boolean(facts.location?.length);
}

/** "From what you told me: Where: hip; Side: left; ...": the summary lines without title or warning signs. */
export function prefillLine(facts: Partial<TriageFacts>, protocol: Protocol, template: string): string | undefined {
  const lines = summarizeFacts({ ...facts, flags: {} }, protocol).slice(1);
  if (lines.length === 0) return undefined;
  return fillTemplate(template, { facts: lines.map((l) => l.replace(/[.:]\s*$/, '')).join('; ') });
}
