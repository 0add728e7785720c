// In-memory conversations of the local Direct Line: opaque tokens, the activity list each browser
// polls, and the bounds that keep memory flat (a cap on conversations, on activities per
// conversation, and idle expiry). Nothing here survives a restart, which is fine for the local mode.
import { randomBytes } from 'node:crypto';

/** What the browser and the bot exchange; ids, timestamps and accounts are set by the store's users. */
export type WireActivity = Record<string, unknown> & { id: string; type: string };

export interface StoreLimits {
  /** Conversations held at once; the least recently used one is dropped to make room. */
  maxConversations: number;
  /** Activities kept per conversation; older ones are dropped (a poll from before them skips ahead). */
  maxActivitiesPerConversation: number;
  /** A started conversation with no request for this long is forgotten. */
  idleMs: number;
  /** A reserved conversation that Web Chat never started is forgotten after this long. */
  reservationMs: number;
  /** How long a token is valid; POST /tokens/refresh extends it. */
  tokenLifetimeMs: number;
}

export const defaultLimits: StoreLimits = {
  maxConversations: 500,
  maxActivitiesPerConversation: 300,
  idleMs: 30 * 60_000,
  reservationMs: 5 * 60_000,
  tokenLifetimeMs: 30 * 60_000,
};

export interface Conversation {
  readonly id: string;
  readonly token: string;
  /** Set by POST /conversations: the id Web Chat chose for its user. */
  userId?: string;
  locale?: string;
  started: boolean;
  tokenExpiresAt: number;
  lastSeenAt: number;
  /** Sequence number the next activity gets; the watermark is "the next sequence I have not seen". */
  nextSeq: number;
  /** Oldest first; entries[i].seq increases by one. */
  entries: { seq: number; activity: WireActivity }[];
}

export function randomId(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export class ConversationStore {
  private readonly byId = new Map<string, Conversation>(); // insertion order = least recently used first
  private readonly byToken = new Map<string, string>();
  readonly limits: StoreLimits;

  constructor(
    limits: Partial<StoreLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...defaultLimits, ...limits };
  }

  get size(): number {
    return this.byId.size;
  }

  /** A conversation that starts when Web Chat posts to /conversations with its token. */
  reserve(): Conversation {
    while (this.byId.size >= this.limits.maxConversations) {
      const oldest = this.byId.values().next().value;
      if (!oldest) break;
      this.remove(oldest);
    }
    const now = this.now();
    const conversation: Conversation = {
      id: randomId(16),
      token: randomId(32),
      started: false,
      tokenExpiresAt: now + this.limits.tokenLifetimeMs,
      lastSeenAt: now,
      nextSeq: 0,
      entries: [],
    };
    this.byId.set(conversation.id, conversation);
    this.byToken.set(conversation.token, conversation.id);
    return conversation;
  }

  /** The conversation a token belongs to, or why not. Marks it as recently used. */
  authenticate(token: string | undefined): Conversation | 'unknown' | 'expired' {
    const id = token ? this.byToken.get(token) : undefined;
    const conversation = id ? this.byId.get(id) : undefined;
    if (!conversation) return 'unknown';
    if (this.now() > conversation.tokenExpiresAt) return 'expired';
    this.touch(conversation);
    return conversation;
  }

  get(id: string): Conversation | undefined {
    return this.byId.get(id);
  }

  refreshToken(conversation: Conversation): void {
    conversation.tokenExpiresAt = this.now() + this.limits.tokenLifetimeMs;
  }

  secondsLeft(conversation: Conversation): number {
    return Math.max(0, Math.round((conversation.tokenExpiresAt - this.now()) / 1000));
  }

  /** Stores an activity under a new Direct Line style id (`<conversation>|0000042`). */
  append(conversation: Conversation, activity: Omit<WireActivity, 'id'>): WireActivity {
    const seq = conversation.nextSeq++;
    const stored = { ...activity, id: `${conversation.id}|${String(seq).padStart(7, '0')}` } as WireActivity;
    this.push(conversation, seq, stored);
    return stored;
  }

  /** An updated activity keeps its id and is delivered again; Web Chat replaces the old one. */
  appendUpdate(conversation: Conversation, activity: WireActivity): void {
    this.push(conversation, conversation.nextSeq++, activity);
  }

  /** Removes an activity (and its updates) from what later polls return. */
  delete(conversation: Conversation, activityId: string): boolean {
    const before = conversation.entries.length;
    conversation.entries = conversation.entries.filter((entry) => entry.activity.id !== activityId);
    return conversation.entries.length < before;
  }

  /** Activities at or after the watermark, and the watermark to send next time. */
  since(conversation: Conversation, watermark: number): { activities: WireActivity[]; watermark: string } {
    const activities = conversation.entries.filter((entry) => entry.seq >= watermark).map((entry) => entry.activity);
    return { activities, watermark: String(conversation.nextSeq) };
  }

  /** Forgets idle conversations and unused reservations; returns how many went. */
  sweep(): number {
    const now = this.now();
    let removed = 0;
    for (const conversation of [...this.byId.values()]) {
      const limit = conversation.started ? this.limits.idleMs : this.limits.reservationMs;
      if (now - conversation.lastSeenAt > limit) {
        this.remove(conversation);
        removed++;
      }
    }
    return removed;
  }

  clear(): void {
    this.byId.clear();
    this.byToken.clear();
  }

  private push(conversation: Conversation, seq: number, activity: WireActivity): void {
    conversation.entries.push({ seq, activity });
    const excess = conversation.entries.length - this.limits.maxActivitiesPerConversation;
    if (excess > 0) conversation.entries.splice(0, excess);
  }

  private touch(conversation: Conversation): void {
    conversation.lastSeenAt = this.now();
    this.byId.delete(conversation.id);
    this.byId.set(conversation.id, conversation);
  }

  private remove(conversation: Conversation): void {
    this.byId.delete(conversation.id);
    this.byToken.delete(conversation.token);
  }
}
