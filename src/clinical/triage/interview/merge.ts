// Putting what an answer (or a message) told into what the interview already knows.
import type { FlagAnswer, TriageFacts } from '../types.ts';

export type Facts = TriageFacts & { flags: Record<string, FlagAnswer> };

/**
 * Merges new facts. 'answer': the answer to the question asked wins. 'fill': facts picked up on
 * the way only fill what is still unknown, and never change a red-flag answer already given.
 * A denial picked up on the way ("I've never had cancer" told while saying where it hurts) is not
 * an answer: the sign's own question is still asked. Reported signs are kept (they only escalate).
 */
export function mergeFacts(facts: Facts, update: Partial<TriageFacts>, mode: 'answer' | 'fill'): Facts {
  const out: Facts = { ...facts, flags: { ...facts.flags } };
  for (const [key, value] of Object.entries(update) as [keyof TriageFacts, unknown][]) {
    if (key === 'flags' || value === undefined) continue;
    if (mode === 'answer' || out[key] === undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  for (const [id, answer] of Object.entries(update.flags ?? {})) {
    if (mode === 'fill' && answer === 'no') continue;
    if (mode === 'answer' || out.flags[id] === undefined) out.flags[id] = answer;
  }
  return out;
}
