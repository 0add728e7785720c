// After an emergency or same-day outcome, later replies start with a one-line reminder of it
// (content/messages.yaml `reminder`) until the patient starts over or asks to be forgotten.
// Kept in conversation state; the line goes before the turn's first message, so buttons offered at
// the end of the reply stay the last thing on screen.
import { TurnContext, type StatePropertyAccessor } from 'botbuilder';
import { higherLevel, type TriageLevel } from '../src/clinical/types.ts';

const GIVEN_THIS_TURN = Symbol('outcomeGivenThisTurn');

export class OutcomeReminder {
  constructor(
    private readonly accessor: StatePropertyAccessor<TriageLevel | undefined>,
    private readonly lines: { emergency: string; urgent: string },
  ) {}

  /** Called when an outcome is given; only a higher one replaces what is remembered. */
  async remember(context: TurnContext, level: TriageLevel): Promise<void> {
    context.turnState.set(GIVEN_THIS_TURN, true);
    if (level !== 'emergency' && level !== 'urgent') return;
    const before = await this.accessor.get(context);
    await this.accessor.set(context, before ? higherLevel(before, level) : level);
  }

  async forget(context: TurnContext): Promise<void> {
    await this.accessor.delete(context);
  }

  /** Puts the reminder before the first message this turn sends (not on the turn that gave it). */
  watch(context: TurnContext): void {
    if (context.activity.type !== 'message') return;
    let done = false;
    context.onSendActivities(async (ctx, activities, next) => {
      if (done || !activities.some((a) => a.type === 'message')) return next();
      done = true;
      if (ctx.turnState.get(GIVEN_THIS_TURN)) return next();
      const level = await this.accessor.get(ctx);
      if (level === 'emergency' || level === 'urgent') {
        // Addressed like the rest: the context has already applied the conversation to `activities`.
        const reference = TurnContext.getConversationReference(ctx.activity);
        activities.unshift(TurnContext.applyConversationReference({ type: 'message', text: this.lines[level] }, reference));
      }
      return next();
    });
  }
}
