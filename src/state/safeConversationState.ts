// Conversation state that is written with the eTag it was read with (BotState writes "*", so with
// two instances the last write won: a concurrent "no" overwrote an emergency). It also keeps a small
// ledger: which activities were already handled (a channel's retry is answered with nothing new)
// and the highest disposition reached, which a later write may raise but never lower.
import { ConversationState, type BotState, type TurnContext } from 'botbuilder';
import { higherLevel, type TriageLevel } from '../clinical/types.ts';

/**
 * How many handled activity ids are remembered per conversation. A channel retries within seconds
 * (Teams after 15 s), far fewer than 20 messages from one person; every turn writes the ledger, so
 * each id kept costs bytes in every conversation's state.
 */
export const MAX_HANDLED_IDS = 20;
const LEDGER = 'turnLedger';
/** Ids longer than this are kept as a digest of the same length (Messenger's run to 60 characters). */
const MAX_ENTRY_CHARS = 16;

/**
 * What the ledger keeps for an activity id: the id itself when short, else "#" and 15 hex digits of a
 * 64-bit hash (60 bits: two different ids among the 20 kept share one with odds of about 1 in 10^16
 * per turn). Not cryptographic on purpose: ids come from the channel, a collision could only make
 * one conversation take a message for its own retry, and a node:crypto hash per turn cost ~1 % of a
 * turn's CPU under load (a native object for the collector to finalise), this one nothing measurable.
 */
export function ledgerEntry(id: string): string {
  if (id.length <= MAX_ENTRY_CHARS) return id;
  // cyrb53's two 32-bit lanes (public domain), both kept whole.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return `#${(hex(h2) + hex(h1)).slice(1)}`;
}

/**
 * The eTag of a write that must create the document: storage that keeps eTags refuses it when the
 * document exists (MemoryStorage and ours compare it with the stored eTag, never equal; Blob state
 * writes it with If-None-Match: *).
 */
export const CREATE_ONLY = 'create-only';

export interface TurnLedger {
  handled: string[];
  highestLevel?: TriageLevel;
}


/** The ledger of any BotState (works with a plain ConversationState too, as the dialog tests use). */
export async function readLedger(state: BotState, context: TurnContext): Promise<TurnLedger> {
  const doc = (await state.load(context)) as Record<string, unknown>;
  const found = doc[LEDGER] as Partial<TurnLedger> | undefined;
  const handled = Array.isArray(found?.handled) ? found.handled.filter((id): id is string => typeof id === 'string') : [];
  return { handled, ...(found?.highestLevel ? { highestLevel: found.highestLevel } : {}) };
}

export async function alreadyHandled(state: BotState, context: TurnContext): Promise<boolean> {
  const id = context.activity.id;
  if (!id) return false;
  const { handled } = await readLedger(state, context);
  // A long id written whole before ids were digested still counts.
  return handled.includes(ledgerEntry(id)) || handled.includes(id);
}

/** Marks this turn's activity handled and raises the stored level to `reached` (never lowers it). */
export async function recordTurn(state: BotState, context: TurnContext, reached: TriageLevel | undefined): Promise<void> {
  const before = await readLedger(state, context);
  const entry = context.activity.id ? ledgerEntry(context.activity.id) : undefined;
  const handled = !entry || before.handled.includes(entry) ? before.handled : [...before.handled, entry].slice(-MAX_HANDLED_IDS);
  const highestLevel = reached && before.highestLevel ? higherLevel(reached, before.highestLevel) : (reached ?? before.highestLevel);
  const doc = (await state.load(context)) as Record<string, unknown>;
  doc[LEDGER] = { handled, ...(highestLevel ? { highestLevel } : {}) } satisfies TurnLedger;
}

export class SafeConversationState extends ConversationState {
  /**
   * BotState.load also hashes the whole state (JSON, then SHA-256) so that its saveChanges can tell
   * whether anything changed; ours writes every turn with the eTag read and never looks at the hash
   * (a few % of a turn's CPU). Same cache entry, empty hash.
   */
  override async load(context: TurnContext, force = false): Promise<any> {
    const key = (this as unknown as { stateKey?: unknown }).stateKey;
    if (typeof key !== 'symbol') return super.load(context, force);
    const cached = context.turnState.get(key) as { state?: object } | undefined;
    if (!force && cached?.state) return cached.state;
    const storageKey = await this.storageKey(context);
    const items = await this.storage.read([storageKey]);
    const state = (items[storageKey] as object | undefined) ?? {};
    context.turnState.set(key, { state, hash: '' });
    return state;
  }

  /**
   * Writes the state read this turn, on the condition that nobody wrote it since (the eTag read).
   * A conflict throws the storage's eTag-conflict error: the caller reloads and replays the turn.
   */
  override async saveChanges(context: TurnContext, _force = false): Promise<void> {
    const state = this.get(context) as Record<string, unknown> | undefined;
    if (!state) return;
    const key = await this.storageKey(context);
    // Nothing was read (a new conversation, or one just forgotten): written only if it still does
    // not exist, so two instances starting the same conversation cannot both write.
    const eTag = typeof state.eTag === 'string' && state.eTag !== '*' && state.eTag !== '' ? state.eTag : CREATE_ONLY;
    await this.storage.write({ [key]: { ...state, eTag } });
    // The eTag read is spent: the storage made a new one.
    delete state.eTag;
  }
}
