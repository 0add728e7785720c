// The red-flag reading of this turn's message, computed once per turn and shared by every dialog
// that looks at it (the interruption, the screen, the symptom check's answer reader).
import type { TurnContext } from 'botbuilder';
import type { DetectionResult } from '../src/clinical/triage/types.ts';
import type { TriageServices } from './triageServices.ts';

const KEY = Symbol('turnReading');

export function detectOnce(context: TurnContext, triage: TriageServices, text: string): DetectionResult {
  const cached = context.turnState.get(KEY) as { text: string; result: DetectionResult } | undefined;
  if (cached?.text === text) return cached.result;
  const result = triage.detect(text);
  context.turnState.set(KEY, { text, result });
  return result;
}
