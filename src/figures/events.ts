// What staff figures are made of: one record per event, with no name, no message id and no user id
// in clear (only keyed hashes, so "forget me" can find a person's records). Question texts are kept
// only after `redact` and shortened: they are what tells the clinic which content is missing.
import type { TriageLevel } from '../clinical/types.ts';

export type FigureEvent =
  /** A conversation opened (welcome sent). */
  | { kind: 'conversation' }
  /** A question answered from an article (no question text: the article is enough). */
  | { kind: 'answered'; article: string; section: string }
  | { kind: 'unanswered'; question: string }
  | { kind: 'feedback'; vote: 'up' | 'down'; article: string; section: string; question: string; via: 'direct' | 'did-you-mean' | 'follow-up' }
  | { kind: 'disposition'; level: TriageLevel; reasons: string[]; interrupted: boolean }
  | { kind: 'handoff'; level?: TriageLevel; reason: 'check' | 'contact' | 'feedback' };

export type FigureKind = FigureEvent['kind'];

/** One stored record. `user` and `conversation` are keyed hashes (see hashKey.ts). */
export type FigureRecord = FigureEvent & {
  id: string;
  at: string;
  channel: string;
  user: string;
  conversation: string;
};

/** The append-only log behind the figures: memory locally, Azure Blob Storage in production. */
export interface FiguresLog {
  /** Stores one record; never rewrites another. */
  append(record: FigureRecord): Promise<void>;
  /** Records whose day (UTC, YYYY-MM-DD) is in [fromDay, toDay]. */
  list(fromDay: string, toDay: string): Promise<FigureRecord[]>;
  /** Deletes every record of these user/conversation keys within the retention window; returns how many. */
  forget(keys: string[], fromDay: string, toDay: string): Promise<number>;
  /** Deletes every record of a day before `beforeDay`; returns how many. */
  expire(beforeDay: string): Promise<number>;
}

export const MAX_QUESTION_CHARS = 300;

export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** Days from `fromDay` to `toDay` inclusive, as YYYY-MM-DD. */
export function daysBetween(fromDay: string, toDay: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${fromDay}T00:00:00Z`); t <= Date.parse(`${toDay}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
