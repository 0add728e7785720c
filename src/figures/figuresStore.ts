// Anonymous events that staff figures are built from: answer feedback, unanswered questions and
// dispositions. Stored through the bot's Storage (memory or Azure Blob), one document per day and
// kind, appended with eTag concurrency. No user ids or names are kept; a question's text is kept
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

interface DayDocument extends StoreItem {
  events: FigureEvent[];
}

export class FiguresStore {
  /** Writes from this process go one at a time; eTags guard against other instances. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly storage: Storage) {}

  record(event: FigureEvent): Promise<void> {
    const next = this.queue.then(() => this.append(event));
    this.queue = next.catch(() => undefined);
    return next;
  }

  // The Storage interface has no create-if-absent, so two instances creating the same day's
  // document at the same moment could still collide; later appends are protected by the eTag.
  private async append(event: FigureEvent): Promise<void> {
    const safe = 'question' in event ? { ...event, question: event.question.slice(0, MAX_QUESTION_CHARS) } : event;
    const key = FiguresStore.keyFor(event.kind, event.at);
    // Optimistic concurrency: two conversations finishing at once must not overwrite each other.
    for (let attempt = 1; ; attempt++) {
      const found = (await this.storage.read([key]))[key] as DayDocument | undefined;
      const doc: DayDocument = { events: [...(found?.events ?? []), safe], eTag: found?.eTag ?? '*' };
      try {
        await this.storage.write({ [key]: doc });
        return;
      } catch (err) {
        if (attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }

  /** Events of one kind on one day (YYYY-MM-DD), for staff figures. */
  async read(kind: FigureEvent['kind'], day: string): Promise<FigureEvent[]> {
    const key = FiguresStore.keyFor(kind, `${day}T00:00:00Z`);
    const found = (await this.storage.read([key]))[key] as DayDocument | undefined;
    return found?.events ?? [];
  }

  static keyFor(kind: FigureEvent['kind'], at: string): string {
    return `figures/${kind}/${at.slice(0, 10)}`;
  }
}
