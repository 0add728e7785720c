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
      this.held.push(...activities);
      return activities.map((): ResourceResponse => ({ id: '' }));
    });
  }

  get size(): number {
    return this.held.length;
  }

  discard(): void {
    this.held = [];
  }

  /** Sends what is held; from then on replies go straight out (the error handler's apology too). */
  async flush(): Promise<void> {
    this.passThrough = true;
    const out = this.held;
    this.held = [];
    if (out.length > 0) await this.context.sendActivities(out);
  }
}
