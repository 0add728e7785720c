// The highest disposition given in this turn, noted by whoever sends one, so the turn can store it
// (a stored disposition may later be raised, never lowered).
import type { TurnContext } from 'botbuilder';
import { higherLevel, type TriageLevel } from '../clinical/types.ts';

const KEY = Symbol('reachedLevel');

export function noteDisposition(context: TurnContext, level: TriageLevel): void {
  const before = context.turnState.get(KEY) as TriageLevel | undefined;
  context.turnState.set(KEY, before ? higherLevel(before, level) : level);
}

export function reachedLevel(context: TurnContext): TriageLevel | undefined {
  return context.turnState.get(KEY) as TriageLevel | undefined;
}

export function forgetReachedLevel(context: TurnContext): void {
  context.turnState.delete(KEY);
}
