// Buttons the bot has just offered ("did you mean", "read more", follow-ups, feedback on channels
// without card submits). A click comes back as the button's text; matching it here answers exactly
// what was offered instead of guessing again. Kept in conversation state, replaced on each offer.
// Stored compactly (every turn writes the state): each distinct offer once, however many button
// texts lead to it, and the question most of them share once.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';

export type Offer =
  | { kind: 'section'; article: string; section: string; full: boolean; via: 'did-you-mean' | 'follow-up' | 'read-more'; question: string }
  | { kind: 'feedback'; vote: 'up' | 'down'; article: string; section: string; question: string; via: 'direct' | 'did-you-mean' | 'follow-up' }
  /** "Something else" under a "did you mean": neither section was meant. */
  | { kind: 'dismiss' };

export type OfferMap = Record<string, Offer>;

/** As kept in conversation state. A plain OfferMap (what earlier versions stored) is still read. */
export interface StoredOffers {
  /** The question shared by the offers that leave theirs out. */
  question?: string;
  list: StoredOffer[];
  /** Button text (as offerKey makes it) → index in `list`. */
  keys: Record<string, number>;
}
type StoredOffer = Offer extends infer O ? (O extends { question: string } ? Omit<O, 'question'> & { question?: string } : O) : never;

export function offerKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function packOffers(offers: OfferMap): StoredOffers {
  const counts = new Map<string, number>();
  const distinct = [...new Set(Object.values(offers))];
  for (const o of distinct) if ('question' in o) counts.set(o.question, (counts.get(o.question) ?? 0) + 1);
  const question = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const list = distinct.map((o): StoredOffer => {
    if (!('question' in o) || o.question !== question) return o;
    const { question: _shared, ...rest } = o;
    return rest;
  });
  const keys: Record<string, number> = {};
  for (const [key, o] of Object.entries(offers)) keys[key] = distinct.indexOf(o);
  return { ...(question === undefined ? {} : { question }), list, keys };
}

/** Every offer with its question, by button text; reads both the packed form and a plain map. */
export function unpackOffers(stored: StoredOffers | OfferMap | undefined): OfferMap {
  if (!stored || typeof stored !== 'object') return {};
  if (!isPacked(stored)) return stored as OfferMap;
  const map: OfferMap = {};
  for (const [key, index] of Object.entries(stored.keys)) {
    const o = typeof index === 'number' ? stored.list[index] : undefined;
    if (!o) continue;
    map[key] = (o.kind === 'dismiss' || typeof o.question === 'string' ? o : { ...o, question: stored.question ?? '' }) as Offer;
  }
  return map;
}

function isPacked(stored: object): stored is StoredOffers {
  const s = stored as Partial<StoredOffers>;
  return Array.isArray(s.list) && typeof s.keys === 'object' && s.keys !== null && !Array.isArray(s.keys);
}

export class Offers {
  constructor(private readonly accessor: StatePropertyAccessor<StoredOffers | OfferMap>) {}

  async set(context: TurnContext, offers: OfferMap): Promise<void> {
    await this.accessor.set(context, packOffers(offers));
  }

  async find(context: TurnContext, text: string): Promise<Offer | undefined> {
    const current = await this.current(context);
    const key = offerKey(text);
    // hasOwn: the map is a plain object kept in state, and "constructor" is something people type.
    return Object.hasOwn(current, key) ? current[key] : undefined;
  }

  /** The feedback offer behind a card's 👍/👎 submit, which carries the question and how it was reached. */
  async findFeedback(context: TurnContext, vote: 'up' | 'down', article: string, section: string): Promise<Extract<Offer, { kind: 'feedback' }> | undefined> {
    const current = await this.current(context);
    return Object.values(current).find(
      (o): o is Extract<Offer, { kind: 'feedback' }> => o.kind === 'feedback' && o.vote === vote && o.article === article && o.section === section,
    );
  }

  async clear(context: TurnContext): Promise<void> {
    await this.accessor.set(context, {});
  }

  private async current(context: TurnContext): Promise<OfferMap> {
    return unpackOffers(await this.accessor.get(context, {}));
  }
}
