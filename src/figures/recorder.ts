// Records staff-figure events off the patient's turn: `record` returns at once and the write goes on
// in the background; a failure is logged (through onError), never thrown into a turn. Personal
// details are removed (redact) and questions shortened before anything leaves this file.
import { randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import { dayOf, type FigureEvent, type FigureRecord, type FiguresLog } from './events.ts';
import { hashKey } from './hashKey.ts';
import { redactQuestion } from './redact.ts';

export interface FiguresOptions {
  /** Records older than this many days are deleted and never read. */
  retentionDays: number;
  /** Secret for the keyed hashes of user and conversation ids. */
  hashSecret?: string;
  now?: () => Date;
  onError?: (err: unknown) => void;
  /** Activities whose events are not counted (staff trying the bot). */
  skip?: (activity: Partial<Activity>) => boolean;
}

const DEFAULT_SECRET = 'clinic-bot-figures';
/**
 * Keyed hashes kept for conversations seen lately: enough for every conversation a clinic has going at
 * once; 5,000 grew the heap for half an hour under a soak's 200 new conversations a minute.
 */
const KEYS_KEPT = 1000;

export class FiguresRecorder {
  private readonly pending = new Set<Promise<void>>();
  private readonly keys = new Map<string, { user: string; conversation: string }>();
  private readonly now: () => Date;

  constructor(
    readonly log: FiguresLog,
    private readonly options: FiguresOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Stores one event in the background. Never throws, never waits for storage. */
  record(context: TurnContext, event: FigureEvent & { at?: string }): void {
    try {
      const { activity } = context;
      if (this.options.skip?.(activity)) return;
      const { at, ...rest } = event;
      const record = {
        ...this.clean(rest as FigureEvent),
        id: randomUUID(),
        at: at ?? this.now().toISOString(),
        channel: activity.channelId ?? 'unknown',
        ...this.keysOf(activity),
      } as FigureRecord;
      const write = this.log
        .append(record)
        .catch((err: unknown) => this.options.onError?.(err))
        .finally(() => this.pending.delete(write));
      this.pending.add(write);
    } catch (err) {
      this.options.onError?.(err);
    }
  }

  /**
   * Waits for the writes in flight (tests, shutdown, and before "forget me" deletes), at most
   * `deadlineMs`: a hung storage call must never hold up a patient's turn or a shutdown.
   */
  async flush(deadlineMs = 5000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, deadlineMs);
      timer.unref?.();
    });
    const drain = (async () => {
      while (this.pending.size) await Promise.all([...this.pending]);
    })();
    await Promise.race([drain, deadline]);
    clearTimeout(timer);
  }

  keysOf(activity: Partial<Activity>): { user: string; conversation: string } {
    const secret = this.options.hashSecret || DEFAULT_SECRET;
    const channel = activity.channelId ?? 'unknown';
    const userId = activity.from?.id ?? '';
    const conversationId = activity.conversation?.id ?? '';
    // Two keyed hashes per event add up under load; the same people are counted turn after turn.
    const cacheKey = `${channel}\u0000${userId}\u0000${conversationId}`;
    let keys = this.keys.get(cacheKey);
    if (!keys) {
      keys = { user: hashKey(secret, 'user', channel, userId), conversation: hashKey(secret, 'conversation', channel, conversationId) };
      if (this.keys.size >= KEYS_KEPT) this.keys.clear();
      this.keys.set(cacheKey, keys);
    }
    return { ...keys };
  }

  /** "Forget me": deletes every record of this user and this conversation. Returns how many. */
  async forget(context: TurnContext): Promise<number> {
    await this.flush();
    const { user, conversation } = this.keysOf(context.activity);
    return this.log.forget([user, conversation], this.oldestDay(), dayOf(new Date(this.now().getTime() + 86_400_000).toISOString()));
  }

  /** Records of the period that are still within retention. */
  async read(fromDay: string, toDay: string): Promise<FigureRecord[]> {
    const oldest = this.oldestDay();
    return this.log.list(fromDay > oldest ? fromDay : oldest, toDay);
  }

  /** Everything recorded on one day, once the writes in flight are done. */
  async recorded(day: string): Promise<FigureRecord[]> {
    await this.flush();
    return this.read(day, day);
  }

  /** Deletes what is past retention. */
  expire(): Promise<number> {
    return this.log.expire(this.oldestDay());
  }

  /** The first day still kept. */
  oldestDay(): string {
    return dayOf(new Date(this.now().getTime() - (this.options.retentionDays - 1) * 86_400_000).toISOString());
  }

  private clean(event: FigureEvent): FigureEvent {
    if (event.kind === 'unanswered' || event.kind === 'feedback') {
      return { ...event, question: redactQuestion(event.question) };
    }
    return event;
  }
}
