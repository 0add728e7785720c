// One turn at a time per conversation in this process. Two messages of the same conversation
// arriving together (a double tap, a fast typist) would otherwise load the same state and the last
// save would win — a red-flag turn's "end the check" could be overwritten by a slower answer.
// A turn that outlives its deadline is abandoned (told through its signal) and no longer holds the
// conversation: a hung call must never block the messages after it.
import { DeadlineError } from './state/deadline.ts';

export class SerialTurns {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly running = new Set<Promise<void>>();

  /** @param turnTimeoutMs how long a turn may hold its conversation (and its caller) at most. */
  constructor(private readonly turnTimeoutMs = 12_000) {}

  run(key: string, turn: (abandoned: AbortSignal) => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const abandon = new AbortController();
    const start = () => this.bounded(turn, abandon);
    const current = previous.then(start, start);
    const tail = current.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget the conversation once nothing is queued behind this turn, so the map stays small.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return current;
  }

  private bounded(turn: (abandoned: AbortSignal) => Promise<void>, abandon: AbortController): Promise<void> {
    const work = turn(abandon.signal);
    this.running.add(work);
    const untrack = () => this.running.delete(work);
    work.then(untrack, untrack);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        abandon.abort();
        reject(new DeadlineError('turn', this.turnTimeoutMs));
      }, this.turnTimeoutMs);
    });
    return Promise.race([work, expired]).finally(() => clearTimeout(timer));
  }

  get pending(): number {
    return this.tails.size;
  }

  /** Turns still running (abandoned ones included). */
  get inFlight(): number {
    return this.running.size;
  }

  /** Resolves when no turn is queued or running, or after `graceMs`; true when everything finished. */
  async idle(graceMs: number): Promise<boolean> {
    const deadline = Date.now() + graceMs;
    while (this.running.size > 0 || this.tails.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const everything = Promise.allSettled([...this.running, ...this.tails.values()]);
      await Promise.race([everything, new Promise((r) => (timer = setTimeout(r, left)))]);
      clearTimeout(timer);
      // Let the bookkeeping (the map's clean-up after each tail) run before looking again.
      await new Promise((r) => setImmediate(r));
    }
    return true;
  }
}
