// In-memory conversations of the local Direct Line: opaque tokens, the activity list each browser
// polls or streams, and the bounds that keep memory flat: a cap on live conversations (new ones are
// refused when full, live ones are never pushed out), a cap on unused reservations, activities and
// bytes per conversation, bytes in total, and idle expiry. Nothing here survives a restart, which is
// fine for the local mode.
import { randomBytes } from 'node:crypto';

/** What the browser and the bot exchange; ids, timestamps and accounts are set by the store's users. */
export type WireActivity = Record<string, unknown> & { id: string; type: string };

/** What a poll returns and what a stream pushes. */
export interface ActivityGroup {
  activities: WireActivity[];
  watermark: string;
}

export interface StoreLimits {
  /** Started conversations held at once; when full, new ones are refused (never a live one dropped). */
  maxConversations: number;
  /** Tokens handed out whose conversation has not started yet; the oldest unused one goes first. */
  maxReservations: number;
  /** Activities kept per conversation; older ones are dropped (a poll from before them skips ahead). */
  maxActivitiesPerConversation: number;
  /** Bytes (as JSON) kept per conversation; older activities are dropped past it. */
  maxBytesPerConversation: number;
  /** Bytes kept over all conversations: past it new conversations are refused and older activities go. */
  maxTotalBytes: number;
  /** A started conversation with no request for this long is forgotten. */
  idleMs: number;
  /** A reserved conversation that Web Chat never started is forgotten after this long. */
  reservationMs: number;
  /** How long a token is valid; POST /tokens/refresh extends it. */
  tokenLifetimeMs: number;
}

export const defaultLimits: StoreLimits = {
  maxConversations: 500,
  maxReservations: 200,
  maxActivitiesPerConversation: 300,
  maxBytesPerConversation: 512 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  idleMs: 30 * 60_000,
  reservationMs: 5 * 60_000,
  tokenLifetimeMs: 30 * 60_000,
};

export interface Conversation {
  readonly id: string;
  readonly token: string;
  /** Set by `start`: the id Web Chat chose for its user. */
  userId?: string;
  locale?: string;
  started: boolean;
  tokenExpiresAt: number;
  lastSeenAt: number;
  /** Sequence number the next activity gets; the watermark is "the next sequence I have not seen". */
  nextSeq: number;
  /** Oldest first; entries[i].seq increases by one. */
  entries: { seq: number; activity: WireActivity; bytes: number }[];
  /** Sum of entries' bytes. */
  bytes: number;
}

/** Someone streaming a conversation (a WebSocket): told of each new activity and of the end. */
export interface Listener {
  push(group: ActivityGroup): void;
  ended(): void;
}

export function randomId(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export class ConversationStore {
  /** Insertion order = least recently used first. */
  private readonly live = new Map<string, Conversation>();
  private readonly reserved = new Map<string, Conversation>();
  private readonly byToken = new Map<string, string>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private bytes = 0;
  readonly limits: StoreLimits;

  constructor(
    limits: Partial<StoreLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...defaultLimits, ...limits };
  }

  /** Live and reserved conversations. */
  get size(): number {
    return this.live.size + this.reserved.size;
  }

  get liveCount(): number {
    return this.live.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /**
   * True when no new conversation can start without pushing out a live one. Past 90 % of the byte
   * budget a newcomer would mostly cost live conversations their older activities, so it waits.
   */
  get full(): boolean {
    return this.live.size >= this.limits.maxConversations || this.bytes >= 0.9 * this.limits.maxTotalBytes;
  }

  /**
   * A conversation that starts when Web Chat posts to /conversations with its token, or undefined
   * when the store is full. Only an unused reservation is ever pushed out to make room.
   */
  reserve(): Conversation | undefined {
    if (this.full) return undefined;
    while (this.reserved.size >= this.limits.maxReservations) {
      const oldest = this.reserved.values().next().value;
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
      bytes: 0,
    };
    this.reserved.set(conversation.id, conversation);
    this.byToken.set(conversation.token, conversation.id);
    return conversation;
  }

  /** Starts a reserved conversation; false when the store is full (the reservation stays). */
  start(conversation: Conversation, userId: string, locale?: string): boolean {
    if (conversation.started) return true;
    if (this.full || !this.reserved.has(conversation.id)) return false;
    this.reserved.delete(conversation.id);
    conversation.userId = userId;
    if (locale) conversation.locale = locale;
    conversation.started = true;
    this.live.set(conversation.id, conversation);
    return true;
  }

  /** The conversation a token belongs to, or why not. Marks it as recently used. */
  authenticate(token: string | undefined): Conversation | 'unknown' | 'expired' {
    const id = token ? this.byToken.get(token) : undefined;
    const conversation = id ? this.get(id) : undefined;
    if (!conversation) return 'unknown';
    if (this.now() > conversation.tokenExpiresAt) return 'expired';
    this.touch(conversation);
    return conversation;
  }

  get(id: string): Conversation | undefined {
    return this.live.get(id) ?? this.reserved.get(id);
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
    const kept = conversation.entries.filter((entry) => entry.activity.id !== activityId);
    const removed = conversation.entries.length - kept.length;
    for (const entry of conversation.entries) if (entry.activity.id === activityId) this.countBytes(conversation, -entry.bytes);
    conversation.entries = kept;
    return removed > 0;
  }

  /** Activities at or after the watermark, and the watermark to send next time. */
  since(conversation: Conversation, watermark: number): ActivityGroup {
    const activities = conversation.entries.filter((entry) => entry.seq >= watermark).map((entry) => entry.activity);
    return { activities, watermark: String(conversation.nextSeq) };
  }

  /** Streams new activities of a live conversation to `listener`; returns the unsubscribe. */
  subscribe(conversation: Conversation, listener: Listener): () => void {
    let set = this.listeners.get(conversation.id);
    if (!set) this.listeners.set(conversation.id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(conversation.id) === set) this.listeners.delete(conversation.id);
    };
  }

  listenerCount(conversation: Conversation): number {
    return this.listeners.get(conversation.id)?.size ?? 0;
  }

  /** Forgets idle conversations and unused reservations; returns how many went. */
  sweep(): number {
    const now = this.now();
    let removed = 0;
    for (const conversation of [...this.reserved.values(), ...this.live.values()]) {
      const limit = conversation.started ? this.limits.idleMs : this.limits.reservationMs;
      // An open stream is a patient reading the page: not idle.
      if (now - conversation.lastSeenAt > limit && this.listenerCount(conversation) === 0) {
        this.remove(conversation);
        removed++;
      }
    }
    return removed;
  }

  clear(): void {
    for (const conversation of [...this.live.values(), ...this.reserved.values()]) this.remove(conversation);
  }

  private push(conversation: Conversation, seq: number, activity: WireActivity): void {
    const bytes = Buffer.byteLength(JSON.stringify(activity));
    conversation.entries.push({ seq, activity, bytes });
    this.countBytes(conversation, bytes);
    const { maxActivitiesPerConversation, maxBytesPerConversation, maxTotalBytes } = this.limits;
    // The newest activity is always kept: it is what the patient is waiting for.
    while (
      conversation.entries.length > 1 &&
      (conversation.entries.length > maxActivitiesPerConversation || conversation.bytes > maxBytesPerConversation || this.bytes > maxTotalBytes)
    ) {
      this.countBytes(conversation, -conversation.entries.shift()!.bytes);
    }
    const listeners = this.listeners.get(conversation.id);
    if (listeners) {
      const group = { activities: [activity], watermark: String(conversation.nextSeq) };
      for (const listener of listeners) listener.push(group);
    }
  }

  private countBytes(conversation: Conversation, delta: number): void {
    conversation.bytes += delta;
    this.bytes += delta;
  }

  private touch(conversation: Conversation): void {
    conversation.lastSeenAt = this.now();
    const map = conversation.started ? this.live : this.reserved;
    map.delete(conversation.id);
    map.set(conversation.id, conversation);
  }

  private remove(conversation: Conversation): void {
    this.live.delete(conversation.id);
    this.reserved.delete(conversation.id);
    this.byToken.delete(conversation.token);
    this.bytes -= conversation.bytes;
    conversation.bytes = 0;
    conversation.entries = [];
    const listeners = this.listeners.get(conversation.id);
    this.listeners.delete(conversation.id);
    for (const listener of listeners ?? []) listener.ended();
  }
}
