// This turn's message, read once (src/clinical/reading.ts) and shared by every dialog that looks
// at it: the red-flag interruption, the screen, the symptom check's answer reader, the router.
import type { TurnContext } from 'botbuilder';
import { readMessage, type MessageReading } from '../src/clinical/reading.ts';
import type { TriageServices } from './triageServices.ts';

const KEY = Symbol('turnReading');

export function readOnce(context: TurnContext, triage: TriageServices, text: string): MessageReading {
  const cached = context.turnState.get(KEY) as { raw: string; reading: MessageReading } | undefined;
  if (cached?.raw === text) return cached.reading;
  const reading = readMessage(text, triage.detect);
  context.turnState.set(KEY, { raw: text, reading });
  return reading;
}
