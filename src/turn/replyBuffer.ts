// Holds a turn's replies until its state is saved. If the save loses an eTag conflict, the turn is
// replayed on the fresh state and the held replies are dropped: the patient never sees an answer
// whose state was thrown away (a "no" that moved on to the next question, then a different one).
import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';

export class ReplyBuffer {
  private held: Partial<Activity>[] = [];
  private passThrough = false;

  constructor(private readonly context: TurnContext) {
    context.onSendActivities(async (_ctx, activities, next) => {
      // An invoke's response is the HTTP answer itself, not a message: it is never held.
      if (this.passThrough || activities.some((a) => a.type === 'invokeResponse')) return next();
      // Copied as they are now: the SDK's copy is shallow, and a dialog may go on to change the
      // buttons or cards it built (sent at once, they would have been serialised already).
      this.held.push(...activities.map(snapshot));
      // As if sent: prompts re-ask only when nothing was said this turn.
      if (activities.some((a) => a.type !== 'trace')) this.context.responded = true;
      return activities.map((): ResourceResponse => ({ id: '' }));
    });
  }

  get size(): number {
    return this.held.length;
  }

  /** Drops what is held; a replayed turn starts as if nothing had been said (the SDK's flag has no public reset). */
  discard(): void {
    this.held = [];
    const ref = (this.context as unknown as { _respondedRef?: { responded: boolean } })._respondedRef;
    if (ref && !this.passThrough) ref.responded = false;
  }

  /** Sends what is held; from then on replies go straight out (the error handler's apology too). */
  async flush(): Promise<void> {
    this.passThrough = true;
    const out = this.held;
    this.held = [];
    if (out.length > 0) await this.context.sendActivities(out);
  }
}

function snapshot(activity: Partial<Activity>): Partial<Activity> {
  try {
    return structuredClone(activity);
  } catch {
    return JSON.parse(JSON.stringify(activity)) as Partial<Activity>;
  }
}
