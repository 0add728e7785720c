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
    return plainCopy(activity, 0);
  } catch {
    return JSON.parse(JSON.stringify(activity)) as Partial<Activity>;
  }
}

const MAX_DEPTH = 64;

// Activities are plain data (objects, arrays, strings, numbers, dates): copied field by field, about
// five times quicker than structuredClone, which serialises. Anything else goes through structuredClone.
function plainCopy<T>(value: T, depth: number): T {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) throw new RangeError('activity too deep to copy');
  if (Array.isArray(value)) return value.map((v: unknown) => plainCopy(v, depth + 1)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copied = plainCopy((value as Record<string, unknown>)[key], depth + 1);
    // An own "__proto__" field (text a patient typed can become one) stays a field, not a prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
    else out[key] = copied;
  }
  return out as T;
}
