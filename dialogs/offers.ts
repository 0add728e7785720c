// Buttons the bot has just offered ("did you mean", "read more", follow-ups, feedback on channels
// without card submits). A click comes back as the button's text; matching it here answers exactly
// what was offered instead of guessing again. Kept in conversation state, replaced on each offer.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';

export type Offer =
  | { kind: 'section'; article: string; section: string; full: boolean; via: 'did-you-mean' | 'follow-up' | 'read-more'; question: string }
  | { kind: 'feedback'; vote: 'up' | 'down'; article: string; section: string; question: string; via: 'direct' | 'did-you-mean' | 'follow-up' }
  /** "Something else" under a "did you mean": neither section was meant. */
  | { kind: 'dismiss' };

export type OfferMap = Record<string, Offer>;

export function offerKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

export class Offers {
  constructor(private readonly accessor: StatePropertyAccessor<OfferMap>) {}

  async set(context: TurnContext, offers: OfferMap): Promise<void> {
    await this.accessor.set(context, offers);
  }

  async find(context: TurnContext, text: string): Promise<Offer | undefined> {
    const current = await this.accessor.get(context, {});
    const key = offerKey(text);
    // hasOwn: the map is a plain object kept in state, and "constructor" is something people type.
    return Object.hasOwn(current, key) ? current[key] : undefined;
  }

  /** The feedback offer behind a card's 👍/👎 submit, which carries the question and how it was reached. */
  async findFeedback(context: TurnContext, vote: 'up' | 'down', article: string, section: string): Promise<Extract<Offer, { kind: 'feedback' }> | undefined> {
    const current = await this.accessor.get(context, {});
    return Object.values(current).find(
      (o): o is Extract<Offer, { kind: 'feedback' }> => o.kind === 'feedback' && o.vote === vote && o.article === article && o.section === section,
    );
  }

  async clear(context: TurnContext): Promise<void> {
    await this.accessor.set(context, {});
  }
}
