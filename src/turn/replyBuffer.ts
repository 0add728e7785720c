// Holds a turn's replies until its state is saved. If the save loses an eTag conflict, the turn is
// replayed on the fresh state and the held replies are dropped: the patient never sees an answer
// whose state was thrown away (a "no" that moved on to the next question, then a different one).
import type { Activity, TurnContext } from 'botbuilder';

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
      // No ids: the channel gives a reply its id when it is sent, and a made-up one would point at
      // nothing (the SDK's sendActivity then returns undefined, which it allows).
      return [];
    });
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
    return plainCopy(activity);
  } catch {
    // What the copy cannot take (a class instance holding a function): its data, as JSON would send it.
    // A reply that contains itself fails here too (the copy runs out of stack first), and is not held.
    return JSON.parse(JSON.stringify(activity)) as Partial<Activity>;
  }
}

// Activities are plain data (objects, arrays, strings, numbers): copied field by field, about five
// times quicker than structuredClone, which serialises. Anything else (a Date, a class instance)
// goes through structuredClone.
function plainCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => plainCopy(v)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  let out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copied = plainCopy((value as Record<string, unknown>)[key]);
    // An own "__proto__" field (text a patient typed can become one) stays a field, not a prototype:
    // a computed key in a literal is always an own field.
    if (key === '__proto__') out = { ...out, [key]: copied };
    else out[key] = copied;
  }
  return out as T;
}
