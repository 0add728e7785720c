// Call-back requests ("handoffs"), stored durably in the bot's Storage (memory or Azure Blob, like
// conversation state), and the staff channel they are posted to. A request is created only with
// the patient's consent and a contact detail they typed; the details are deleted when staff mark it
// done, when the patient says "forget me", or after HANDOFF_RETENTION_DAYS.
//   handoff/<id>      one request (contact details, summary, where its card was posted)
//   handoff-index     ids, times and status only, for listing (eTag-guarded)
//   staff-channel     the conversation reference set by "notify here"
import { createHash } from 'node:crypto';
import type { Activity, ConversationReference, Storage, StoreItem } from 'botbuilder';
import type { TriageLevel } from '../clinical/types.ts';

export type HandoffReason = 'check' | 'contact' | 'feedback';
export type HandoffStatus = 'open' | 'done' | 'withdrawn' | 'expired';

export interface ContactDetails {
  phone?: string;
  email?: string;
  name?: string;
}

export interface HandoffRecord {
  id: string;
  status: HandoffStatus;
  askedAt: string;
  reason: HandoffReason;
  level?: TriageLevel;
  /** Flag or rule ids behind the level. */
  reasons: string[];
  /** The clinician summary lines, or the question for a 👎. */
  summary: string[];
  contact?: ContactDetails;
  /** Keyed hashes of the patient's user and conversation ids (for "forget me"). */
  user: string;
  conversation: string;
  channel: string;
  card?: { activityId: string; reference: Partial<ConversationReference> };
  doneAt?: string;
  doneBy?: string;
}

interface IndexEntry {
  id: string;
  askedAt: string;
  status: HandoffStatus;
}

interface IndexDoc extends StoreItem {
  items: IndexEntry[];
}

export interface HandoffTransport {
  /** Posts a new message into the referenced conversation; returns its activity id. */
  post(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string | undefined>;
  /** Replaces a message posted before (Teams updates it in place for everyone). */
  update(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void>;
}

export type HandoffRenderer = (record: HandoffRecord) => Partial<Activity>;

export type CreateResult =
  | { outcome: 'posted'; record: HandoffRecord }
  /** The same message was handled before (a channel's retry): nothing is posted again. */
  | { outcome: 'duplicate'; record: HandoffRecord }
  | { outcome: 'no-channel' }
  | { outcome: 'failed' };

const INDEX_KEY = 'handoff-index';
const CHANNEL_KEY = 'staff-channel';
const MAX_ATTEMPTS = 5;
const DAY = 86_400_000;

export class HandoffService {
  private transport: HandoffTransport | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly options: { retentionDays: number; now: () => Date; render: HandoffRenderer; onError?: (err: unknown) => void },
  ) {}

  /** Called once the adapter exists (app.ts); until then nothing can be posted. */
  connect(transport: HandoffTransport): void {
    this.transport = transport;
  }

  /** A stable id for the message that completed a request, so a retried message maps to the same one. */
  static idFor(conversationId: string, activityId: string | undefined): string {
    const source = activityId ? `${conversationId}\u0000${activityId}` : `${conversationId}\u0000${Date.now()}\u0000${Math.random()}`;
    return createHash('sha256').update(source).digest('hex').slice(0, 16);
  }

  async setStaffChannel(reference: Partial<ConversationReference>): Promise<void> {
    await this.storage.write({ [CHANNEL_KEY]: { reference, eTag: '*' } });
  }

  async staffChannel(): Promise<Partial<ConversationReference> | undefined> {
    const found = (await this.storage.read([CHANNEL_KEY]))[CHANNEL_KEY] as { reference?: Partial<ConversationReference> } | undefined;
    return found?.reference;
  }

  /** True when a request could be posted now (a staff channel is set and the bot can reach it). */
  async canPost(): Promise<boolean> {
    return Boolean(this.transport && (await this.staffChannel()));
  }

  async create(input: Omit<HandoffRecord, 'status' | 'askedAt' | 'card'>): Promise<CreateResult> {
    const existing = await this.get(input.id);
    if (existing) return { outcome: 'duplicate', record: existing };
    const reference = await this.staffChannel();
    if (!reference || !this.transport) return { outcome: 'no-channel' };
    const record: HandoffRecord = { ...input, status: 'open', askedAt: this.options.now().toISOString() };
    // Stored before posting: a retry that arrives while the card is being posted finds it.
    await this.save(record);
    await this.updateIndex((items) => [...items.filter((i) => i.id !== record.id), { id: record.id, askedAt: record.askedAt, status: 'open' }]);
    try {
      const activityId = await this.transport.post(reference, this.options.render(record));
      if (activityId) {
        record.card = { activityId, reference };
        await this.save(record);
      }
      return { outcome: 'posted', record };
    } catch (err) {
      this.options.onError?.(err);
      // Not delivered: keep no contact details for a request nobody will see.
      await this.remove(record.id);
      return { outcome: 'failed' };
    }
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const found = (await this.storage.read([`handoff/${id}`]))[`handoff/${id}`] as (HandoffRecord & StoreItem) | undefined;
    if (!found) return undefined;
    const { eTag: _eTag, ...record } = found;
    return record as HandoffRecord;
  }

  /** Marks a request done and deletes the patient's contact details; the card is updated by the caller. */
  async markDone(id: string, by: string): Promise<HandoffRecord | undefined> {
    const record = await this.get(id);
    if (!record) return undefined;
    if (record.status !== 'open') return record;
    const done: HandoffRecord = { ...record, status: 'done', contact: undefined, doneAt: this.options.now().toISOString(), doneBy: by };
    await this.save(done);
    await this.updateIndex((items) => items.map((i) => (i.id === id ? { ...i, status: 'done' } : i)));
    return done;
  }

  /** Open requests (oldest first), then the others of the retention window (newest first). */
  async list(): Promise<HandoffRecord[]> {
    await this.sweep();
    const index = await this.readIndex();
    const records = (await Promise.all(index.items.map((i) => this.get(i.id)))).filter((r): r is HandoffRecord => r !== undefined);
    const open = records.filter((r) => r.status === 'open').sort((a, b) => a.askedAt.localeCompare(b.askedAt));
    const rest = records.filter((r) => r.status !== 'open').sort((a, b) => b.askedAt.localeCompare(a.askedAt));
    return [...open, ...rest];
  }

  /** "Forget me": deletes this patient's open requests and updates their cards. Returns how many. */
  async forget(keys: string[]): Promise<number> {
    const index = await this.readIndex();
    let count = 0;
    for (const entry of index.items) {
      const record = await this.get(entry.id);
      if (!record || !(keys.includes(record.user) || keys.includes(record.conversation))) continue;
      count++;
      await this.remove(record.id);
      if (record.status === 'open') await this.updateCard({ ...record, status: 'withdrawn', contact: undefined, summary: [] });
    }
    return count;
  }

  /** The card of a request in its current state. */
  render(record: HandoffRecord): Partial<Activity> {
    return this.options.render(record);
  }

  /** Replaces a request's card in the staff channel with its current state. */
  async updateCard(record: HandoffRecord): Promise<void> {
    if (!record.card || !this.transport) return;
    try {
      await this.transport.update(record.card.reference, { ...this.options.render(record), id: record.card.activityId });
    } catch (err) {
      this.options.onError?.(err);
    }
  }

  /**
   * Retention: an open request older than the retention period loses its contact details (and
   * shows so on its card); any request older than twice that is deleted.
   */
  async sweep(): Promise<void> {
    const now = this.options.now().getTime();
    const limit = this.options.retentionDays * DAY;
    for (const entry of (await this.readIndex()).items) {
      const age = now - Date.parse(entry.askedAt);
      if (age > 2 * limit) {
        await this.remove(entry.id);
      } else if (age > limit && entry.status === 'open') {
        const record = await this.get(entry.id);
        if (!record) continue;
        const expired: HandoffRecord = { ...record, status: 'expired', contact: undefined };
        await this.save(expired);
        await this.updateIndex((items) => items.map((i) => (i.id === entry.id ? { ...i, status: 'expired' } : i)));
        await this.updateCard(expired);
      }
    }
  }

  private async save(record: HandoffRecord): Promise<void> {
    await this.storage.write({ [`handoff/${record.id}`]: { ...record, eTag: '*' } });
  }

  private async remove(id: string): Promise<void> {
    await this.storage.delete([`handoff/${id}`]);
    await this.updateIndex((items) => items.filter((i) => i.id !== id));
  }

  private async readIndex(): Promise<IndexDoc> {
    return ((await this.storage.read([INDEX_KEY]))[INDEX_KEY] as IndexDoc | undefined) ?? { items: [] };
  }

  /** Read-modify-write of the index with the eTag read, retried on a conflict with another instance. */
  private async updateIndex(change: (items: IndexEntry[]) => IndexEntry[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const found = (await this.storage.read([INDEX_KEY]))[INDEX_KEY] as IndexDoc | undefined;
      try {
        await this.storage.write({ [INDEX_KEY]: { items: change(found?.items ?? []), eTag: found?.eTag ?? '*' } });
        return;
      } catch (err) {
        if (attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }
}
