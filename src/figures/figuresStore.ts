// Anonymous events that staff figures are built from: answer feedback, unanswered questions and
// dispositions. Stored through the bot's Storage (memory or Azure Blob), one document per hour and
// kind (so no document grows without bound on a busy day), appended with eTag concurrency. No user ids or names are kept; a question's text is kept
// (shortened) because it is what tells the clinic which content is missing or unhelpful.
import type { Storage, StoreItem } from 'botbuilder';
import type { TriageLevel } from '../clinical/types.ts';

export interface FeedbackEvent {
  kind: 'feedback';
  vote: 'up' | 'down';
  article: string;
  section: string;
  question: string;
  /** How the answer was reached: directly, or by a "did you mean" choice. */
  via: 'direct' | 'did-you-mean' | 'follow-up';
  channel: string;
  at: string;
}

export interface UnansweredEvent {
  kind: 'unanswered';
  question: string;
  channel: string;
  at: string;
}

export interface DispositionEvent {
  kind: 'disposition';
  level: TriageLevel;
  reasons: string[];
  interrupted: boolean;
  channel: string;
  at: string;
}

export type FigureEvent = FeedbackEvent | UnansweredEvent | DispositionEvent;

const MAX_QUESTION_CHARS = 300;
const MAX_ATTEMPTS = 5;

interface HourDocument extends StoreItem {
  events: FigureEvent[];
}

export class FiguresStore {
  /** Writes from this process go one at a time; eTags guard against other instances. */
  private queue: Promise<void> = Promise.resolve();

  /**
   * @param onError told when an event could not be stored. Recording never fails the caller: it is
   *   never allowed to interrupt a patient's turn (an emergency outcome above all).
   */
  constructor(
    private readonly storage: Storage,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  record(event: FigureEvent): Promise<void> {
    const next = this.queue.then(() => this.append(event)).catch((err: unknown) => this.onError(err));
    this.queue = next;
    return next;
  }

  // The Storage interface has no create-if-absent, so two instances creating the same day's
  // document at the same moment could still collide; later appends are protected by the eTag.
  private async append(event: FigureEvent): Promise<void> {
    const safe = 'question' in event ? { ...event, question: event.question.slice(0, MAX_QUESTION_CHARS) } : event;
    const key = FiguresStore.keyFor(event.kind, event.at);
    // Optimistic concurrency: two conversations finishing at once must not overwrite each other.
    for (let attempt = 1; ; attempt++) {
      const found = (await this.storage.read([key]))[key] as HourDocument | undefined;
      const doc: HourDocument = { events: [...(found?.events ?? []), safe], eTag: found?.eTag ?? '*' };
      try {
        await this.storage.write({ [key]: doc });
        return;
      } catch (err) {
        if (attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }

  /** Events of one kind on one day (YYYY-MM-DD, UTC), for staff figures. */
  async read(kind: FigureEvent['kind'], day: string): Promise<FigureEvent[]> {
    const keys = Array.from({ length: 24 }, (_, h) => FiguresStore.keyFor(kind, `${day}T${String(h).padStart(2, '0')}:00:00Z`));
    const found = await this.storage.read(keys);
    return keys.flatMap((k) => (found[k] as HourDocument | undefined)?.events ?? []);
  }

  static keyFor(kind: FigureEvent['kind'], at: string): string {
    return `figures/${kind}/${at.slice(0, 10)}/${at.slice(11, 13)}`;
  }
}
